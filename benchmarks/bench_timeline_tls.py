"""The timeline of a months-long story, scored as timeline summarization is scored.

    python -m benchmarks.bench_timeline_tls [ARCHIVE.jsonl REFERENCE.json] [--show N]

Default: `benchmarks/data/harlan/`, 200 articles of a fictional corruption case
(January-October 2025, eight outlets, a quarter of them versions of a wire story,
background paragraphs, analysis, a few unrelated briefs), written for this benchmark
by helper sessions that saw neither the code nor its figures, from a story bible whose
18 key events are the reference timeline (`reference.json`: date, summary).
Any archive in that shape works (a JSONL archive with `published`; a reference
`{"timeline": [{"date", "summary"}]}`), e.g. a topic of a public TLS dataset.

Figures, of `timeline(limit=K)` with K the reference's dates, as TLS work reports
them: date precision, recall and F1 (an event is on a reference date when it is that
day, exactly), concatenated ROUGE-1 F1 (every summary against every reference
summary, content words) and date-aligned ROUGE-1 (the mean over reference dates of
the summary of the event on that day against the reference's, 0 when there is
none). Also the share of reference dates anywhere in the full timeline and the sync
time.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import tempfile
import time
from collections import Counter
from pathlib import Path

from benchmarks.bench_timeline import load_articles, machine

HERE = Path(__file__).resolve().parent / "data" / "harlan"
_SMALL_WORDS = (
    "a an the of to in on at by for and or but with from as is was were be been are it its "
    "his her he she they their that this said says will would has have had not who which"
)
_STOP = frozenset(_SMALL_WORDS.split())


def words(text: str) -> Counter[str]:
    return Counter(w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP)


def rouge1(system: Counter[str], reference: Counter[str]) -> float:
    overlap = sum((system & reference).values())
    if not overlap:
        return 0.0
    p, r = overlap / sum(system.values()), overlap / sum(reference.values())
    return 2 * p * r / (p + r)


def figures(events, reference: dict[str, str]) -> dict[str, float]:
    days = {e.start: e.summary for e in reversed(events) if e.start == e.end}
    hits = sum(e.start == e.end and e.start in reference for e in events)
    precision, recall = hits / max(len(events), 1), hits / len(reference)
    concat = rouge1(words(" ".join(e.summary for e in events)), words(" ".join(reference.values())))
    aligned = sum(rouge1(words(days[d]), words(text)) for d, text in reference.items() if d in days)
    return {
        "date_p": precision,
        "date_r": recall,
        "date_f1": 2 * precision * recall / (precision + recall) if hits else 0.0,
        "rouge1_concat": concat,
        "rouge1_aligned": aligned / len(reference),
    }


def run(archive: Path, reference_file: Path, show: int) -> None:
    from newsreader.story.store import StoryStore

    reference = {
        r["date"]: r["summary"]
        for r in json.loads(reference_file.read_text(encoding="utf-8"))["timeline"]
    }
    articles = load_articles(archive)
    with tempfile.TemporaryDirectory() as home:
        os.environ["NEWSREADER_HOME"] = home
        began = time.perf_counter()
        with StoryStore(Path(home) / "story") as store:
            store.sync({i: "1" for i in articles}, articles.get)
            seconds = time.perf_counter() - began
            everything = store.timeline()
            top = store.timeline(limit=len(reference))
    f = figures(top, reference)
    anywhere = len({e.start for e in everything if e.start == e.end} & reference.keys())
    days = sorted({a.published for a in articles.values() if a.published})
    print(f"## {archive}: {len(articles)} articles, {days[0]} .. {days[-1]}, sync {seconds:.2f} s")
    print(f"events {len(everything)}; reference dates anywhere {anywhere / len(reference):.2f}")
    print(
        f"--limit {len(reference)}: date P {f['date_p']:.2f} R {f['date_r']:.2f} "
        f"F1 {f['date_f1']:.2f}; ROUGE-1 concat {f['rouge1_concat']:.3f}, "
        f"date-aligned {f['rouge1_aligned']:.3f}"
    )
    for event in top[:show]:
        mark = "*" if event.start == event.end and event.start in reference else " "
        print(f" {mark} {event.date:<10} {len(event.sources):>3} src  {event.summary[:76]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", nargs="?", type=Path, default=HERE / "archive.jsonl")
    parser.add_argument("reference", nargs="?", type=Path, default=HERE / "reference.json")
    parser.add_argument("--show", type=int, default=20, help="events of the limited timeline")
    args = parser.parse_args()
    run(args.archive, args.reference, args.show)
    print(machine())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
