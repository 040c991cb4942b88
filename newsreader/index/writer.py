"""Bring an archive's Whoosh index up to date: new, changed and deleted files only.

Crash safety: Whoosh commits are atomic (a new TOC generation written last), and
our per-file state is saved only after a commit, so a kill at any point leaves
the last committed generation readable and the next update redoes what was lost.
A big update commits every COMMIT_EVERY files so a killed run keeps its progress.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.writing import CLEAR, SegmentWriter

from newsreader.index.cleaning import die_with_parent, read_all
from newsreader.index.lock import break_whoosh_lock, writer_lock
from newsreader.index.plan import Plan, make_plan
from newsreader.index.schema import build_schema, to_document
from newsreader.index.state import FileState, IndexState, manifest_hash
from newsreader.ingest.manifest import load_manifest
from newsreader.ingest.scan import SourceFile, scan_archive
from newsreader.model import FileResult, Skip
from newsreader.paths import archive_data_dir

Progress = Callable[[int, int], None]
COMMIT_EVERY = 5000  # files per commit in a big update
MP_MIN_FILES = 1000  # Whoosh's multi-process writer pays off from about here
_LIMIT_MB = 128


def index_dir(archive: Path) -> Path:
    return archive_data_dir(archive) / "index"


@dataclass(slots=True)
class IndexReport:
    """What an update did; counts are articles (a JSONL file holds many)."""

    archive: str
    indexed: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: list[Skip] = field(default_factory=list)
    seconds: float = 0.0

    def to_json(self) -> dict:
        return {
            "archive": self.archive,
            "indexed": self.indexed,
            "updated": self.updated,
            "removed": self.removed,
            "unchanged": self.unchanged,
            "skipped": [s.to_json() for s in self.skipped],
            "seconds": self.seconds,
        }


def update_index(
    archive: Path,
    *,
    rebuild: bool = False,
    progress: Progress | None = None,
    wait: float = 5.0,
) -> IndexReport:
    """Index what changed in the archive (everything with `rebuild`).

    Raises IndexBusy when another writer keeps the index for `wait` seconds."""
    archive = Path(archive).resolve()
    started = time.monotonic()
    folder = index_dir(archive)
    with writer_lock(folder, wait):
        break_whoosh_lock(folder)
        _remove_temp_dirs(folder)
        ix, state, clear = _open_for_writing(folder, rebuild)
        report = _Update(archive, folder, ix, state, clear, progress).run()
    report.seconds = round(time.monotonic() - started, 3)
    return report


def _open_for_writing(folder: Path, rebuild: bool) -> tuple:
    """(index, state, clear): `clear` drops the old documents at the first commit,
    so readers keep the old index until the new one is committed."""
    state = None if rebuild else IndexState.load(folder)
    try:
        ix = whoosh_index.open_dir(str(folder))
        if _schema_matches(ix):
            return ix, state or IndexState(), state is None
    except Exception:
        pass
    return whoosh_index.create_in(str(folder), build_schema()), IndexState(), False


def _schema_matches(ix) -> bool:
    return set(ix.schema.names()) == set(build_schema().names())


def _remove_temp_dirs(folder: Path) -> None:
    """Whoosh's temporary folders left by a killed writer."""
    for path in folder.glob("*.tmp"):
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)


class _Update:
    def __init__(self, archive, folder, ix, state: IndexState, clear: bool, progress) -> None:
        self.root, self.folder, self.ix = archive, folder, ix
        self.old = state
        self.files = dict(state.files)  # the state as committed so far
        self.clear = clear
        self.progress = progress
        self.report = IndexReport(str(archive))
        self.owners: dict[str, str] = {}  # article id -> file that holds it

    def run(self) -> IndexReport:
        scan = scan_archive(self.root)
        manifest, manifest_skip = load_manifest(self.root)
        plan = make_plan(self.root, scan.files, manifest, self.old)
        self._start(plan)
        self._index(plan, manifest)
        self.report.skipped = self._skips(scan.skipped, manifest_skip)
        return self.report

    def _start(self, plan: Plan) -> None:
        rereads = {f.rel for f in plan.changed}
        for rel in plan.deleted:
            self.report.removed += len(self.files.pop(rel).ids)
        self.files.update(plan.touched)
        for source in plan.unchanged:
            entry = self.files[source.rel]
            self.report.unchanged += len(entry.ids)
        for rel, entry in self.files.items():
            if rel not in rereads:
                self.owners.update(dict.fromkeys(entry.ids, rel))

    def _index(self, plan: Plan, manifest: dict[str, dict]) -> None:
        todo = plan.to_read
        writer = self._writer(len(todo))
        for rel in plan.deleted + [f.rel for f in plan.changed]:
            writer.delete_by_term("path", rel)
        self._tick(0, len(todo))
        for done, (source, result) in enumerate(read_all(self.root, todo, manifest), 1):
            self._add(writer, source, result, manifest.get(source.rel))
            self._tick(done, len(todo))
            if done % COMMIT_EVERY == 0 and done < len(todo):
                self._commit(writer, final=False)
                writer = self._writer(len(todo) - done)
        self._commit(writer, final=True)

    def _add(self, writer, source: SourceFile, result: FileResult, entry: dict | None) -> None:
        old = self.old.files.get(source.rel)
        old_ids = set(old.ids) if old is not None and source.rel in self.files else set()
        ids: list[str] = []
        skipped = list(result.skipped)
        for article in result.articles:
            holder = self.owners.get(article.id)
            if holder is not None and (holder != source.rel or article.id in ids):
                skipped.append(Skip(source.rel, f"duplicate id {article.id!r} (also {holder})"))
                continue
            self.owners[article.id] = source.rel
            ids.append(article.id)
            writer.add_document(**to_document(article, source.rel))
        self._count(old_ids, set(ids))
        self.files[source.rel] = FileState(
            source.size, source.mtime_ns, source.id, manifest_hash(entry), result.digest,
            ids, [[s.path, s.reason] for s in skipped],
        )  # fmt: skip

    def _count(self, old: set[str], new: set[str]) -> None:
        self.report.updated += len(new & old)
        self.report.indexed += len(new - old)
        self.report.removed += len(old - new)

    def _writer(self, files: int):
        procs = os.cpu_count() or 1
        if files >= MP_MIN_FILES and procs > 1 and threading.active_count() == 1:
            # Only from a single-threaded process: Whoosh forks its sub-writers.
            return _MpWriter(self.ix, procs=procs, multisegment=True, limitmb=_LIMIT_MB)
        return SegmentWriter(self.ix, limitmb=_LIMIT_MB)

    def _commit(self, writer, final: bool) -> None:
        if self.clear:
            writer.commit(mergetype=CLEAR)
            self.clear = False
        else:
            # Merging big segments is slow pure Python: only at the end of a run.
            writer.commit(merge=final)
        IndexState(self.files).save(self.folder)

    def _tick(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total)

    def _skips(self, scan_skips: list[Skip], manifest_skip: Skip | None) -> list[Skip]:
        skips = list(scan_skips) + ([manifest_skip] if manifest_skip else [])
        for rel in sorted(self.files):
            skips.extend(self.files[rel].skips())
        return skips


class _SubWriterTask(SubWriterTask):
    def run(self) -> None:
        die_with_parent()
        super().run()


class _MpWriter(MpWriter):
    """Whoosh's multi-process writer whose sub-writers die with the indexer."""

    def _new_task(self):
        task = _SubWriterTask(
            self.storage,
            self.indexname,
            self.jobqueue,
            self.resultqueue,
            self.subargs,
            self.multisegment,
        )
        self.tasks.append(task)
        task.start()
        return task
