"""Closed vocabularies of newskit's frames: the values of ``source_kind``, ``quote_type``, ``claim_type`` and
``source_gender``.

Each is a ``str`` enum, so a member compares equal to its value (``SourceKind.PERSON == "person"``) and the
frames keep plain strings. Every producer (rules, frames, views) takes its values from here.

Examples
--------
>>> SourceKind.PERSON == "person"
True
>>> [k.value for k in SourceKind][:3]
['person', 'organization', 'government']
"""

from __future__ import annotations

from enum import Enum

__all__ = ["SourceKind", "QuoteType", "ClaimType", "Gender", "SOURCE_KINDS", "QUOTE_TYPES", "CLAIM_TYPES", "GENDERS"]


class _Vocab(str, Enum):
    """A closed vocabulary whose members are their own string values."""

    def __str__(self) -> str:
        return str(self.value)


class SourceKind(_Vocab):
    """What kind of source a claim is attributed to (legend order)."""

    PERSON = "person"
    ORGANIZATION = "organization"
    GOVERNMENT = "government"
    MEDIA = "media"
    DOCUMENT = "document"
    UNKNOWN = "unknown"


class QuoteType(_Vocab):
    """How the claim is reported: a direct quote, reported speech, or a partial quote inside reported speech."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class ClaimType(_Vocab):
    """What the source does with the content (the cue's class)."""

    STATEMENT = "statement"  # said, told, according to
    BELIEF = "belief"  # believe, think, expect, fear
    INTENTION = "intention"  # plan, want, pledge, call for, demand
    EVALUATION = "evaluation"  # criticize, praise, blame, deny, accuse
    QUESTION = "question"  # ask, wonder, question
    EVIDENCE = "evidence"  # a report, study, poll, data or document shows


class Gender(_Vocab):
    """A reader's inference of a person source's gender from the article and the name (never an identity)."""

    FEMALE = "female"
    MALE = "male"
    MIXED = "mixed"
    UNKNOWN = "unknown"


#: The plain string values, in declaration order (for schemas, legends and validation).
SOURCE_KINDS: tuple[str, ...] = tuple(k.value for k in SourceKind)
QUOTE_TYPES: tuple[str, ...] = tuple(k.value for k in QuoteType)
CLAIM_TYPES: tuple[str, ...] = tuple(k.value for k in ClaimType)
GENDERS: tuple[str, ...] = tuple(k.value for k in Gender)
