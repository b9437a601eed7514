"""The colours of the comparison's marks: one meaning per colour, defined once.

Each meaning has a hue of its own and a cue that is not a colour (a text
style or a gutter glyph), so a reader who does not see the colour, or a
monochrome terminal, still tells the marks apart.  The colours become theme
variables (``$mark-differ``...) through :meth:`ParallaxApp.get_theme_variable_defaults
<tui.app.ParallaxApp.get_theme_variable_defaults>`; the text views' component
classes use them.  A theme may override any of them by name.

The dark and the light set are chosen so every mark's text keeps 4.5:1
contrast (WCAG AA) on the plain background and on the cursor's, the
counterparts' and a note's backgrounds: ``tests/tui/test_palette.py`` checks
that on the colours the widgets really draw.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.color import Color

__all__ = ["MEANINGS", "Meaning", "contrast_ratio", "relative_luminance", "theme_variables"]


@dataclass(frozen=True, slots=True)
class Meaning:
    """One thing a mark says, its theme variable, its colours and its other cue."""

    variable: str
    """The theme variable, without the ``$``."""
    dark: str
    light: str
    cue: str
    """The cue that is not a colour, in words (for the legend and the docs)."""


# fmt: off
MEANINGS: dict[str, Meaning] = {
    # text marks: a colour for the text, and a text style
    "differ":      Meaning("mark-differ",      "#FF7B7B", "#A1122A", "bold, reversed"),
    "compatible":  Meaning("mark-compatible",  "#E8D25A", "#5E5300", "italic, underlined"),
    "agree":       Meaning("mark-agree",       "#7FD99A", "#17602F", "underlined"),
    "variant":     Meaning("mark-variant",     "#C9A2FF", "#6532B0", "bold, underlined"),
    "unshared":    Meaning("mark-unshared",    "#6AD3E6", "#005F6E", "italic"),
    "context":     Meaning("mark-context",     "#969696", "#525252", "dim grey"),
    # gutter marks: a glyph in its colour, and a background for the lines
    "note":        Meaning("mark-note",        "#F59AC4", "#9C1F5A", "✎ in the gutter, underlined"),
    "cursor":      Meaning("mark-cursor",      "#7ABCFF", "#0A4FA8", "▌ in the gutter"),
    "counterpart": Meaning("mark-counterpart", "#C8C8C8", "#3D3D3D", "┃ in the gutter"),
}
#: The backgrounds of a note, the cursor's lines and its counterparts' lines.
BACKGROUNDS: dict[str, tuple[str, str]] = {
    "note":        ("#3B1F2D", "#F2D3E2"),
    "cursor":      ("#14283F", "#CFE0F5"),
    "counterpart": ("#262626", "#EDEDED"),
}
# fmt: on


def theme_variables(*, dark: bool) -> dict[str, str]:
    """The palette as theme variables for a dark or a light theme."""
    out = {m.variable: m.dark if dark else m.light for m in MEANINGS.values()}
    for name, (on_dark, on_light) in BACKGROUNDS.items():
        out[f"mark-{name}-background"] = on_dark if dark else on_light
    return out


def relative_luminance(color: Color) -> float:
    """WCAG 2 relative luminance of an opaque colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast_ratio(a: Color, b: Color) -> float:
    """WCAG 2 contrast ratio of two opaque colours, from 1 to 21."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
