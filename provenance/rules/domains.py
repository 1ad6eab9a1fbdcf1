"""Which source publishes on a host and path: `DomainIndex`, built once per rule set.

A lookup costs one dictionary look-up per label of the host, so it does not grow with the
number of rules. Exact hosts are looked up before domains, and within one host or domain a
path-prefix rule beats a rule without a path. Two sources claiming one slot is a conflict
unless one claim `overrides` the other.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from provenance.rules.models import DomainRule
from provenance.urls import match_key


@dataclass(frozen=True, slots=True)
class DomainMatch:
    """A source found for a host, and the rule that matched."""

    source_id: str
    rule: DomainRule


@dataclass(frozen=True, slots=True)
class DomainConflict:
    """Two or more sources claim the same host or domain and no `overrides` settles it."""

    key: str
    path: str | None
    claims: tuple[tuple[str, DomainRule], ...]


@dataclass(frozen=True, slots=True)
class _Bucket:
    by_path: tuple[tuple[str, DomainMatch], ...]  # longest prefix first
    whole: DomainMatch | None


@dataclass(frozen=True)
class DomainIndex:
    """Maps hosts and paths to sources: exact hosts first, then domains from the most specific.

    Within one host or domain a path-prefix rule beats a rule without a path.
    """

    hosts: dict[str, _Bucket] = field(default_factory=dict)
    domains: dict[str, _Bucket] = field(default_factory=dict)

    @classmethod
    def build(
        cls, claims: Iterable[tuple[str, DomainRule]]
    ) -> tuple[DomainIndex, list[DomainConflict]]:
        grouped: dict[tuple[bool, str, str | None], list[tuple[str, DomainRule]]] = {}
        for source_id, rule in claims:
            slot = (rule.host is not None, match_key(rule.name), rule.path)
            grouped.setdefault(slot, []).append((source_id, rule))
        winners: dict[tuple[bool, str, str | None], DomainMatch] = {}
        conflicts: list[DomainConflict] = []
        for slot, group in grouped.items():
            winner = _settle(group)
            if winner is None:
                conflicts.append(DomainConflict(slot[1], slot[2], tuple(group)))
            else:
                winners[slot] = winner
        return cls(_buckets(winners, exact=True), _buckets(winners, exact=False)), conflicts

    def lookup(self, host: str, path: str = "/") -> DomainMatch | None:
        key = match_key(host)
        bucket = self.hosts.get(key)
        found = _pick(bucket, path) if bucket else None
        if found:
            return found
        while True:
            bucket = self.domains.get(key)
            found = _pick(bucket, path) if bucket else None
            if found:
                return found
            dot = key.find(".")
            if dot < 0:
                return None
            key = key[dot + 1 :]


def _settle(group: list[tuple[str, DomainRule]]) -> DomainMatch | None:
    """One claim wins when all claims are one source's, or when exactly one source's claim
    overrides every other claimant."""
    claimants = {source_id for source_id, _ in group}
    if len(claimants) == 1:
        return DomainMatch(*group[0])
    overriding = [
        (source_id, rule)
        for source_id, rule in group
        if rule.overrides is not None and claimants - {source_id} == {rule.overrides}
    ]
    return DomainMatch(*overriding[0]) if len(overriding) == 1 else None


def _buckets(
    winners: dict[tuple[bool, str, str | None], DomainMatch], *, exact: bool
) -> dict[str, _Bucket]:
    paths: dict[str, list[tuple[str, DomainMatch]]] = {}
    whole: dict[str, DomainMatch] = {}
    for (is_host, key, path), match in winners.items():
        if is_host != exact:
            continue
        if path is None or path == "/":
            whole[key] = match
        else:
            paths.setdefault(key, []).append((path, match))
    keys = set(paths) | set(whole)
    return {
        key: _Bucket(
            tuple(sorted(paths.get(key, []), key=lambda item: -len(item[0]))), whole.get(key)
        )
        for key in keys
    }


def _pick(bucket: _Bucket, path: str) -> DomainMatch | None:
    if bucket.by_path:
        lowered = path.lower()
        for prefix, match in bucket.by_path:
            if lowered == prefix or lowered.startswith(prefix + "/"):
                return match
    return bucket.whole
