"""Whoosh segment writing without its per-posting machinery.

Whoosh's SegmentWriter sends every posting through a sorting pool as a tuple,
then writes each through per-posting calls that read the document's field
length back from the file just written: most of its indexing time. `FastWriter`
appends postings to per-term lists and writes each term's blocks at once; the
segment files are byte for byte those SegmentWriter writes (tests/index check)
but for the pickle protocol of the blocks (PROTOCOL) and small blocks left
uncompressed (MIN_COMPRESS).
It only builds new segments (no merging); `commit_segments` adds them to the
index in one commit.
"""

from __future__ import annotations

import operator
import struct
import zlib
from array import array
from pickle import dumps

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3TermInfo
from whoosh.filedb.filetables import _lengths as _KEY_VALUE_LENGTHS
from whoosh.system import pack_int, pack_long, pack_ushort
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

from newsreader.index import frequent
from newsreader.index.schema import FastPositions, NewsAnalyzer

_Postings = tuple[array, array, list[bytes]]  # docnums ("I"), weights ("d"), values
_TERMINFO = W3TermInfo._struct
_FLOAT32 = struct.Struct("f")
# zlib makes small blocks bigger, and compressing one costs ~20 µs (most terms
# are rare: one short block). Whoosh meant to skip those under 20 bytes.
MIN_COMPRESS = 96
# Whoosh pickles blocks with protocol 2, which has no opcode for bytes: each
# posting's positions go through a call to _codecs.encode, when written and when
# read (most of a block's pickling). Protocol 3 stores bytes as they are; Whoosh
# reads any protocol.
PROTOCOL = 3


class FastWriter(SegmentWriter):
    """A SegmentWriter for new documents only; `finish()` returns its segment.

    Takes no lock: the caller holds the index's writer lock."""

    def __init__(
        self, ix, min_compress: int = MIN_COMPRESS, protocol: int = PROTOCOL, **kwargs
    ) -> None:
        super().__init__(ix, _lk=False, **kwargs)
        self.min_compress, self.protocol = min_compress, protocol
        store_offsets(self)
        for name, field in self.schema.items():
            if field.vector or field.separate_spelling():
                raise TypeError(f"FastWriter does not write vectors or spelling ({name})")
        self._terms: dict[str, dict[bytes, _Postings]] = {}
        self._lengths: dict[str, dict[int, int]] = {}  # as the length column holds them
        self.postings = 0  # held in memory

    def add_document(self, **fields) -> None:
        self._check_state()
        docnum, perdoc = self.docnum, self.perdocwriter
        docboost = self._doc_boost(fields)
        names = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(self.schema, names)
        perdoc.start_doc(docnum)
        for name in names:
            value = fields[name]
            if value is None:
                continue
            field = self.schema[name]
            length = self._index_field(name, field, value, docnum, fields, docboost)
            stored = fields.get(f"_stored_{name}", value)
            perdoc.add_field(name, field, stored if field.stored else None, length)
            if field.column_type and stored is not None:
                perdoc.add_column_value(name, field.column_type, field.to_column_value(stored))
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1

    def _index_field(self, name, field, value, docnum, fields, docboost) -> int:
        if not field.indexed:
            return 0
        boost = self._field_boost(fields, name, docboost)
        terms = self._terms.setdefault(name, {})
        length = count = 0
        fast = isinstance(field.format, FastPositions) and isinstance(field.analyzer, NewsAnalyzer)
        items = (
            field.format.postings(value) if fast and isinstance(value, str) else field.index(value)
        )
        for tbytes, freq, weight, vbytes in items:
            found = terms.get(tbytes)
            if found is None:
                found = terms[tbytes] = (array("I"), array("d"), [])  # compact, untracked by gc
            found[0].append(docnum)
            found[1].append(weight * boost)
            found[2].append(vbytes)
            length += freq
            count += 1
        self.postings += count
        if not field.scorable:
            return 0
        if length:
            quantized = byte_to_length(length_to_byte(length))
            self._lengths.setdefault(name, {})[docnum] = quantized
        return length

    def add_reader(self, reader) -> None:
        raise NotImplementedError("FastWriter only adds new documents")

    def finish(self):
        """Write the segment's files; the segment, or None if it holds no document."""
        if not self._added:
            self._close_segment()
            self._finish()
            return None
        segment = self._finalize_segment()
        self._finish()
        return segment

    def _finish(self) -> None:
        # Every writer of an index shares one temporary folder (the column files
        # being written): the committing writer removes it, not this one.
        self.is_closed = True

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        out = self.fieldwriter
        for name in sorted(n for n, terms in self._terms.items() if terms):
            out.start_field(name, self.schema[name])
            lengths = self._lengths.get(name, {})
            _write_field(out, self._terms[name], lengths, self.min_compress, self.protocol)
            out.finish_field()
        out.close()
        frequent.write(self.storage, self.newsegment, self._frequent_terms())
        self._terms.clear()

    def _frequent_terms(self):
        for name in sorted(self._terms):
            for btext, (docs, weights, _values) in sorted(self._terms[name].items()):
                if frequent.is_frequent(len(docs), self.docnum):
                    yield name, btext, docs, weights


