"""The names an article introduces, read once per Doc: :class:`NameTables` maps surnames to full names and
acronyms to organisations, keeps where each person and organisation was named (for pronouns and descriptions
to look back at), and the speaker labels of interview transcripts; :meth:`NameTables.canonical` merges a
source's aliases into one name.

One pass over the entities builds the tables, so every lookup is linear in the article's length at most.

Examples
--------
>>> import newskit
>>> doc = newskit.load_pipeline()("The Food and Drug Administration (FDA) met Jane Doe. Doe said the FDA agreed.")
>>> tables = NameTables(doc)
>>> tables.org_name("FDA"), tables.surname_full["doe"]
('Food and Drug Administration', 'Jane Doe')
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span

from ..vocab import SourceKind
from .doc_index import doc_ents, doc_text, sent_of
from .kinds import context_kind, is_name, org_kind
from .names import clean_name, ent_words, strip_titles
from .person_words import FEMALE_TITLES, MALE_TITLES
from .quotes import paragraph_starts
from .records import Source, org_key, person_key

__all__ = ["NameTables"]

#: Interview transcripts: a paragraph opening with a speaker label, "((Jane Doe)) ..." or "JD: ...".
_LABEL = re.compile(r"\s*(?:\(\(\s*([^()\n]{1,60}?)\s*\)\)|([A-Z]{2,4})\s*:\s)")

#: "Full Name Of Body (ABBR)": the parenthesised acronym or short name is an alias of the full name.
_ACRONYM = re.compile(
    r"((?:[A-Z][\w&.'’-]*\s+)(?:(?:of|and|for|the|on|de|du|des|&)\s+|[A-Z][\w&.'’-]*\s+)*"
    r"[A-Z][\w&.'’-]*)\s+\(([A-Z][A-Za-z&]{1,11})\)"
)


class NameTables:
    """The persons and organisations one article names, and its aliases of them.

    Parameters
    ----------
    doc : Doc
        The parsed document (entities required).
    in_quote : callable, optional
        ``in_quote(char_offset)`` is true inside a direct quote (names there are not speakers).
    """

    def __init__(self, doc: Doc, in_quote=None):
        self.doc = doc
        self.in_quote = in_quote or (lambda pos: False)
        self.person_subj: list[bool] = []
        self.ages: dict[str, str] = {}
        self.surname_full: dict[str, str] = {}
        self.person_positions: list[int] = []
        self.person_names: list[str] = []
        self.person_descr: list[tuple[int, str, str]] = []  # (pos, lowercase context words, canonical)
        self.org_full: dict[str, str] = {}
        self.org_positions: list[tuple[int, str]] = []
        self.org_names: set[str] = set()  # lower-cased names (and full names of acronyms) of organisations
        self.org_kinds: dict[str, SourceKind] = {}  # lower-cased name -> kind its apposition gave ("X, a newspaper")
        self.gender: dict[str, str] = {}  # surname -> "m" / "f" (honorifics, earlier he/she references)
        self.para_starts: list[int] = []
        self.para_speaker: list[tuple[str, bool] | None] = []  # interview speaker label of each paragraph
        self._scan()
        self._scan_labels()
        self.org_names = {n.lower() for _, n in self.org_positions} | {v.lower() for v in self.org_full.values()}

    # ------------------------------------------------------------------ building the tables
    def _scan(self) -> None:
        """Build the alias tables and the person positions from the acronyms and the entities of the Doc."""
        doc = self.doc
        for m in _ACRONYM.finditer(doc_text(doc)):
            full = clean_name(m.group(1))
            self.org_full[m.group(2).lower()] = full
            self.org_full.setdefault(full.lower(), full)
        text = doc_text(doc)
        for ent in doc_ents(doc)[0]:
            if text[max(0, ent.start_char - 2) : ent.start_char] == "((" or (
                text[ent.end_char : ent.end_char + 1] == ":"
                and (ent.start_char == 0 or text[ent.start_char - 1] == "\n")
            ):
                continue  # an interview speaker label ("((WN))", "NG:") is no mention in the article
            if self.is_person_ent(ent):
                self._scan_person(ent)
            elif ent.label_ in ("ORG", "PERSON") and not is_name(ent) or self.is_alias(ent):
                self._scan_org(ent)

    def _scan_person(self, ent: Span) -> None:
        """A person entity: its surname and full name, gender from an honorific, position, description, age."""
        doc = self.doc
        raw = ent_words(ent)
        words = strip_titles(raw)
        if not words:
            return
        sur = words[-1].lower()
        # grammatical gender from an honorific ("Mrs Smith", "Mr. Jones") for he/she resolution
        title = raw[0] if len(raw) > len(words) else (doc[ent.start - 1].text if ent.start else "")
        title = title.lower().rstrip(".")
        if title in MALE_TITLES or title in FEMALE_TITLES:
            self.gender.setdefault(sur, "m" if title in MALE_TITLES else "f")
        full = " ".join(words)
        if sur not in self.surname_full or (
            len(words) > len(self.surname_full[sur].split()) and len(self.surname_full[sur].split()) == 1
        ):
            self.surname_full[sur] = full
        if self.in_quote(ent.start_char):
            return
        self.person_positions.append(ent.start_char)
        self.person_names.append(sur)
        r = ent.root
        self.person_subj.append(
            r.dep_ in ("nsubj", "nsubjpass") or (r.dep_ == "appos" and r.head.dep_ in ("nsubj", "nsubjpass"))
        )
        self.person_descr.append((ent.start_char, self._person_context(ent), sur))
        nxt = doc[ent.end : ent.end + 3]  # "John Miller, 45, ..." -> the 45-year-old
        if len(nxt) == 3 and nxt[0].text == "," and nxt[1].like_num and nxt[2].text == ",":
            self.ages[nxt[1].text] = sur

    def _person_context(self, ent: Span) -> str:
        """The lower-case words that describe a person entity: up to five words before it in its sentence and
        its appositions ("Jane Doe, the minister")."""
        doc = self.doc
        ctx = " ".join(t.lower_ for t in doc[max(sent_of(ent[0]).start, ent.start - 5) : ent.end])
        app = ""
        if ent.root.head.dep_ == "appos" or ent.root.dep_ == "appos":
            app = " ".join(t.lower_ for t in ent.root.head.subtree)
        for c in ent.root.children:
            if c.dep_ == "appos":
                app += " " + " ".join(t.lower_ for t in c.subtree)
        return ctx + " " + app

    def _scan_org(self, ent: Span) -> None:
        """An organisation entity: its position, and its acronym or initials as aliases."""
        doc = self.doc
        name = clean_name(ent.text)
        if not name:
            return
        self.org_positions.append((ent.start_char, name))
        ctx = context_kind(ent.root, ent)
        if ctx is not None and ctx != SourceKind.PERSON:
            self.org_kinds.setdefault(name.lower(), ctx)
        # "Full Name (ABC)" and initials
        nxt = doc[ent.end : ent.end + 3]
        if len(nxt) >= 3 and nxt[0].text == "(" and nxt[2].text == ")" and nxt[1].text.isupper():
            self.org_full[nxt[1].text.lower()] = name
        caps = [w[0] for w in name.split() if w[:1].isupper()]
        if len(caps) >= 2:
            self.org_full.setdefault("".join(caps).lower(), name)

    def _scan_labels(self) -> None:
        """Speaker labels of interview transcripts: "((Jane Doe)) I think ..." or "JD: I think ...". A label
        holds for its paragraph and the unlabelled paragraphs that follow it, until the next label."""
        text = doc_text(self.doc)
        if "((" not in text and not re.search(r"(?m)^[A-Z]{2,4}\s*:\s", text):
            return
        self.para_starts = paragraph_starts(text)
        current = None
        for p in self.para_starts:
            m = _LABEL.match(text, p)
            if m:
                current = self._label_speaker((m.group(1) or m.group(2)).strip())
            self.para_speaker.append(current)

    def _label_speaker(self, label: str) -> tuple[str, bool] | None:
        """The speaker a transcript label names: a person the article named ("((Doe))", initials "JD"), else a
        capitalised name of its own, else None."""
        words = strip_titles(label.split())
        full = self.surname_full.get(words[-1].lower()) if words else None
        if full and set(w.lower() for w in words) <= set(w.lower() for w in full.split()):
            return (full, True)
        if label.isupper() and len(label) <= 4:  # initials: "NG" for Natasha Gownaris
            fulls = {v for v in self.surname_full.values()}
            cands = [f for f in fulls if "".join(w[0] for w in f.split() if w[:1].isupper()) == label]
            return (cands[0], True) if len(cands) == 1 else None
        if words and all(w[:1].isupper() for w in words):
            return (" ".join(words), True)
        return None

    # ------------------------------------------------------------------ lookups
    def speaker_at(self, pos: int) -> tuple[str, bool] | None:
        """The interview speaker whose labelled answer contains ``pos``, else None."""
        if not self.para_starts:
            return None
        i = bisect.bisect_right(self.para_starts, pos) - 1
        return self.para_speaker[i] if i >= 0 else None

    def person_name(self, words: list[str]) -> str:
        """The full name of the person named by ``words`` (titles stripped): the longest name the article gave
        that surname, unless ``words`` are longer."""
        words = strip_titles(words)
        if not words:
            return ""
        sur = words[-1].lower()
        full = self.surname_full.get(sur)
        return full if full and len(full.split()) >= len(words) else " ".join(words)

    def is_alias(self, ent: Span) -> bool:
        """The entity is the acronym of an organisation the article spelled out ("... Seismology (Phivolcs)")."""
        return clean_name(ent.text).lower().replace(".", "") in self.org_full and len(ent) == 1

    def is_person_ent(self, ent: Span) -> bool:
        """The entity names a person (:func:`~.kinds.is_name`) and is no organisation's acronym."""
        return is_name(ent) and not self.is_alias(ent)

    def kind_of(self, name: str) -> SourceKind:
        """Kind of an organisation the article named: what its apposition said, else :func:`~.kinds.org_kind`."""
        return self.org_kinds.get(name.lower()) or org_kind(name, None)

    def org_name(self, name: str) -> str:
        """The full name of an organisation's acronym ("FDA"), else ``name``."""
        full = self.org_full.get(name.lower().replace(".", ""))
        return full or name

    def canonical(self, src: Source | None) -> Source | None:
        """Merge aliases: a bare surname ("Stern", even when tagged as an organisation) becomes the full name of
        the person introduced earlier; an acronym becomes the organisation's full name."""
        if src is None or not src.name:
            return src
        words = strip_titles(src.name.split())
        if not words:
            return src
        full = self.surname_full.get(words[-1].lower())
        if (
            full
            and src.kind in (SourceKind.PERSON, SourceKind.ORGANIZATION, SourceKind.UNKNOWN)
            and (src.named or src.kind != SourceKind.ORGANIZATION)
            and set(w.lower() for w in words) <= set(w.lower() for w in full.split())
        ):
            src.name, src.kind, src.named, src.count = full, SourceKind.PERSON, True, 1
            src.key = person_key(full)
        elif src.named and src.kind != SourceKind.PERSON:
            full = self.org_full.get(src.name.lower().replace(".", ""))
            if not full and len(src.name.split()) >= 2:  # a truncated entity: "California Department"
                longer = {v for v in self.org_full.values() if v.lower().startswith(src.name.lower() + " ")}
                full = longer.pop() if len(longer) == 1 else None
            if full and full != src.name:
                src.name, src.key = full, org_key(full)
        return src
