"""dataclasses imported without inspect, which it uses only to write a docstring
for a class that has none (ours have one): inspect imports ast, dis and tokenize,
12 ms of a one-shot `newsreader search` (6%). When dataclasses is first imported,
a stand-in takes inspect's place in sys.modules while its module runs; the
stand-in imports the real inspect when first used."""

from __future__ import annotations

import importlib
import sys
import types
from importlib.machinery import PathFinder


class _Deferred(types.ModuleType):
    def __getattr__(self, attribute: str) -> object:
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return getattr(importlib.import_module(self.__name__), attribute)


class _Loader:
    """The real loader of dataclasses, run with the stand-in for inspect."""

    def __init__(self, loader) -> None:
        self._loader = loader

    def __getattr__(self, name: str) -> object:  # get_source, is_package, ...
        return getattr(self._loader, name)

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module) -> None:
        stand_in = None
        if "inspect" not in sys.modules:
            stand_in = sys.modules["inspect"] = _Deferred("inspect")
        try:
            self._loader.exec_module(module)
        finally:
            if stand_in is not None and sys.modules.get("inspect") is stand_in:
                del sys.modules["inspect"]


class _Finder:
    """On sys.meta_path until dataclasses is imported (by whichever module first)."""

    @staticmethod
    def find_spec(name: str, path=None, target=None):
        if name != "dataclasses":
            return None
        sys.meta_path.remove(_Finder)
        spec = PathFinder.find_spec(name, path, target)
        if spec is not None and spec.loader is not None:
            spec.loader = _Loader(spec.loader)
        return spec


def install() -> None:
    if "dataclasses" not in sys.modules and _Finder not in sys.meta_path:
        sys.meta_path.insert(0, _Finder)
