"""A loaded rule set, compiled for annotation: indexes, owner chains and labels computed once.

Everything an annotation needs about a source (its label, its controlling owner chain, the
country the label names) is worked out here when the rules load, so annotating an article
costs the same whether ten or ten thousand sources are loaded. A `RuleSet` is immutable and
pickles by its models, recompiling the indexes on the other side.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from provenance import countries
from provenance.names import is_ambiguous_name, letters
from provenance.rules.aliases import AliasIndex
from provenance.rules.domains import DomainIndex
from provenance.rules.models import (
    NEVER_ORIGIN_TYPES,
    STATE_KINDS,
    CitationRef,
    DomainKind,
    Owner,
    OwnerLink,
    Policy,
    Source,
    SourceType,
)
from provenance.rules.patterns import PatternIndex
from provenance.rules.policy import Label, Summary, decide, summarize


@dataclass(frozen=True, slots=True)
class ChainLink:
    """One owner in a controlling chain, with the link that leads to it from below."""

    owner: Owner
    link: OwnerLink

    @property
    def share(self) -> float | None:
        return self.link.share

    @property
    def citations(self) -> tuple[CitationRef, ...]:
        return self.link.citations


class RuleSet:
    """Sources, owners and a policy, with everything derived from them precomputed.

    Aliases that are only a country's name, its adjective or a language ("Iran", "Chinese")
    are left out of the alias index: they would match every article about the place.
    """

    def __init__(
        self,
        sources: Sequence[Source],
        owners: Sequence[Owner],
        policy: Policy,
        version: str,
        domains: DomainIndex | None = None,
    ) -> None:
        self.sources: Mapping[str, Source] = MappingProxyType({s.id: s for s in sources})
        self.owners: Mapping[str, Owner] = MappingProxyType({o.id: o for o in owners})
        self.policy = policy
        self.version = version
        if domains is None:  # the loader passes the index it built to check for conflicts
            domains, self.domain_conflicts = DomainIndex.build(
                (source.id, rule) for source in sources for rule in source.domains
            )
        else:
            self.domain_conflicts = []
        self.domains = domains
        self.aliases = AliasIndex(
            (source.id, alias)
            for source in sources
            for _, alias in source.names()
            if not is_ambiguous_name(alias.text)
        )
        # Platforms and photo agencies: never an origin, by a link or by their name.
        self.never_origins = frozenset(s.id for s in sources if s.type in NEVER_ORIGIN_TYPES)
        self.photo_agencies = frozenset(s.id for s in sources if s.type is SourceType.PHOTO_AGENCY)
        # Hosts of republication pixels, which the HTML reader looks for on <img>.
        self.tracker_hosts = frozenset(
            rule.name for s in sources for rule in s.domains if rule.kind is DomainKind.TRACKER
        )
        self.patterns = PatternIndex(
            [(source.id, pattern) for source in sources for pattern in source.patterns]
        )
        self.chains: Mapping[str, tuple[ChainLink, ...]] = MappingProxyType(
            {source.id: self._chain(source.owners) for source in sources}
        )
        self.networks: Mapping[str, frozenset[str]] = MappingProxyType(
            {s.id: frozenset(link.id for link in s.networks) for s in sources if s.networks}
        )
        # News agencies by the name a site's section for their copy would take: /reuters/.
        self.agency_sections: Mapping[str, str] = MappingProxyType(_agency_sections(sources))
        # A name editions of one outlet share stands for its main entry (see `main_entry`).
        self.shared_names: Mapping[tuple[str, ...], str] = MappingProxyType(
            {ids: main for ids in self.aliases.shared if (main := self.main_entry(ids))}
        )
        decided: dict[tuple[Summary, str | None], Label] = {}
        self.labels: Mapping[str, Label] = MappingProxyType(
            {source.id: self._label(source, decided) for source in sources}
        )

    def __reduce__(self) -> tuple[Any, ...]:
        sources = tuple(self.sources.values())
        return (RuleSet, (sources, tuple(self.owners.values()), self.policy, self.version))

    def __len__(self) -> int:
        return len(self.sources)

    def _chain(self, links: Sequence[OwnerLink]) -> tuple[ChainLink, ...]:
        """Follow the controlling owner at each level until there is none; stops on a cycle."""
        chain: list[ChainLink] = []
        seen: set[str] = set()
        link = controlling(links)
        while link is not None and link.id in self.owners and link.id not in seen:
            owner = self.owners[link.id]
            chain.append(ChainLink(owner, link))
            seen.add(owner.id)
            link = controlling(owner.owners)
        return tuple(chain)

    def _label(self, source: Source, decided: dict[tuple[Summary, str | None], Label]) -> Label:
        """Many sources share one set of features, so each decision is made once."""
        chain = [link.owner for link in self.chains[source.id]]
        summary = summarize(source.facts, chain, self.policy)
        code = self.label_country(source.id)
        found = countries.country(code) if code else None
        key = (summary, found.adjective if found else None)
        if key not in decided:
            decided[key] = decide(self.policy, summary, key[1])
        return decided[key]

    def label_country(self, source_id: str) -> str | None:
        """The country a label names: the state in control if the chain reaches one, else the
        source's own country."""
        for link in self.chains[source_id]:
            if link.owner.kind in STATE_KINDS and link.owner.country:
                return link.owner.country
        return self.sources[source_id].country

    def main_entry(self, source_ids: Sequence[str]) -> str | None:
        """Of sources that share a name, the outlet's main entry, when they all belong to one
        owner group (a newspaper's language editions, say): the one on the shortest host,
        then the first by id. None when they belong to different owners, since a name
        different outlets share says nothing by itself."""
        groups = {self.owner_group(source_id) for source_id in source_ids}
        if len(groups) != 1 or None in groups:
            return None
        return min(source_ids, key=lambda source_id: (self._host_labels(source_id), source_id))

    def _host_labels(self, source_id: str) -> int:
        hosts = [rule.name for rule in self.sources[source_id].domains if not rule.path]
        return min((host.count(".") + 1 for host in hosts), default=99)

    def sisters(self, one: str, other: str) -> bool:
        """Whether two sources share an owner group or a network, so copy between them
        stays in the family."""
        group = self.owner_group(one)
        if group is not None and group == self.owner_group(other):
            return True
        return bool(self.networks.get(one, _NONE) & self.networks.get(other, _NONE))

    def owner_group(self, source_id: str) -> str | None:
        """The owner that makes outlets sisters: the last owner in the chain that is not a
        state, else the direct owner. Two outlets of one state are not sisters for that
        alone; two of one company, family or ministry are."""
        chain = self.chains.get(source_id) or ()
        below_state = [link.owner.id for link in chain if link.owner.kind not in STATE_KINDS]
        if below_state:
            return below_state[-1]
        return chain[0].owner.id if chain else None


_NONE: frozenset[str] = frozenset()


def _agency_sections(sources: Sequence[Source]) -> dict[str, str]:
    """Each news agency's names as a path segment would write them ("reuters",
    "associatedpress"), when the slug is one agency's alone and long enough to mean it."""
    found: dict[str, set[str]] = {}
    for source in sources:
        if source.type is not SourceType.NEWS_AGENCY:
            continue
        for _, alias in source.names():
            slug = letters(alias.text)
            if len(slug) >= 3 and alias.text.isascii():
                found.setdefault(slug, set()).add(source.id)
    return {slug: ids.pop() for slug, ids in found.items() if len(ids) == 1}


def controlling(links: Sequence[OwnerLink]) -> OwnerLink | None:
    """The link that controls: one marked controlling, one holding more than half, or a sole
    owner whose share is not given. A sole owner of half or less does not control."""
    marked = [link for link in links if link.controlling]
    if marked:
        return marked[0]
    majority = [link for link in links if link.share is not None and link.share > 0.5]
    if majority:
        return majority[0]
    if len(links) == 1 and links[0].share is None:
        return links[0]
    return None
