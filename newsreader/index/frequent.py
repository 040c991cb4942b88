"""Postings of a segment's most frequent terms without their positions, in a side file.

Ranking a word found in most articles ("was", "govern") needs its documents and
weights only, but Whoosh stores those in blocks pickled together with every
position: reading a 20,000-document term unpickles a megabyte (~35 ms), for what
is 160 KB of arrays here. The file (`<segment>.nrf`, next to the segment's own,
deleted with them by Whoosh's clean-up) holds, for each term in at least
`MIN_SHARE` of the segment's documents, its document numbers (uint32) and weights
(float32, as Whoosh stores them), little-endian. FastWriter writes it, and a
segment Whoosh merges gets one read back from its postings. It is optional: a
segment without one (written by an older version) is read from its blocks.
"""

from __future__ import annotations

import pickle
import struct
import sys
import zlib
from array import array
from collections.abc import Iterable
from itertools import accumulate

EXTENSION = ".nrf"
MIN_SHARE = 1 / 8  # of the segment's documents
MIN_DOCS = 256  # rarer terms read fast enough from their blocks
_MAGIC = b"NRF1"
_TRAILER = struct.Struct("!Q4s")  # offset of the table, magic

_IDS = "I" if array("I").itemsize == 4 else "L"  # uint32
_SWAP = sys.byteorder == "big"  # the file is little-endian

Postings = tuple[array, array]  # document numbers, weights (float32)


def is_frequent(doc_frequency: int, segment_docs: int) -> bool:
    return doc_frequency >= max(MIN_DOCS, segment_docs * MIN_SHARE)


def write(storage, segment, terms: Iterable[tuple[str, bytes, object, object]]) -> None:
    """terms: (field name, term bytes, document numbers, weights) of frequent terms;
    no file when there are none."""
    terms = list(terms)
    if not terms:
        return
    table: dict[tuple[str, bytes], tuple[int, int]] = {}
    out = storage.create_file(segment.make_filename(EXTENSION))
    offset = 0
    for fieldname, btext, docs, weights in terms:
        ids, floats = array(_IDS, docs), array("f", weights)
        if _SWAP:
            ids.byteswap()
            floats.byteswap()
        data = ids.tobytes() + floats.tobytes()
        out.write(data)
        table[(fieldname, btext)] = (offset, len(docs))
        offset += len(data)
    out.write(pickle.dumps(table, protocol=4))
    out.write(_TRAILER.pack(offset, _MAGIC))
    out.close()


def read(reader, fieldname: str, text, matcher) -> tuple:
    """(document numbers, weights) of a term in a segment, deleted ones included:
    from the side file, else from the term's matcher (unmoved, or moved only past
    deleted documents), its blocks read without making lists of their positions."""
    btext = text if isinstance(text, bytes) else reader.schema[fieldname].to_bytes(text)
    found = postings(reader, fieldname, btext)
    if found is not None:
        return found
    ids: list[int] = []
    weights: list[float] = []
    if not hasattr(matcher, "_read_data"):  # postings kept in the term table
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            matcher.next()
        return ids, weights
    while matcher.is_active():  # it may be inside its first block: read that whole
        _read_block(matcher, ids, weights)
        matcher._next_block()
    return ids, weights


def _read_block(matcher, ids: list[int], weights: list[float]) -> None:
    """The block a W3LeafMatcher is on (its _read_ids and _read_weights)."""
    raw = matcher._postfile.get(matcher._dataoffset, matcher._nextoffset - matcher._dataoffset)
    docs, found, _values = pickle.loads(zlib.decompress(raw) if matcher._compression else raw)
    ids.extend(docs if matcher._byteids else accumulate(docs))
    count = matcher._blocklength
    if found is None or isinstance(found, float):
        weights.extend([1.0 if found is None else found] * count)
    else:
        weights.extend(found)


def write_derived(storage, schema, segment) -> None:
    """The side file of a segment Whoosh wrote (a merge of small ones), from its
    postings: without it, its frequent terms would be read from their blocks."""
    from whoosh.reading import SegmentReader

    reader = SegmentReader(storage, schema, segment)
    try:
        count = reader.doc_count_all()
        found = []
        for fieldname in sorted(reader.indexed_field_names()):
            for btext, info in _field_terms(reader, fieldname):
                if is_frequent(info.doc_frequency(), count):
                    matcher = reader.postings(fieldname, btext)
                    found.append((fieldname, btext, *read(reader, fieldname, btext, matcher)))
        write(storage, segment, found)
    finally:
        reader.close()


def _field_terms(reader, fieldname: str):
    """(term bytes, term info) of the field: reader.iter_field without its prefix,
    which a date field cannot parse ("" is not a date)."""
    for (name, btext), info in reader._terms.items_from(fieldname, b""):
        if name != fieldname:
            return
        yield btext, info


def postings(reader, fieldname: str, btext: bytes) -> Postings | None:
    """The term's postings from the segment's side file; None when not there."""
    found = _table(reader)
    entry = found[1].get((fieldname, btext)) if found else None
    if entry is None:
        return None
    offset, count = entry
    raw = found[0].get(offset, count * 8)
    ids, weights = array(_IDS), array("f")
    ids.frombytes(raw[: count * 4])
    weights.frombytes(raw[count * 4 :])
    if _SWAP:
        ids.byteswap()
        weights.byteswap()
    return ids, weights


def _table(reader):
    """(file, {(field, term): (offset, count)}) of a segment reader, read once; None
    without a (readable) side file."""
    cache = reader.__dict__
    if "_newsreader_frequent" not in cache:
        cache["_newsreader_frequent"] = _open(reader)
    return cache["_newsreader_frequent"]


def _open(reader):
    storage, segment = getattr(reader, "_storage", None), getattr(reader, "_segment", None)
    if storage is None or segment is None:
        return None
    name = segment.make_filename(EXTENSION)
    try:
        if not storage.file_exists(name):
            return None
        size = storage.file_length(name)
        handle = storage.open_file(name)
        offset, magic = _TRAILER.unpack(handle.get(size - _TRAILER.size, _TRAILER.size))
        if magic != _MAGIC or offset > size - _TRAILER.size:
            return None
        table = pickle.loads(handle.get(offset, size - _TRAILER.size - offset))
    except Exception:  # unreadable or cut short: the blocks still hold everything
        return None
    return handle, table
