"""FastWriter writes the segment files Whoosh's own SegmentWriter writes, and the
multi-process build keeps the single-process semantics (first file owns an id)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import W3Codec
from whoosh.writing import NO_MERGE, OPTIMIZE, SegmentWriter

from newsreader.index import ArchiveIndex, build, frequent, update_index
from newsreader.index.schema import build_schema, to_document
from newsreader.index.segment import (
    MIN_COMPRESS,
    PROTOCOL,
    FastWriter,
    commit_segments,
    store_offsets,
)
from newsreader.model import Article

WORDS = ["otter", "river", "the", "a", "Council", "budget", "vests", "I", "x.y", "2017", "é"]


def _article(n: int, words: list[str]) -> Article:
    return Article(
        id=f"doc{n}",
        path=f"doc{n}.txt",
        title=" ".join(words[:5]) or None,
        byline="Ann Reporter" if n % 3 else None,
        outlet="The Denver Post" if n % 2 else None,
        published=f"2017-0{1 + n % 9}-1{n % 10}" if n % 4 else None,
        text=" ".join(words) or "empty",
    )


def _segment_files(tmp: Path, writer_class, articles: list[Article], codec) -> dict[str, bytes]:
    tmp.mkdir()
    ix = whoosh_index.create_in(str(tmp), build_schema())
    if writer_class is FastWriter:
        writer = FastWriter(ix, compound=False, codec=codec, min_compress=0, protocol=2)
    else:
        writer = SegmentWriter(ix, compound=False, codec=codec, _lk=False)
        store_offsets(writer)  # as FastWriter does: Whoosh's own code writes them
    for article in articles:
        writer.add_document(**to_document(article, article.path))
    segment = writer._finalize_segment()
    prefix = f"MAIN_{segment.segid}"
    files = {p.name[len(prefix) :]: p.read_bytes() for p in tmp.glob(f"{prefix}*")}
    side = files.pop(frequent.EXTENSION, None)  # FastWriter's own, for frequent terms
    assert side is None or (writer_class is FastWriter and side.endswith(b"NRF1"))
    return files


@pytest.mark.parametrize("compression", [3, 0])
def test_same_files_as_whoosh_with_multi_block_terms(tmp_path, compression):
    # 300 documents: common words span several 128-posting blocks
    articles = [
        _article(n, [WORDS[(n * k) % len(WORDS)] for k in range(n % 40)]) for n in range(300)
    ]
    codec = W3Codec(compression=compression)
    ours = _segment_files(tmp_path / "fast", FastWriter, articles, codec)
    whoosh = _segment_files(tmp_path / "whoosh", SegmentWriter, articles, codec)
    assert set(ours) == set(whoosh) and ours == whoosh


@settings(max_examples=25, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS) | st.text(max_size=8), max_size=30), max_size=12))
def test_same_files_as_whoosh_for_any_texts(tmp_path_factory, texts):
    articles = [_article(n, words) for n, words in enumerate(texts)]
    tmp = tmp_path_factory.mktemp("seg")
    codec = W3Codec()
    ours = _segment_files(tmp / "fast", FastWriter, articles, codec)
    assert ours == _segment_files(tmp / "whoosh", SegmentWriter, articles, codec)


def test_small_blocks_left_uncompressed_and_protocol_3_read_the_same(tmp_path):
    """Blocks under MIN_COMPRESS bytes are stored as they are, and pickled with
    PROTOCOL, not Whoosh's 2; readers see the same postings (ids, weights,
    positions) and field lengths."""
    articles = [
        _article(n, [WORDS[(n * k) % len(WORDS)] for k in range(n % 40)]) for n in range(300)
    ]
    readers = []
    configurations = (("whoosh", 0, 2), ("stored", 10**6, 2), ("ours", MIN_COMPRESS, PROTOCOL))
    for name, least, protocol in configurations:
        (tmp_path / name).mkdir()
        ix = whoosh_index.create_in(str(tmp_path / name), build_schema())
        writer = FastWriter(ix, compound=False, min_compress=least, protocol=protocol)
        for article in articles:
            writer.add_document(**to_document(article, article.path))
        commit_segments(SegmentWriter(ix), [writer.finish()], NO_MERGE)
        readers.append(whoosh_index.open_dir(str(tmp_path / name)).reader())
    whoosh = readers[0]
    for other in readers[1:]:
        assert list(whoosh.all_terms()) == list(other.all_terms())
        for field, term in whoosh.all_terms():
            a, b = whoosh.postings(field, term), other.postings(field, term)
            assert list(a.items_as("weight")) == list(b.items_as("weight"))
            assert list(a.all_items()) == list(b.all_items())
        assert [whoosh.doc_field_length(n, "body") for n in range(300)] == [
            other.doc_field_length(n, "body") for n in range(300)
        ]


def test_stored_fields_are_written_with_their_offsets(tmp_path):
    """New segments and merged ones: reading a document's stored fields then needs no
    pass over every document's length."""
    articles = [_article(n, WORDS[: n % len(WORDS)]) for n in range(40)]
    ix = whoosh_index.create_in(str(tmp_path), build_schema())
    for part in (articles[:20], articles[20:]):
        writer = FastWriter(ix, compound=False)
        for article in part:
            writer.add_document(**to_document(article, article.path))
        commit_segments(SegmentWriter(ix), [writer.finish()], NO_MERGE)
    with whoosh_index.open_dir(str(tmp_path)).reader() as reader:
        assert _stored_offsets(reader) == [True, True]
        before = [reader.stored_fields(n) for n in range(40)]
    commit_segments(SegmentWriter(ix), [], OPTIMIZE)  # the two merged into one
    with whoosh_index.open_dir(str(tmp_path)).reader() as reader:
        assert _stored_offsets(reader) == [True]
        assert [reader.stored_fields(n) for n in range(40)] == before
        assert [f["path"] for f in before] == [a.path for a in articles]


