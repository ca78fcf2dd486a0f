"""Handlers for durations, sets and reference words: "three days", "a 30-year", "every week", "daily", "now".

See :mod:`~newskit.core.timex.rules_calendar` for the contract.
"""

from __future__ import annotations

import re

from .lexicon import (
    AGE_CUES,
    CURRENT_DETERMINERS,
    FREQUENCY_CUES,
    FREQUENCY_WORDS,
    NOT_REF_FOLLOWERS,
    RECENT_NOT_REF_PRECEDERS,
    SOON_NOT_REF_FOLLOWERS,
    VAGUE_NUMBERS,
    WEEKDAYS,
)
from .values import Context, Result, duration_value, parse_number, unit_key

__all__ = ["HANDLERS"]

_AGE_RANGE = re.compile(r"\b(?:aged|ages?)\s+(?:of\s+)?between\s*$")
_AMOUNT = re.compile(r"[\d.,]+%?")
_ONE = frozenset({"a", "an", "one"})
_CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
#: what may stand before a sentence-opening adverb ("Earlier, ..."): nothing, or the end of a sentence or a quote
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:;\"“”(`'\n])\s*$")


def range_first(g: dict, ctx: Context) -> Result | None:
    """ "between 60 and 90 days": the first number takes the second one's unit."""
    if ctx.prev_word in AGE_CUES or _AGE_RANGE.search(ctx.prefix):
        return None
    n = parse_number(g["n"])
    return None if n is None else ("DURATION", duration_value(n, g["u"]), None)


def duration(g: dict, ctx: Context) -> Result | None:
    """ "three days", "the past two years", "a few hours"; "twice a day" is a set, "aged 30 years" an age."""
    n_text, u = g["n"].lower(), unit_key(g["u"])
    article = n_text in ("a", "an")
    if article and (u == "quarter" or (u == "second" and ctx.next_pos in _CONTENT_POS)):
        return None  # "a quarter of", "a second round"
    if ctx.prev_word in AGE_CUES or (article and u == "day" and ctx.next_word == "of"):
        return None
    if n_text in _ONE and (ctx.prev_word in FREQUENCY_CUES or _AMOUNT.fullmatch(ctx.prev_word or "-")):
        return "SET", duration_value(1, u), None
    n = parse_number(n_text)
    if n is not None and g.get("half"):  # "a minute and a half"
        n += 0.5
    if n is None and n_text not in VAGUE_NUMBERS:
        return None
    if n_text in ("some", "many", "few") and u == "day" and not g.get("pre"):
        return None  # "some days", "many days" without "the past": not a span
    return "DURATION", duration_value(n, u), None


def duration_adj(g: dict, ctx: Context) -> Result | None:
    """ "a 30-year mortgage", "decades-long", "multi-year"."""
    if g.get("one"):  # "a day-long meeting", "a year-long inquiry"
        return "DURATION", duration_value(1, g["one"]), None
    if g.get("vague"):  # "decades-long" is a span of years (PXY, MEANTIME and AQUAINT), not PXDE
        vague = g["vague"].lower()
        return "DURATION", "PXY" if vague == "decades" else duration_value(None, vague), None
    word = g["n"].lower()
    n = 1.0 if word == "single" else (None if word in ("multi", "several") else parse_number(word))
    if n is None and word not in ("multi", "several"):
        return None
    return "DURATION", duration_value(n, g["u"]), None


def duration_bare(g: dict, ctx: Context) -> Result:
    """ "for years", "within days": a vague duration."""
    return "DURATION", duration_value(None, g["u"]), None


def set_(g: dict, ctx: Context) -> Result | None:
    """ "every week", "each Monday", "on Fridays", "daily" (not "Daily" in a name)."""
    wd = g.get("wd") or g.get("wd2")
    if wd:
        return "SET", f"XXXX-WXX-{WEEKDAYS[wd.lower()]}", None
    if g.get("w"):
        newspaper = g["w"].lower() == "daily" and ctx.next_word[:1].isupper() and ctx.next_pos == "PROPN"
        if g["w"][0].isupper() or newspaper:  # "Daily Mail", "the Communist Party daily Granma"
            return None
        return "SET", FREQUENCY_WORDS[g["w"].lower()], None
    n = parse_number(g["n"]) if g.get("n") else 1
    return "SET", duration_value(n, g["u"]), None


def ref(g: dict, ctx: Context) -> Result | None:
    """ "now", "recently", "in the future", "soon" (not "as soon as", not "now-defunct")."""
    if ctx.next_word.startswith("-"):
        return None
    if g.get("present"):
        return "DATE", "PRESENT_REF", None
    if g.get("past"):
        return "DATE", "PAST_REF", None
    w = g["future"].lower()
    as_soon = ctx.prev_word == "as" or ctx.next_word in SOON_NOT_REF_FOLLOWERS
    if w in ("soon", "shortly") and (as_soon or ctx.tense == "past"):
        return None
    return "DATE", "FUTURE_REF", None


def ref_adv(g: dict, ctx: Context) -> Result | None:
    """ "Earlier, ..." opening a sentence (the time the sentence is set in), "recent" and "the current" as
    adjectives; "earlier" inside a clause ("a reward announced earlier") says only that its event came before
    another one, like "later", and is no TIMEX3 (TimeBank and AQUAINT leave it unannotated)."""
    w = g["w"].lower()
    if ctx.next_word in NOT_REF_FOLLOWERS:
        return None
    if w in ("earlier", "later"):
        if ctx.tag not in ("RB", "RBR") or ctx.next_pos in _CONTENT_POS:
            return None
        if not _OPENS_SENTENCE.search(ctx.raw_prefix):
            return None  # "announced earlier by", "had earlier suffered": before the clause's event, like "later"
        return "DATE", "PAST_REF" if w == "earlier" else "FUTURE_REF", None
    if w == "recent" and ctx.tag == "JJ" and ctx.prev_word not in RECENT_NOT_REF_PRECEDERS:
        return "DATE", "PAST_REF", None
    before_noun = ctx.tag == "JJ" and not ctx.next_word[:1].isupper() and ctx.next_pos in ("NOUN", "ADJ", "VERB")
    if w == "current" and before_noun and ctx.prev_word in CURRENT_DETERMINERS:
        return "DATE", "PRESENT_REF", None
    return None


HANDLERS = {
    "range_first": range_first,
    "duration": duration,
    "duration_adj": duration_adj,
    "duration_bare": duration_bare,
    "set": set_,
    "ref": ref,
    "ref_adv": ref_adv,
}
