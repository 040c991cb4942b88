"""How an article looks on a terminal (rich Markdown) and in a pipe (plain text)."""

from __future__ import annotations

import sys

from newsreader.model import Article
from newsreader.sanitize import clean_text, one_line


def describe_date(article: Article) -> str | None:
    if not article.published:
        return None
    origin = {
        "metadata": "from metadata",
        "text": "from the text",
        "related": "from related versions",
    }.get(article.published_from or "")
    return f"{article.published} ({origin})" if origin else article.published


def header_lines(article: Article) -> list[str]:
    facts = [article.outlet, article.byline and f"By {article.byline}", describe_date(article)]
    lines = [one_line(article.title or article.id or "(untitled)")]
    if article.subtitle:
        lines.append(one_line(article.subtitle))
    meta = " · ".join(one_line(f) for f in facts if f)
    if meta:
        lines.append(meta)
    if article.url:
        lines.append(one_line(article.url))
    return lines


def print_plain(article: Article) -> None:
    out = "\n".join(header_lines(article)) + "\n\n" + clean_text(article.text).strip() + "\n"
    sys.stdout.write(out)


def print_rich(article: Article) -> None:
    from rich.console import Console
    from rich.markdown import Markdown
    from rich.text import Text

    console = Console(highlight=False)
    title, *rest = header_lines(article)
    console.print(Text(title, style="bold"))
    for line in rest:
        console.print(Text(line, style="dim"))
    console.print()
    # hyperlinks=False: link targets are shown as text, never made clickable.
    console.print(Markdown(clean_text(article.markdown), hyperlinks=False))
