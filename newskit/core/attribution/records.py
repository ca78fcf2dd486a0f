"""Typed records of source resolution: a resolved :class:`Source`, its identity (:class:`SourceKey`) and the
tokens of one mention the rules read (:class:`Mention`).

A source key says what kind of thing the source is identified as (:class:`KeySpace`) and by what: two claims of
an article whose sources have equal keys have the same source.

Examples
--------
>>> person_key("Anna Kowalska") == person_key("Kowalska")
True
>>> new_source(("the ministry", 0, 12), name="ministry", kind=SourceKind.GOVERNMENT, named=False, count=1).mention
'the ministry'
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from spacy.tokens import Span, Token

from ..vocab import SourceKind

__all__ = [
    "KeySpace",
    "SourceKey",
    "person_key",
    "org_key",
    "Source",
    "UNIDENTIFIED",
    "UNIDENTIFIED_KEY",
    "At",
    "NO_MENTION",
    "new_source",
    "mention_of",
    "Mention",
]

#: Name given to a pronoun source that has no antecedent in the article.
UNIDENTIFIED = "unidentified speaker"


class KeySpace(str, Enum):
    """What a source key identifies: persons by surname, organisations and documents by name, unnamed
    descriptions by their words, agentless reports by their label."""

    PERSON = "person"
    ORGANIZATION = "organization"
    DOCUMENT = "document"
    UNNAMED = "unnamed"
    UNSPECIFIED = "unspecified"


@dataclass(frozen=True)
class SourceKey:
    """Identity of a source within one article: two claims with equal keys have the same source."""

    space: KeySpace
    value: str


def person_key(name: str) -> SourceKey:
    """Key of a person: the surname (last word), lower-cased; an empty name keys as the empty surname.

    Examples
    --------
    >>> person_key("Anna Kowalska")
    SourceKey(space=<KeySpace.PERSON: 'person'>, value='kowalska')
    >>> person_key("").value
    ''
    """
    words = name.split()
    return SourceKey(KeySpace.PERSON, words[-1].lower() if words else "")


def org_key(name: str) -> SourceKey:
    """Key of a named organisation: its full name, lower-cased."""
    return SourceKey(KeySpace.ORGANIZATION, name.lower())


#: Key of every pronoun source with no antecedent.
UNIDENTIFIED_KEY = SourceKey(KeySpace.UNNAMED, UNIDENTIFIED)


@dataclass
class Source:
    """A resolved source."""

    mention: str
    start: int | None
    end: int | None
    name: str
    kind: SourceKind
    named: bool
    count: int | None
    descriptor: str | None = None
    key: SourceKey | None = None
    aliases: set = field(default_factory=set)
    head: str = ""  # lemma of the mention's head noun (for definite-description coreference)


#: A mention's text and character offsets.
At = tuple[str, int | None, int | None]

#: Where a source found by its description alone (no mention in the text) sits.
NO_MENTION: At = ("", None, None)


def new_source(
    at: At,
    *,
    name: str,
    kind: SourceKind,
    named: bool,
    count: int | None,
    descriptor: str | None = None,
    key: SourceKey | None = None,
    head: str = "",
) -> Source:
    """A source mentioned at ``at`` (text, start, end)."""
    mention, start, end = at
    return Source(
        mention=mention,
        start=start,
        end=end,
        name=name,
        kind=kind,
        named=named,
        count=count,
        descriptor=descriptor,
        key=key,
        head=head,
    )


def mention_of(ref: Source, at: At, **changes: Any) -> Source:
    """Another mention ``at`` (text, start, end) of the source ``ref``: its name, kind, named, count, descriptor and
    key (not its aliases or head noun), with ``changes``."""
    src = new_source(
        at, name=ref.name, kind=ref.kind, named=ref.named, count=ref.count, descriptor=ref.descriptor, key=ref.key
    )
    return replace(src, **changes) if changes else src


@dataclass
class Mention:
    """The tokens of one source mention and what the rules read from them."""

    head: Token
    toks: list[Token]
    start: int
    end: int
    text: str
    lemma: str
    plural: bool
    ents: list[Span]
    persons: list[Span]
    orgs: list[Span]
    det: str | None

    def source(self, **fields: Any) -> Source:
        """A source of this mention with ``fields`` (name, kind, named, count, descriptor, key, head)."""
        return new_source((self.text, self.start, self.end), **fields)

    def like(self, ref: Source, **changes: Any) -> Source:
        """This mention of the already resolved source ``ref`` (see :func:`mention_of`)."""
        return mention_of(ref, (self.text, self.start, self.end), **changes)