def _write_field(
    out, terms: dict[bytes, _Postings], lengths: dict[int, int], least: int, protocol: int
) -> None:
    """Each term's posting blocks and term-table entry, as W3FieldWriter and
    W3PostingsWriter write them (add_posting, _write_block, finish_term) but
    in one pass per term: Whoosh spends ~100 µs of Python calls per term."""
    posts, table = out._postfile, out._tindex
    limit, level = out._postwriter._blocklimit, out._postwriter._compression
    fixed = out._format.fixed_value_size()
    prefix = pack_ushort(out._fieldid)
    offset = posts.tell()
    for btext in sorted(terms):
        docs, weights, values = terms[btext]
        if len(docs) == 1:  # most terms
            blob, entry = _one_document(
                docs[0], weights[0], values[0], lengths, fixed, level, least, protocol, offset
            )
        else:
            blocks = [
                _block(docs, weights, values, a, limit, lengths, fixed, level, least, protocol)
                for a in range(0, len(docs), limit)
            ]
            data = [WHOOSH3_HEADER_MAGIC]
            stats = _TermStats()
            for n, (info, body, block) in enumerate(blocks):
                size = len(info) + len(body)
                data += (pack_int(-size if n == len(blocks) - 1 else size), info, body)
                stats.add(*block)
            blob = b"".join(data)
            entry = stats.to_bytes(docs, offset, len(blob))
        posts.write(blob)
        _add_term(table, prefix + btext, entry)
        offset += len(blob)


def _one_document(doc, weight, value, lengths, fixed, level, least, protocol, offset):
    """(postings, term-table entry) of a term in one document: what `_block` and
    `_TermStats` make of it, without their slices and loops (~2x faster)."""
    single = _FLOAT32.unpack(_FLOAT32.pack(weight))[0]  # as array("f") keeps it
    length = lengths.get(doc)  # None or >= 1
    low, high = (length, length) if length else (None, 0)
    weights = None if single == 1.0 else single  # _mini_weights
    body = dumps(((doc,), weights, _mini_values([value] if value else [], fixed)), protocol)
    body, level = _compressed(body, level, least)
    top = max(0, weight)
    low_byte, high_byte = length_to_byte(low), length_to_byte(high)
    info = dumps((1, doc, top, level, low_byte, high_byte), 2)
    blob = b"".join((WHOOSH3_HEADER_MAGIC, pack_int(-len(info) - len(body)), info, body))
    return blob, _term_entry(single, 1, low_byte, high_byte, top, doc, doc, offset, len(blob))


