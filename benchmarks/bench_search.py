"""Search and indexing speed: newsreader (Whoosh) against SQLite FTS5 and ripgrep.

    python -m benchmarks.bench_search [--sizes 2000 20000] [--work DIR] [--json]

For each size a synthetic archive (benchmarks/corpus_gen.py) is generated once
under --work and measured:
- index: a whole process running `update_index` (cleaning included) vs an FTS5
  build (porter tokenizer) of the same files' raw text, in the same run, both
  from a warm page cache (the files are read once before either); then
  `newsreader index`, which now finds the index up to date and only reads the
  new articles into the story store (its own cost, reported apart);
- query: in-process ArchiveIndex.search with snippets vs FTS5 bm25 + snippet()
  + count(*), p50/p95 over a mix of term, AND, OR, NOT, phrase, field, prefix and
  date-range queries (each run 3 times after a warm-up pass);
- cli: whole-process `newsreader search TERM --json` vs `rg -l -i TERM` (median of 3);
- one new file into the indexed archive: whole-process `update_index`, then
  `newsreader index` (the story store's catch-up for that file), medians of 3;
- every process runs with bytecode cached (PYTHONDONTWRITEBYTECODE dropped), as
  after `pip install`;
- peak memory (max RSS) of the index and search processes, and index sizes.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.corpus_gen import generate

# (name, newsreader query, FTS5 MATCH, FTS5 date range or None)
QUERIES = [
    ("term", "president", "president", None),
    ("term", "immigration", "immigration", None),
    ("term-rare", "xanfenvik", "xanfenvik", None),
    ("and", "police budget", "police AND budget", None),
    ("and3", "city council vote", "city AND council AND vote", None),
    ("or", "senate OR congress", "senate OR congress", None),
    ("not", "police NOT budget", "police NOT budget", None),
    ("phrase", '"bulletproof vests"', '"bulletproof vests"', None),
    ("phrase", '"federal government"', '"federal government"', None),
    ("field", 'outlet:"Washington Post" police', 'outlet:"washington post" AND police', None),
    ("field", "title:police", "title:police", None),
    ("prefix", "pres*", "pres*", None),
    ("prefix", "polic*", "polic*", None),
    ("prefix", "ka*", "ka*", None),
    ("date", "published:2017-08", None, ("2017-08-01", "2017-08-31")),
    ("date", "published:[2017-06 to 2017-08] police", "police", ("2017-06-01", "2017-08-31")),
]
REPEAT = 3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument("--work", type=Path, default=Path("/tmp/newsreader-bench"))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows = [measure(size, args.work) for size in args.sizes]
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        print_table(rows)


def measure(size: int, work: Path) -> dict:
    archive = corpus(size, work)
    home = work / f"home-{size}"
    shutil.rmtree(home, ignore_errors=True)
    env = {**os.environ, "NEWSREADER_HOME": str(home)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode cached, as after `pip install`
    row: dict = {"size": size}
    warm(archive)  # both builds read warm files: the first one would pay the cold reads
    started = time.process_time()
    row["fts_build_s"], fts = fts_build(archive, work / f"fts-{size}.db")
    row["fts_build_cpu_s"] = time.process_time() - started
    row["index_s"], row["index_rss_mb"], row["index_cpu_s"] = run_python(env, UPDATE, str(archive))
    row["story_s"], _, _ = run_cli(env, "index", "--archive", str(archive))
    row["index_mb"] = du(next(home.rglob("newsreader-state.json")).parent) / 2**20  # no story
    row["fts_mb"] = os.path.getsize(work / f"fts-{size}.db") / 2**20
    row.update(query_times(archive, fts, env))
    row.update(cli_search(archive, env))
    row["one_new_file_s"], row["one_new_story_s"] = one_new_file(archive, env)
    fts.close()
    return row


def warm(archive: Path) -> None:
    """Every file of the archive read once, into the page cache."""
    for path in archive.iterdir():
        if path.is_file():
            path.read_bytes()


def corpus(size: int, work: Path) -> Path:
    archive = work / f"corpus-{size}"
    if not (archive / "manifest.json").exists():
        shutil.rmtree(archive, ignore_errors=True)
        generate(archive, size)
    for extra in archive.glob("zz_new_*.txt"):
        extra.unlink()
    return archive


def fts_build(archive: Path, path: Path) -> tuple[float, sqlite3.Connection]:
    path.unlink(missing_ok=True)
    started = time.perf_counter()
    manifest = json.loads((archive / "manifest.json").read_text())
    db = sqlite3.connect(path)
    db.execute(
        "CREATE VIRTUAL TABLE docs USING fts5(title, body, outlet, byline, "
        "published UNINDEXED, tokenize='porter unicode61')"
    )
    rows = []
    for file in sorted(archive.glob("*.txt")):
        text = file.read_text(encoding="utf-8")
        title, _, body = text.partition("\n")
        meta = manifest.get(file.name, {})
        rows.append((title, body, meta.get("outlet"), meta.get("byline"), meta.get("published")))
    db.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?)", rows)
    db.commit()
    return time.perf_counter() - started, db


def fts_query(db: sqlite3.Connection, match: str | None, dates) -> int:
    where, params = [], []
    if match:
        where.append("docs MATCH ?")
        params.append(match)
    if dates:
        where.append("published BETWEEN ? AND ?")
        params.extend(dates)
    clause = " AND ".join(where)
    order = "ORDER BY bm25(docs)" if match else ""
    snippet = "snippet(docs, 1, '<b>', '</b>', '…', 24)" if match else "substr(body, 1, 200)"
    sql = f"SELECT rowid, title, {snippet} FROM docs WHERE {clause} {order} LIMIT 10"
    db.execute(sql, params).fetchall()
    return db.execute(f"SELECT count(*) FROM docs WHERE {clause}", params).fetchone()[0]


def query_times(archive: Path, fts: sqlite3.Connection, env: dict) -> dict:
    os.environ["NEWSREADER_HOME"] = env["NEWSREADER_HOME"]
    from newsreader.index import ArchiveIndex

    index = ArchiveIndex.open(archive)
    ours, theirs, per_kind = [], [], {}
    for _name, query, match, dates in QUERIES:  # warm-up pass
        index.search(query)
        fts_query(fts, match, dates)
    for _ in range(REPEAT):
        for name, query, match, dates in QUERIES:
            index._ranked.clear()  # each query ranked anew, as when first typed
            started = time.perf_counter()
            index.search(query, limit=10)
            ours.append(time.perf_counter() - started)
            per_kind[name] = max(per_kind.get(name, 0.0), ours[-1])
            started = time.perf_counter()
            fts_query(fts, match, dates)
            theirs.append(time.perf_counter() - started)
    index.close()
    return {
        "q_p50_ms": pct(ours, 50) * 1000,
        "q_p95_ms": pct(ours, 95) * 1000,
        "fts_p50_ms": pct(theirs, 50) * 1000,
        "fts_p95_ms": pct(theirs, 95) * 1000,
        "q_worst_kind": max(per_kind, key=per_kind.get),
        "q_worst_ms": max(per_kind.values()) * 1000,
    }


def cli_search(archive: Path, env: dict) -> dict:
    ours = [run_cli(env, "search", "president", "--json", "--archive", str(archive)) for _ in "abc"]
    bare = [run_python(env, SEARCH, str(archive))[0] for _ in "abc"]
    rg = shutil.which("rg")
    rg_times = []
    for _ in "abc" if rg else "":
        started = time.perf_counter()
        subprocess.run([rg, "-l", "-i", "president", str(archive)], stdout=subprocess.DEVNULL)
        rg_times.append(time.perf_counter() - started)
    return {
        "cli_search_s": statistics.median(t for t, _, _ in ours),
        "index_search_s": statistics.median(bare),
        "cli_search_rss_mb": max(m for _, m, _ in ours),
        "rg_s": statistics.median(rg_times) if rg_times else None,
    }


def one_new_file(archive: Path, env: dict) -> tuple[float, float]:
    """Medians of 3 rounds: add a file, index it (timed), remove it, index again."""
    index, story = [], []
    for _ in "abc":
        (archive / "zz_new_0.txt").write_text(
            "A late story\n\nThe council approved the budget late on Friday.\n", encoding="utf-8"
        )
        index.append(run_python(env, UPDATE, str(archive))[0])
        story.append(run_cli(env, "index", "--json", "--archive", str(archive))[0])
        (archive / "zz_new_0.txt").unlink()
        run_cli(env, "index", "--json", "--archive", str(archive))
    return statistics.median(index), statistics.median(story)


# The index alone, as the commands run it (whole processes, imports included).
SEARCH = (
    "import sys; from pathlib import Path; from newsreader.index import ensure_index; "
    "ensure_index(Path(sys.argv[1])).search('president').to_json()"
)
UPDATE = (
    "import sys; from pathlib import Path; from newsreader.index import update_index; "
    "update_index(Path(sys.argv[1]))"
)


def run_cli(env: dict, *argv: str) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MiB) and CPU seconds (the process and its children)."""
    return run_process(env, "-m", "newsreader", *argv)


