"""What an annotation shows for its signals: the evidence that counted, in text order after
the metadata, and the sources the body cites."""

from __future__ import annotations

from collections.abc import Sequence, Set

from provenance.annotate.annotation import CitedSource, Evidence
from provenance.annotate.decide import Decision
from provenance.annotate.host import Host
from provenance.annotate.signals import Role, Signal, SignalKind
from provenance.rules.ruleset import RuleSet


def evidence(decision: Decision, signals: Sequence[Signal], host: Host) -> tuple[Evidence, ...]:
    """How the host was found, then every signal that counted: the decisive ones, the host
    naming itself, and citations."""
    decisive = {id(signal) for signal in decision.signals}
    counted = [s for s in signals if id(s) in decisive or s.role in (Role.HOST, Role.CITATION)]
    items = [_as_evidence(s) for s in sorted(counted, key=_evidence_order)]
    return (*_host_evidence(host), *items)


def _host_evidence(host: Host) -> list[Evidence]:
    if host.claim is not None:
        claim = host.claim
        return [Evidence(signal=SignalKind.HOST_CLAIM, text=claim.value, field=claim.field)]
    if host.site is None:
        return []
    site = host.site.host
    found = [Evidence(signal=SignalKind.URL_HOST, text=site, field="url")]
    if host.site.via_amp_cache:
        found.append(Evidence(signal=SignalKind.AMP_CACHE, text=site, field="url"))
    return found


def _evidence_order(signal: Signal) -> tuple[int, int]:
    return (0 if signal.start is None else 1, signal.start or 0)


def _as_evidence(signal: Signal) -> Evidence:
    return Evidence(
        signal=signal.kind,
        text=signal.text,
        start=signal.start,
        end=signal.end,
        source=signal.source_id,
        field=signal.field,
    )


def cited_sources(
    signals: Sequence[Signal], excluded: Set[str], rules: RuleSet
) -> tuple[CitedSource, ...]:
    """The sources the body quotes, each once at its first place; never the origin or host."""
    seen: dict[str, CitedSource] = {}
    for signal in signals:
        source_id = signal.source_id
        if signal.role is not Role.CITATION or source_id is None or source_id in excluded:
            continue
        if source_id not in seen and signal.start is not None and signal.end is not None:
            name = rules.sources[source_id].name
            seen[source_id] = CitedSource(
                source=source_id, name=name, start=signal.start, end=signal.end
            )
    return tuple(seen.values())
