"""Word lists of the frames layer, each with where its words come from.

Placeholders are the names :mod:`newskit.core.attribution` gives to a claim whose source it could not identify
(a pronoun without an antecedent, an agentless passive, "reportedly"); they are not sources and are counted
apart as unattributed claims.
"""

from __future__ import annotations

__all__ = ["PLACEHOLDER_PREFIXES", "ALIAS_STOP_WORDS"]

#: first word of every placeholder source name the attribution rules produce ("unidentified speaker",
#: "unidentified person", "unspecified reports", "unspecified announcement": core/attribution/records.py,
#: core/attribution/pronouns.py and core/attribution/component.py)
PLACEHOLDER_PREFIXES: tuple[str, ...] = ("unidentified ", "unspecified ")

#: function words skipped when forming an organisation's initials ("Food and Drug Administration" -> FDA);
#: English and the French particles common in organisation names
ALIAS_STOP_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "de", "du", "la", "le", "&"})
