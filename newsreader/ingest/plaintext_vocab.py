"""Vocabulary of web-page furniture in text dumps: what boilerplate says, not where.

These are general phrasings of cookie walls, paywalls, share bars, footers and
photo credits as news sites everywhere word them; nothing here names a sample.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# Python's re tries a pattern at every position of a line. So the long patterns
# below group their alternatives by first letter behind a lookahead on those
# letters (two alternatives that start with different letters never match at one
# position: same matches, in the same order; 8-10x faster), and `Phrases` matches
# them, written in lowercase, against the lowercased line (ignoring case, re
# folds each character it compares: 2-5x slower) and tries those anchored at the
# line's start there only.


class Phrases:
    """Lowercase patterns found in a line, whatever its case: `anywhere` searched
    through it, `at_start` matched at its start only."""

    __slots__ = ("_anywhere", "_at_start")

    def __init__(self, anywhere: str, at_start: str = "") -> None:
        self._anywhere = re.compile(anywhere)
        self._at_start = re.compile(at_start) if at_start else None

    def found(self, line: str) -> bool:
        lower = line.lower()
        if self._at_start is not None and self._at_start.match(lower):
            return True
        return self._anywhere.search(lower) is not None

    def count(self, line: str) -> int:
        """How many times `anywhere` occurs in the line (without overlaps)."""
        return len(self._anywhere.findall(line.lower()))


def _gated(*alternatives: str, word: bool = True) -> str:
    """Lowercase alternatives that each start with a letter, tried only where one
    of those letters is (and, with `word`, a word starts: a leading `\b`)."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    letters = "".join(sorted(groups))
    tries = "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())
    start = r"\b" if word else ""
    return rf"{start}(?=[{letters}])(?:{tries})"


# Phrases that mark a line as page furniture wherever they occur.
_FURNITURE_PHRASES = (
    r"cookies?\b", r"privacy (?:policy|notice|settings|preferences|choices|request)",
    r"terms (?:of|and) (?:use|service|conditions)\b", r"all rights reserved\b",
    r"copyright\b", r"subscri(?:be|ption|ber)s?\b", r"sign (?:in|up)\b", r"log ?in\b",
    r"newsletters?\b", r"advertis(?:e|ement|ing)\b", r"sponsored\b", r"share (?:this|on)\b",
    r"follow us\b", r"click here\b", r"opt.out\b", r"personal (?:information|data)\b",
    r"consent\b", r"read more\b", r"related (?:articles?|stories|content|posts?|coverage)\b",
    r"more (?:stories|from|news|on this)\b", r"recommended\b", r"you may also like\b",
    r"free articles?\b", r"unlimited (?:digital )?access\b", r"do not sell\b",
    r"support (?:our|independent) journalism\b", r"donate\b", r"download (?:our|the) app\b",
    r"story continues below\b", r"skip to (?:main )?content\b", r"javascript\b",
    r"browser\b", r"press ?reader\b", r"newspapers (?:in|from)\b", r"all comments\b",
    r"comments? (?:policy|section)\b", r"leave a (?:comment|reply)\b", r"email address\b",
    r"report (?:an? )?(?:error|typo|ad)\b", r"back to (?:top|gallery)\b",
    r"customer (?:service|support|care)\b", r"e-?mail\s*:", r"telephone\s*:",
    r"phone\s*:", r"fax\s*:", r"toll.free\b", r"contact us\b",
)  # fmt: skip
BOILER = Phrases("©|" + _gated(*_FURNITURE_PHRASES))
# Short lines that, alone, end the article: comments, letters and footers follow.
_END_MARKER = (
    r"^\W*(?:(?:(?:top|all|view|show|load|read|latest|recent|reader|\d+)(?: rated)? )?comments?"
    r"|leave a (?:comment|reply)|join the (?:conversation|discussion)|dear readers?"
    r"|newspapers in english|about the authors?|repl(?:y|ies)|\d+ repl(?:y|ies)"
    r"|[\w .'@-]{1,40} (?:says|said|wrote|writes)\s?:)\W*$"
)
# Headers of link boxes: often inside the article too, so they only drop out.
LINK_BOX = re.compile(
    r"^\W*(?:read (?:more|next|also)|see also|related(?: (?:articles?|stories|content|posts"
    r"|coverage|links))?|more (?:stories|news|from .{1,40}|on this (?:topic|story))"
    r"|recommended(?: for you)?|you (?:may|might) also (?:like|be interested in)"
    r"|trending(?: now)?|most (?:read|popular)|share this(?: article| story)?)\W*$",
    _I,
)
# Paywall and appeal lines: a letter or a sales pitch starts here.
_APPEALS = (
    r"you'?ve read .{0,20}\b(?:free )?articles?", r"subscribe to continue",
    r"already a subscriber", r"start your (?:free )?(?:subscription|trial)",
    r"become a (?:member|subscriber)",
)  # fmt: skip
_APPEAL_START = r"^dear (?:reader|subscriber|friend)s?\b"
_COPYRIGHTS = (r"all rights reserved", r"may not be (?:published|reproduced|redistributed)")
_COPYRIGHT_START = r"^(?:copyright|©|\(c\))|^this (?:material|article) may not be"
# Lines that end the article: a short end marker, an appeal or a copyright line.
ENDS = Phrases(
    _gated(*_APPEALS, *_COPYRIGHTS, word=False),
    at_start=f"{_END_MARKER}|{_APPEAL_START}|{_COPYRIGHT_START}",
)
# Photo credits: "AP Photo/Jay LaPrete", "(John Amis/Atlanta Journal-Constitution/AP)",
# "Photo: Damian Dovarganes, AP", "Jay LaPrete/AP", "Getty Images".
_CREDIT_PHRASES = (
    r"ap ?(?:photo|images)\b", r"reuters ?(?:photo|images)\b", r"afp ?(?:photo|images)\b",
    r"epa ?(?:photo|images)\b", r"getty ?(?:photo|images)\b",
    r"photo(?:graph)?(?: by)?\s*:", r"photo (?:by|credit|courtesy)\b",
    r"image (?:by|credit|courtesy)\b", r"picture (?:by|credit|courtesy)\b", r"credit\s*:",
    r"courtesy of\b", r"image \d+ of\b", r"shutterstock\b", r"istock(?:photo)?\b",
    r"file photo\b",
)  # fmt: skip
CREDIT = Phrases(
    r"\(\s*[a-z][\w.'-]+(?: [\w.'-]+){0,4}\s*/\s*[\w .&'/-]{2,60}\)\s*$|"
    + _gated(*_CREDIT_PHRASES),
    at_start=r"\w[\w.' -]{2,40}/(?:ap|reuters|afp|epa|getty|bloomberg|the [\w ]{3,30})\s*$",
)
# Agency datelines: "ALBUQUERQUE, N.M. (AP) —".
AGENCIES = {
    "AP": "Associated Press",
    "Reuters": "Reuters",
    "AFP": "Agence France-Presse",
    "UPI": "United Press International",
    "CNN": "CNN",
    "dpa": "dpa",
    "Bloomberg": "Bloomberg",
}
DATELINE = re.compile(
    r"^[A-Z][A-Z .,'-]{2,40}(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*)*)?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?)?"
    r"\s*(?:\((?P<agency>[A-Za-z]{2,12})\)\s*)?[—–-]{1,2}\s"
)

# Common English function words: sentences are full of them, menus are not.
STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "said",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "says",
        "told",
        "after",
        "last",
        "first",
        "new",
    ]
)
