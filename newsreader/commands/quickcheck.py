"""The quick staleness check of `newsreader search`, run in a forked child while
the search goes on: the archive's listing hashed (ingest/listing.py), to be
compared with the index's fingerprint (index/fresh.py) before results are shown.

The child is forked as early as the archive is known, before Whoosh and most of
newsreader are imported: the listing takes about as long as the search's imports
and search, and forking a smaller process is quicker."""

from __future__ import annotations

import os
import sys
from contextlib import suppress


class QuickCheck:
    """ingest.listing's manifest and listing digests of an archive, computed in a
    forked child from the start (POSIX, no other threads), else here when asked;
    `agrees(saved)`: they give the fingerprint fresh.snapshot() read. A failure of
    the child is "not known fresh": the caller then checks file by file."""

    def __init__(self, archive: str | os.PathLike) -> None:
        self.archive = archive
        self._pid: int | None = None
        self._pipe: int | None = None
        self._answer: tuple[str, str] | None = None
        self._asked = False
        self._fork()

    def _fork(self) -> None:
        from newsreader.ingest import listing  # noqa: F401  (here: the child imports nothing)

        threads = sys.modules.get("threading")
        if not hasattr(os, "fork") or (threads and threads.active_count() > 1):
            return  # forking a process with threads can copy a held lock
        read, write = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read)
            os.close(write)
            return
        if pid == 0:  # the child: digests to the pipe, then out, whatever happens
            code = 1
            try:
                os.close(read)
                _let_go_of_the_terminal()
                os.write(write, " ".join(_digests(self.archive)).encode() + b"\n")
                code = 0
            finally:
                os._exit(code)
        os.close(write)
        self._pid, self._pipe = pid, read

    def done(self) -> bool:
        """The answer is in (or will be computed here): agrees() will not wait for it."""
        if self._pid is None:
            return self._asked
        import select

        return bool(select.select([self._pipe], [], [], 0)[0])

    def agrees(self, saved: dict | None) -> bool:
        from newsreader.index import fresh

        return (answer := self.answer()) is not None and fresh.agrees(saved, *answer)

    def answer(self) -> tuple[str, str] | None:
        """(listing, manifest digests), waiting for the child; None when it failed."""
        if not self._asked:
            self._asked = True
            self._answer = self._collect() if self._pid is not None else self._here()
        return self._answer

    def _here(self) -> tuple[str, str] | None:
        try:
            return _digests(self.archive)
        except Exception:
            return None

    def _collect(self) -> tuple[str, str] | None:
        data = b""
        try:
            while chunk := os.read(self._pipe, 256):
                data += chunk
        finally:
            self._reap(kill=False)
        words = data.decode("ascii", "replace").split()
        if not data.endswith(b"\n") or len(words) != 2:
            return None
        return words[0], words[1]

    def _reap(self, kill: bool) -> None:
        pid, pipe = self._pid, self._pipe
        self._pid = self._pipe = None
        if pipe is not None:
            os.close(pipe)
        if pid is None:
            return
        if kill:
            with suppress(OSError):
                os.kill(pid, 9)  # SIGKILL: no answer wanted any more
        with suppress(ChildProcessError):
            os.waitpid(pid, 0)

    def close(self) -> None:
        """Ends the child if it is still running."""
        if self._pid is not None:
            self._asked = True
            self._reap(kill=True)

    def __enter__(self) -> QuickCheck:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _let_go_of_the_terminal() -> None:
    """The child's standard streams on /dev/null: a reader of the command's output
    (`| head`) sees its end when the command ends, even should the child outlive it."""
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.close(null)


def _digests(archive: str | os.PathLike) -> tuple[str, str]:
    """(listing, manifest): the manifest's read first, so a later change shows as stale."""
    from newsreader.ingest.listing import listing_digest, manifest_digest

    manifest = manifest_digest(archive)
    return listing_digest(archive), manifest
