"""Whether an archive's index is stale: by the fingerprint (index/fresh.py) of the
archive's listing, else file by file. When the file-by-file comparison finds the
index up to date, the fingerprint is written again, so that the next check is the
quick one (a fingerprint lost, or written by an older version, would otherwise
send every search through the slow comparison until the next update)."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from newsreader.index import fresh
from newsreader.index.plan import is_stale as files_stale
from newsreader.index.state import IndexState, index_dir
from newsreader.ingest.listing import listing_digest, manifest_digest
from newsreader.ingest.manifest import load_manifest
from newsreader.ingest.scan import scan_archive


def is_stale(archive: Path) -> bool:
    """The archive's files (paths, sizes, mtimes, manifest) differ from the index's."""
    folder = index_dir(archive)
    digest = manifest_digest(archive)  # first: a later change shows as stale
    if fresh.matches(folder, listing_digest(archive), digest):
        return False  # without making the scan (0.6x its time)
    files = scan_archive(archive).files
    try:
        stamp = fresh.state_stamp(folder)  # before the state is read: a newer one won't match
    except OSError:
        return True  # no state
    state = IndexState.load(folder)
    if state is None:
        return True
    if not (state.manifest and state.manifest == digest):
        return files_stale(files, load_manifest(archive)[0], state)
    if files_stale(files, None, state):
        return True
    with suppress(OSError):  # a read-only index folder: checked file by file again
        fresh.remember(folder, files, digest, stamp)
    return False
