"""Parties: a known source as an annotation shows it, as host or origin, with its label and
owner chain. Everything a party needs is worked out once per rule set."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from provenance.annotate.annotation import OwnerRef, Party
from provenance.rules.models import Citation
from provenance.rules.ruleset import RuleSet


class Parties:
    """The parties of one rule set. Immutable once built."""

    __slots__ = ("_main_domain", "_owners", "rules")

    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules
        self._owners: Mapping[str, tuple[OwnerRef, ...]] = MappingProxyType(
            {source_id: _owner_refs(rules, source_id) for source_id in rules.sources}
        )
        self._main_domain: Mapping[str, str | None] = MappingProxyType(
            {
                source.id: next((rule.name for rule in source.domains), None)
                for source in rules.sources.values()
            }
        )

    def party(self, source_id: str, domain: str | None) -> Party:
        """A known source, on `domain` or else on its first domain."""
        source = self.rules.sources[source_id]
        return Party(
            source=source.id,
            name=source.name,
            domain=domain or self._main_domain[source_id],
            country=source.country,
            label=self.rules.labels[source_id],
            owners=self._owners[source_id],
            facts=source.facts,
        )


def _owner_refs(rules: RuleSet, source_id: str) -> tuple[OwnerRef, ...]:
    return tuple(
        OwnerRef(
            id=link.owner.id,
            name=link.owner.name,
            kind=link.owner.kind,
            country=link.owner.country,
            share=link.share,
            citations=tuple(c for c in link.citations if isinstance(c, Citation)),
        )
        for link in rules.chains[source_id]
    )
