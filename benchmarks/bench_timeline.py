"""Timeline building on a generated multi-month wire archive: speed and quality.

    python -m benchmarks.bench_timeline [--articles 1000] [--seed 1]

Generates the archive (benchmarks/wire_archive.py), cleans it with the ingest
readers, then times StoryStore.sync from scratch (signatures, versions, dates,
candidates, events), a sync with nothing changed, an incremental sync after one
article changed, `timeline()`, and the temporal tagger alone over every text (its share
of a sync); each as seconds and as a multiple of the ingest time measured in the same
run (the machine is shared). Quality: of the `--limit K` timeline (K = the
number of key events), how many events fall on a key event's day (precision), and
how many key events are found (recall), within a day.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import tempfile
import time
from pathlib import Path

from benchmarks.wire_archive import write


def load_articles(archive: Path) -> dict:
    from newsreader.ingest.reader import read_source
    from newsreader.ingest.scan import SourceFile

    source = SourceFile(archive.name, "jsonl", archive.stat().st_size, 0, archive.stem)
    result = read_source(archive.parent, source)
    return {a.id: a for a in result.articles}


def score(events, gold: list[dt.date]) -> tuple[float, float]:
    days = [(dt.date.fromisoformat(e.start), dt.date.fromisoformat(e.end)) for e in events]

    def near(day: dt.date, start: dt.date, end: dt.date) -> bool:
        return start == end and abs((start - day).days) <= 1

    hits = sum(any(near(g, s, e) for g in gold) for s, e in days)
    found = sum(any(near(g, s, e) for s, e in days) for g in gold)
    return hits / max(len(days), 1), found / len(gold)


def timed(label: str, action, baseline: float | None = None):
    """Run `action`, print its seconds (and their ratio to `baseline`, measured in the same
    run: the machine is shared, so ratios are what compare between runs)."""
    began = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - began
    ratio = f"  ({seconds / baseline:5.2f}x ingest)" if baseline else ""
    print(f"{label:<34} {seconds:7.2f} s{ratio}")
    return result, seconds


def machine() -> str:
    """The line a figure is reported with: date, machine, cores, Python."""
    return (
        f"{dt.date.today()} · {platform.machine()} · {os.cpu_count()} cores · Python "
        f"{platform.python_version()}"
    )


def tag_dates(articles: dict) -> int:
    """The temporal tagger alone over every article: its share of a sync."""
    from newsreader.story.timex import find_timexes

    found = 0
    for article in articles.values():
        day = dt.date.fromisoformat(article.published) if article.published else None
        found += len(find_timexes(article.text, day))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        os.environ["NEWSREADER_HOME"] = home
        from newsreader.story.store import StoryStore

        folder = Path(home) / "archive"
        write(folder, args.articles, args.seed)
        articles, ingest = timed(
            "ingest (clean JSONL)", lambda: load_articles(folder / "archive.jsonl")
        )
        tokens = {i: "1" for i in articles}
        store = StoryStore(folder)
        timed("sync, from scratch", lambda: store.sync(tokens, articles.get), ingest)
        timed("sync, nothing changed", lambda: store.sync(tokens, articles.get), ingest)
        changed = next(iter(tokens))
        timed(
            "sync, one article changed",
            lambda: store.sync({**tokens, changed: "2"}, articles.get),
            ingest,
        )
        events, _ = timed("timeline()", store.timeline, ingest)
        expressions, _ = timed("find_timexes alone, all texts", lambda: tag_dates(articles), ingest)
        from benchmarks.wire_archive import EVENTS

        gold = [e.date for e in EVENTS]
        top = store.timeline(limit=len(gold))
        precision, recall = score(top, gold)
        print(f"articles {len(articles)}, temporal expressions {expressions}, events {len(events)}")
        print(f"--limit {len(gold)}: day precision {precision:.2f}, key-event recall {recall:.2f}")
        for event in top:
            print(f"  {event.date:<10} {len(event.sources):>4} src  {event.summary[:80]}")
        store.close()
    print(machine())


if __name__ == "__main__":
    main()
