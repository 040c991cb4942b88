"""What the commands share: the archive, JSON, terminal detection, progress."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TypeVar

from newsreader import paths
from newsreader.config import load_config
from newsreader.errors import UserError

Progress = Callable[[int, int], None]
T = TypeVar("T")


def resolve_archive(args: argparse.Namespace) -> Path:
    """--archive, else the configured default, else the bundled sample corpus."""
    archive = (args.archive or load_config().archive or paths.sample_corpus()).expanduser()
    if not archive.exists():
        raise UserError(f"archive not found: {archive}")
    if not archive.is_dir():
        raise UserError(f"archive is not a folder: {archive}")
    return archive.resolve()


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON (the stable shape)")


def print_json(data: object) -> None:
    # ensure_ascii=False keeps text readable; json escapes every control character.
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def is_terminal(stream=None) -> bool:
    stream = stream or sys.stdout
    return hasattr(stream, "isatty") and stream.isatty()


@contextmanager
def progress_bar(label: str) -> Iterator[Progress | None]:
    """A progress callback drawing a bar on stderr when it is a terminal, else None."""
    if not is_terminal(sys.stderr):
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        transient=True,
        console=_stderr_console(),
    ) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def open_library(archive: Path):
    """The archive's index and story data, caught up with the archive first
    (progress on stderr). Searching works on it as on the index."""
    from newsreader.index import IndexBusy
    from newsreader.library import Library

    with progress_bar("Indexing") as progress:
        try:
            return Library.open(archive, progress=progress)
        except IndexBusy as exc:
            raise UserError(str(exc)) from None


def search_checked(archive: Path, search: Callable[..., T]) -> T:
    """`search(library)` on the archive's index, returned only once the index is
    known to be up to date; else as open_library gives it (caught up with the
    archive first, or found up to date file by file), searched again.

    The quick check (the archive's listing hashed, compared with the index's
    fingerprint) runs in a forked child meanwhile: it takes about as long as
    importing Whoosh and searching, which it would otherwise come before."""
    with QuickCheck(archive) as check:
        # numpy (imported by the story's catch-up when articles changed: MinHash)
        # starts a BLAS thread per core, which only burns the core the check runs
        # on (0.1 s of CPU at import; no BLAS is used).
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
        from newsreader.index import ArchiveIndex, IndexMissing, fresh, index_dir
        from newsreader.library import Library

        _stamp, saved = fresh.snapshot(index_dir(archive))  # before the search: it sees
        try:  # that state's index or a newer one
            index = ArchiveIndex.open(archive) if saved is not None else None
        except IndexMissing:
            index = None
        if index is not None and check.done() and not check.agrees(saved):
            index.close()  # not known fresh already: no story catch-up, no search
            index = None
        if index is not None:
            with Library(archive, index) as library:
                library.catch_up()
                found = search(library)
            if check.agrees(saved):
                return found
    with open_library(archive) as library:
        return search(library)


class QuickCheck:
    """ingest.scan's manifest and listing digests of an archive, computed in a
    forked child from the start (POSIX, no other threads), else here when asked;
    `agrees(saved)`: they give the fingerprint fresh.snapshot() read. A failure of
    the child is "not known fresh": the caller then checks file by file."""

    def __init__(self, archive: Path) -> None:
        self.archive = archive
        self._pid: int | None = None
        self._pipe: int | None = None
        self._answer: tuple[str, str] | None = None
        self._asked = False
        self._fork()

    def _fork(self) -> None:
        from newsreader.ingest import scan  # noqa: F401  (here: the child imports nothing)

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


def _digests(archive: Path) -> tuple[str, str]:
    """(listing, manifest): the manifest's read first, so a later change shows as stale."""
    from newsreader.ingest.scan import listing_digest, manifest_digest

    manifest = manifest_digest(archive)
    return listing_digest(archive), manifest
