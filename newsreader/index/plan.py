"""Which archive files are new, changed, deleted or unchanged since the last index."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from newsreader.index.state import FileState, IndexState, manifest_hash
from newsreader.ingest.scan import SourceFile


@dataclass(slots=True)
class Plan:
    new: list[SourceFile] = field(default_factory=list)
    changed: list[SourceFile] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)  # relative paths
    unchanged: list[SourceFile] = field(default_factory=list)
    touched: dict[str, FileState] = field(default_factory=dict)  # same bytes, new mtime

    @property
    def to_read(self) -> list[SourceFile]:
        return self.new + self.changed


def fast_key(source: SourceFile, entry: dict | None) -> tuple:
    return source.size, source.mtime_ns, source.id, manifest_hash(entry)


def state_key(state: FileState) -> tuple:
    return state.size, state.mtime_ns, state.file_id, state.mhash


def make_plan(
    root: Path, files: list[SourceFile], manifest: dict[str, dict], state: IndexState
) -> Plan:
    """Size, mtime, id and manifest entry first; only when those differ is the file
    read, and its digest decides (a touched but identical file is not re-cleaned)."""
    plan = Plan()
    for source in files:
        old = state.files.get(source.rel)
        entry = manifest.get(source.rel)
        if old is None:
            plan.new.append(source)
        elif fast_key(source, entry) == state_key(old):
            plan.unchanged.append(source)
        elif source.id == old.file_id and _same_digest(root, source, entry, old):
            plan.unchanged.append(source)
            plan.touched[source.rel] = FileState(
                source.size, source.mtime_ns, source.id, manifest_hash(entry), old.digest,
                old.ids, old.skipped,
            )  # fmt: skip
        else:
            plan.changed.append(source)
    present = {f.rel for f in files}
    plan.deleted = [rel for rel in state.files if rel not in present]
    return plan


def is_stale(files: list[SourceFile], manifest: dict[str, dict], state: IndexState) -> bool:
    if len(files) != len(state.files):
        return True
    for source in files:
        old = state.files.get(source.rel)
        if old is None or fast_key(source, manifest.get(source.rel)) != state_key(old):
            return True
    return False


def _same_digest(root: Path, source: SourceFile, entry: dict | None, old: FileState) -> bool:
    from newsreader.ingest.reader import file_digest  # heavy import, rarely needed

    try:
        data = (root / source.rel).read_bytes()
    except OSError:
        return False  # let read_source report it
    return file_digest(data, entry) == old.digest
