"""A synthetic archive of multi-month wire coverage of a fictional story, for the timeline.

Twelve key dated events (a chemical leak in the fictional town of Port Alder and
its aftermath) are reported as they happen and recalled later in background
paragraphs, in paraphrase, by eight outlets; a third of the articles are versions
of a wire story (cut from the bottom, lightly edited); every article carries
noise: quotes, colour, durations ("for 48 hours"), sets ("every Tuesday"), vague
references ("in recent weeks"), a recurring background fact (a plant built in
1987) and unrelated briefs with their own dates. Dates are written the way wire
copy writes them: a weekday within the week, "March 4" or "last month" beyond.

    python -m benchmarks.wire_archive OUT_DIR [--articles 1000] [--seed 1]

writes OUT_DIR/archive.jsonl (records: id, title, text, outlet, published) and
OUT_DIR/gold.json (the key events: date and name).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from dataclasses import dataclass
from pathlib import Path

OUTLETS = [
    "Associated Press",
    "Harbor Daily News",
    "The Coastal Ledger",
    "Valley Tribune",
    "Metro Post",
    "State Capital Journal",
    "Northwest Herald",
    "Public Radio News",
]
WIRE = OUTLETS[0]


@dataclass(frozen=True)
class KeyEvent:
    date: dt.date
    name: str
    leads: tuple[str, ...]  # "{when}" marks the date expression
    recalls: tuple[str, ...]  # background mentions in later stories


def _d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


EVENTS = [
    KeyEvent(
        _d("2024-03-04"),
        "Chlorine leak at the Calder Chemical plant forces evacuations",
        (
            "A tank at the Calder Chemical plant in Port Alder leaked chlorine gas {when}, "
            "forcing thousands of residents to flee their homes.",
            "Thousands of Port Alder residents were evacuated {when} after chlorine gas "
            "escaped from a storage tank at Calder Chemical's riverside plant.",
            "Toxic chlorine leaked from Calder Chemical's Port Alder plant {when}, and "
            "officials ordered an evacuation of nearby neighborhoods.",
        ),
        (
            "The crisis began {when}, when chlorine leaked from a tank at the Calder plant.",
            "Chlorine gas escaped from the Calder Chemical plant {when}, emptying whole "
            "neighborhoods of Port Alder.",
        ),
    ),
    KeyEvent(
        _d("2024-03-07"),
        "Governor Reyes declares a state of emergency",
        (
            "Governor Elena Reyes declared a state of emergency in Port Alder {when}, "
            "sending the National Guard to help evacuated families.",
            "Gov. Elena Reyes {when} declared a state of emergency over the Calder "
            "chlorine leak and deployed National Guard troops.",
        ),
        (
            "Reyes declared a state of emergency {when}.",
            "The governor declared an emergency {when} and sent the National Guard.",
        ),
    ),
    KeyEvent(
        _d("2024-03-15"),
        "Tests find chlorine contamination in the Alder River",
        (
            "Environmental Protection Agency tests released {when} found chlorine "
            "compounds in the Alder River downstream of the Calder plant.",
            "Water samples from the Alder River showed contamination from the Calder "
            "leak, federal environmental officials said {when}.",
        ),
        (
            "EPA tests found the Alder River contaminated {when}.",
            "Federal tests {when} showed chlorine compounds in the Alder River.",
        ),
    ),
    KeyEvent(
        _d("2024-03-28"),
        "Calder CEO Martin Hale resigns",
        (
            "Calder Chemical chief executive Martin Hale resigned {when} amid mounting "
            "anger over the Port Alder leak.",
            "Martin Hale stepped down as Calder Chemical's CEO {when}, saying the company "
            "needed new leadership after the leak.",
        ),
        (
            "Hale resigned as chief executive {when}.",
            "Calder's chief executive, Martin Hale, quit {when} under pressure.",
        ),
    ),
    KeyEvent(
        _d("2024-04-10"),
        "The state sues Calder Chemical",
        (
            "Attorney General Dana Whitfield sued Calder Chemical {when}, accusing the "
            "company of ignoring safety warnings before the leak.",
            "The state filed a lawsuit against Calder Chemical {when}, with Attorney "
            "General Dana Whitfield citing years of ignored safety warnings.",
        ),
        (
            "Whitfield sued the company {when}.",
            "The state's lawsuit, filed {when}, accuses Calder of ignoring warnings.",
        ),
    ),
    KeyEvent(
        _d("2024-04-24"),
        "Hale testifies before a congressional committee",
        (
            "Former Calder chief Martin Hale told a congressional committee {when} that "
            "the company had delayed repairs to the leaking tank.",
            "Testifying before Congress {when}, Martin Hale admitted that repairs to the "
            "Calder tank had been postponed.",
        ),
        (
            "Hale told Congress {when} that repairs had been delayed.",
            "At a congressional hearing {when}, Hale admitted repairs were put off.",
        ),
    ),
    KeyEvent(
        _d("2024-05-09"),
        "Residents file a class action",
        (
            "More than 2,000 Port Alder residents filed a class-action lawsuit against "
            "Calder Chemical {when}, seeking damages for their health and homes.",
            "A class action on behalf of 2,000 residents was filed against Calder {when} "
            "in federal court.",
        ),
        (
            "Residents filed a class action {when}.",
            "A class-action suit brought by residents {when} seeks damages.",
        ),
    ),
    KeyEvent(
        _d("2024-05-30"),
        "A judge orders the plant closed",
        (
            "Judge Miriam Okafor ordered the Calder plant closed {when} until inspectors "
            "certify that it is safe.",
            "A federal judge {when} ordered Calder Chemical to shut its Port Alder plant "
            "pending safety inspections.",
        ),
        (
            "Judge Okafor ordered the plant shut {when}.",
            "The plant has been closed since a judge's order {when}.",
        ),
    ),
    KeyEvent(
        _d("2024-06-18"),
        "Calder agrees to a $200 million settlement",
        (
            "Calder Chemical agreed {when} to pay $200 million to settle the state's "
            "lawsuit over the Port Alder leak.",
            "The state and Calder Chemical reached a $200 million settlement {when}, "
            "Attorney General Whitfield announced.",
        ),
        (
            "Calder agreed to a $200 million settlement {when}.",
            "Under the $200 million settlement reached {when}, Calder will fund cleanup.",
        ),
    ),
    KeyEvent(
        _d("2024-07-02"),
        "Evacuation order lifted, residents return",
        (
            "Officials lifted the evacuation order for Port Alder {when}, and the first "
            "families returned to their homes.",
            "Evacuated residents began returning to Port Alder {when} after officials "
            "lifted the evacuation order.",
        ),
        (
            "The evacuation order was lifted {when}.",
            "Residents were allowed home {when}, when the evacuation order ended.",
        ),
    ),
    KeyEvent(
        _d("2024-07-23"),
        "Federal investigators blame a faulty valve",
        (
            "Federal safety investigators said {when} that a corroded valve caused the "
            "Calder leak and that warnings about it were ignored.",
            "A Chemical Safety Board report released {when} blamed the Port Alder leak "
            "on a corroded valve.",
        ),
        (
            "Investigators blamed a corroded valve {when}.",
            "The safety board's report {when} blamed a corroded valve.",
        ),
    ),
    KeyEvent(
        _d("2024-08-14"),
        "Former plant manager indicted",
        (
            "A grand jury indicted former Calder plant manager Victor Lund {when} on "
            "charges of falsifying safety inspections.",
            "Victor Lund, who ran the Calder plant, was indicted {when} on charges that "
            "he falsified inspection records.",
        ),
        (
            "Lund was indicted {when}.",
            "The plant's former manager was charged {when} with falsifying records.",
        ),
    ),
]
START, END = _d("2024-03-04"), _d("2024-08-31")

_COLOUR = [
    '"We just want to know if the water is safe," said Teresa Malone, who lives near the plant.',
    "Boarded-up storefronts line Front Street, where a bakery and a hardware store have closed.",
    '"Nobody told us anything for hours," said Luis Ortega, a retired machinist.',
    "Port Alder, a town of about 30,000 people, sits where the Alder River meets the bay.",
    "Calder Chemical did not respond to requests for comment.",
    "Local churches have opened their halls to families who cannot afford motels.",
    '"This company owes us more than an apology," said council member Grace Whitlock.',
    "Environmental groups have called for stricter rules on chlorine storage.",
    "A company spokeswoman said Calder was cooperating with investigators.",
    "Fishermen say the river has been quiet since the leak, with few boats going out.",
]
_NOISE_DATES = [
    "Some residents were kept from their homes for 48 hours.",
    "Volunteers hand out bottled water every Tuesday at the community center.",
    "Complaints about odors from the plant have grown in recent weeks.",
    "The plant, built in 1987, employs about 400 people.",
    "Doctors say symptoms can last for several months.",
]
_BRIEFS = [
    "The Port Alder Mariners beat the Valley Hawks 4-2 {when} to stay atop the league.",
    "Forecasters expect heavy rain along the coast {when}, the weather service said.",
    "The county fair opened {when} with a record crowd at the livestock barns.",
    "City council approved a new bus route {when} linking the harbor to downtown.",
    "A new library branch opened in West Alder {when} after two years of construction.",
]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def when(event_date: dt.date, published: dt.date, rng: random.Random) -> str:
    """How wire copy dated `published` refers to `event_date`."""
    days = (published - event_date).days
    if days < 7:
        weekday = _WEEKDAYS[event_date.weekday()]
        return f"on {weekday}" if rng.random() < 0.7 else weekday
    month = event_date.strftime("%B")
    if published.month - event_date.month == 1 and rng.random() < 0.3:
        return "last month"
    if rng.random() < 0.3:
        return f"in {month}"
    return f"on {month} {event_date.day}"


def story(published: dt.date, rng: random.Random) -> tuple[str, list[str]]:
    """A title and paragraphs of one story published on `published`."""
    past = [e for e in EVENTS if e.date <= published]
    news = past[-1]
    lead = rng.choice(news.leads).format(when=when(news.date, published, rng))
    paras = [lead[0].upper() + lead[1:]]
    paras += rng.sample(_COLOUR, rng.randint(2, 4))
    for event in rng.sample(past[:-1], min(len(past) - 1, rng.randint(1, 3))):
        recall = rng.choice(event.recalls).format(when=when(event.date, published, rng))
        paras.append(recall[0].upper() + recall[1:])
    if rng.random() < 0.5:
        paras.append(rng.choice(_NOISE_DATES))
    paras += rng.sample(_COLOUR, 1)
    return news.name, paras


def brief(published: dt.date, rng: random.Random) -> tuple[str, list[str]]:
    day = published - dt.timedelta(days=rng.randint(0, 3))
    text = rng.choice(_BRIEFS).format(when=when(day, published, rng))
    return "Local briefs", [text, rng.choice(_COLOUR)]


def generate(count: int, seed: int = 1) -> list[dict]:
    """`count` articles over the story's months, in publication order."""
    rng = random.Random(seed)
    span = (END - START).days
    records: list[dict] = []
    wire: list[tuple[dt.date, str, list[str]]] = []
    days = sorted(_skewed_day(rng, span) for _ in range(count))
    for number, day in enumerate(days):
        published = START + dt.timedelta(days=day)
        roll = rng.random()
        if roll < 0.12:
            title, paras = brief(published, rng)
            outlet = rng.choice(OUTLETS[1:])
        elif roll < 0.45 and wire and (published - wire[-1][0]).days <= 1:
            _, title, paras = wire[-1]  # a version of the latest wire story
            paras = _cut(paras, rng)
            outlet = rng.choice(OUTLETS[1:])
        else:
            title, paras = story(published, rng)
            outlet = rng.choice(OUTLETS)
            if outlet == WIRE:
                wire.append((published, title, paras))
        records.append(
            {
                "id": f"wire-{number:05d}",
                "title": title,
                "text": "\n\n".join(paras),
                "outlet": outlet,
                "published": published.isoformat(),
            }
        )
    records.sort(key=lambda r: (r["published"], r["id"]))
    return records


def _skewed_day(rng: random.Random, span: int) -> int:
    """Coverage peaks on and just after key events, as real coverage does."""
    if rng.random() < 0.7:
        event = rng.choice(EVENTS)
        return min(span, (event.date - START).days + int(rng.expovariate(0.7)))
    return rng.randint(0, span)


def _cut(paras: list[str], rng: random.Random) -> list[str]:
    keep = paras[: max(2, len(paras) - rng.randint(0, 3))]
    return [p.replace(" said ", " says ", 1) if rng.random() < 0.2 else p for p in keep]


def gold() -> dict:
    return {"events": [{"date": e.date.isoformat(), "name": e.name} for e in EVENTS]}


def write(folder: Path, count: int, seed: int = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    archive = folder / "archive.jsonl"
    lines = (json.dumps(r, ensure_ascii=False) for r in generate(count, seed))
    archive.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "gold.json").write_text(json.dumps(gold(), indent=1) + "\n", encoding="utf-8")
    return archive


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(write(args.out, args.articles, args.seed))


if __name__ == "__main__":
    main()
