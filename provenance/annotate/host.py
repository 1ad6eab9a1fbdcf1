"""The host: the site that published this copy.

With a fetch URL, the host is that URL's site, never its canonical link or `og:url`: a page
whose canonical link points elsewhere is a copy, and that mismatch is itself evidence.
Without one (a saved page, a scrape without its manifest), the host is what the page says of
itself: the outlet most of its own claims name (its site name, its publisher, its `og:url`,
its canonical link), the site name first among equals, since a site's template sets it
while a copied page keeps the original's links. Failing both, a republisher naming itself
in its notice is the host.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from provenance.annotate.annotation import Party
from provenance.annotate.page import Page, resembles, site_name
from provenance.annotate.parties import Parties
from provenance.annotate.signals import Key, Role, Signal, named_source
from provenance.read.html import MetaField
from provenance.rules.models import DomainKind
from provenance.urls import (
    UrlParts,
    domain_country,
    is_public_suffix,
    parse_url,
    registrable_domain,
)


@dataclass(frozen=True, slots=True)
class Host:
    party: Party | None
    key: Key | None
    is_mirror: bool = False
    site: UrlParts | None = None  # the URL the host was found from
    claim: MetaField | None = None  # without a fetch URL: the page's claim it was taken from

    def names(self) -> list[Key]:
        """Every way a credit can name the host: its rule id, its domain, its name."""
        keys = [self.key] if self.key else []
        if self.party is not None:
            if self.party.domain:
                keys.append(("domain", self.party.domain))
            if self.party.name:
                keys.append(("name", self.party.name.casefold()))
        return keys


NO_HOST = Host(None, None)

# A page's claims about itself, in the order that breaks a tie: the site's name, as its
# template sets it, before its publisher and its own addresses.
NAME_CLAIMS = (
    "og:site_name",
    "record:site_name",
    "application-name",
    "jsonld:publisher.name",
    "microdata:publisher.name",
)
URL_CLAIMS = (
    "jsonld:publisher.url",
    "microdata:publisher.url",
    "og:url",
    "link:canonical",
    "link-header:canonical",
    "jsonld:url",
    "jsonld:mainEntityOfPage",
)
_CLAIM_ORDER = {field: rank for rank, field in enumerate((*NAME_CLAIMS, *URL_CLAIMS))}
MAX_NAME_CHARS = 60
MAX_NAME_WORDS = 6


def url_host(parts: UrlParts | None, page: Page, parties: Parties) -> Host:
    """The host a URL names: a known source, or else its registrable domain."""
    if parts is None:
        return NO_HOST
    domain = registrable_domain(parts.host)
    found = parties.rules.domains.lookup(parts.host, parts.path)
    if found is None:
        party = Party(source=None, name=site_name(page, domain), domain=domain)
        return Host(party, ("domain", domain), site=parts)
    party = parties.party(found.source_id, domain)
    kind = found.rule.kind
    return Host(party, ("source", found.source_id), kind is DomainKind.MIRROR, site=parts)


def claimed_host(page: Page, parties: Parties) -> Host:
    """Without a fetch URL, the outlet most of the page's claims about itself name; of
    equals, the first in claim order (`max` keeps the first)."""
    addresses = [
        (item, parts)
        for item in page.metadata
        if item.field in URL_CLAIMS and (parts := parse_url(item.value)) is not None
    ]
    hosts = [(item, _claimed(item, page, parties, addresses)) for item in _claims(page)]
    named = [(item, host) for item, host in hosts if host.key is not None]
    if not named:
        return NO_HOST
    votes = Counter(host.key for _, host in named)
    item, host = max(named, key=lambda pair: votes[pair[1].key])
    return Host(host.party, host.key, host.is_mirror, host.site, claim=item)


def _claims(page: Page) -> list[MetaField]:
    claims = [
        item
        for item in page.metadata
        if item.field in URL_CLAIMS or (item.field in NAME_CLAIMS and _is_a_name(item.value))
    ]
    return sorted(claims, key=lambda item: _CLAIM_ORDER[item.field])


def _is_a_name(value: str) -> bool:
    """A site's name is short: a headline some templates put in a name field is not one."""
    return 0 < len(value) <= MAX_NAME_CHARS and len(value.split()) <= MAX_NAME_WORDS


def _claimed(
    item: MetaField,
    page: Page,
    parties: Parties,
    addresses: Sequence[tuple[MetaField, UrlParts]],
) -> Host:
    """The host one claim names: a known source by URL or by name, an unknown site by its
    domain, or an unknown name, which joins a claimed address it resembles. `addresses`
    are the page's address claims, parsed once, in document order."""
    if item.field in URL_CLAIMS:
        parts = next((parts for claim, parts in addresses if claim is item), None)
        return url_host(parts, page, parties)
    source_id = named_source(item.value, parties.rules)
    if source_id is not None:
        return Host(parties.party(source_id, None), ("source", source_id))
    if _is_a_domain(item.value):  # a site name written as a domain: "SmallBlog.Example"
        return url_host(parse_url(item.value), page, parties)
    for _, parts in addresses:
        if resembles(item.value, registrable_domain(parts.host)):
            return url_host(parts, page, parties)
    name = item.value.strip()
    return Host(Party(source=None, name=name, domain=None), ("name", name.casefold()))


def _is_a_domain(name: str) -> bool:
    """Whether a site name is written as a domain under a known public suffix."""
    parts = parse_url(name) if " " not in name.strip() else None
    return parts is not None and is_public_suffix(parts.host.rsplit(".", 1)[-1])


def named_host(signals: Sequence[Signal], parties: Parties) -> Host:
    """Without a URL, a republisher that names itself in its notice is the host."""
    named = next((s for s in signals if s.role is Role.HOST and s.source_id), None)
    if named is None or named.source_id is None:
        return NO_HOST
    party = parties.party(named.source_id, None)
    return Host(party, ("source", named.source_id))


def host_country(host: Host) -> str | None:
    """The host's country: its rule's, else its country-code domain's."""
    if host.party is not None and host.party.country:
        return host.party.country
    return domain_country(host.site.host) if host.site else None
