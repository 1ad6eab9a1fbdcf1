"""Checks that references resolve and ownership adds up."""

from __future__ import annotations

from collections.abc import Iterable

from provenance.audit.base import Check, Context, FoundWhileReading, Place
from provenance.audit.findings import Finding, Severity
from provenance.codes import Code
from provenance.rules.integrity import dangling_owners
from provenance.rules.models import Owner, OwnerLink, Source


class DanglingOwner(Check):
    """An owner link names an owner that no rule file defines.

    Bad:
        owners: [{id: tv-novosti}]        # and no owner with id tv-novosti
    Good:
        owners: [{id: tv-novosti}]
        ...
        owners:
          - {id: tv-novosti, name: ANO TV-Novosti, kind: nonprofit}
    """

    code, name, severity = Code.R401, "dangling-owner", Severity.ERROR

    def finish(self, context: Context) -> Iterable[Finding]:
        return self.report(dangling_owners(context.tree.valid))


class OwnershipCycle(Check):
    """Owners own each other in a circle, so no chain reaches an ultimate owner.

    Bad:
        owners:
          - {id: a, name: A, kind: company, owners: [{id: b}]}
          - {id: b, name: B, kind: company, owners: [{id: a}]}
    Good:
        owners:
          - {id: a, name: A, kind: company, owners: [{id: b}]}
          - {id: b, name: B, kind: family}
    """

    code, name, severity = Code.R402, "ownership-cycle", Severity.ERROR

    def finish(self, context: Context) -> Iterable[Finding]:
        links: dict[str, list[tuple[Place, OwnerLink]]] = {}
        for place, owner in context.owners():
            entries = links.setdefault(owner.id, [])
            entries += [(place / "owners" / n, link) for n, link in enumerate(owner.owners)]
        reported: set[frozenset[str]] = set()
        for start in links:
            for cycle, place in _cycles_from(start, links):
                if frozenset(cycle) not in reported:
                    reported.add(frozenset(cycle))
                    yield self.at(place, "ownership goes round in a circle: " + " > ".join(cycle))


def _cycles_from(
    start: str, links: dict[str, list[tuple[Place, OwnerLink]]]
) -> Iterable[tuple[list[str], Place]]:
    """Depth-first from `start`; a link back into the path closes a cycle."""
    stack: list[tuple[str, list[str]]] = [(start, [start])]
    while stack:
        node, path = stack.pop()
        for place, link in links.get(node, ()):
            if link.id == start:
                yield [*path, start], place
            elif link.id not in path:
                stack.append((link.id, [*path, link.id]))


class SharesOverWhole(Check):
    """The owners of one source or owner hold more than 100% between them.

    Bad:
        owners: [{id: a, share: 0.6}, {id: b, share: 0.6}]
    Good:
        owners: [{id: a, share: 0.6}, {id: b, share: 0.4}]
    """

    code, name, severity = Code.R403, "shares-over-whole", Severity.ERROR

    def source(self, context: Context, place: Place, source: Source) -> Iterable[Finding]:
        return self._check(place, source.owners)

    def owner(self, context: Context, place: Place, owner: Owner) -> Iterable[Finding]:
        return self._check(place, owner.owners)

    def _check(self, place: Place, owners: tuple[OwnerLink, ...]) -> Iterable[Finding]:
        total = sum(link.share for link in owners if link.share is not None)
        if total > 1.0001:
            yield self.at(place / "owners", f"owner shares add up to {total:.0%}")


class DanglingCitation(FoundWhileReading):
    """A fact cites, by id, a citation that no `citations:` list defines.

    Bad:
        editorial: {control: state, citations: [smm-rt]}     # smm-rt defined nowhere
    Good:
        citations:
          - id: smm-rt
            url: https://statemediamonitor.com/2023/10/rt/
            title: RT
            checked: 2026-11-27
    """

    code, name, severity = Code.R404, "dangling-citation", Severity.ERROR


class BadMerge(Check):
    """A `merges` entry names a source that does not exist, is merged twice, merges others
    itself, or is the source itself.

    Bad:
        - {id: rt, name: RT, merges: [smm-rt-com]}
        - {id: rt-copy, name: RT, merges: [smm-rt-com]}
    Good:
        - {id: rt, name: RT, merges: [smm-rt-com]}
    """

    code, name, severity = Code.R405, "bad-merge", Severity.ERROR

    def finish(self, context: Context) -> Iterable[Finding]:
        return self.report(context.tree.merge_problems)


class DanglingOverride(Check):
    """A domain rule `overrides` a source that does not exist, so it settles nothing.

    Bad:
        domains: [{domain: x.example, overrides: nobody, reason: bought the site}]
    Good:
        domains: [{domain: x.example, overrides: old-owner, reason: bought the site}]
    """

    code, name, severity = Code.R406, "dangling-override", Severity.ERROR

    def finish(self, context: Context) -> Iterable[Finding]:
        known = {source.id for _, source in context.sources()}
        for place, source in context.sources():
            for index, rule in enumerate(source.domains):
                if rule.overrides and rule.overrides not in known:
                    message = f"overrides {rule.overrides!r}, which is not defined"
                    yield self.at(place / "domains" / index, message)
