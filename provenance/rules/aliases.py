"""Finding the names of sources in text with one Aho-Corasick pass, whatever the rule count.

Two automata are built once per rule set: one over the exact letters for case-sensitive
aliases (acronyms such as RT or AP) and one over lower-cased text for the rest. Text is
mapped character for character (typographic spaces, dashes and apostrophes become their
plain forms), so every offset found indexes the original text unchanged. A hit must stand on
word boundaries, except at the edge of a CJK name, since those scripts do not use spaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from provenance.names import is_cjk
from provenance.rules.models import Alias

_PLAIN_FORMS = {
    **dict.fromkeys("\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\t\r\n", " "),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-"),
    **dict.fromkeys("\u2018\u2019\u02bc\u0060\u00b4", "'"),
}
# A regular expression finds the few characters to replace far faster than str.translate
# walks a non-ASCII text.
_TYPOGRAPHIC = re.compile("[" + "".join(_PLAIN_FORMS) + "]")


@dataclass(frozen=True, slots=True)
class AliasHit:
    """A source name found in text: `text[start:end]` is exactly the words matched."""

    source_ids: tuple[str, ...]
    start: int
    end: int
    needs_context: bool


@dataclass(frozen=True, slots=True)
class _Entry:
    source_ids: tuple[str, ...]
    length: int
    needs_context: bool


def plain(text: str) -> str:
    """Typographic spaces, dashes and apostrophes as their plain forms; same length."""
    return _TYPOGRAPHIC.sub(_plain_form, text)


def _plain_form(match: re.Match[str]) -> str:
    return _PLAIN_FORMS[match.group()]


def _lower(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters lower-case to two (İ to i̇); keep those as they are so offsets hold.
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def alias_key(alias: Alias) -> str:
    """What an alias is matched by: its plain text, lower-cased unless case-sensitive."""
    key = " ".join(plain(alias.text).split())
    return key if alias.case == "sensitive" else _lower(key)


def _is_word(ch: str) -> bool:
    return (ch.isalnum() or ch == "_") and not is_cjk(ch)


class AliasIndex:
    """All aliases of a rule set, compiled once; `find` scans a text in one pass per case."""

    def __init__(self, aliases: Iterable[tuple[str, Alias]]) -> None:
        grouped: dict[tuple[bool, str], dict[str, bool]] = {}
        for source_id, alias in aliases:
            key = alias_key(alias)
            if key:
                owners = grouped.setdefault((alias.case == "sensitive", key), {})
                owners[source_id] = owners.get(source_id, False) or alias.context == "credit"
        # The sets of sources that share a name, for the rule set to settle ahead of time.
        self.shared = frozenset(
            tuple(sorted(owners)) for owners in grouped.values() if len(owners) > 1
        )
        self._sensitive = _automaton(
            (key, owners) for (sensitive, key), owners in grouped.items() if sensitive
        )
        self._insensitive = _automaton(
            (key, owners) for (sensitive, key), owners in grouped.items() if not sensitive
        )

    def find(self, text: str) -> list[AliasHit]:
        """Leftmost-longest, non-overlapping alias hits on word boundaries, in text order."""
        exact = plain(text)
        found = _scan(self._sensitive, exact) + _scan(self._insensitive, _lower(exact))
        found.sort(key=lambda hit: (hit[0], -hit[1].length))
        hits: list[AliasHit] = []
        taken = 0
        for start, entry in found:
            end = start + entry.length
            if start < taken or not _on_boundaries(exact, start, end):
                continue
            hits.append(AliasHit(entry.source_ids, start, end, entry.needs_context))
            taken = end
        return hits


def _automaton(items: Iterable[tuple[str, dict[str, bool]]]) -> ahocorasick.Automaton | None:
    automaton = ahocorasick.Automaton()
    for key, owners in items:
        ids = tuple(sorted(owners))
        automaton.add_word(key, _Entry(ids, len(key), any(owners.values())))
    if len(automaton) == 0:
        return None
    automaton.make_automaton()
    return automaton


def _scan(automaton: ahocorasick.Automaton | None, text: str) -> list[tuple[int, _Entry]]:
    if automaton is None:
        return []
    return [(last - entry.length + 1, entry) for last, entry in automaton.iter(text)]


def _on_boundaries(text: str, start: int, end: int) -> bool:
    if start > 0 and _is_word(text[start]) and _is_word(text[start - 1]):
        return False
    return not (end < len(text) and _is_word(text[end - 1]) and _is_word(text[end]))
