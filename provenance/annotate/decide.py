"""The decision: signals combined into a relation and an origin, by ordered, readable rules.

Candidates for the origin are scored (independent kinds of evidence add up), then:

1. the host is a documented mirror of a source      -> mirror
2. no candidate scores at least 0.5                 -> original (host known) or unknown
   the host is unknown                              -> unknown, with the best candidate
3. the best candidate is unnamed agencies           -> wire-copy, origin unknown
4. a news agency credited as wire services are (a
   dateline, byline, sign-off, source or copyright
   line, or a joint credit), unless the host is one
   of its own editions                              -> wire-copy
5. the best candidate's owner group is the host's,
   or a notice calls it a sister title              -> same-owner
6. anything else                                    -> republished

Citations never nominate an origin, and a site crediting itself is not republishing; with
no host, nothing can be called republished. A host taken from the page's own claims, for
want of a fetch URL, makes every outcome less sure. Joint credits ("FR mit dpa", "AFP/The
Local") count as wire copy: the host reported with the agency's material, so the agency is
the origin.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from provenance.annotate.annotation import Relation
from provenance.annotate.host import Host
from provenance.annotate.page import resembles
from provenance.annotate.signals import (
    FAMILIES,
    WIRE_SIGNALS,
    Key,
    Role,
    Signal,
    SignalKind,
    key_of,
)
from provenance.rules.models import SourceType
from provenance.rules.ruleset import RuleSet

THRESHOLD = 0.5
# How sure each outcome without a scored candidate is.
MIRROR_CONFIDENCE = 0.9
SELF_CREDITED_CONFIDENCE = 0.8  # the host, crediting itself
UNCREDITED_CONFIDENCE = 0.6  # the host, with no credit at all
# A host the page claims for itself may be a copy's claim about the original.
CLAIMED_HOST_FACTOR = 0.8


@dataclass(frozen=True, slots=True)
class Decision:
    relation: Relation
    origin: Key | None
    confidence: float
    signals: tuple[Signal, ...]


def decide(signals: Sequence[Signal], host: Host, rules: RuleSet) -> Decision:
    """Combine signals into a relation, by the ordered rules in the module docstring."""
    decision = _decide(signals, host, rules)
    if host.claim is None:
        return decision
    return replace(decision, confidence=decision.confidence * CLAIMED_HOST_FACTOR)


def _decide(signals: Sequence[Signal], host: Host, rules: RuleSet) -> Decision:
    candidates = _candidates(signals)
    self_credits = tuple(s for key in host.names() for s in candidates.pop(key, ()))
    self_credits += _own_names(candidates, host)
    if host.is_mirror:
        return Decision(Relation.MIRROR, host.key, MIRROR_CONFIDENCE, self_credits)
    best = _best(candidates)
    if best is None:
        if host.party is None:
            return Decision(Relation.UNKNOWN, None, 0.0, ())
        confidence = SELF_CREDITED_CONFIDENCE if self_credits else UNCREDITED_CONFIDENCE
        return Decision(Relation.ORIGINAL, host.key, confidence, self_credits)
    key, score = best
    found = tuple(candidates[key])
    if host.party is None:
        return Decision(Relation.UNKNOWN, key, score, found)
    wire = _wire_origin(candidates, rules)
    if wire is not None and wire != key:
        # A canonical link names where the copy was syndicated from; a wire credit names
        # where it was written. Reuters copy syndicated by a sister paper is Reuters copy.
        key, found = wire, tuple(candidates[wire])
        score = _score(found)
    sister = _same_owner(rules, host.key, key)
    if key[0] == "unnamed" or (_is_wire(rules, key, found) and not sister):
        return Decision(Relation.WIRE_COPY, key, score, found)
    if sister or _sister_named(host, key, found):
        return Decision(Relation.SAME_OWNER, key, score, found)
    return Decision(Relation.REPUBLISHED, key, score, found)


def _own_names(candidates: dict[Key, list[Signal]], host: Host) -> tuple[Signal, ...]:
    """Credits naming names no rule knows that may well be the host's own. A dateline's
    call sign ("ST. LOUIS (KXYZ) --") on a host the rules do not know: stations date their
    own stories so. A source line's name resembling its domain ("Source: Riverside Gazette
    newsroom" on riverside-gazette.example), or a name the domain cannot be compared with
    while the host has no name of its own ("来源：江城晚报" on jiangcheng-wanbao.example):
    sites credit themselves that way often.
    A republish notice naming an edition of the host is another matter (`_sister_named`)."""
    party = host.party
    if party is None or not party.domain:
        return ()
    own: list[Signal] = []
    for key in [key for key in candidates if key[0] == "name"]:
        kinds = {signal.kind for signal in candidates[key]}
        if kinds == {SignalKind.DATELINE} and not _known(host):
            own += candidates.pop(key)  # a station's call sign, on a site that may be its own
            continue
        if kinds != {SignalKind.SOURCE_LINE}:
            continue
        unknowable = not party.name and not re.search(r"[a-z0-9]", key[1])
        if unknowable or resembles(key[1], party.domain):
            own += candidates.pop(key)
    return tuple(own)


def _known(host: Host) -> bool:
    return host.key is not None and host.key[0] == "source"


def _sister_named(host: Host, key: Key, found: Sequence[Signal]) -> bool:
    """A notice calls the origin a sister title, or names an edition of the host: "VICE US"
    credited on Vice's UK site."""
    if any(signal.sister for signal in found):
        return True
    name = host.party.name if host.party else None
    if key[0] != "name" or not name:
        return False
    ours, theirs = name.casefold().split(), key[1].split()
    shorter = min(len(ours), len(theirs))
    return shorter > 0 and ours[:shorter] == theirs[:shorter]


