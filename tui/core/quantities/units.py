"""Measurements: what a unit of measure is and how it converts, by ``pint``.

The word table (:mod:`tui.core.lexicon.units`) says which words are units;
pint's registry says what each is (its dimension: length, mass, area, speed,
volume) and how many SI base units one of it makes.  Building the registry
takes a few tenths of a second, so it is built on the first unit met, never at
import, and every unit is looked up once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from tui.core.lexicon.units import DIGIT_UNIT_WORDS, UNIT_WORDS

#: pint's dimensionality -> the name the report uses.
_DIMENSIONS: dict[str, str] = {
    "[length]": "length",
    "[mass]": "mass",
    "[length] ** 2": "area",
    "[length] ** 3": "volume",
    "[length] / [time]": "speed",
}
#: The SI unit each dimension is reported in.
SI_UNITS: dict[str, str] = {
    "length": "m",
    "mass": "kg",
    "area": "m²",
    "volume": "m³",
    "speed": "m/s",
}


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit of measure: its name, what it measures, and its size in SI units."""

    name: str
    """The registry's name ("kilometer", "mile / hour")."""
    dimension: str
    """ "length", "mass", "area", "volume" or "speed"."""
    factor: float
    """How many SI units (metres, kilograms ...) one of it makes."""


def unit_word(word: str, *, after_digits: bool) -> str | None:
    """The unit name of ``word`` (lowercase), or None when it is no unit here."""
    name = UNIT_WORDS.get(word)
    if name is None and after_digits:
        name = DIGIT_UNIT_WORDS.get(word)
    return name


@cache
def _registry() -> Any:
    import pint  # a unit was met: load the library now

    return pint.UnitRegistry(cache_folder=None)


@cache
def unit(name: str, *, square: bool = False) -> Unit | None:
    """The unit called ``name`` (squared for "square kilometres"), or None."""
    registry = _registry()
    try:
        quantity = registry.Quantity(1.0, name)
        if square:
            quantity = quantity**2
        dimension = _DIMENSIONS.get(str(quantity.dimensionality))
        if dimension is None:
            return None
        factor = float(quantity.to_base_units().magnitude)
    except Exception:  # noqa: BLE001 - any unit the registry cannot read is no unit
        return None
    label = f"square {name}" if square else name
    return Unit(label, dimension, factor)


def precision(text: str, *, rounding: bool = True) -> float:
    """The step of the last written digit: 1 for "72", 0.1 for "24.1"; with
    ``rounding``, trailing zeros of a whole number read as rounding (100 for
    "2,300" and "700"), else they are digits too (1 for "700")."""
    digits = text.replace(",", "")
    if not digits[:1].isdigit():
        return 1.0
    if "." in digits:
        return 10.0 ** -len(digits.split(".", 1)[1])
    stripped = digits.rstrip("0")
    if not rounding or not stripped:
        return 1.0
    return 10.0 ** (len(digits) - len(stripped))
