"""JSON-LD: the publisher, source organisation, copyright holder, organisation authors and
`isBasedOn` of the article a block describes, with `{"@id": ...}` references resolved."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html import unescape
from typing import Any, Final

from provenance.read.html.fields import ABSOLUTE_URL_RE, MetaSink

JSONLD_TYPE: Final = "application/ld+json"


_JSONLD_PREFIX_RE: Final = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)\s*")
_JSONLD_SUFFIX_RE: Final = re.compile(r"\s*(?://\s*)?(?:\]\]>|-->)\s*$")
_MAX_JSONLD_NODES: Final = 5000
_ORG_TYPES_EXTRA: Final = frozenset({"Corporation", "NGO", "Consortium"})


def load_jsonld(raw: str) -> Any:
    """Parse one JSON-LD block; None when it cannot be read."""
    text = raw.strip()
    if text[:1] not in ("{", "["):  # <![CDATA[, //<![CDATA[, <!--
        text = _JSONLD_PREFIX_RE.sub("", text, count=1)
    if text[-1:] not in ("}", "]"):  # ]]>, //]]>, -->
        text = _JSONLD_SUFFIX_RE.sub("", text, count=1)
    if not text:
        return None
    candidates = [text]
    if "&" in text:
        candidates.append(unescape(text))
    for candidate in candidates:
        try:
            return json.loads(candidate, strict=False)
        except (ValueError, RecursionError):
            continue
    return None


def _types(node: dict[str, Any]) -> list[str]:
    raw = node.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    out: list[str] = []
    for value in values:
        if isinstance(value, str):
            out.append(value.rsplit("/", 1)[-1].rsplit(":", 1)[-1].strip())
    return out


def _is_article(node: dict[str, Any]) -> bool:
    return any(t.endswith(("Article", "Posting")) or t == "WebPage" for t in _types(node))


def _is_org(node: dict[str, Any]) -> bool:
    return any(t.endswith("Organization") or t in _ORG_TYPES_EXTRA for t in _types(node))


def _top_nodes(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Top-level nodes of a JSON-LD block: the object, list items and ``@graph`` members."""
    if depth > 5:
        return
    if isinstance(data, list):
        for item in data:
            yield from _top_nodes(item, depth + 1)
    elif isinstance(data, dict):
        if "@type" in data:
            yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _top_nodes(graph, depth + 1)


def index_ids(data: Any, index: dict[str, dict[str, Any]]) -> None:
    """Record every described node (an ``@id`` plus other keys) of a block by its ``@id``."""
    stack = [data]
    seen = 0
    while stack and seen < _MAX_JSONLD_NODES:
        item = stack.pop()
        seen += 1
        if isinstance(item, dict):
            node_id = item.get("@id")
            if isinstance(node_id, str) and len(item) > 1:
                index.setdefault(node_id, item)
            stack.extend(v for v in item.values() if isinstance(v, dict | list))
        elif isinstance(item, list):
            stack.extend(v for v in item if isinstance(v, dict | list))


class JsonLd:
    """Emits ``jsonld:*`` fields, resolving ``{"@id": …}`` references through ``index``."""

    __slots__ = ("index", "sink")

    def __init__(self, sink: MetaSink, index: dict[str, dict[str, Any]]) -> None:
        self.sink = sink
        self.index = index

    def resolve(self, value: Any) -> Any:
        if isinstance(value, dict):
            node_id = value.get("@id")
            if isinstance(node_id, str) and (len(value) == 1 or "@type" not in value):
                target = self.index.get(node_id)
                if target is not None and target is not value:
                    return {**target, **value}
        return value

    def entities(self, value: Any) -> Iterator[Any]:
        """Items of a property value: strings and (resolved) objects."""
        values = value if isinstance(value, list) else [value]
        for item in values[:20]:
            if isinstance(item, str):
                yield item
            elif isinstance(item, dict):
                yield self.resolve(item)

    def strings(self, value: Any) -> Iterator[str]:
        values = value if isinstance(value, list) else [value]
        for item in values[:20]:
            if isinstance(item, dict):
                item = item.get("@value")
            if isinstance(item, str):
                yield unescape(item) if "&" in item else item

    def url_of(self, node: dict[str, Any]) -> Iterator[str]:
        """A node's address: its ``url`` or else an ``@id`` that is a web address."""
        urls = list(self.strings(node.get("url")))
        if not urls:
            for item in self.entities(node.get("url")):
                if isinstance(item, dict):
                    urls.extend(self.strings(item.get("@id")))
        if not urls:
            node_id = node.get("@id")
            if isinstance(node_id, str) and node_id.lower().startswith(("http:", "https:")):
                urls.append(node_id)
        return iter(urls)

    def party(self, prefix: str, value: Any) -> None:
        for entity in self.entities(value):
            if isinstance(entity, str):
                if ABSOLUTE_URL_RE.match(entity):
                    self.sink.add(f"{prefix}.url", entity, is_url=True)
                else:
                    self.sink.add(f"{prefix}.name", unescape(entity))
                continue
            for name in self.strings(entity.get("name")):
                self.sink.add(f"{prefix}.name", name)
            for url in self.strings(entity.get("url")):
                self.sink.add(f"{prefix}.url", url, is_url=True)

    def article(self, node: dict[str, Any]) -> None:
        self.party("jsonld:publisher", node.get("publisher"))
        self.party("jsonld:sourceOrganization", node.get("sourceOrganization"))
        self.party("jsonld:copyrightHolder", node.get("copyrightHolder"))
        for based in self.entities(node.get("isBasedOn")):
            if isinstance(based, str):
                self.sink.add("jsonld:isBasedOn", based, is_url=True)
            else:
                for url in self.url_of(based):
                    self.sink.add("jsonld:isBasedOn", url, is_url=True)
        for credit in self.strings(node.get("creditText")):
            self.sink.add("jsonld:creditText", credit)
        # People too: whether an author's name is an agency's is for the annotator to say.
        self.party("jsonld:author", node.get("author"))
        for url in self.strings(node.get("url")):
            self.sink.add("jsonld:url", url, is_url=True)
        for page in self.entities(node.get("mainEntityOfPage")):
            if isinstance(page, str):
                self.sink.add("jsonld:mainEntityOfPage", page, is_url=True)
            else:
                for url in self.strings(page.get("@id") or page.get("url")):
                    self.sink.add("jsonld:mainEntityOfPage", url, is_url=True)

    def block(self, data: Any) -> None:
        for node in _top_nodes(data):
            if _is_article(node):
                self.article(node)
                # A WebPage may describe its article as its main entity.
                for main in self.entities(node.get("mainEntity")):
                    if isinstance(main, dict) and main is not node and _is_article(main):
                        self.article(main)
            elif _is_org(node):
                for name in self.strings(node.get("name")):
                    self.sink.add("jsonld:organization.name", name)
                for url in self.strings(node.get("url")):
                    self.sink.add("jsonld:organization.url", url, is_url=True)
