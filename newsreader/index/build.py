"""Clean archive files and index their articles into new Whoosh segments, on all cores.

Each worker process cleans files and writes their articles into a segment of
its own (FastWriter), so articles never travel between processes: only a short
summary per file and each finished segment's description come back. Small
batches run in this process.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import index as whoosh_index

from newsreader.index.schema import to_document
from newsreader.index.segment import FastWriter
from newsreader.ingest.manifest import Entries
from newsreader.ingest.scan import SourceFile
from newsreader.model import Skip

INLINE_MAX = 8  # up to this many files a worker process costs more than it saves
CHUNK = 8  # files per job sent to a worker
MAX_SEGMENT_POSTINGS = 4_000_000  # a builder starts a new segment past this (memory)
_POLL = 0.5  # seconds between checks that the workers are alive


@dataclass(slots=True)
class Built:
    """One file, cleaned and indexed: what the update records about it."""

    digest: str
    skipped: list[Skip]
    docs: list[tuple[str, tuple[int, int], int]]  # (article id, segment key, docnum)


@dataclass(slots=True)
class Batch:
    built: list[Built]  # in the order of the files given
    segments: dict[tuple[int, int], object] = field(default_factory=dict)  # key -> segment


class _Builder:
    """Cleans files and adds their articles to segments of its own."""

    def __init__(self, ix, worker: int) -> None:
        from newsreader.ingest import reader  # heavy (HTML stack): only when indexing

        self._reader, self._ix, self._worker = reader, ix, worker
        self._writer: FastWriter | None = None
        self.segments: dict[tuple[int, int], object] = {}
        self._count = 0

    def add(self, root: Path, source: SourceFile, entry: dict | None) -> Built:
        result = self._reader.read_source(root, source, entry)
        docs = []
        if result.articles and self._writer is None:
            self._writer = FastWriter(self._ix, compound=False)
        for article in result.articles:
            docs.append((article.id, self._key(), self._writer.docnum))
            self._writer.add_document(**to_document(article, source.rel))
        if self._writer is not None and self._writer.postings >= MAX_SEGMENT_POSTINGS:
            self._close()
        return Built(result.digest, result.skipped, docs)

    def finish(self) -> dict[tuple[int, int], object]:
        self._close()
        return self.segments

    def _key(self) -> tuple[int, int]:
        return self._worker, self._count

    def _close(self) -> None:
        if self._writer is not None:
            segment = self._writer.finish()
            if segment is not None:
                self.segments[self._key()] = segment
            self._writer, self._count = None, self._count + 1


def build(
    ix, folder: Path, root: Path, files: list[SourceFile], manifest: Entries,
    advance: Callable[[int], None],
) -> Batch:  # fmt: skip
    """Clean and index `files` into new segments (not committed); `advance(n)`
    as each n files are done."""
    if len(files) <= INLINE_MAX or (os.cpu_count() or 1) == 1:
        builder = _Builder(ix, 0)
        built = []
        for source in files:
            built.append(builder.add(root, source, manifest.get(source.rel)))
            advance(1)
        return Batch(built, builder.finish())
    return _Parallel(folder, root, files, manifest, advance).run()


class _Parallel:
    def __init__(self, folder, root, files, manifest, advance) -> None:
        self.folder, self.root, self.files = folder, root, files
        self.manifest, self.advance = manifest, advance
        self.procs = min(os.cpu_count() or 1, max(1, len(files) // CHUNK))

    def run(self) -> Batch:
        import newsreader.ingest.reader  # noqa: F401  (imported once, before forking)

        context = _context()
        jobs, results = context.Queue(), context.Queue()
        done = False
        workers = [
            context.Process(
                target=_work, args=(str(self.folder), self.root, jobs, results, n), daemon=True
            )
            for n in range(self.procs)
        ]
        try:
            for worker in workers:
                worker.start()
            for start in range(0, len(self.files), CHUNK):
                chunk = enumerate(self.files[start : start + CHUNK], start)
                jobs.put([(i, f, self.manifest.get(f.rel)) for i, f in chunk])
            for _ in workers:
                jobs.put(None)
            batch = self._collect(results, workers)
            done = True
            return batch
        finally:
            for worker in workers:
                if worker.is_alive() and not done:
                    worker.kill()
                worker.join()
            for q in (jobs, results):
                q.close()
                if done:
                    q.join_thread()  # no feeder thread outlives the batch
                else:
                    q.cancel_join_thread()  # unread jobs must not block the exit

    def _collect(self, results, workers) -> Batch:
        built: list[Built | None] = [None] * len(self.files)
        batch, finished = Batch([]), 0
        while finished < len(workers):
            kind, payload = _next(results, workers)
            if kind == "files":
                for i, one in payload:
                    built[i] = one
                self.advance(len(payload))
            elif kind == "segments":
                batch.segments.update(payload)
                finished += 1
            else:
                raise RuntimeError(f"an indexing worker failed: {payload}")
        batch.built = built  # type: ignore[assignment]  # every file came back
        return batch


def _next(results, workers) -> tuple[str, object]:
    while True:
        try:
            return results.get(timeout=_POLL)
        except queue.Empty:
            dead = [w for w in workers if w.exitcode not in (None, 0)]
            if dead:
                raise RuntimeError(f"an indexing worker died (exit {dead[0].exitcode})") from None


def _work(folder: str, root: Path, jobs, results, worker: int) -> None:
    die_with_parent()
    try:
        builder = _Builder(whoosh_index.open_dir(folder), worker)
        while (job := jobs.get()) is not None:
            results.put(("files", [(i, builder.add(root, f, entry)) for i, f, entry in job]))
        results.put(("segments", builder.finish()))
    except Exception as exc:  # reported by the parent, which ends the update
        results.put(("error", f"{exc.__class__.__name__}: {exc}"))


def _context() -> multiprocessing.context.BaseContext:
    """fork is fastest, but forking a process with other threads (the TUI) can
    copy a held lock into the child: use forkserver then."""
    if threading.active_count() > 1 and "forkserver" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context("fork" if os.name == "posix" else "spawn")


def die_with_parent() -> None:
    """Linux: a worker gets SIGKILL when its parent dies, so a killed indexer
    leaves no orphans behind (they would hold inherited file descriptors)."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the parent died before prctl took effect
            os._exit(1)
    except (OSError, AttributeError):
        pass
