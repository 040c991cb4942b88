"""The timeline on real wire copy: stories of ../shared/eval/timex/train.jsonl, against
the key dates of the public record.

    python -m benchmarks.bench_timeline_wire [--story NAME] [--show N]

The AQUAINT part of the TempEval-3 train file holds AP, New York Times and Xinhua
stories that follow two stories over weeks or months: the Elian Gonzalez custody case
(January-June 2000) and the 1998 embassy bombings in Nairobi and Dar es Salaam. Each
story's archive is the wire documents of the file's dev part (the documents the
tagger's held-out part leaves: `timex_eval.py`) that name it, as a JSONL archive with
`published` (the document's date), built in a temporary folder and read by the ingest
readers, as `newsreader index` reads it. Quality, as timeline-summarization work
scores dates: of `timeline(limit=K)`, K the number of key dates, the share of events
on a key date (within a day) and the share of key dates found; also the share found
anywhere in the full timeline. The key dates are history's (what happened when), not
read off these articles: some are told by none of them. Without ../shared it says so
and exits 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import tempfile
import time
from pathlib import Path

from benchmarks.bench_timeline import load_articles, machine, score

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "timex" / "train.jsonl"
_WIRE = ("APW", "NYT", "XIE")

# name: (pattern its documents name at least twice, {key date: what happened})
STORIES = {
    "elian": (
        r"\bElian\b",
        {
            "1999-11-25": "the boy is rescued at sea off Florida",
            "2000-01-05": "the INS rules he must go back to his father",
            "2000-01-14": "the INS's first deadline for his return",
            "2000-01-26": "his grandmothers meet him in Miami Beach",
            "2000-03-21": "a federal judge upholds the INS decision",
            "2000-04-06": "his father arrives in the United States",
            "2000-04-13": "the deadline for the Miami relatives to hand him over",
            "2000-04-22": "federal agents take him from the Miami house",
            "2000-06-01": "the appeals court rules against the relatives",
        },
    ),
    "embassy": (
        r"\bembass(?:y|ies)\b",
        {
            "1998-08-07": "bombs at the U.S. embassies in Nairobi and Dar es Salaam",
            "1998-08-13": "the dead Americans are brought home; Clinton speaks",
            "1998-08-18": "Albright visits Nairobi and Dar es Salaam",
            "1998-08-20": "U.S. missile strikes in Afghanistan and Sudan",
        },
    ),
}


def dev_documents() -> list[dict]:
    docs = sorted((json.loads(line) for line in DATA.open(encoding="utf-8")), key=lambda d: d["id"])
    return [d for i, d in enumerate(docs) if i % 5 != 4]


def write_archive(folder: Path, docs: list[dict], pattern: str) -> int:
    """The story's wire documents as a JSONL archive (title: the first line)."""
    folder.mkdir(parents=True)
    written = 0
    with (folder / "archive.jsonl").open("w", encoding="utf-8") as out:
        for doc in docs:
            text = doc["text"].strip()
            if doc["id"][:3] not in _WIRE or len(re.findall(pattern, text)) < 2:
                continue
            title = text.split("\n", 1)[0].strip()[:100]
            record = {"id": doc["id"], "title": title, "text": text, "outlet": doc["id"][:3]}
            out.write(json.dumps({**record, "published": doc["dct"][:10]}) + "\n")
            written += 1
    return written


def run(name: str, docs: list[dict], home: Path, show: int) -> None:
    from newsreader.story.store import StoryStore

    pattern, keys = STORIES[name]
    folder = home / name
    write_archive(folder, docs, pattern)
    articles = load_articles(folder / "archive.jsonl")
    began = time.perf_counter()
    with StoryStore(folder) as store:
        store.sync({i: "1" for i in articles}, articles.get)
        seconds = time.perf_counter() - began
        gold = [dt.date.fromisoformat(k) for k in keys]
        everything = store.timeline()
        top = store.timeline(limit=len(gold))
    precision, recall = score(top, gold)
    _, anywhere = score(everything, gold)
    days = sorted({a.published for a in articles.values() if a.published})
    print(f"## {name}: {len(articles)} articles, {days[0]} .. {days[-1]}, sync {seconds:.2f} s")
    print(f"events {len(everything)}; key dates found anywhere {anywhere:.2f}")
    print(f"--limit {len(gold)}: day precision {precision:.2f}, key-date recall {recall:.2f}")
    for event in top[:show]:
        mark = "*" if event.start in keys and event.start == event.end else " "
        print(f" {mark} {event.date:<10} {len(event.sources):>3} src  {event.summary[:76]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--story", choices=sorted(STORIES), action="append")
    parser.add_argument("--show", type=int, default=12, help="events of the limited timeline")
    args = parser.parse_args()
    if not DATA.is_file():
        print(f"{DATA} is not here (it ships with ../shared/eval): nothing to measure")
        return 0
    docs = dev_documents()
    with tempfile.TemporaryDirectory() as home:
        os.environ["NEWSREADER_HOME"] = home
        for name in args.story or sorted(STORIES):
            run(name, docs, Path(home), args.show)
    print(machine())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