def _stored_offsets(reader) -> list[bool]:
    segments = [r for r, _offset in reader.leaf_readers()]
    for segment in segments:
        segment.stored_fields(0)
    stored = [segment._perdoc._readers["_stored"] for segment in segments]
    return [column._child.had_stored_offsets for column in stored]


def test_worker_processes_keep_the_first_owner_of_an_id(tmp_path, monkeypatch):
    """Files cleaned in different worker processes claiming one id: the first file
    in path order keeps it, as in a single-process update."""
    monkeypatch.setattr(build, "CHUNK", 2)  # spread 12 files over the workers
    archive = tmp_path / "feeds"
    archive.mkdir()
    for n in range(12):
        records = [{"id": "shared", "title": f"Feed {n}", "text": f"Otters in feed {n}."}]
        records.append({"id": f"own{n}", "title": f"Own {n}", "text": f"Beavers number {n}."})
        (archive / f"f{n:02d}.jsonl").write_text("\n".join(map(json.dumps, records)) + "\n")
    report = update_index(archive)
    assert report.indexed == 13
    assert sum("duplicate id 'shared'" in s.reason for s in report.skipped) == 11
    with ArchiveIndex.open(archive) as index:
        found = index.search("otters")
        assert found.total == 1 and found.results[0].path == "f00.jsonl"
        assert len(index.articles()) == 13


@given(st.lists(st.integers(0, 5000), min_size=1, max_size=40, unique=True))
def test_positions_encoded_as_whoosh_does(positions):
    from whoosh.formats import Positions

    from newsreader.index.schema import encode_positions

    positions.sort()
    assert encode_positions(positions) == Positions().encode(positions)
    assert encode_positions(positions) == Positions().encode(positions)  # cached


def test_workers_start_by_forkserver_when_threads_run(tmp_path):
    """A process with other threads (the TUI) must not fork them: workers come
    from the forkserver, and the build is the same."""
    import threading

    archive = tmp_path / "many"
    archive.mkdir()
    for n in range(24):
        (archive / f"f{n:02d}.txt").write_text(f"Story {n}\n\nOtters number {n} swam.\n")
    stop = threading.Event()
    waiter = threading.Thread(target=stop.wait, daemon=True)
    waiter.start()
    try:
        assert build._context().get_start_method() in ("forkserver", "spawn")
        assert update_index(archive).indexed == 24
    finally:
        stop.set()
    with ArchiveIndex.open(archive) as index:
        assert index.search("otters").total == 24
