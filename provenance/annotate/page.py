"""The page an annotation reads: the article's text, its metadata fields and the links in its
text, whether the article came as HTML, as text, or as a record with a site name or headers."""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import dataclass

from provenance.names import letters
from provenance.read.article import Article
from provenance.read.html import MetaField, TextLink, parse_html
from provenance.urls import parse_url, registrable_domain

_LINK_CANONICAL = re.compile(r"<([^>]+)>\s*;[^,]*rel\s*=\s*\"?canonical\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    metadata: tuple[MetaField, ...]
    links: tuple[TextLink, ...]


def read_page(article: Article, tracker_hosts: Set[str] = frozenset()) -> Page:
    """The page of an article. A record's site name and a saved `Link` header count as
    metadata, as the page's own would."""
    extra: list[MetaField] = []
    if article.site_name:
        extra.append(MetaField("record:site_name", article.site_name))
    if article.author:
        extra.append(MetaField("record:author", article.author))
    if article.link_header:
        extra += [
            MetaField("link-header:canonical", url)
            for url in _LINK_CANONICAL.findall(article.link_header)
        ]
    if article.html is not None:
        doc = parse_html(article.html, base_url=article.url, tracker_hosts=tracker_hosts)
        return Page(doc.text, (*doc.metadata, *extra), doc.links)
    return Page(article.text or "", tuple(extra), ())


def site_name(page: Page, domain: str) -> str | None:
    """The page's site name, when it is the name of `domain`. A scraped copy may keep the
    original's `og:url` but put in its own site name, or the reverse, so the name must be
    about the domain `og:url` names and must resemble that domain."""
    fields = {item.field: item.value for item in page.metadata}
    name = fields.get("og:site_name") or fields.get("record:site_name")
    described = fields.get("og:url")
    if described:
        parts = parse_url(described)
        if parts is None or registrable_domain(parts.host) != domain:
            return None
    return name if name and resembles(name, domain) else None


def resembles(name: str, domain: str) -> bool:
    """ "Small Blog" is smallblog.example; "Sahel Actu" is not sputniknews.africa."""
    label, squeezed = letters(domain.split(".")[0]), letters(name)
    if not label or not squeezed:
        return False
    words = [w for w in re.findall(r"[a-z0-9]+", name.casefold()) if len(w) >= 4]
    return label in squeezed or squeezed in label or any(word in label for word in words)
