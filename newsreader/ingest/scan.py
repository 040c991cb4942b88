"""Walk an archive: which files are articles, their ids, and what is skipped."""

from __future__ import annotations

import operator
import os
import stat
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from newsreader.gcpause import gc_paused
from newsreader.ingest import listing
from newsreader.ingest.listing import CONTROLS, KINDS, MANIFEST, MAX_BYTES
from newsreader.model import Skip

_NAME = operator.attrgetter("name")


class SourceFile(NamedTuple):  # a tuple: 20,000 are made per scan, a dataclass costs 3x
    rel: str  # relative to the archive root, POSIX separators
    kind: str  # txt | md | html | jsonl
    size: int
    mtime_ns: int
    id: str = ""  # the article id (for JSONL, the prefix of its records' ids)


@dataclass(slots=True)
class Scan:
    """An archive's article files, in path order, and what was skipped."""

    files: list[SourceFile]
    skipped: list[Skip]


def scan_archive(root: Path) -> Scan:
    """Every article file under root, recursively, following linked folders once."""
    found: list[tuple[str, str, int, int, str]] = []  # (rel, kind, size, mtime_ns, stem)
    skipped: list[Skip] = []
    with gc_paused():
        _walk(root, "", found, skipped, set())
        found.sort()  # by path: paths are unique
        return Scan(_with_ids(found), skipped)


def files_digest(files: list[SourceFile]) -> str:
    """listing.listing_digest of the archive these files (scan_archive's, in path
    order) came from."""
    return listing.digest([listing.row(f.rel, f.size, f.mtime_ns) for f in files])


def _walk(folder: Path, prefix: str, files: list, skipped: list, seen: set) -> None:
    try:
        info = folder.stat()
        if (info.st_dev, info.st_ino) in seen:
            skipped.append(Skip(prefix.rstrip("/") or ".", "folder visited twice (link loop)"))
            return
        seen.add((info.st_dev, info.st_ino))
        with os.scandir(folder) as found:
            entries = sorted(found, key=_NAME)
    except OSError as exc:
        skipped.append(Skip(prefix.rstrip("/") or ".", f"unreadable folder: {_why(exc)}"))
        return
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue  # hidden files and folders (.git, .DS_Store) are not articles
        rel = prefix + name
        if not prefix and name == MANIFEST:
            continue
        try:
            info = entry.stat()  # follows links; a loop or dangling link raises
        except OSError as exc:
            skipped.append(Skip(rel, f"unreadable: {_why(exc)}"))
            continue
        if stat.S_ISDIR(info.st_mode):
            _walk(Path(entry.path), rel + "/", files, skipped, seen)
            continue
        suffix = _suffix(name)
        kind = KINDS.get(suffix.lower())
        # The usual case in one test (printable names have no control characters).
        if (
            kind
            and 0 < info.st_size <= MAX_BYTES[kind]
            and stat.S_ISREG(info.st_mode)
            and (rel.isprintable() or not CONTROLS.search(rel))
        ):
            files.append((rel, kind, info.st_size, info.st_mtime_ns, rel[: -len(suffix)]))
        else:
            skipped.append(Skip(rel, _why_skipped(rel, suffix, kind, info)))


def _why_skipped(rel: str, suffix: str, kind: str | None, info: os.stat_result) -> str:
    if CONTROLS.search(rel):
        return "file name contains control characters"
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file"
    if kind is None:
        return f"unknown format ({suffix or 'no extension'})"
    if info.st_size == 0:
        return "empty file"
    return f"too large ({info.st_size / 2**20:.1f} MiB; limit {MAX_BYTES[kind] >> 20} MiB)"


def _with_ids(found: list[tuple[str, str, int, int, str]]) -> list[SourceFile]:
    """Id = path without extension, unless another file shares that stem."""
    counts = Counter(stem for *_, stem in found)
    if len(counts) == len(found):  # no stem shared: every id is its stem
        return list(map(SourceFile._make, found))
    return [
        SourceFile(rel, kind, size, mtime, rel if counts[stem] > 1 else stem)
        for rel, kind, size, mtime, stem in found
    ]


def _suffix(name: str) -> str:
    """PurePosixPath(name).suffix: from the last dot, unless the name starts with
    it or ends with it."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _why(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__