def _block(docs, weights, values, start, limit, lengths, fixed, level, least, protocol):
    """One block: (info bytes, data bytes, stats for the term info). Blocks under
    `least` bytes stay uncompressed (each block records its compression); the data
    is pickled with `protocol`."""
    ids = docs[start : start + limit]
    floats = array("f", weights[start : start + limit])
    vals = [v for v in values[start : start + limit] if v]
    found = list(filter(None, map(lengths.get, ids)))  # lengths are >= 1
    low, high = (min(found), max(found)) if found else (None, 0)
    top = max(0, *weights[start : start + limit])
    gaps = (ids[0], *map(operator.sub, ids[1:], ids[:-1]))  # Whoosh's delta_encode
    body = dumps((gaps, _mini_weights(floats), _mini_values(vals, fixed)), protocol)
    body, level = _compressed(body, level, least)
    info = dumps((len(ids), ids[-1], top, level, length_to_byte(low), length_to_byte(high)), 2)
    return info, body, (sum(floats), len(ids), low, high, top)


def _compressed(body: bytes, level: int, least: int) -> tuple[bytes, int]:
    """(a block's data, its compression level): under `least` bytes, as it is."""
    if level and len(body) >= least:
        return zlib.compress(body, level), level
    return body, 0


def _mini_weights(weights: array):
    if weights.count(1.0) == len(weights):
        return None
    if weights.count(weights[0]) == len(weights):
        return weights[0]
    return tuple(weights)


def _mini_values(values: list[bytes], fixed):
    if fixed is None or fixed < 0:
        return tuple(values)
    return None if fixed == 0 else b"".join(values)


class _TermStats:
    """W3TermInfo's totals over a term's blocks."""

    __slots__ = ("df", "high", "low", "top", "weight")

    def __init__(self) -> None:
        self.weight, self.df, self.low, self.high, self.top = 0.0, 0, None, 0, 0

    def add(self, weight, df, low, high, top) -> None:
        self.weight += weight
        self.df += df
        self.low = low if self.low is None else min(self.low, low)
        self.high, self.top = max(self.high, high), max(self.top, top)

    def to_bytes(self, docs: list[int], offset: int, length: int) -> bytes:
        low, high = length_to_byte(self.low), length_to_byte(self.high)  # None -> 0
        return _term_entry(
            self.weight, self.df, low, high, self.top, docs[0], docs[-1], offset, length
        )


def _term_entry(weight, df, low, high, top, first, last, offset: int, length: int) -> bytes:
    """A term-table row: W3TermInfo's statistics (length codes), then where its
    postings are."""
    head = _TERMINFO.pack(0, weight, df, low, high, top, first, last)
    return head + pack_long(offset) + pack_int(length)


def _add_term(table, key: bytes, value: bytes) -> None:
    """OrderedHashWriter.add."""
    if key <= table.lastkey:
        raise ValueError(f"terms out of order: {table.lastkey!r}..{key!r}")
    dbfile = table.dbfile
    pos = dbfile.tell()
    table.index.append(pos)
    dbfile.write(_KEY_VALUE_LENGTHS.pack(len(key), len(value)) + key + value)
    hashed = table.hashfn(key)
    table.buckets[hashed & 255].append((hashed, pos))
    table.lastkey = key


def store_offsets(writer: SegmentWriter) -> None:
    """The segment's stored fields written with their offsets, as Whoosh does past
    32,768 documents only: without them, the first document read from a segment
    sums every document's length in a Python loop (5 ms at 20,000 documents, in
    each search process)."""
    writer.perdocwriter._colwriters["_stored"]._child.cutoff = 0


def commit_segments(writer: SegmentWriter, segments: list, mergetype) -> None:
    """`writer.commit(mergetype=...)` that also adds these finished segments."""
    writer._check_state()
    store_offsets(writer)
    kept = mergetype(writer, writer.segments)
    if writer._added:  # the merge policy merged small segments into this writer
        kept.append(writer._finalize_segment())
        frequent.write_derived(writer.storage, writer.schema, kept[-1])
    else:
        writer._close_segment()
    writer._commit_toc(kept + segments)
    writer._finish()
