"""Whoosh imported without two modules it never needs here: `urllib.request` (for a
download helper of its word lists) and `asyncio` (through the `cached_property`
package, for one property). They were a third of Whoosh's import time, paid by
every `search` and `index` process. Nor its English word variations
(`whoosh.lang.morph_en`: 10-20 ms of regular expressions compiled on import, for a
query type newsreader never makes): `variations` imports them when first called.
The stand-ins are in `sys.modules` only while Whoosh's modules that name them
import; any later import gets the real ones."""

from __future__ import annotations

import functools
import importlib
import sys
import types


def import_whoosh() -> None:
    if "whoosh.reading" in sys.modules:
        return
    stand_ins = {}
    if "urllib.request" not in sys.modules:
        stand_ins["urllib.request"] = _module("urllib.request", urlretrieve=_urlretrieve)
    if "cached_property" not in sys.modules:
        stand_ins["cached_property"] = _module(
            "cached_property", cached_property=functools.cached_property
        )
    if "whoosh.lang.morph_en" not in sys.modules:
        stand_ins["whoosh.lang.morph_en"] = _module("whoosh.lang.morph_en", variations=_variations)
    sys.modules.update(stand_ins)
    try:
        for name in ("whoosh.compat", "whoosh.reading", "whoosh.query"):  # that name them
            importlib.import_module(name)
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


def _module(name: str, **attributes: object) -> types.ModuleType:
    module = types.ModuleType(name, "newsreader's stand-in while Whoosh imports")
    module.__dict__.update(attributes)
    return module


def _urlretrieve(*args: object, **kwargs: object) -> object:
    from urllib.request import urlretrieve

    return urlretrieve(*args, **kwargs)


def _variations(word: str) -> object:
    from whoosh.lang.morph_en import variations

    return variations(word)


import_whoosh()  # on import: newsreader.index imports this module first
