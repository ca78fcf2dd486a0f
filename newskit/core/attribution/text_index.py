"""Quote, paragraph and headline look-ups by character offset over one text, for the attribution passes."""

from __future__ import annotations

import bisect
import re

from .quotes import Quote, dash_quotes, find_quotes, paragraph_starts

__all__ = ["TextIndex"]


class TextIndex:
    """Quote and paragraph look-ups by character offset."""

    def __init__(self, text: str):
        self.text = text
        self.quotes = find_quotes(text)
        self.q_starts = [q.open for q in self.quotes]
        for i, q in enumerate(self.quotes):
            q.index = i
        self.paras = paragraph_starts(text)
        self.dashes = dash_quotes(text, self.quotes)
        self.headline_paras = set()
        bounds = self.paras + [len(text)]
        for i in range(len(self.paras)):
            block = text[bounds[i] : bounds[i + 1]].strip()
            lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
            # a single short line with no sentence-final punctuation: a headline, caption or label
            if (
                len(lines) >= 1
                and all(not re.search(r"[.!?:\"”’')]$", ln) for ln in lines)  # '' closes a quote (NYT archive)
                and all(len(ln.split()) <= 25 for ln in lines)
            ):
                self.headline_paras.add(i)

    def overlapping(self, s: int, e: int) -> list[Quote]:
        """Quotes whose inner text overlaps ``[s, e)``."""
        i = max(0, bisect.bisect_right(self.q_starts, s) - 1)
        out = []
        while i < len(self.quotes) and self.quotes[i].open < e:
            q = self.quotes[i]
            if q.start < e and s < q.end:
                out.append(q)
            i += 1
        return out

    def quote_at(self, pos: int) -> Quote | None:
        i = bisect.bisect_right(self.q_starts, pos) - 1
        if i >= 0 and self.quotes[i].open <= pos < self.quotes[i].close:
            return self.quotes[i]
        return None

    def para(self, pos: int) -> int:
        return bisect.bisect_right(self.paras, pos) - 1
