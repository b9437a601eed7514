"""Lazy re-exports for the engine's packages (PEP 562).

A package lists which of its public names live in which submodule; a name is
imported on first use.  Importing a package's light data model then does not
load the whole algorithm behind it (nor wordfreq), so the command line and the
app's first paint start quickly.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping


def lazy_exports(
    package: str, namespace: dict[str, object], exports: Mapping[str, tuple[str, ...]]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``: each name in ``exports``
    (submodule -> names) is imported from its submodule when first asked for."""
    home = {name: module for module, names in exports.items() for name in names}

    def __getattr__(name: str) -> object:
        module = home.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value: object = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *home})

    return __getattr__, __dir__
