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
import threading
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
    app.run(headless=True, auto_pilot=report)
else:  # as `newsreader --archive DIR` opens it: the command line first
    run = App.run
    App.run = lambda self, **options: run(self, **options, headless=True, auto_pilot=report)
    from newsreader.cli import run as newsreader
    newsreader(["--archive", sys.argv[2]])
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
    # As installed: bytecode cached (pip compiles on install), kept out of the tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
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


async def _type_and_time(archive: Path, core=None) -> list[tuple[float, str]]:
    """Type each query a key at a time; time from the keystroke reaching the query
    box (its Changed message) to the result list holding that query's results."""
    from textual.widgets import Input

    from newsreader.tui.app import create_app
    from newsreader.tui.widgets.search_pane import SearchPane

    typed: dict[str, float] = {}
    shown: dict[str, float] = {}

    def hook(message) -> None:
        if isinstance(message, Input.Changed):
            typed.setdefault(message.value, time.perf_counter())

    original = SearchPane.show_results

    def show_results(self, results, keep=None):
        original(self, results, keep)
        shown.setdefault(results.query, time.perf_counter())

    SearchPane.show_results = show_results  # type: ignore[method-assign]
    app = create_app(archive, core=core)
    latencies: list[tuple[float, str]] = []  # (seconds, the query as typed so far)
    async with app.run_test(size=(120, 40), message_hook=hook) as pilot:
        screen = app.screen
        while not screen.index_open or screen._shown_query is None:
            await pilot.pause(0.05)
        for query in QUERIES:
            screen.search_pane.query_box.focus()  # the restored pane may be another
            screen.search_pane.query_box.value = ""
            await pilot.pause(0.3)
            typed.clear()
            shown.clear()
            for char in query:
                await pilot.press(char if char != " " else "space")
            while screen._shown_query != query:
                await pilot.pause(0.01)
            # a keystroke whose search was overtaken by the next one has no result
            # list of its own; it is timed to the list that followed it
            for prefix, start in typed.items():
                later = [t for q, t in shown.items() if q.startswith(prefix) or q == prefix]
                if later:
                    latencies.append((min(later) - start, prefix))
    SearchPane.show_results = original  # type: ignore[method-assign]
    return latencies


def bench_latency(count: int, home: Path, stub: bool, worst: int = 0) -> dict:
    os.environ["NEWSREADER_HOME"] = str(home)
    folder = home / f"archive-{count}"
    if not folder.exists():
        folder.mkdir(parents=True)
        _generate(folder, count)
    started = time.perf_counter()
    core = None
    if stub or not _build_index(folder, dict(os.environ)):
        print("note: stub index (TUI cost only: debounce, worker, list)", file=sys.stderr)
        core = _stub_core(folder)
    indexing = time.perf_counter() - started
    timed = sorted(asyncio.run(_type_and_time(folder, core)))
    for seconds, prefix in timed[::-1][:worst]:
        print(f"{1000 * seconds:7.1f} ms  {prefix!r}", file=sys.stderr)
    latencies = [seconds for seconds, _ in timed]
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    return {
        "articles": count,
        "keystrokes": len(latencies),
        "median_ms": round(1000 * statistics.median(latencies), 1),
        "p95_ms": round(1000 * p95, 1),
        "max_ms": round(1000 * latencies[-1], 1),
        "index_catch_up_s": round(indexing, 1),
        "index": "stub" if core is not None else "whoosh",
    }


def _stub_core(archive: Path):
    """A Core whose index answers at once with a full page of results: what is
    left to measure is the app's own share of the latency."""
    from types import SimpleNamespace

    from newsreader.tui.core import RESULT_LIMIT, Core

    hits = [
        SimpleNamespace(
            id=f"a{n}",
            title=f"Article {n} about the chemical leak in Port Alder",
            outlet="Associated Press",
            published="2024-03-04",
            score=1.0,
            snippet="the <b>chemical</b> leak at the plant forced an evacuation of the town",
        )
        for n in range(RESULT_LIMIT)
    ]
    index = SimpleNamespace(
        search=lambda q, limit=10, **_options: SimpleNamespace(
            query=q,
            total=12_345,
            results=hits[:limit],
            suggestion=None,
            fallback=False,
            counted=True,
        ),
        articles=lambda: hits,
        lock=threading.RLock(),
        get=lambda _id: None,
        is_stale=lambda: False,
    )

    class StubCore(Core):
        def open_existing(self) -> bool:
            self.index = self.library = index  # answers as the Library does
            return True

        def sync_story(self) -> bool:
            return False

        def timeline(self, query: str):
            return []

    return StubCore(archive)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["paint", "latency"])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--home", type=Path, default=Path("/tmp/newsreader-bench"))
    parser.add_argument("--stub", action="store_true", help="latency: stub index (TUI only)")
    parser.add_argument("--worst", type=int, default=0, help="latency: list the K slowest keys")
    args = parser.parse_args()
    args.home.mkdir(parents=True, exist_ok=True)
    if args.what == "paint":
        result = bench_paint(args.runs, args.home)
    else:
        result = bench_latency(args.articles, args.home, args.stub, args.worst)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
