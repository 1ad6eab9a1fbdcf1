"""One page parsed: its article text, the links in that text, its title, language and
provenance metadata. No network access, and no knowledge of any particular site."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser

from provenance.read.html.fields import ABSOLUTE_URL_RE, MetaField, MetaSink, TextLink, clean
from provenance.read.html.meta import extract_metadata
from provenance.read.html.text import extract_text


@dataclass(frozen=True, slots=True)
class HtmlDocument:
    """What :func:`parse_html` finds in one page."""

    text: str
    title: str | None
    lang: str | None
    metadata: tuple[MetaField, ...]
    links: tuple[TextLink, ...]


def _document_base(tree: LexborHTMLParser, base_url: str | None) -> str | None:
    """The base for relative URLs: ``<base href>`` resolved against ``base_url``."""
    node = tree.css_first("base[href]")
    href = (node.attributes.get("href") or "").strip() if node is not None else ""
    if not href:
        return base_url
    try:
        base = urljoin(base_url, href) if base_url else href
    except ValueError:
        return base_url
    return base if ABSOLUTE_URL_RE.match(base) else base_url


def parse_html(
    html: str, base_url: str | None = None, tracker_hosts: Set[str] = frozenset()
) -> HtmlDocument:
    """Parse one page: article text, links inside it, title, language and metadata.

    ``base_url`` is the page's address; relative URLs (and a ``<base href>``) are resolved
    against it. Images served from ``tracker_hosts`` (which the rules name) are
    republication pixels. Malformed HTML never raises: whatever can be found is returned.
    """
    if not html or not html.strip():
        return HtmlDocument(text="", title=None, lang=None, metadata=(), links=())
    tree = LexborHTMLParser(html)
    base = _document_base(tree, base_url)

    fields, content_language = extract_metadata(tree, base, tracker_hosts)

    title = next((f.value for f in fields if f.field == "og:title"), None)
    if title is None:
        title_node = tree.css_first("title")
        if title_node is not None:
            title = clean(title_node.text()) or None

    lang: str | None = None
    root = tree.root
    if root is not None:
        attrs = root.attributes
        lang = clean(attrs.get("lang") or attrs.get("xml:lang")) or None
    if lang is None and content_language:
        lang = clean(content_language.split(",")[0]) or None

    text, links = extract_text(tree, MetaSink(base))
    return HtmlDocument(text=text, title=title, lang=lang, metadata=tuple(fields), links=links)
