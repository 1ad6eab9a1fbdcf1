"""Zones of a text: its paragraphs, the lead (the first paragraphs, where datelines and
bylines live) and the tail (the last paragraphs, where credit lines and notices live)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

_PARAGRAPH = re.compile(r"[^\r\n]*\S[^\r\n]*")  # a line with something on it


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
        tail_from = max(len(spans) - tail, min(leading, len(spans) - 1))
        return cls(spans, lead_end, spans[tail_from][0])

    def paragraph(self, offset: int) -> tuple[int, int]:
        """The span of the paragraph holding `offset` (binary search: texts can be long)."""
        index = bisect_right(self.paragraphs, offset, key=_span_start) - 1
        return self.paragraphs[max(index, 0)]


def _span_start(span: tuple[int, int]) -> int:
    return span[0]


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
