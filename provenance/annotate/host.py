"""The host: the site that published this copy. It is the site of the article's own URL,
never its canonical link or `og:url`: a page whose canonical link points elsewhere is a copy,
and that mismatch is itself evidence. Without a URL, a republisher naming itself in its
notice is the host."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from provenance.annotate.annotation import Party
from provenance.annotate.page import Page, site_name
from provenance.annotate.parties import Parties
from provenance.annotate.signals import Key, Role, Signal
from provenance.rules.models import DomainKind
from provenance.urls import UrlParts, domain_country, registrable_domain


@dataclass(frozen=True, slots=True)
class Host:
    party: Party | None
    key: Key | None
    is_mirror: bool

    def names(self) -> list[Key]:
        """Every way a credit can name the host: its rule id, its domain, its name."""
        keys = [self.key] if self.key else []
        if self.party is not None:
            if self.party.domain:
                keys.append(("domain", self.party.domain))
            if self.party.name:
                keys.append(("name", self.party.name.casefold()))
        return keys


NO_HOST = Host(None, None, is_mirror=False)


def url_host(parts: UrlParts | None, page: Page, parties: Parties) -> Host:
    """The host the article's URL names: a known source, or else its registrable domain."""
    if parts is None:
        return NO_HOST
    domain = registrable_domain(parts.host)
    found = parties.rules.domains.lookup(parts.host, parts.path)
    if found is None:
        party = Party(source=None, name=site_name(page, domain), domain=domain)
        return Host(party, ("domain", domain), is_mirror=False)
    party = parties.party(found.source_id, domain)
    return Host(party, ("source", found.source_id), found.rule.kind is DomainKind.MIRROR)


def named_host(signals: Sequence[Signal], parties: Parties) -> Host:
    """Without a URL, a republisher that names itself in its notice is the host."""
    named = next((s for s in signals if s.role is Role.HOST and s.source_id), None)
    if named is None or named.source_id is None:
        return NO_HOST
    party = parties.party(named.source_id, None)
    return Host(party, ("source", named.source_id), is_mirror=False)


def host_country(host: Host, parts: UrlParts | None) -> str | None:
    """The host's country: its rule's, else its country-code domain's."""
    if host.party is not None and host.party.country:
        return host.party.country
    return domain_country(parts.host) if parts else None
