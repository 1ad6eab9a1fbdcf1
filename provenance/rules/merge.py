"""Folding imported sources into the curated sources that describe the same outlet.

A curated source lists the imported sources it absorbs in `merges`. The result is one source,
with this precedence:

- the curated source's own fields win: id, name, type, country, owners, networks, notes and
  review date;
- each fact axis (funding, governance, editorial control) the curated source does not state
  is taken from the first merged source that states it;
- aliases (the merged sources' names among them), domains and the `imported` rows they came
  from are joined, the curated source's first; a domain given by both keeps the curated form.

A merge names a source that must exist, must not be merged twice, and must not itself merge
others; each breach is a located problem. Nothing depends on the order files load in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from provenance.codes import Code
from provenance.errors import Problem
from provenance.rules.models import Alias, DomainRule, Facts, Source, name_alias


class Located(Protocol):
    """A rule file that can point a problem at a place in itself."""

    def problem(self, loc: tuple[int | str, ...], message: str, code: str = ...) -> Problem: ...


@dataclass(frozen=True, slots=True)
class _Entry:
    place: Located
    index: int
    source: Source


def merge_sources(
    entries: Sequence[tuple[Located, int, Source]],
) -> tuple[list[Source], list[Problem]]:
    """The sources with every merge applied, in their original order, and the problems."""
    items = [_Entry(*entry) for entry in entries]
    by_id: dict[str, _Entry] = {}
    for item in items:
        by_id.setdefault(item.source.id, item)
    absorbed, problems = _absorptions(items, by_id)
    merged: list[Source] = []
    for item in items:
        source = item.source
        if source.id in absorbed:
            continue
        others = [
            by_id[target].source for target in source.merges if absorbed.get(target) == source.id
        ]
        merged.append(_fold(source, others) if others else source)
    return merged, problems


def _absorptions(
    items: Sequence[_Entry], by_id: dict[str, _Entry]
) -> tuple[dict[str, str], list[Problem]]:
    absorbed: dict[str, str] = {}
    problems: list[Problem] = []
    for item in items:
        for number, target in enumerate(item.source.merges):
            loc = ("sources", item.index, "merges", number)
            found = by_id.get(target)
            if found is None:
                message = f"merges {target!r}, which is not defined"
            elif target == item.source.id:
                message = "a source cannot merge itself"
            elif target in absorbed:
                message = f"{target!r} is already merged into {absorbed[target]!r}"
            elif found.source.merges:
                message = f"{target!r} merges other sources itself, so it cannot be merged"
            else:
                absorbed[target] = item.source.id
                continue
            problems.append(item.place.problem(loc, message, Code.R405))
    return absorbed, problems


def _fold(curated: Source, others: Sequence[Source]) -> Source:
    return curated.model_copy(
        update={
            "country": curated.country or next((o.country for o in others if o.country), None),
            "aliases": _aliases(curated, others),
            "domains": _domains(curated, others),
            "owners": curated.owners or next((o.owners for o in others if o.owners), ()),
            "networks": curated.networks or next((o.networks for o in others if o.networks), ()),
            "facts": _facts(curated.facts, [o.facts for o in others]),
            "imported": (*curated.imported, *(row for o in others for row in o.imported)),
        }
    )


def _aliases(curated: Source, others: Sequence[Source]) -> tuple[Alias, ...]:
    seen = {alias.text for alias in curated.aliases} | {curated.name}
    joined = list(curated.aliases)
    for other in others:
        for alias in (name_alias(other.name), *other.aliases):
            if alias.text not in seen:
                seen.add(alias.text)
                joined.append(alias)
    return tuple(joined)


def _domains(curated: Source, others: Sequence[Source]) -> tuple[DomainRule, ...]:
    seen = {(rule.domain, rule.host, rule.path) for rule in curated.domains}
    joined = list(curated.domains)
    for other in others:
        for rule in other.domains:
            key = (rule.domain, rule.host, rule.path)
            if key not in seen:
                seen.add(key)
                joined.append(rule)
    return tuple(joined)


def _facts(curated: Facts, others: Sequence[Facts]) -> Facts:
    funding = curated.funding or next((f.funding for f in others if f.funding), ())
    governance = curated.governance or next((f.governance for f in others if f.governance), None)
    editorial = curated.editorial or next((f.editorial for f in others if f.editorial), None)
    return Facts(funding=funding, governance=governance, editorial=editorial)
