"""Zones of a text: its paragraphs, the lead (the first paragraphs, where datelines and
bylines live) and the tail (the last paragraphs, where credit lines and notices live)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from provenance.annotate import credits

_PARAGRAPH = re.compile(r"[^\r\n]*\S[^\r\n]*")  # a line with something on it
_PROSE_CHARS = 80  # as long as the lead counts a paragraph of prose


@dataclass(frozen=True, slots=True)
class Zones:
    """Paragraph spans of a text, and where its lead ends and its tail begins."""

    paragraphs: tuple[tuple[int, int], ...]
    lead_end: int
    tail_start: int

    @classmethod
    def of(cls, text: str, lead: int = 2, tail: int = 3) -> Zones:
        spans = tuple((match.start(), match.end()) for match in _PARAGRAPH.finditer(text))
        if not spans:
            return cls((), 0, 0)
        leading = _lead_paragraphs(spans, lead)
        lead_end = spans[leading - 1][1]
        last = min(len(spans) - tail, _last_prose(text, spans) - (tail - 1))
        tail_from = max(last, min(leading, len(spans) - 1))
        return cls(spans, lead_end, spans[tail_from][0])

    def paragraph(self, offset: int) -> tuple[int, int]:
        """The span of the paragraph holding `offset` (binary search: texts can be long)."""
        return self.paragraphs[max(self._index(offset), 0)]

    def before(self, para_start: int) -> tuple[int, int] | None:
        """The span of the paragraph before the one starting at `para_start`, if any."""
        index = self._index(para_start) - 1
        return self.paragraphs[index] if index >= 0 else None

    def _index(self, offset: int) -> int:
        return bisect_right(self.paragraphs, offset, key=_span_start) - 1


def _span_start(span: tuple[int, int]) -> int:
    return span[0]


def _last_prose(text: str, spans: Sequence[tuple[int, int]]) -> int:
    """The index of the last paragraph of prose: long, with a sentence ending well before
    its end. Lists of related stories, share prompts and footers often follow an article,
    and the credit line that closes it must not be pushed out of the tail by them."""
    for index in range(len(spans) - 1, -1, -1):
        start, end = spans[index]
        if end - start >= _PROSE_CHARS and credits.SENTENCE_END.search(text, start, end - 20):
            return index
    return len(spans) - 1


def _lead_paragraphs(spans: Sequence[tuple[int, int]], long_ones: int) -> int:
    """How many paragraphs the lead holds: up to the second paragraph of real prose. Short
    lines before the story (a headline, a byline, a date, photo captions and gallery
    controls) do not push the dateline out; ten paragraphs at most."""
    seen = 0
    for index, (start, end) in enumerate(spans[:10], start=1):
        if end - start >= 80:
            seen += 1
            if seen == long_ones:
                return index
    return min(len(spans), 10)
