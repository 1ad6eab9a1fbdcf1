"""Microdata publishers, source organisations and copyright holders of the page itself, never
of a photo or a video inside it."""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborNode

from provenance.read.html.fields import Attrs, MetaSink
from provenance.read.html.nodes import lineage

_MICRODATA_PROPS: Final = ("publisher", "sourceOrganization", "copyrightHolder")


def _nearest_scope(node: LexborNode) -> LexborNode | None:
    return next((each for each in lineage(node.parent) if "itemscope" in each.attributes), None)


def _microdata_value(node: LexborNode, *, url: bool) -> str | None:
    attrs = node.attributes
    if url:
        for name in ("href", "content", "src"):
            value = attrs.get(name)
            if value:
                return value
        return None
    content = attrs.get("content")
    if content:
        return content
    return node.text()


def _describes_page(itemtype: str | None) -> bool:
    """Whether a microdata ``itemtype`` (URLs, space-separated) is the article, the page or
    a part of the page (``WPFooter``), rather than an image, a video or a person."""
    for url in (itemtype or "").split():
        name = url.rstrip("/").rsplit("/", 1)[-1]
        if name.endswith(("Article", "Posting", "Page")) or name.startswith("WP"):
            return True
    return False


def add_microdata(sink: MetaSink, node: LexborNode, attrs: Attrs) -> None:
    props = set((attrs.get("itemprop") or "").split())
    if props.isdisjoint(_MICRODATA_PROPS):
        return
    owner = _nearest_scope(node)
    if owner is not None and not _describes_page(owner.attributes.get("itemtype")):
        return  # a photo's copyright holder, a video's publisher: not the article's
    has_scope = "itemscope" in attrs
    for prop in _MICRODATA_PROPS:
        if prop not in props:
            continue
        prefix = f"microdata:{prop}"
        if not has_scope:
            sink.add(f"{prefix}.name", _microdata_value(node, url=False))
            href = attrs.get("href")
            if href:
                sink.add(f"{prefix}.url", href, is_url=True)
            continue
        name: str | None = None
        url: str | None = None
        own = node.mem_id
        for child in node.css("[itemprop]"):
            child_props = (child.attributes.get("itemprop") or "").split()
            wants_name = name is None and "name" in child_props
            wants_url = url is None and "url" in child_props
            if not (wants_name or wants_url):
                continue
            scope = _nearest_scope(child)
            if scope is None or scope.mem_id != own:
                continue  # belongs to a nested item (a logo's url, a person's name)
            if wants_name:
                name = _microdata_value(child, url=False)
            if wants_url:
                url = _microdata_value(child, url=True)
        if not url:
            itemid = (attrs.get("itemid") or "").strip()
            if itemid.lower().startswith(("http:", "https:")):
                url = itemid
        sink.add(f"{prefix}.name", name)
        if url:
            sink.add(f"{prefix}.url", url, is_url=True)
