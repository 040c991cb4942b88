"""Walk an archive: which files are articles, their ids, and what is skipped."""

from __future__ import annotations

import hashlib
import operator
import os
import re
import stat
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from newsreader.gcpause import gc_paused
from newsreader.ingest.manifest import MANIFEST
from newsreader.model import Skip

KINDS = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
}
# Beyond these sizes a file is not an article (a log, a dump, a book).
MAX_BYTES = {"txt": 2 << 20, "md": 2 << 20, "html": 16 << 20, "jsonl": 1 << 30}
_CONTROLS = re.compile(r"[\x00-\x1f\x7f]")
_NAME = operator.attrgetter("name")


class SourceFile(NamedTuple):  # a tuple: 20,000 are made per scan, a dataclass costs 3x
    rel: str  # relative to the archive root, POSIX separators
    kind: str  # txt | md | html | jsonl
    size: int
    mtime_ns: int
    id: str = ""  # the article id (for JSONL, the prefix of its records' ids)


@dataclass(slots=True)
class Scan:
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


def manifest_digest(root: Path) -> str:
    """sha1 of the manifest's bytes ("-" when there is none or it cannot be read)."""
    try:
        return hashlib.sha1((root / MANIFEST).read_bytes()).hexdigest()
    except OSError:
        return "-"


def listing_digest(root: Path) -> str:
    """sha1 of the path, size and mtime of every file scan_archive(root) keeps, in
    path order (index/fresh.py's `listing` of that scan), without making the scan:
    no ids, no skips, entries unsorted. The quick staleness check: a forked child
    runs it while the search imports Whoosh, so this module imports nothing more."""
    rows: list[str] = []
    with gc_paused():
        _list(str(root), "", rows, set())
        rows.sort()  # = by path: a row is its unique path, then NUL (below any name)
        return _digest(rows)


def files_digest(files: list[SourceFile]) -> str:
    """listing_digest of the archive these files (scan_archive's, in path order) came from."""
    return _digest([_row(f.rel, f.size, f.mtime_ns) for f in files])


def _row(rel: str, size: int, mtime_ns: int) -> str:
    return f"{rel}\0{size}\0{mtime_ns}"


def _digest(rows: list[str]) -> str:
    return hashlib.sha1("\0".join(rows).encode("utf-8", "surrogatepass")).hexdigest()


def _list(folder: str, prefix: str, rows: list[str], seen: set) -> None:
    """_walk's files as rows, by _walk's rules (tests/index/test_quick_check.py holds
    them to it). Subfolders go in name order, as _walk's: which of two links to one
    folder is the one visited twice depends on it."""
    if not _BY_FD:
        return _list_entries(folder, prefix, rows, seen)
    try:  # names, then os.stat relative to the folder: no DirEntry made (0.85x)
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return None
    folders = []
    try:
        info = os.fstat(fd)
        if (info.st_dev, info.st_ino) in seen:
            return None
        seen.add((info.st_dev, info.st_ino))
        names = os.listdir(fd)
        for name in names:
            if name[0] == "." or (not prefix and name == MANIFEST):
                continue
            try:
                info = os.stat(name, dir_fd=fd)
            except OSError:
                continue
            if stat.S_ISDIR(info.st_mode):
                folders.append(name)
                continue
            dot = name.rfind(".")  # _add, inline: once per file (two calls cost 9%)
            kind = KINDS.get(name[dot:].lower()) if 0 < dot < len(name) - 1 else None
            if kind and 0 < info.st_size <= MAX_BYTES[kind] and stat.S_ISREG(info.st_mode):
                rel = prefix + name
                if rel.isprintable() or not _CONTROLS.search(rel):
                    rows.append(_row(rel, info.st_size, info.st_mtime_ns))
    except OSError:
        return None
    finally:
        os.close(fd)
    folders.sort()
    for name in folders:
        _list(os.path.join(folder, name), f"{prefix}{name}/", rows, seen)
    return None


def _list_entries(folder: str, prefix: str, rows: list[str], seen: set) -> None:
    """_list where os.stat takes no folder descriptor (Windows)."""
    try:
        info = os.stat(folder)
        if (info.st_dev, info.st_ino) in seen:
            return
        seen.add((info.st_dev, info.st_ino))
        with os.scandir(folder) as found:
            entries = list(found)
    except OSError:
        return
    folders = []
    for entry in entries:
        name = entry.name
        if name[0] == "." or (not prefix and name == MANIFEST):
            continue
        try:
            info = entry.stat()
        except OSError:
            continue
        if stat.S_ISDIR(info.st_mode):
            folders.append((name, entry.path))
            continue
        _add(rows, prefix, name, info)
    folders.sort()
    for name, path in folders:
        _list_entries(path, f"{prefix}{name}/", rows, seen)


def _add(rows: list[str], prefix: str, name: str, info: os.stat_result) -> None:
    """The file's row when _walk keeps it (the same tests, in the same order)."""
    kind = KINDS.get(_suffix(name).lower())
    if kind and 0 < info.st_size <= MAX_BYTES[kind] and stat.S_ISREG(info.st_mode):
        rel = prefix + name
        if rel.isprintable() or not _CONTROLS.search(rel):
            rows.append(_row(rel, info.st_size, info.st_mtime_ns))


_BY_FD = os.stat in os.supports_dir_fd and os.listdir in os.supports_fd


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
            and (rel.isprintable() or not _CONTROLS.search(rel))
        ):
            files.append((rel, kind, info.st_size, info.st_mtime_ns, rel[: -len(suffix)]))
        else:
            skipped.append(Skip(rel, _why_skipped(rel, suffix, kind, info)))


def _why_skipped(rel: str, suffix: str, kind: str | None, info: os.stat_result) -> str:
    if _CONTROLS.search(rel):
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
