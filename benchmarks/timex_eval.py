"""TempEval-3 scoring of `newsreader.story.timex.find_timexes`.

    python benchmarks/timex_eval.py [--part dev|held-out|both|all] [--errors N] [--repeat N]
                                     [--folds N | --fold K/N] [--data FILE] [--json]

Reads ../shared/eval/timex/train.jsonl (TempEval-3 TimeBank + AQUAINT). Documents
sorted by id; every 5th (index % 5 == 4) is the held-out part, scored only, never
inspected (`--errors` refuses it); the rest is the dev part. Scores as the official
TempEval-3 scorer does: strict span match (same start and end), relaxed match (any
overlap, aligned one to one), type and value accuracy over relaxed matches, value F1
(value-correct / system and value-correct / gold). Sentences/s: the fastest of
`--repeat` timed runs of `find_timexes` alone over the part. Without the data it says so
and exits 0.
`--folds N` scores the dev part in N folds (dev index % N), one row each; `--fold K/N` only
fold K (for developing on some folds and checking on others).
`--data FILE` scores every document of another file of that shape instead, as one part, its
errors shown with `--errors`: `benchmarks/data/timex_news/` holds news articles written and
annotated for this by helper sessions (see benchmarks/README.md), shipped with the project.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "eval" / "timex" / "train.jsonl"
sys.path.insert(0, str(ROOT))

from newsreader.story.timex import Timex, find_timexes  # noqa: E402

_SENTENCE_END = re.compile(r"[.!?]['\"”’]?\s+(?=[A-Z\"“`'])|\n\s*\n")


@dataclass
class Score:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    sentences: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)


def load(part: str) -> list[dict]:
    docs = sorted((json.loads(line) for line in DATA.open(encoding="utf-8")), key=lambda d: d["id"])
    if part == "all":
        return docs
    held_out = part == "held-out"
    return [d for i, d in enumerate(docs) if (i % 5 == 4) == held_out]


def fold(docs: list[dict], k: int, n: int) -> list[dict]:
    """Fold `k` of `n` of the dev part: the documents whose dev index is k modulo n."""
    return [d for i, d in enumerate(docs) if i % n == k]


def align(gold: list[dict], system: list[Timex]) -> list[tuple[dict, Timex]]:
    """One-to-one pairs of overlapping spans (both lists sorted and non-overlapping)."""
    pairs, j = [], 0
    for g in gold:
        while j < len(system) and system[j].end <= g["start"]:
            j += 1
        if j < len(system) and system[j].start < g["end"]:
            pairs.append((g, system[j]))
            j += 1
    return pairs


def score(docs: list[dict], keep_errors: bool, repeat: int = 3) -> Score:
    s = Score()
    s.seconds = _fastest(docs, repeat)
    for doc in docs:
        reference = dt.date.fromisoformat(doc["dct"][:10])
        found = find_timexes(doc["text"], reference)
        s.sentences += len(_SENTENCE_END.findall(doc["text"])) + 1
        gold = sorted(doc["timexes"], key=lambda t: t["start"])
        s.gold += len(gold)
        s.system += len(found)
        pairs = align(gold, found)
        s.relaxed += len(pairs)
        for g, t in pairs:
            s.strict += g["start"] == t.start and g["end"] == t.end
            s.type_ok += g["type"] == t.type
            s.value_ok += g["value"] == t.value
            if keep_errors and (g["value"] != t.value or g["type"] != t.type):
                s.errors.append(_line("WRONG", doc, g, t))
        if keep_errors:
            _misses(doc, gold, found, pairs, s.errors)
    return s


def _fastest(docs: list[dict], repeat: int) -> float:
    """Seconds `find_timexes` takes over all documents: the fastest of `repeat` runs (the
    machine is shared; the fastest run is the one least disturbed)."""
    references = [dt.date.fromisoformat(doc["dct"][:10]) for doc in docs]
    best = float("inf")
    for _ in range(max(1, repeat)):
        began = time.perf_counter()
        for doc, reference in zip(docs, references, strict=True):
            find_timexes(doc["text"], reference)
        best = min(best, time.perf_counter() - began)
    return best


def _misses(doc, gold, found, pairs, errors) -> None:
    matched_gold = {id(g) for g, _ in pairs}
    matched_sys = {id(t) for _, t in pairs}
    errors.extend(_line("MISSED", doc, g, None) for g in gold if id(g) not in matched_gold)
    errors.extend(_line("SPURIOUS", doc, None, t) for t in found if id(t) not in matched_sys)


def _line(kind: str, doc: dict, g: dict | None, t: Timex | None) -> str:
    start = g["start"] if g else t.start
    context = doc["text"][max(0, start - 40) : start + 50].replace("\n", " ")
    gold = f"{g['text']!r} {g['type']} {g['value']}" if g else "-"
    system = f"{t.text!r} {t.type} {t.value}" if t else "-"
    return f"{kind:8} {doc['dct'][:10]} gold={gold} sys={system} | {context}"


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def figures(s: Score) -> dict[str, float]:
    p = lambda n: n / s.system if s.system else 0.0  # noqa: E731
    r = lambda n: n / s.gold if s.gold else 0.0  # noqa: E731
    return {
        "gold": s.gold,
        "system": s.system,
        "strict_p": p(s.strict),
        "strict_r": r(s.strict),
        "strict_f1": _f1(p(s.strict), r(s.strict)),
        "relaxed_p": p(s.relaxed),
        "relaxed_r": r(s.relaxed),
        "relaxed_f1": _f1(p(s.relaxed), r(s.relaxed)),
        "type_acc": s.type_ok / s.relaxed if s.relaxed else 0.0,
        "value_acc": s.value_ok / s.relaxed if s.relaxed else 0.0,
        "value_p": p(s.value_ok),
        "value_r": r(s.value_ok),
        "value_f1": _f1(p(s.value_ok), r(s.value_ok)),
        "sentences_per_s": s.sentences / s.seconds if s.seconds else 0.0,
    }


def _table(rows: dict[str, dict[str, float]]) -> str:
    head = "| part | gold | system | strict F1 | relaxed P | relaxed R | relaxed F1 "
    head += "| type acc | value acc | value P | value R | value F1 | sentences/s |"
    lines = [head, "|" + " --- |" * 13]
    for name, f in rows.items():
        cells = [name, str(f["gold"]), str(f["system"])]
        keys = ("strict_f1", "relaxed_p", "relaxed_r", "relaxed_f1", "type_acc", "value_acc")
        cells += [f"{f[k]:.3f}" for k in (*keys, "value_p", "value_r", "value_f1")]
        cells.append(f"{f['sentences_per_s']:,.0f}")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "held-out", "both", "all"), default="both")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="show N dev errors")
    parser.add_argument("--repeat", type=int, default=3, metavar="N", help="timing runs (fastest)")
    parser.add_argument("--folds", type=int, default=0, metavar="N", help="dev part in N folds")
    parser.add_argument("--fold", default="", metavar="K/N", help="dev fold K of N only")
    parser.add_argument("--data", type=Path, metavar="FILE", help="score this file instead")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.data:
        return _score_file(args)
    if not DATA.exists():
        print(f"no evaluation data at {DATA}: nothing to score (skipped)")
        return 0
    parts = ("dev", "held-out") if args.part == "both" else (args.part,)
    if args.errors and parts != ("dev",):
        parser.error("--errors shows dev errors only: add --part dev")
    selections = [(part, load(part)) for part in parts]
    if args.folds or args.fold:
        if parts != ("dev",):
            parser.error("folds are of the dev part: add --part dev")
        k, n = (int(x) for x in args.fold.split("/")) if args.fold else (None, args.folds)
        dev = selections[0][1]
        ks = [k] if k is not None else range(n)
        selections = [(f"dev fold {j}/{n}", fold(dev, j, n)) for j in ks]
    rows = {}
    for name, docs in selections:
        result = score(docs, keep_errors=bool(args.errors), repeat=args.repeat)
        rows[name] = figures(result)
        for line in result.errors[: args.errors]:
            print(line)
    print(json.dumps(rows, indent=2) if args.json else _table(rows))
    if not args.json:
        print(f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    return 0


def _score_file(args: argparse.Namespace) -> int:
    if not args.data.exists():
        print(f"no such file: {args.data}")
        return 1
    docs = [json.loads(line) for line in args.data.open(encoding="utf-8") if line.strip()]
    result = score(docs, keep_errors=bool(args.errors), repeat=args.repeat)
    for line in result.errors[: args.errors]:
        print(line)
    rows = {args.data.stem: figures(result)}
    print(json.dumps(rows, indent=2) if args.json else _table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
