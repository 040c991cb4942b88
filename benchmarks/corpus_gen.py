"""A deterministic synthetic news archive for the search benchmark.

Articles of about 600 words draw their words from a Zipf distribution over a
vocabulary of real news words followed by a long tail of invented ones, so the
number of distinct words grows with the corpus roughly as Heaps' law predicts.
Each article has a headline, a dateline, people's names, quotes, and a date;
the manifest gives outlet, byline, url and published date.

    python -m benchmarks.corpus_gen OUT_DIR [--articles 2000] [--seed 7]

writes OUT_DIR/NNNNNN_<hex>.txt files and OUT_DIR/manifest.json.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import itertools
import json
import random
from pathlib import Path

OUTLETS = [
    "Associated Press",
    "The Washington Post",
    "The Denver Post",
    "Route Fifty",
    "The Christian Science Monitor",
    "Reuters",
    "The New York Times",
    "Chicago Tribune",
    "Los Angeles Times",
    "Public Radio News",
]


def _words(text: str) -> list[str]:
    return text.split()


FIRST = _words(
    "James Mary John Patricia Robert Jennifer Michael Linda David Elizabeth Maria Jeff "
    "Ana Luis Wei Fatima Omar Sofia Ivan Chen"
)
LAST = _words(
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Sessions "
    "Hancock Emanuel Lopez Nguyen Kim Patel Schmidt Rossi Okafor"
)
CITIES = _words(
    "Denver Chicago Philadelphia Baltimore Albuquerque Stockton Washington Columbus "
    "Portland Phoenix"
)
# Frequent news words, most common first: the head of the Zipf distribution.
HEAD = _words(
    "the of to and a in that for is on said with was he it as at by his be from have has "
    "are an not this but they who will or had their been were its would more about which "
    "after one new when police city federal government officials president state people "
    "year department there could also than law two first other some percent court "
    "immigration sanctuary cities attorney general justice county mayor jail report "
    "officers crime public agents letter program funding grant security press bulletproof "
    "vests violence policy local residents statement week month told campaign election "
    "house senate congress vote bill budget tax economy market prices company workers "
    "health hospital school students water fire storm investigation charges trial judge "
    "prison safety community leaders meeting plan support money million billion national"
)
SYLLABLES = _words(
    "ka ro mi ten sa lu ver pre pol sto dan tri mar gel bon cus fen hal ios nir pa qui "
    "res sul tho ur vik wes xan yor zel"
)
WORDS_PER_ARTICLE = 600
TAIL_SIZE = 200_000  # invented words; Zipf reaches deep into them only in big corpora


def vocabulary(rng: random.Random) -> list[str]:
    """HEAD, then a long tail of pronounceable invented words (distinct)."""
    words = list(dict.fromkeys(HEAD))
    seen = set(words)
    while len(words) < len(HEAD) + TAIL_SIZE:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 2, 3, 3, 4))))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def zipf_cdf(n: int, s: float = 1.25) -> list[float]:
    weights = [1.0 / (rank**s) for rank in range(1, n + 1)]
    return list(itertools.accumulate(weights))


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.words = vocabulary(self.rng)
        self.cdf = zipf_cdf(len(self.words))

    def word(self) -> str:
        point = self.rng.random() * self.cdf[-1]
        return self.words[min(bisect.bisect_left(self.cdf, point), len(self.words) - 1)]

    def name(self) -> str:
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"

    def sentence(self) -> str:
        rng = self.rng
        words = [self.word() for _ in range(rng.randint(8, 24))]
        if rng.random() < 0.25:
            words.insert(rng.randrange(len(words)), self.name())
        if rng.random() < 0.1:
            words.insert(rng.randrange(len(words)), rng.choice(CITIES))
        text = " ".join(words)
        text = text[0].upper() + text[1:] + "."
        if rng.random() < 0.15:
            text = f'"{text}" said {self.name()}.'
        return text

    def article(self, published: dt.date) -> tuple[str, str]:
        rng = self.rng
        title = " ".join(self.word() for _ in range(rng.randint(5, 10))).capitalize()
        paragraphs, count = [], 0
        while count < WORDS_PER_ARTICLE:
            para = " ".join(self.sentence() for _ in range(rng.randint(2, 5)))
            count += para.count(" ") + 1
            paragraphs.append(para)
        city = rng.choice(CITIES).upper()
        paragraphs[0] = (
            f"{city} ({published:%B} {published.day}, {published.year}) — " + (paragraphs[0])
        )
        return title, title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def generate(out: Path, articles: int, seed: int = 7) -> Path:
    """Write the archive; the same (articles, seed) always gives the same bytes."""
    gen = Generator(seed)
    out.mkdir(parents=True, exist_ok=True)
    manifest = {}
    start = dt.date(2017, 1, 1)
    for n in range(articles):
        published = start + dt.timedelta(days=gen.rng.randrange(3 * 365))
        _title, text = gen.article(published)
        name = f"{n:06d}_{gen.rng.getrandbits(64):016x}.txt"
        (out / name).write_text(text, encoding="utf-8")
        outlet = gen.rng.choice(OUTLETS)
        manifest[name] = {
            "outlet": outlet,
            "byline": gen.name(),
            "published": published.isoformat(),
            "url": f"https://news.example/{outlet.lower().replace(' ', '-')}/{n}",
        }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return out


write = generate  # the name benchmarks/bench_tui.py looks for


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    generate(args.out, args.articles, args.seed)


if __name__ == "__main__":
    main()
