"""Which files of an archive are articles, by name and size, and the quick digest
of their listing (path, size, mtime).

The digest is what the quick staleness check of `newsreader search` computes in a
forked child, started before anything heavy is imported: so this module imports
only the standard library's smallest parts. ingest/scan.py applies the same rules
when it walks an archive for real (tests/index/test_quick_check.py holds the two
to it)."""

from __future__ import annotations

import hashlib
import os
import re
import stat

from newsreader.gcpause import gc_paused

MANIFEST = "manifest.json"
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
_LIMITS = {suffix: MAX_BYTES[kind] for suffix, kind in KINDS.items()}
CONTROLS = re.compile(r"[\x00-\x1f\x7f]")
_BY_FD = os.stat in os.supports_dir_fd and os.listdir in os.supports_fd


def manifest_digest(root: str | os.PathLike) -> str:
    """sha1 of the manifest's bytes ("-" when there is none or it cannot be read)."""
    try:
        with open(os.path.join(root, MANIFEST), "rb") as manifest:
            return hashlib.sha1(manifest.read()).hexdigest()
    except OSError:
        return "-"


def listing_digest(root: str | os.PathLike) -> str:
    """sha1 of the path, size and mtime of every file scan_archive(root) keeps, in
    path order (index/fresh.py's `listing` of that scan), without making the scan:
    no ids, no skips, entries unsorted (scan.files_digest: the same of a scan)."""
    rows: list[str] = []
    with gc_paused():
        _list(os.fspath(root), "", rows, set())
        rows.sort()  # = by path: a row is its unique path, then NUL (below any name)
        return digest(rows)


def row(rel: str, size: int, mtime_ns: int) -> str:
    return f"{rel}\0{size}\0{mtime_ns}"


def digest(rows: list[str]) -> str:
    return hashlib.sha1("\0".join(rows).encode("utf-8", "surrogatepass")).hexdigest()


def _list(folder: str, prefix: str, rows: list[str], seen: set) -> None:
    """scan._walk's files as rows, by its rules. Subfolders go in name order, as
    _walk's: which of two links to one folder is the one visited twice depends on it."""
    if not _BY_FD:
        return _list_entries(folder, prefix, rows, seen)
    try:  # names, then os.stat relative to the folder: no DirEntry made (0.85x)
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return None
    folders: list[str] = []
    try:
        info = os.fstat(fd)
        if (info.st_dev, info.st_ino) in seen:
            return None
        seen.add((info.st_dev, info.st_ino))
        _list_names(fd, os.listdir(fd), prefix, rows, folders)
    except OSError:
        return None
    finally:
        os.close(fd)
    folders.sort()
    for name in folders:
        _list(os.path.join(folder, name), f"{prefix}{name}/", rows, seen)
    return None


def _list_names(fd: int, names: list[str], prefix: str, rows: list[str], folders: list) -> None:
    """_add for each name in the folder `fd`, inline (the row too): it runs once per
    file, and the stat is most of its time (calls and lookups were 14% more)."""
    stat_at, limits, regular, folder = os.stat, _LIMITS, stat.S_IFREG, stat.S_IFDIR
    for name in names:
        if name[0] == "." or (not prefix and name == MANIFEST):
            continue
        try:
            info = stat_at(name, dir_fd=fd)
        except OSError:
            continue
        mode = info.st_mode & 0o170000  # stat.S_IFMT
        if mode != regular:
            if mode == folder:
                folders.append(name)
            continue
        dot = name.rfind(".")
        if 0 < dot < len(name) - 1:
            suffix = name[dot:]
            limit = limits.get(suffix) or limits.get(suffix.lower())
            size = info.st_size
            if limit and 0 < size <= limit:
                rel = prefix + name
                if rel.isprintable() or not CONTROLS.search(rel):
                    rows.append(f"{rel}\0{size}\0{info.st_mtime_ns}")  # row()


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
    """The file's row when scan._walk keeps it (the same tests)."""
    dot = name.rfind(".")
    limit = _LIMITS.get(name[dot:].lower()) if 0 < dot < len(name) - 1 else None
    if limit and 0 < info.st_size <= limit and stat.S_ISREG(info.st_mode):
        rel = prefix + name
        if rel.isprintable() or not CONTROLS.search(rel):
            rows.append(row(rel, info.st_size, info.st_mtime_ns))
