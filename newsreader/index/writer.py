"""Bring an archive's Whoosh index up to date: new, changed and deleted files only.

Crash safety: Whoosh commits are atomic (a new TOC generation written last), and
our per-file state is saved only after a commit, so a kill at any point leaves
the last committed generation readable and the next update redoes what was lost.
A big update commits every COMMIT_EVERY files so a killed run keeps its progress.
New articles go into new segments (built by `build`, on all cores); this
process's SegmentWriter only deletes, merges small segments and commits.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.writing import CLEAR, MERGE_SMALL, NO_MERGE, SegmentWriter

from newsreader.index import fresh
from newsreader.index.build import Batch, build
from newsreader.index.errors import removal_explained
from newsreader.index.lock import break_whoosh_lock, writer_lock
from newsreader.index.plan import Plan, make_plan
from newsreader.index.schema import build_schema
from newsreader.index.segment import commit_segments
from newsreader.index.state import FileState, IndexState, index_dir, manifest_hash
from newsreader.ingest.listing import manifest_digest
from newsreader.ingest.manifest import Entries, load_manifest
from newsreader.ingest.scan import SourceFile, scan_archive
from newsreader.model import Skip

Progress = Callable[[int, int], None]
COMMIT_EVERY = 10_000  # files per commit in a big update (each commit adds a segment per core)


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

    Raises IndexBusy when another writer keeps the index for `wait` seconds, and
    IndexRemoved when another process removes the index folder meanwhile."""
    archive = Path(archive).resolve()
    started = time.monotonic()
    folder = index_dir(archive)
    with writer_lock(folder, wait), removal_explained(folder):
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
        self.digest = ""  # of the manifest's bytes, read before the scan

    def run(self) -> IndexReport:
        fresh.forget(self.folder)
        digest = manifest_digest(self.root)  # first: a later change shows as stale
        scan = scan_archive(self.root)
        manifest, manifest_skip = load_manifest(self.root)
        plan = make_plan(self.root, scan.files, manifest, self.old, digest)
        self.digest = digest
        self._start(plan)
        self._index(plan, manifest)
        fresh.remember(self.folder, scan.files, digest)
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
        self.owners = {
            article_id: rel
            for rel, entry in self.files.items()
            if rel not in rereads
            for article_id in entry.ids
        }

    def _index(self, plan: Plan, manifest: Entries) -> None:
        todo = plan.to_read
        writer = SegmentWriter(self.ix)
        for rel in plan.deleted + [f.rel for f in plan.changed]:
            writer.delete_by_term("path", rel)
        done = 0

        def advance(files: int) -> None:
            nonlocal done
            done += files
            self._tick(done, len(todo))

        self._tick(0, len(todo))
        starts = range(0, len(todo), COMMIT_EVERY) or [0]
        for start in starts:
            batch = todo[start : start + COMMIT_EVERY]
            built = build(self.ix, self.folder, self.root, batch, manifest, advance)
            self._record(batch, built, manifest)
            final = start == starts[-1]
            self._commit(writer, built, final)
            if not final:
                writer = SegmentWriter(self.ix)

    def _record(self, batch: list[SourceFile], built: Batch, manifest: Entries) -> None:
        """Each file's articles, unless another file already holds their id (those
        are deleted from the new segments), and its state."""
        for source, one in zip(batch, built.built, strict=True):
            old = self.old.files.get(source.rel)
            old_ids = set(old.ids) if old is not None and source.rel in self.files else set()
            ids: dict[str, None] = {}  # ordered set
            skipped = list(one.skipped)
            for article_id, segment, docnum in one.docs:
                holder = self.owners.get(article_id)
                if holder is not None and (holder != source.rel or article_id in ids):
                    skipped.append(Skip(source.rel, f"duplicate id {article_id!r} (also {holder})"))
                    built.segments[segment].delete_document(docnum)
                    continue
                self.owners[article_id] = source.rel
                ids[article_id] = None
            self._count(old_ids, set(ids))
            self.files[source.rel] = FileState(
                source.size, source.mtime_ns, source.id, manifest_hash(manifest.get(source.rel)),
                one.digest, list(ids), [[s.path, s.reason] for s in skipped],
            )  # fmt: skip

    def _count(self, old: set[str], new: set[str]) -> None:
        self.report.updated += len(new & old)
        self.report.indexed += len(new - old)
        self.report.removed += len(old - new)

    def _commit(self, writer: SegmentWriter, built: Batch, final: bool) -> None:
        if self.clear:
            mergetype, self.clear = CLEAR, False
        else:
            # Merging big segments is slow pure Python: only small ones, at the end.
            mergetype = MERGE_SMALL if final else NO_MERGE
        commit_segments(writer, list(built.segments.values()), mergetype)
        # The manifest's digest only once every file's entry hash is from it.
        IndexState(self.files, self.digest if final else "").save(self.folder)

    def _tick(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total)

    def _skips(self, scan_skips: list[Skip], manifest_skip: Skip | None) -> list[Skip]:
        skips = list(scan_skips) + ([manifest_skip] if manifest_skip else [])
        for rel in sorted(rel for rel, entry in self.files.items() if entry.skipped):
            skips.extend(self.files[rel].skips())
        return skips
