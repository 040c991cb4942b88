"""Which archive files are new, changed, deleted or unchanged since the last index."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from newsreader.index.state import FileState, IndexState, manifest_hash
from newsreader.ingest.manifest import Entries
from newsreader.ingest.scan import SourceFile


@dataclass(slots=True)
class Plan:
    """What an update does with each file."""

    new: list[SourceFile] = field(default_factory=list)
    changed: list[SourceFile] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)  # relative paths
    unchanged: list[SourceFile] = field(default_factory=list)
    touched: dict[str, FileState] = field(default_factory=dict)  # same bytes, new mtime

    @property
    def to_read(self) -> list[SourceFile]:
        return self.new + self.changed


def same_file(source: SourceFile, old: FileState) -> bool:
    """Same size, mtime and id (the manifest entry aside)."""
    return (source.size, source.mtime_ns, source.id) == (old.size, old.mtime_ns, old.file_id)


def make_plan(
    root: Path, files: list[SourceFile], manifest: Entries, state: IndexState,
    manifest_digest: str = "",
) -> Plan:  # fmt: skip
    """Size, mtime, id and manifest entry first; only when those differ is the file
    read, and its digest decides (a touched but identical file is not re-cleaned).
    A manifest with the bytes the state was saved from needs no entry hashed."""
    plan = Plan()
    same_manifest = bool(manifest_digest) and manifest_digest == state.manifest
    for source in files:
        old = state.files.get(source.rel)
        if old is None:
            plan.new.append(source)
            continue
        if same_file(source, old) and (
            same_manifest or manifest_hash(manifest.get(source.rel)) == old.mhash
        ):
            plan.unchanged.append(source)
            continue
        entry = manifest.get(source.rel)
        if source.id == old.file_id and _same_digest(root, source, entry, old):
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


def is_stale(files: list[SourceFile], manifest: Entries | None, state: IndexState) -> bool:
    """`manifest` None: the state's manifest is known to be the current one."""
    if len(files) != len(state.files):
        return True
    for source in files:
        old = state.files.get(source.rel)
        if old is None or not same_file(source, old):
            return True
        if manifest is not None and manifest_hash(manifest.get(source.rel)) != old.mhash:
            return True
    return False


def _same_digest(root: Path, source: SourceFile, entry: dict | None, old: FileState) -> bool:
    from newsreader.ingest.reader import file_digest  # heavy import, rarely needed

    try:
        data = (root / source.rel).read_bytes()
    except OSError:
        return False  # let read_source report it
    return file_digest(data, entry) == old.digest
