"""Every credit pattern of a rule set in one RE2 set per zone: one linear pass over the lead
and one over the tail tell which patterns match, whatever their number."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import re2

from provenance.rules.models import CreditPattern
from provenance.rules.regex import compile_pattern, options


class PatternIndex:
    """The credit patterns of a rule set, compiled once."""

    def __init__(self, entries: Sequence[tuple[str, CreditPattern]]) -> None:
        self._entries = list(entries)
        self._compiled = [compile_pattern(pattern.regex)[0] for _, pattern in self._entries]
        self._sets = {zone: self._set(zone) for zone in ("lead", "tail")}

    def _set(self, zone: str) -> tuple[Any, list[int]] | None:
        members = [
            number
            for number, (_, pattern) in enumerate(self._entries)
            if pattern.zone in (zone, "any") and self._compiled[number] is not None
        ]
        if not members:
            return None
        found = re2.Set.SearchSet(options())
        for number in members:
            found.Add(self._entries[number][1].regex)
        found.Compile()
        return found, members

    def find(self, text: str, zone: str, offset: int = 0) -> Iterator[PatternHit]:
        """The credits the patterns find in `text`, a zone of an article starting at
        `offset`, in pattern order."""
        entry = self._sets.get(zone)
        if entry is None or not text:
            return
        found, members = entry
        for index in sorted(found.Match(text)):
            number = members[index]
            match = self._compiled[number].search(text)
            if match is not None:
                source_id, pattern = self._entries[number]
                start, end = match.span()
                yield PatternHit(source_id, pattern.signal.value, start + offset, end + offset)


@dataclass(frozen=True, slots=True)
class PatternHit:
    source_id: str
    signal: str
    start: int
    end: int
