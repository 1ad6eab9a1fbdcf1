"""Checks on where sources publish: claims that clash, overlap, or can never match."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from provenance.audit.base import Check, Context, Place
from provenance.audit.findings import Finding, Severity
from provenance.codes import Code
from provenance.rules.integrity import domain_problems
from provenance.rules.models import DomainRule, Source
from provenance.urls import is_public_suffix, match_key


class DuplicateDomain(Check):
    """Two sources claim the same domain, host or path, and nothing settles which wins.

    Bad:
        - {id: bbc, name: BBC, domains: [bbc.com]}
        - {id: bbc-world, name: BBC World Service, domains: [bbc.com]}
    Good:
        - {id: bbc, name: BBC, domains: [bbc.com]}
        - id: bbc-world
          name: BBC World Service
          domains: [bbc.com/russian]
    or, when one claim really must win:
        - id: bbc-world
          domains:
            - {domain: bbc.com, overrides: bbc, reason: the World Service took over the site}
    """

    code, name, severity = Code.D201, "duplicate-domain", Severity.ERROR

    def finish(self, context: Context) -> Iterable[Finding]:
        return self.report(domain_problems(context.tree.valid, context.tree.conflicts))


def _claims(context: Context, merged: bool = True) -> Iterator[tuple[str, Place, DomainRule]]:
    """Every domain rule with its place, by the id its source answers to after merges (or
    as written, with `merged=False`: a merge joins rules that say the same thing)."""
    for place, source in context.sources():
        source_id = context.final_id(source.id) if merged else source.id
        for index, rule in enumerate(source.domains):
            yield source_id, place / "domains" / index, rule


class OverlappingPaths(Check):
    """Two sources claim paths of one site, one inside the other: the longer path wins
    for its pages, the shorter one for the rest. Often meant; worth a look.

    Bad:
        - {id: bbc, domains: [bbc.com/news]}
        - {id: bbc-world, domains: [bbc.com/news/world]}    # expect the overlap
    Good:
        - {id: bbc, domains: [bbc.com/news]}
        - {id: bbc-russian, domains: [bbc.com/russian]}
    """

    code, name, severity = Code.D202, "overlapping-paths", Severity.WARNING

    def finish(self, context: Context) -> Iterable[Finding]:
        seen: dict[str, list[tuple[str, str, Place]]] = {}
        for source_id, place, rule in _claims(context):
            if rule.path and rule.path != "/":
                seen.setdefault(match_key(rule.name), []).append((source_id, rule.path, place))
        for key, paths in seen.items():
            for source_id, path, place in paths:
                for other_id, other_path, _ in paths:
                    if other_id != source_id and _inside(path, other_path):
                        message = (
                            f"{key}{path} lies inside {key}{other_path} of {other_id!r}: "
                            f"its pages go to {source_id!r}, "
                            f"the rest of {other_path} to {other_id!r}"
                        )
                        yield self.at(place, message)


def _inside(path: str, outer: str) -> bool:
    return path != outer and path.startswith(outer.rstrip("/") + "/")


class ShadowedRule(Check):
    """A domain rule that can never match where it was meant to, because a more specific
    rule always wins first: the same rule given twice, or a path on a site whose exact host
    another source claims (an exact host is looked up before any domain).

    Bad:
        - {id: bbc-russian, domains: [bbc.com/russian]}
        - {id: bbc, domains: [{host: bbc.com}]}       # bbc.com/russian never reaches bbc-russian
    Good:
        - {id: bbc-russian, domains: [{host: bbc.com, path: /russian}]}
        - {id: bbc, domains: [{host: bbc.com}]}
    """

    code, name, severity = Code.D203, "shadowed-rule", Severity.WARNING

    def finish(self, context: Context) -> Iterable[Finding]:
        exact_hosts: dict[str, str] = {}
        for source_id, _, rule in _claims(context):
            if rule.host and not rule.path:
                exact_hosts.setdefault(match_key(rule.host), source_id)
        seen: set[tuple[str, bool, str, str | None]] = set()
        for source_id, place, rule in _claims(context, merged=False):
            key = match_key(rule.name)
            slot = (source_id, rule.host is not None, key, rule.path)
            if slot in seen:
                yield self.at(place, f"the same rule for {key}{rule.path or ''} is given twice")
            seen.add(slot)
            owner = exact_hosts.get(key)
            if rule.domain and rule.path and owner and owner != context.final_id(source_id):
                message = (
                    f"{key}{rule.path} never matches on {key} itself: the exact host "
                    f"{key} of {owner!r} is looked up first; write it as a host rule"
                )
                yield self.at(place, message)


class PublicSuffixDomain(Check):
    """A domain rule claims a public suffix (co.uk, github.io): every site under it.

    Bad:
        domains: [co.uk]
    Good:
        domains: [bbc.co.uk]
    """

    code, name, severity = Code.D204, "public-suffix-domain", Severity.ERROR

    def source(self, context: Context, place: Place, source: Source) -> Iterable[Finding]:
        for index, rule in enumerate(source.domains):
            if rule.domain and is_public_suffix(rule.domain):
                message = (
                    f"{rule.domain} is a public suffix: the rule would claim every site under it"
                )
                yield self.at(place / "domains" / index, message)