def run_python(env: dict, code: str, *argv: str) -> tuple[float, float, float]:
    return run_process(env, "-c", code, *argv)


def run_process(env: dict, *argv: str) -> tuple[float, float, float]:
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, *argv], env=env, stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode})")
    return seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def pct(values: list[float], q: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def du(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def print_table(rows: list[dict]) -> None:
    print(f"machine: {os.cpu_count()} cores; {time.strftime('%Y-%m-%d')}")
    for r in rows:
        rg = f"{r['rg_s']:.2f} s" if r["rg_s"] is not None else "rg unavailable"
        rg_ratio = f"{r['cli_search_s'] / r['rg_s']:.1f}x" if r["rg_s"] else "-"
        lines = [
            ("index (whole process)", f"{r['index_s']:.1f} s", f"FTS5 {r['fts_build_s']:.1f} s",
             f"{r['index_s'] / r['fts_build_s']:.1f}x"),
            ("index CPU (all processes)", f"{r['index_cpu_s']:.1f} s",
             f"FTS5 {r['fts_build_cpu_s']:.1f} s",
             f"{r['index_cpu_s'] / r['fts_build_cpu_s']:.1f}x"),
            ("+ story store (index cmd)", f"{r['story_s']:.1f} s", "", ""),
            ("query p50 (in-process)", f"{r['q_p50_ms']:.1f} ms", f"FTS5 {r['fts_p50_ms']:.1f} ms",
             f"{r['q_p50_ms'] / r['fts_p50_ms']:.1f}x"),
            ("query p95 (in-process)", f"{r['q_p95_ms']:.1f} ms", f"FTS5 {r['fts_p95_ms']:.1f} ms",
             f"{r['q_p95_ms'] / r['fts_p95_ms']:.1f}x"),
            ("slowest query kind", r["q_worst_kind"], f"{r['q_worst_ms']:.0f} ms", ""),
            ("search (whole process)", f"{r['cli_search_s']:.2f} s", f"rg -l {rg}", rg_ratio),
            ("search, index alone", f"{r['index_search_s']:.2f} s", f"rg -l {rg}",
             f"{r['index_search_s'] / r['rg_s']:.1f}x" if r["rg_s"] else "-"),
            ("one new file: index", f"{r['one_new_file_s']:.2f} s", "", ""),
            ("+ story store (index cmd)", f"{r['one_new_story_s']:.2f} s", "", ""),
            ("peak RSS index/search", f"{r['index_rss_mb']:.0f}/{r['cli_search_rss_mb']:.0f} MiB",
             "", ""),
            ("index size", f"{r['index_mb']:.0f} MiB", f"FTS5 {r['fts_mb']:.0f} MiB",
             f"{r['index_mb'] / r['fts_mb']:.1f}x"),
        ]  # fmt: skip
        print(f"\n{r['size']} articles")
        for label, ours, base, ratio in lines:
            print(f"  {label:<24} {ours:>14}   {base:<22} {ratio}")


if __name__ == "__main__":
    main()
