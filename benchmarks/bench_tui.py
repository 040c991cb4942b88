"""TUI benchmarks: time to first paint, and keystroke-to-results latency.

    python benchmarks/bench_tui.py paint [--runs 7]
    python benchmarks/bench_tui.py latency [--articles 20000] [--home DIR]

`paint` starts a fresh Python process per run and measures from process start
(before any import) to the first frame after the first screen is mounted, for
newsreader on the (already indexed) sample corpus and for a bare Textual app
showing one Static; it prints the medians and their ratio (target <= 1.5x).

`latency` generates an archive of N articles (benchmarks/corpus_gen.py when it
exists, else benchmarks/wire_archive.py), indexes it once under --home (kept
between runs), then types queries into the running app (Pilot, 120x40) one key at
a time and measures from each key press to the result list showing that
keystroke's query (the debounce included). Target: p95 <= 100 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
QUERIES = ["chemical leak", "port alder evacuation", "plant", "governor", "water OR air"]

_PAINT = r"""
import time, sys
T0 = time.perf_counter()
from pathlib import Path
from textual.app import App
from textual.widgets import Static

async def report(pilot):  # Textual runs the auto pilot once the first frame is drawn
    print(time.perf_counter() - T0, flush=True)
    pilot.app.exit()

if sys.argv[1] == "bare":
    class Bare(App):
        def compose(self):
            yield Static("hello")
    app = Bare()
else:
    from newsreader.tui.app import create_app
    app = create_app(Path(sys.argv[2]))
app.run(headless=True, auto_pilot=report)
"""


def first_paint(which: str, archive: Path, env: dict[str, str]) -> float:
    out = subprocess.run(
        [sys.executable, "-c", _PAINT, which, str(archive)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    return float(out.strip().splitlines()[-1])


def bench_paint(runs: int, home: Path) -> dict:
    env = {**os.environ, "NEWSREADER_HOME": str(home)}
    archive = REPO / "sample_corpus"
    _build_index(archive, env)
    first_paint("bare", archive, env)  # warm the file cache and bytecode
    first_paint("app", archive, env)
    bare = statistics.median(first_paint("bare", archive, env) for _ in range(runs))
    app = statistics.median(first_paint("app", archive, env) for _ in range(runs))
    return {"bare_s": round(bare, 3), "app_s": round(app, 3), "ratio": round(app / bare, 2)}


def _build_index(archive: Path, env: dict[str, str]) -> bool:
    """`newsreader index` on the archive; False (with a note) when it fails."""
    done = subprocess.run(
        [sys.executable, "-m", "newsreader", "--archive", str(archive), "index"],
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        print(f"note: indexing failed: {done.stderr.strip()[-300:]}", file=sys.stderr)
    return done.returncode == 0


def _generate(folder: Path, count: int) -> Path:
    sys.path.insert(0, str(REPO))
    try:
        from benchmarks import corpus_gen  # the index helper's generator

        return Path(corpus_gen.write(folder, count) or folder)  # type: ignore[attr-defined]
    except ImportError:
        from benchmarks import wire_archive

        wire_archive.write(folder, count)
        return folder


async def _type_and_time(archive: Path) -> list[float]:
    from newsreader.tui.app import create_app

    app = create_app(archive)
    latencies: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        while not screen.index_open or screen._shown_query is None:
            await pilot.pause(0.05)
        for query in QUERIES:
            screen.search_pane.query_box.value = ""
            await pilot.pause(0.2)
            for position in range(1, len(query) + 1):
                start = time.perf_counter()
                await pilot.press(query[position - 1] if query[position - 1] != " " else "space")
                while screen._shown_query != query[:position]:
                    await pilot.pause(0.001)
                latencies.append(time.perf_counter() - start)
    return latencies


def bench_latency(count: int, home: Path) -> dict:
    os.environ["NEWSREADER_HOME"] = str(home)
    folder = home / f"archive-{count}"
    if not folder.exists():
        folder.mkdir(parents=True)
        _generate(folder, count)
    started = time.perf_counter()
    _build_index(folder, dict(os.environ))
    indexing = time.perf_counter() - started
    latencies = sorted(asyncio.run(_type_and_time(folder)))
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    return {
        "articles": count,
        "keystrokes": len(latencies),
        "median_ms": round(1000 * statistics.median(latencies), 1),
        "p95_ms": round(1000 * p95, 1),
        "max_ms": round(1000 * latencies[-1], 1),
        "index_catch_up_s": round(indexing, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["paint", "latency"])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--home", type=Path, default=Path("/tmp/newsreader-bench"))
    args = parser.parse_args()
    args.home.mkdir(parents=True, exist_ok=True)
    if args.what == "paint":
        result = bench_paint(args.runs, args.home)
    else:
        result = bench_latency(args.articles, args.home)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
