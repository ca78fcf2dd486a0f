"""Colours shared by every newskit figure and HTML view (claims table, article rendering, timeline plot).

The source-kind colours are the Okabe-Ito palette (Okabe & Ito, "Color Universal Design", 2008), chosen to
stay distinguishable under the common forms of colour blindness (deuteranopia, protanopia, tritanopia) and in
greyscale print when paired with the hatching below. ``unknown`` is a neutral grey so it never competes
with a real kind.
"""

from __future__ import annotations

from ..core.vocab import SOURCE_KINDS as _SOURCE_KINDS

__all__ = ["SOURCE_KINDS", "SOURCE_KIND_COLORS", "UNNAMED_HATCH", "FUTURE_COLOR", "NEUTRAL", "kind_color", "kind_tint"]

#: Source kinds in the order legends list them (the values of ``claims["source_kind"]``).
SOURCE_KINDS: tuple[str, ...] = _SOURCE_KINDS

#: source kind -> hex colour (Okabe-Ito).
SOURCE_KIND_COLORS: dict[str, str] = {
    "person": "#0072B2",  # blue
    "organization": "#E69F00",  # orange
    "government": "#009E73",  # bluish green
    "media": "#CC79A7",  # reddish purple
    "document": "#56B4E9",  # sky blue
    "unknown": "#999999",  # grey
}

#: Hatch pattern marking unnamed sources in bar charts (so named/unnamed survives greyscale).
UNNAMED_HATCH = "///"

#: Colour for marks that are not a source kind (totals, future-event markers, reference lines).
NEUTRAL = "#444444"
FUTURE_COLOR = "#D55E00"  # Okabe-Ito vermillion, unused by the source kinds


def kind_color(kind: object) -> str:
    """Hex colour of a source kind; unrecognised or missing kinds get the ``unknown`` grey.

    Examples
    --------
    >>> kind_color("person")
    '#0072B2'
    >>> kind_color(None)
    '#999999'
    """
    return SOURCE_KIND_COLORS.get(
        str(kind).lower() if isinstance(kind, str) else "unknown", SOURCE_KIND_COLORS["unknown"]
    )


def kind_tint(kind: object, strength: float = 0.28) -> str:
    """A light tint of :func:`kind_color` (mixed with white) for text backgrounds that keep black text readable.

    Examples
    --------
    >>> kind_tint("unknown", 0.0)
    '#ffffff'
    """
    h = kind_color(kind).lstrip("#")
    rgb = [int(h[i : i + 2], 16) for i in (0, 2, 4)]
    mixed = [round(255 - (255 - c) * strength) for c in rgb]
    return "#" + "".join(f"{c:02x}" for c in mixed)
