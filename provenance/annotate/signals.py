"""Signals: the pieces of evidence an article carries about where its content comes from.

Each signal has a kind, a role and a weight. An origin signal nominates a source (or a
domain, or a name no rule knows); a citation names a source the body quotes and never
nominates; a host signal names the republisher itself. Weights say how strongly each kind
points at an origin; `decide` combines them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from provenance.rules.aliases import AliasHit
from provenance.rules.ruleset import RuleSet


class SignalKind(StrEnum):
    """Every kind of evidence, as written in an annotation's `evidence[].signal`."""

    URL_HOST = "url-host"
    AMP_CACHE = "amp-cache"
    CANONICAL = "canonical"
    OG_URL = "og:url"
    SITE_NAME = "site-name"
    PUBLISHER = "publisher"
    SOURCE_ORGANIZATION = "source-organization"
    BASED_ON = "based-on"
    SYNDICATION_META = "syndication-meta"
    TRACKER_PIXEL = "tracker-pixel"
    DATELINE = "dateline"
    BYLINE = "byline"
    SIGN_OFF = "sign-off"
    JOINT_CREDIT = "joint-credit"
    SOURCE_LINE = "source-line"
    COPYRIGHT_LINE = "copyright-line"
    DISTRIBUTION_LINE = "distribution-line"
    REPUBLISH_NOTICE = "republish-notice"
    REPUBLISH_MENTION = "republish-mention"
    CREDIT_LINK = "credit-link"
    UNNAMED_AGENCIES = "unnamed-agencies"
    CITATION = "citation"
    SELF_REFERENCE = "self-reference"
    HOST_CLAIM = "host-claim"
    URL_SECTION = "url-section"


class Role(StrEnum):
    ORIGIN = "origin"
    CITATION = "citation"
    HOST = "host"


@dataclass(frozen=True, slots=True)
class Signal:
    """One piece of evidence. Text signals carry offsets; metadata signals carry a field.
    An origin signal names a source, or else a domain, or else just a name."""

    kind: SignalKind
    role: Role
    weight: float
    text: str
    start: int | None = None
    end: int | None = None
    source_id: str | None = None
    domain: str | None = None
    field: str | None = None
    name: str | None = None
    sister: bool = False  # a notice that calls the origin a sister title

    @classmethod
    def origin(
        cls,
        kind: SignalKind,
        text: str,
        *,
        start: int | None = None,
        end: int | None = None,
        source_id: str | None = None,
        domain: str | None = None,
        field: str | None = None,
        name: str | None = None,
        sister: bool = False,
    ) -> Signal:
        """A signal that nominates an origin, as strongly as its kind does."""
        where = (start, end, source_id, domain, field, name, sister)
        return cls(kind, Role.ORIGIN, WEIGHTS[kind], text, *where)


K = SignalKind
# How strongly each kind of signal nominates an origin.
WEIGHTS: dict[SignalKind, float] = {
    K.REPUBLISH_NOTICE: 0.9,
    K.DATELINE: 0.85,
    K.SOURCE_LINE: 0.85,
    K.DISTRIBUTION_LINE: 0.85,
    K.SYNDICATION_META: 0.85,
    K.TRACKER_PIXEL: 0.85,
    K.CANONICAL: 0.8,
    K.BYLINE: 0.8,
    K.JOINT_CREDIT: 0.8,
    K.SIGN_OFF: 0.8,
    K.BASED_ON: 0.8,
    K.CREDIT_LINK: 0.7,
    K.UNNAMED_AGENCIES: 0.7,
    K.URL_SECTION: 0.7,
    K.COPYRIGHT_LINE: 0.75,
    K.OG_URL: 0.6,
    K.SOURCE_ORGANIZATION: 0.6,
    K.REPUBLISH_MENTION: 0.5,
    K.SITE_NAME: 0.5,
    K.PUBLISHER: 0.5,
}

# Kinds that are not independent of each other, counted once between them: a CMS writes a
# page's canonical link and its og:url from one field, and its site name and publisher too.
FAMILIES: dict[SignalKind, SignalKind] = {
    K.OG_URL: K.CANONICAL,
    K.SITE_NAME: K.PUBLISHER,
}

UNNAMED_AGENCIES_NAME = "agencies"  # the name of a wire credit that names no one agency

# Credits that say wire services delivered the copy, as opposed to a republisher's notice.
WIRE_SIGNALS = frozenset(
    {
        K.DATELINE,
        K.BYLINE,
        K.SIGN_OFF,
        K.SOURCE_LINE,
        K.COPYRIGHT_LINE,
        K.DISTRIBUTION_LINE,
        K.JOINT_CREDIT,
        K.URL_SECTION,  # a site's section for an agency's copy: /reuters/, /agenturmeldungen/
        K.PUBLISHER,  # an agency named as the page's publisher or author in its metadata
        K.SOURCE_ORGANIZATION,
    }
)


def resolve_shared(hit: AliasHit, rules: RuleSet, country: str | None) -> AliasHit | None:
    """A name shared by several sources stands for the one from the host's country ("KNA"
    on a German site is the Katholische Nachrichten-Agentur, on a Kenyan one the Kenya News
    Agency), else for the main entry of an outlet whose editions share it ("People's
    Daily"); failing both, it says nothing."""
    if len(hit.source_ids) == 1:
        return hit
    local = [i for i in hit.source_ids if country and rules.sources[i].country == country]
    if len(local) == 1:
        return replace(hit, source_ids=(local[0],))
    main = rules.shared_names.get(hit.source_ids)
    return replace(hit, source_ids=(main,)) if main else None


def named_source(value: str, rules: RuleSet, country: str | None = None) -> str | None:
    """The one known source that `value` is, as a whole, the name of ("The Daily Example"
    in a publisher field), or None. A name inside a longer value does not count."""
    value = value.strip()
    found = (resolve_shared(hit, rules, country) for hit in rules.aliases.find(value))
    hits = [hit for hit in found if hit is not None]
    if len(hits) != 1 or hits[0].end - hits[0].start < 0.8 * len(value):
        return None
    return hits[0].source_ids[0]


# Who a signal nominates: ("source", rule id), ("domain", registrable domain), ("name", a
# name in a credit that no rule knows) or ("unnamed", "agencies").
Key = tuple[str, str]


def key_of(signal: Signal) -> Key | None:
    """The candidate a signal nominates: a source, else a domain, else a name."""
    if signal.source_id:
        return ("source", signal.source_id)
    if signal.domain:
        return ("domain", signal.domain)
    if signal.name == UNNAMED_AGENCIES_NAME:
        return ("unnamed", "agencies")
    if signal.name:
        return ("name", signal.name.casefold())
    return None
