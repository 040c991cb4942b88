"""Vocabulary of web-page furniture in text dumps: what boilerplate says, not where.

These are general phrasings of cookie walls, paywalls, share bars, footers and
photo credits as news sites everywhere word them; nothing here names a sample.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# Phrases that mark a line as page furniture wherever they occur.
BOILER = re.compile(
    r"\bcookies?\b|\bprivacy (?:policy|notice|settings|preferences|choices|request)"
    r"|\bterms (?:of|and) (?:use|service|conditions)\b|\ball rights reserved\b"
    r"|\bcopyright\b|©|\bsubscri(?:be|ption|ber)s?\b|\bsign (?:in|up)\b|\blog ?in\b"
    r"|\bnewsletters?\b|\badvertis(?:e|ement|ing)\b|\bsponsored\b|\bshare (?:this|on)\b"
    r"|\bfollow us\b|\bclick here\b|\bopt.out\b|\bpersonal (?:information|data)\b"
    r"|\bconsent\b|\bread more\b|\brelated (?:articles?|stories|content|posts?|coverage)\b"
    r"|\bmore (?:stories|from|news|on this)\b|\brecommended\b|\byou may also like\b"
    r"|\bfree articles?\b|\bunlimited (?:digital )?access\b|\bdo not sell\b"
    r"|\bsupport (?:our|independent) journalism\b|\bdonate\b|\bdownload (?:our|the) app\b"
    r"|\bstory continues below\b|\bskip to (?:main )?content\b|\bjavascript\b"
    r"|\bbrowser\b|\bpress ?reader\b|\bnewspapers (?:in|from)\b|\ball comments\b"
    r"|\bcomments? (?:policy|section)\b|\bleave a (?:comment|reply)\b|\bemail address\b"
    r"|\breport (?:an? )?(?:error|typo|ad)\b|\bback to (?:top|gallery)\b"
    r"|\bcustomer (?:service|support|care)\b|\b(?:e-?mail|telephone|phone|fax)\s*:|\btoll.free\b"
    r"|\bcontact us\b",
    _I,
)
# Short lines that, alone, end the article: comments, letters and footers follow.
END_MARKER = re.compile(
    r"^\W*(?:(?:(?:top|all|view|show|load|read|latest|recent|reader|\d+)(?: rated)? )?comments?"
    r"|leave a (?:comment|reply)|join the (?:conversation|discussion)|dear readers?"
    r"|newspapers in english|about the authors?|repl(?:y|ies)|\d+ repl(?:y|ies)"
    r"|[\w .'@-]{1,40} (?:says|said|wrote|writes)\s?:)\W*$",
    _I,
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
APPEAL = re.compile(
    r"you'?ve read .{0,20}\b(?:free )?articles?|subscribe to continue|already a subscriber"
    r"|start your (?:free )?(?:subscription|trial)|become a (?:member|subscriber)"
    r"|^dear (?:reader|subscriber|friend)s?\b",
    _I,
)
COPYRIGHT = re.compile(
    r"^(?:copyright|©|\(c\))|all rights reserved|may not be (?:published|reproduced"
    r"|redistributed)|^this (?:material|article) may not be",
    _I,
)
# Photo credits: "AP Photo/Jay LaPrete", "(John Amis/Atlanta Journal-Constitution/AP)",
# "Photo: Damian Dovarganes, AP", "Jay LaPrete/AP", "Getty Images".
CREDIT = re.compile(
    r"\b(?:AP|Reuters|AFP|EPA|Getty) ?(?:Photo|Images)\b|\bphoto(?:graph)?(?: by)?\s*:|"
    r"\b(?:photo|image|picture) (?:by|credit|courtesy)\b|\bcredit\s*:|\bcourtesy of\b"
    r"|\bimage \d+ of\b|\(\s*[A-Z][\w.'-]+(?: [\w.'-]+){0,4}\s*/\s*[\w .&'/-]{2,60}\)\s*$"
    r"|\b(?:Getty Images|Shutterstock|iStock(?:photo)?)\b|\bfile photo\b|^\w[\w.' -]{2,40}/"
    r"(?:AP|Reuters|AFP|EPA|Getty|Bloomberg|The [\w ]{3,30})\s*$",
    _I,
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
