"""Provenance metadata in a page's tags: canonical, Open Graph, Dublin Core and syndication
metas, republication-tracker pixels and meta refreshes, plus microdata and JSON-LD (each in
a module of its own), all in document order."""

from __future__ import annotations

import re
from collections.abc import Set
from typing import Any, Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from provenance.read.html.fields import Attrs, MetaField, MetaSink
from provenance.read.html.jsonld import JSONLD_TYPE, JsonLd, index_ids, load_jsonld
from provenance.read.html.microdata import add_microdata
from provenance.urls import parse_url

# ``<meta name|property=KEY>`` (key lowercased) → field name.
_META_FIELDS: Final[dict[str, str]] = {
    "og:url": "og:url",
    "og:site_name": "og:site_name",
    "og:title": "og:title",
    "article:publisher": "article:publisher",
    "article:author": "article:author",
    "original-source": "original-source",
    "syndication-source": "syndication-source",
    "dc.source": "dc:source",
    "dc:source": "dc:source",
    "dcterms.source": "dc:source",
    "dcterms:source": "dc:source",
    "dc.publisher": "dc:publisher",
    "dc:publisher": "dc:publisher",
    "dcterms.publisher": "dc:publisher",
    "dcterms:publisher": "dc:publisher",
    "author": "author",
    "source": "source",
    "publisher": "publisher",
    "twitter:site": "twitter:site",
    "application-name": "application-name",
}

# ``<link rel=TOKEN href>`` → field name.
_LINK_FIELDS: Final[dict[str, str]] = {
    "canonical": "link:canonical",
    "original-source": "original-source",
    "syndication-source": "syndication-source",
}


# Republication-tracker pixels, matched on ``<img>`` (see ``_add_tracker``): the WordPress
# "Republication Tracker Tool" plugin, ``<img id="republication-tracker-tool-source"
# src="https://site/?republication-pixel=true&post=…">`` (the plugin folder name may also
# appear in the src), and any image served from a tracker host the rules name.
_TRACKER_ID: Final = "republication-tracker-tool-source"
_TRACKER_SRC_PARTS: Final = ("republication-pixel", "republication-tracker-tool")


# Simple selectors, filtered in Python: cheaper than attribute-substring selectors.
_METADATA_SELECTOR: Final = "meta, link, script, img, [itemprop]"

_REFRESH_URL_RE: Final = re.compile(r"""^\s*[\d.]*\s*[;,]?\s*(?:url\s*=\s*)?['"]?([^'"]*)""", re.I)


def _add_meta(sink: MetaSink, attrs: Attrs) -> str | None:
    """Handle one ``<meta>``; return its content-language value, if it is one."""
    content = attrs.get("content")
    if content is None:
        return None
    equiv = attrs.get("http-equiv")
    if equiv:
        equiv = equiv.strip().lower()
        if equiv == "refresh":
            match = _REFRESH_URL_RE.match(content)
            if match and match.group(1).strip():
                sink.add("refresh", match.group(1))
        elif equiv == "content-language":
            return content
        return None
    done: str | None = None
    for key in (attrs.get("property"), attrs.get("name")):
        if not key:
            continue
        field = _field_of(key.strip().lower())
        if field and field != done:
            sink.add(field, content)
            done = field
    return None


def _field_of(key: str) -> str | None:
    """The field a meta's name or property gives; any name ending in "author" or "authors"
    (``parsely-author``, ``sailthru.author``) is an author."""
    field = _META_FIELDS.get(key)
    if field is None and key.endswith(("author", "authors")):
        return "author"
    return field


def _add_link(sink: MetaSink, attrs: Attrs) -> None:
    href = attrs.get("href")
    rel = attrs.get("rel")
    if not href or not rel:
        return
    for token in rel.lower().split():
        field = _LINK_FIELDS.get(token)
        if field:
            sink.add(field, href, is_url=True)


def _add_tracker(sink: MetaSink, attrs: Attrs, tracker_hosts: Set[str]) -> None:
    src = (attrs.get("src") or "").strip()
    if not src:
        return
    lowered = src.lower()
    if (
        (attrs.get("id") or "").strip().lower() == _TRACKER_ID
        or any(part in lowered for part in _TRACKER_SRC_PARTS)
        or (tracker_hosts and _served_from(lowered, tracker_hosts))
    ):
        sink.add("tracker", src)


def _served_from(src: str, hosts: Set[str]) -> bool:
    """Whether an image's address is on one of `hosts` or a subdomain of one. Most images
    name none of them anywhere, which a substring test says before the address is parsed."""
    if not any(host in src for host in hosts):
        return False
    parts = parse_url(src)
    labels = parts.host.split(".") if parts else []
    return any(".".join(labels[start:]) in hosts for start in range(len(labels) - 1))


def extract_metadata(
    tree: LexborHTMLParser, base: str | None, tracker_hosts: Set[str] = frozenset()
) -> tuple[list[MetaField], str | None]:
    """All provenance fields in document order, and a content-language meta if any.
    Images served from `tracker_hosts` are republication pixels."""
    sink = MetaSink(base)
    content_language: str | None = None
    entries: list[tuple[LexborNode, str | None, Attrs]] = []
    blocks: dict[int, Any] = {}
    index: dict[str, dict[str, Any]] = {}
    for node in tree.css(_METADATA_SELECTOR):
        tag = node.tag
        attrs = node.attributes
        entries.append((node, tag, attrs))
        if tag == "script" and (attrs.get("type") or "").strip().lower() == JSONLD_TYPE:
            data = load_jsonld(node.text())
            if data is not None:
                blocks[len(entries) - 1] = data
                index_ids(data, index)
    jsonld = JsonLd(sink, index)
    for position, (node, tag, attrs) in enumerate(entries):
        if tag == "meta":
            language = _add_meta(sink, attrs)
            if language and content_language is None:
                content_language = language
        elif tag == "link":
            _add_link(sink, attrs)
        elif tag == "script":
            data = blocks.get(position)
            if data is not None:
                jsonld.block(data)
            continue
        elif tag == "img":
            _add_tracker(sink, attrs, tracker_hosts)
        if "itemprop" in attrs:
            add_microdata(sink, node, attrs)
    return sink.fields, content_language
