"""Signals from a page's metadata: declared origins (canonical links, Open Graph, JSON-LD
publishers, syndication metas, tracker pixels) that differ from the host."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from provenance.annotate import credits
from provenance.annotate.signals import UNNAMED_AGENCIES_NAME, Signal, SignalKind, named_source
from provenance.names import letters
from provenance.read.html import MetaField
from provenance.rules.ruleset import RuleSet
from provenance.urls import UrlParts, parse_url, registrable_domain
from provenance.words import WIRE_SECTION_WORDS


def metadata_signals(
    fields: Sequence[MetaField],
    rules: RuleSet,
    host_domain: str | None,
    country: str | None = None,
) -> Iterator[Signal]:
    """Signals from HTML metadata: declared origins that differ from the host."""
    for item in fields:
        known = _META_KINDS.get(item.field)
        if known is None:
            continue
        kind, value = known
        if value == "url":
            signal = _url_meta(item, kind, rules, host_domain, country)
        elif value == "author":
            signal = _author_meta(item, kind, rules, country)
        else:
            signal = _name_meta(item, kind, rules, country)
        if signal is not None:
            yield signal


# Metadata field: (signal kind, what its value is: a URL, a name, or an author credit).
K = SignalKind
_META_KINDS: dict[str, tuple[SignalKind, str]] = {
    "link:canonical": (K.CANONICAL, "url"),
    "link-header:canonical": (K.CANONICAL, "url"),
    "og:url": (K.OG_URL, "url"),
    "original-source": (K.SYNDICATION_META, "url"),
    "syndication-source": (K.SYNDICATION_META, "url"),
    "dc:source": (K.SYNDICATION_META, "url"),
    "source": (K.SYNDICATION_META, "url"),
    "jsonld:isBasedOn": (K.BASED_ON, "url"),
    "tracker": (K.TRACKER_PIXEL, "url"),
    "jsonld:sourceOrganization.url": (K.SOURCE_ORGANIZATION, "url"),
    "jsonld:copyrightHolder.url": (K.COPYRIGHT_LINE, "url"),
    "article:publisher": (K.PUBLISHER, "url"),
    "og:site_name": (K.SITE_NAME, "name"),
    "record:site_name": (K.SITE_NAME, "name"),
    "jsonld:publisher.name": (K.PUBLISHER, "name"),
    "microdata:publisher.name": (K.PUBLISHER, "name"),
    "dc:publisher": (K.PUBLISHER, "name"),
    "jsonld:sourceOrganization.name": (K.SOURCE_ORGANIZATION, "name"),
    "jsonld:copyrightHolder.name": (K.COPYRIGHT_LINE, "name"),
    "jsonld:creditText": (K.COPYRIGHT_LINE, "name"),
    "jsonld:author.name": (K.BYLINE, "author"),
    "author": (K.BYLINE, "author"),
    "article:author": (K.BYLINE, "author"),
    "record:author": (K.BYLINE, "author"),
}


def _url_meta(
    item: MetaField, kind: SignalKind, rules: RuleSet, host_domain: str | None, country: str | None
) -> Signal | None:
    parts = parse_url(item.value)
    if parts is None or "." not in parts.host:
        return _name_meta(item, kind, rules, country)  # some sites put a name where a URL belongs
    domain = registrable_domain(parts.host)
    if domain == host_domain:
        return None  # a page pointing at its own site says nothing about origin
    found = rules.domains.lookup(parts.host, parts.path)
    if found is not None and found.source_id in rules.never_origins:
        return None  # a platform or a photo agency: where it was posted, not where from
    source_id = found.source_id if found else None
    return Signal.origin(kind, item.value, source_id=source_id, domain=domain, field=item.field)


def _name_meta(
    item: MetaField, kind: SignalKind, rules: RuleSet, country: str | None
) -> Signal | None:
    """A metadata name counts only when it is, as a whole, the name of one known source."""
    return _credit(item, kind, rules, named_source(item.value, rules, country))


def _author_meta(
    item: MetaField, kind: SignalKind, rules: RuleSet, country: str | None
) -> Signal | None:
    """An author field naming an outlet: "By Associated Press", "Reuters Staff", "AP",
    "Associated Press in Valencia", "Jane Doe, Reuters". The first outlet named counts."""
    if parse_url(item.value) is not None and "/" in item.value:
        return None  # a profile's address (article:author often holds one)
    for name in credits.author_names(item.value):
        signal = _credit(item, kind, rules, named_source(name, rules, country))
        if signal is not None:
            return signal
    return None


def _credit(
    item: MetaField, kind: SignalKind, rules: RuleSet, source_id: str | None
) -> Signal | None:
    """The signal of a field that names a source, unless that source is never an origin."""
    if source_id is None or source_id in rules.never_origins:
        return None
    return Signal.origin(kind, item.value.strip(), source_id=source_id, field=item.field)


def section_signal(site: UrlParts | None, rules: RuleSet) -> Signal | None:
    """A section of the site's addresses for an agency's copy: /reuters/, /afp/, or one for
    agencies unnamed, /agenturmeldungen/. The last segment is the article's own slug, so a
    word in it ("reuters-poll-finds") says nothing."""
    segments = [part for part in site.path.lower().split("/") if part] if site else []
    for segment in segments[:-1]:
        source_id = rules.agency_sections.get(letters(segment))
        if source_id is not None or segment in _WIRE_SECTIONS:
            name = None if source_id else UNNAMED_AGENCIES_NAME
            kind = SignalKind.URL_SECTION
            return Signal.origin(kind, segment, source_id=source_id, name=name, field="url")
    return None


_WIRE_SECTIONS = frozenset(WIRE_SECTION_WORDS)
