import io
import subprocess
import sys
from pathlib import Path

import pytest

SHOW_KEYS = {
    "id",
    "path",
    "title",
    "subtitle",
    "outlet",
    "byline",
    "published",
    "published_from",
    "url",
    "text",
    "markdown",
}
PAGE = b"""<!doctype html><html><head><title>Storm closes harbor | The Coast Gazette</title>
<meta property="og:site_name" content="The Coast Gazette">
<meta property="og:title" content="Storm closes harbor">
<meta name="author" content="Lee Park">
<meta property="article:published_time" content="2022-01-15T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Storm closes harbor</h1>
<p>The harbor closed on Friday as a winter storm pushed waves over the sea wall, officials said.</p>
<p>Fishing boats stayed in port and the ferry service was suspended until Sunday morning.</p>
<p>The mayor said crews would inspect the pier once the wind dropped below gale force.</p>
</article><footer>Copyright 2022 The Coast Gazette. All rights reserved.</footer></body></html>"""


def test_extract_html_json_shape(cli, tmp_path: Path):
    page = tmp_path / "storm.html"
    page.write_bytes(PAGE)
    result = cli("extract", str(page), "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert set(data) >= SHOW_KEYS
    assert data["id"] is None
    assert data["title"] == "Storm closes harbor"
    assert data["published"] == "2022-01-15"
    assert "winter storm" in data["text"] and "All rights reserved" not in data["text"]


def test_extract_reads_standard_input(cli, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE)))
    data = cli("extract", "-", "--json").json()
    assert "Fishing boats stayed in port" in data["text"]
    assert data["path"] is None


def test_extract_plain_output_when_piped(cli, tmp_path: Path):
    story = tmp_path / "story.md"
    story.write_text("# A [bracketed] headline\n\nThe body, with \x1b[31mcolour\x1b[0m codes.\n")
    result = cli("extract", str(story))
    assert result.code == 0
    assert result.out.splitlines()[0] == "A [bracketed] headline"
    assert "\x1b" not in result.out and "The body, with colour codes." in result.out


def test_errors_are_one_line_with_exit_codes(cli, tmp_path: Path):
    missing = cli("extract", str(tmp_path / "nope.txt"))
    assert missing.code == 1 and missing.err.count("\n") == 1 and "cannot read" in missing.err
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02\x03" * 64)
    binary = cli("extract", str(tmp_path / "bin.txt"))
    assert binary.code == 1 and "binary file" in binary.err and "Traceback" not in binary.err
    unknown = cli("extract", str(tmp_path / "x.pdf"))
    assert unknown.code == 1 and "unknown format" in unknown.err
    usage = cli("extract")
    assert usage.code == 2 and usage.err.count("\n") == 1
    bad_option = cli("search", "x", "--limit", "many")
    assert bad_option.code == 2 and usage.err.count("\n") == 1


def test_unknown_archive_is_a_user_error(cli, tmp_path: Path):
    result = cli("show", "x", "--archive", str(tmp_path / "missing"))
    assert result.code == 1
    assert result.err.strip() == f"newsreader: error: archive not found: {tmp_path / 'missing'}"


def test_console_entry_point_help():
    result = subprocess.run(
        [sys.executable, "-m", "newsreader", "--help"], capture_output=True, text=True, check=True
    )
    assert "query syntax" in result.stdout and "timeline" in result.stdout
    assert "the story's events in date order" in result.stdout  # each command's help


LOADED = """
import sys
from newsreader.cli import build_parser
args = build_parser(sys.argv[1:]).parse_args(sys.argv[1:])
loaded = sorted(m for m in sys.modules if m.startswith("newsreader.commands.") and m not in
                ("newsreader.commands.common", "newsreader.commands.quickcheck"))
print(" ".join(loaded))
"""


@pytest.mark.parametrize(
    ("argv", "loaded"),
    [
        ([], ""),  # the TUI: no command's module (some import numpy and the story code)
        (["--archive", "x"], ""),
        (["search", "q"], "newsreader.commands.search"),
        (["--archive", "x", "timeline"], "newsreader.commands.timeline"),
    ],
)
def test_only_the_command_named_is_loaded(argv, loaded):
    result = subprocess.run(
        [sys.executable, "-c", LOADED, *argv], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == loaded