def _wire_origin(candidates: Mapping[Key, list[Signal]], rules: RuleSet) -> Key | None:
    """The best-scoring agency credited as wire copy, if any scores above the threshold."""
    wired = [
        (_score(found), -_first_offset(found), key)
        for key, found in candidates.items()
        if _is_wire(rules, key, found) and _score(found) >= THRESHOLD
    ]
    return max(wired)[2] if wired else None


def _candidates(signals: Sequence[Signal]) -> dict[Key, list[Signal]]:
    candidates: dict[Key, list[Signal]] = {}
    for signal in signals:
        key = key_of(signal) if signal.role is Role.ORIGIN else None
        if key is not None:
            candidates.setdefault(key, []).append(signal)
    return candidates


def _best(candidates: Mapping[Key, list[Signal]]) -> tuple[Key, float] | None:
    scored = [(_score(found), -_first_offset(found), key) for key, found in candidates.items()]
    if not scored:
        return None
    top, _, key = max(scored)
    return (key, top) if top >= THRESHOLD else None


def _score(found: Sequence[Signal]) -> float:
    """Independent evidence adds up: one minus the chance that every kind of signal is wrong.
    Repeats of one kind count once, and so do kinds that one field of a CMS fills (a page's
    canonical link and its `og:url`)."""
    weights: dict[SignalKind, float] = {}
    for signal in found:
        family = FAMILIES.get(signal.kind, signal.kind)
        weights[family] = max(weights.get(family, 0.0), signal.weight)
    doubt = 1.0
    for weight in weights.values():
        doubt *= 1.0 - weight
    return min(1.0 - doubt, 0.99)


def _first_offset(found: Sequence[Signal]) -> int:
    return min((s.start for s in found if s.start is not None), default=0)


def _same_owner(rules: RuleSet, host: Key | None, origin: Key) -> bool:
    if host is None or host[0] != "source" or origin[0] != "source":
        return False
    return rules.sisters(host[1], origin[1])


def _is_wire(rules: RuleSet, key: Key, found: Sequence[Signal]) -> bool:
    """An agency credited the way wire copy is credited. A blog that republishes an
    agency's feed, or a copy whose canonical link names the agency, is republished."""
    if key[0] != "source" or rules.sources[key[1]].type is not SourceType.NEWS_AGENCY:
        return False
    return any(signal.kind in WIRE_SIGNALS for signal in found)
