"""Units of measure as English news writes them, and what each one is.

The table says which words after a figure are units of measure ("72 km",
"45 miles", "a 240-metre span", "2,750 tonnes"); what a unit is and how it
converts is left to a units library (``pint``, loaded only when a unit is met:
:mod:`tui.core.quantities.units`).  Each word maps to the unit's name in the
library's registry.

Words that are also ordinary English ("in", "a", "s", "m" on its own) are not
listed unless they can only be a unit right after digits: those are in
:data:`DIGIT_UNIT_WORDS` ("700 m", "5ft").
"""

from __future__ import annotations

#: Unit words (singular, plural, British and American spellings) -> unit name.
UNIT_WORDS: dict[str, str] = {
    # length
    "kilometre": "kilometer",
    "kilometres": "kilometer",
    "kilometer": "kilometer",
    "kilometers": "kilometer",
    "km": "kilometer",
    "kms": "kilometer",
    "metre": "meter",
    "metres": "meter",
    "meter": "meter",
    "meters": "meter",
    "centimetre": "centimeter",
    "centimetres": "centimeter",
    "centimeter": "centimeter",
    "centimeters": "centimeter",
    "cm": "centimeter",
    "millimetre": "millimeter",
    "millimetres": "millimeter",
    "millimeter": "millimeter",
    "millimeters": "millimeter",
    "mm": "millimeter",
    "mile": "mile",
    "miles": "mile",
    "foot": "foot",
    "feet": "foot",
    "ft": "foot",
    "yard": "yard",
    "yards": "yard",
    "inch": "inch",
    "inches": "inch",
    # mass ("tons" in world news is nearly always the metric tonne)
    "tonne": "metric_ton",
    "tonnes": "metric_ton",
    "ton": "metric_ton",
    "tons": "metric_ton",
    "kilogram": "kilogram",
    "kilograms": "kilogram",
    "kilogramme": "kilogram",
    "kilogrammes": "kilogram",
    "kg": "kilogram",
    "kgs": "kilogram",
    "gram": "gram",
    "grams": "gram",
    "lb": "pound",
    "lbs": "pound",
    # area
    "hectare": "hectare",
    "hectares": "hectare",
    "acre": "acre",
    "acres": "acre",
    # speed
    "mph": "mile / hour",
    "kph": "kilometer / hour",
    "km/h": "kilometer / hour",
    "knot": "knot",
    "knots": "knot",
    # volume
    "litre": "liter",
    "litres": "liter",
    "liter": "liter",
    "liters": "liter",
    "gallon": "gallon",
    "gallons": "gallon",
    "barrel": "oil_barrel",
    "barrels": "oil_barrel",
}
#: Short unit symbols that are units only right after digits ("700 m", "5ft").
DIGIT_UNIT_WORDS: dict[str, str] = {
    "m": "meter",
    "mi": "mile",
    "t": "metric_ton",
    "g": "gram",
    "ha": "hectare",
    "l": "liter",
}
#: Words that make the unit after them square: "200 square kilometres".
SQUARE_WORDS: frozenset[str] = frozenset(("square", "sq"))
