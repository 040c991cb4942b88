"""An extracted HTML fragment as Markdown."""

from __future__ import annotations

import re

import markdownify

_BLANK_RUNS = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)


class _Converter(markdownify.MarkdownConverter):
    """Markdownify, minus what does not belong in a reader's body."""

    def convert_img(self, el, text, parent_tags):  # images are not text
        return ""

    def convert_a(self, el, text, parent_tags):
        href = el.get("href") or ""
        # In-page anchors and script links point nowhere a reader can follow.
        if not href.startswith(("http://", "https://", "mailto:", "/")):
            return text
        return super().convert_a(el, text, parent_tags)


_CONVERTER = _Converter(
    heading_style="ATX", bullets="*", autolinks=False, strip=["script", "style"]
)


def to_markdown(fragment: str) -> str:
    """Markdown for an HTML fragment, with paragraphs separated by one blank line."""
    markdown = _CONVERTER.convert(fragment)
    markdown = _TRAILING_SPACE.sub("", markdown)
    return _BLANK_RUNS.sub("\n\n", markdown).strip()
