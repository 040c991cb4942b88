"""Main-content extraction benchmark on the shared dev set (../shared/eval/extraction).

    python benchmarks/bench_extraction.py --mode html [--limit N] [--worst K] [--json]

`html` scores `newsreader.ingest.html.extract_html` (its plain `text`) against the
gold article bodies with the Scrapinghub metric (benchmarks/extraction_metric.py)
and reports speed. `text` dumps each page as text the way a browser's copy does
(benchmarks/browser_dump.py) and scores `clean_plaintext` on the dump.
Exits 0 with a message when the dev set is absent (it is not shipped).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.extraction_metric import EVAL_DIR, Page, load_pages, page_counts, score


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.mode == "text":
        return bench_text(args)
    return bench_html(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mode", choices=("html", "text"), default="html")
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DIR)
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    parser.add_argument("--worst", type=int, default=0, help="list the K worst pages")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    return parser


def bench_html(args: argparse.Namespace) -> int:
    """Score extract_html's text on the HTML pages; print figures and speed."""
    from newsreader.ingest.html import ExtractionError, extract_html

    pages = _pages(args)
    if not pages:
        return 0
    predicted, failures = [], []
    started = time.perf_counter()
    for page in pages:
        try:
            predicted.append(extract_html(page.html, url=page.url or None).text)
        except ExtractionError as exc:
            predicted.append("")
            failures.append(f"{page.id[:12]}: {exc}")
    seconds = time.perf_counter() - started
    _report(args, pages, predicted, seconds, failures)
    return 0


def bench_text(args: argparse.Namespace) -> int:
    """Dump each page as a browser's select-all-and-copy would, clean it as plain text."""
    from benchmarks.browser_dump import dump
    from newsreader.ingest.plaintext import clean_plaintext

    pages = _pages(args)
    if not pages:
        return 0
    dumps = [dump(page.html) for page in pages]
    started = time.perf_counter()
    predicted = [clean_plaintext(text).text for text in dumps]
    seconds = time.perf_counter() - started
    _report(args, pages, predicted, seconds, [])
    return 0


def _pages(args: argparse.Namespace) -> list[Page]:
    pages = load_pages(args.eval_dir) if args.eval_dir.is_dir() else []
    if not pages:
        print(f"benchmark skipped: no evaluation pages in {args.eval_dir}")
    return pages[: args.limit] if args.limit else pages


def _report(
    args: argparse.Namespace,
    pages: list[Page],
    predicted: list[str],
    seconds: float,
    failures: list[str],
) -> None:
    result = score([(text, page.gold) for text, page in zip(predicted, pages, strict=True)])
    figures = {**asdict(result), "seconds": seconds, "pages_per_second": len(pages) / seconds}
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(
            f"pages {result.pages}  precision {result.precision:.4f}  recall {result.recall:.4f}"
            f"  F1 {result.f1:.4f}\nmean page F1 {result.mean_page_f1:.4f}"
            f"  share F1>=0.9 {result.share_f1_090:.3f}"
            f"  {seconds:.1f}s  {figures['pages_per_second']:.1f} pages/s"
        )
    for line in failures:
        print(f"not extracted: {line}", file=sys.stderr)
    if args.worst:
        _print_worst(pages, predicted, args.worst)


def _print_worst(pages: list[Page], predicted: list[str], count: int) -> None:
    rows = []
    for page, text in zip(pages, predicted, strict=True):
        tp, fp, fn = page_counts(text, page.gold)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        rows.append((2 * p * r / (p + r) if p + r else 0.0, p, r, page))
    for f1, p, r, page in sorted(rows, key=lambda row: row[0])[:count]:
        print(f"F1 {f1:.3f}  P {p:.3f}  R {r:.3f}  {page.id[:12]}  {page.url[:70]}")


if __name__ == "__main__":
    sys.exit(main())
