"""HTML → article text and provenance metadata.

This module owns the HTML layer of the annotator: it turns one page (already decoded to
``str``) into an :class:`HtmlDocument` holding

* the article's own text (paragraphs separated by ``"\n"``, navigation and other
  boilerplate left out) and the links that sit inside that text, and
* every provenance signal the page carries about where the article comes from and who
  publishes it: canonical / Open Graph / Dublin Core / syndication metas, JSON-LD and
  microdata publishers, republication-tracker pixels and meta refreshes.

It does no network access and knows no particular site: interpreting the signals (who
owns a domain, whether a credit line names a wire service) is for the modules downstream.

Speed matters (the annotator must handle hundreds of pages per second on one core), so
Lexbor does the heavy lifting through selectolax: a few CSS queries find the nodes we care
about, ``strip_tags`` / ``decompose`` remove whole subtrees, ``text()`` measures them, and
Python walks only the chosen main node. Class names are classified once and memoised.

Article text, step by step:

1. Remove tags that are never text (script, style, nav, aside, figure, form controls, …),
   but not an aside that holds the marked article body (some CMSs wrap the story in one),
   and forms unless one wraps most of the page (ASP.NET).
2. Main node, by explicit markup: ``[itemprop~=articleBody]``, else a well-known body
   class or id (``article-body``, ``entry-content``, …); the longest match wins.
3. Remove boxes whose class/id tokens mark boilerplate (share, related, cookie, ad, …),
   ARIA roles of navigation and the like, and hidden or off-screen elements, but never the
   explicit main node or its ancestors, nor a box holding 40 % of the page's ``<p>`` text
   (a layout wrapper like ``content-sidebar-wrap``, or a misnomer).
4. Without explicit markup: the ``<article>`` with the most ``<p>`` text if it holds a
   quarter of the page's ``<p>`` text (so teaser ``<article>`` cards do not win), else the
   best readability score (each ``<p>`` adds its length to its parent and half to its
   grandparent; when paragraphs are weak, ``<br>``-separated text set directly in a div
   counts too), promoted to its parent when a sibling scores 30 % as much (a body split
   around an ad); else ``<body>``, minus the site's ``header``/``footer`` outside any
   ``<article>``. Header and footer elements inside the main node are kept.
5. Credit lines: short lines right after the main node (next siblings of it and of its
   ancestors, up to five levels) are appended when they name a source ("originally
   published …", "Source: …", "via …"); a bare copyright notice ("© 2024 …") only when it
   sits next to the main node or its parent (further out it is the site's own footer).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html import unescape
from typing import Any, Final
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["HtmlDocument", "MetaField", "TextLink", "parse_html"]


@dataclass(frozen=True, slots=True)
class MetaField:
    """One provenance signal found in the page.

    ``field`` names where the value came from (``og:url``, ``jsonld:publisher.name``, ...);
    ``value`` is stripped and whitespace-collapsed, and URLs are absolute when the page's
    address is known.
    """

    field: str
    value: str


@dataclass(frozen=True, slots=True)
class TextLink:
    """An ``<a href>`` whose visible text is ``HtmlDocument.text[start:end]``."""

    start: int
    end: int
    href: str


@dataclass(frozen=True, slots=True)
class HtmlDocument:
    """What :func:`parse_html` finds in one page."""

    text: str
    title: str | None
    lang: str | None
    metadata: tuple[MetaField, ...]
    links: tuple[TextLink, ...]


# --------------------------------------------------------------------------------------
# Metadata
# --------------------------------------------------------------------------------------

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

# Fields whose value is always a URL, and fields whose value is a URL only sometimes
# (``article:publisher`` may hold a Facebook page or a name, ``dc:source`` a URL or a
# title): the latter are resolved only when they look like a URL or an absolute path.
_URL_FIELDS: Final = frozenset({"link:canonical", "og:url", "refresh", "tracker"})
_MAYBE_URL_FIELDS: Final = frozenset(
    {
        "article:publisher",
        "article:author",
        "original-source",
        "syndication-source",
        "dc:source",
        "dc:publisher",
    }
)

# Republication-tracker pixels, matched on ``<img>`` (see ``_add_tracker``):
# - WordPress "Republication Tracker Tool" plugin: ``<img id="republication-tracker-tool-
#   source" src="https://site/?republication-pixel=true&post=…">`` (the plugin folder name
#   ``republication-tracker-tool`` may also appear in the src);
# - The Conversation's counter: ``https://counter.theconversation.com/content/<id>/count.gif``
#   (the ``/content/<id>/count.gif`` shape is also accepted on other hosts).
_TRACKER_ID: Final = "republication-tracker-tool-source"
_TRACKER_SRC_PARTS: Final = (
    "republication-pixel",
    "republication-tracker-tool",
    "counter.theconversation.com",
)
_COUNTER_GIF_RE: Final = re.compile(r"/content/\d+/count\.gif", re.IGNORECASE)

_MICRODATA_PROPS: Final = ("publisher", "sourceOrganization", "copyrightHolder")
_JSONLD_TYPE: Final = "application/ld+json"
# Simple selectors, filtered in Python: cheaper than attribute-substring selectors.
_METADATA_SELECTOR: Final = "meta, link, script, img, [itemprop]"

_REFRESH_URL_RE: Final = re.compile(r"""^\s*[\d.]*\s*[;,]?\s*(?:url\s*=\s*)?['"]?([^'"]*)""", re.I)
_ABSOLUTE_URL_RE: Final = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)


Attrs = dict[str, str | None]


def _clean(value: str | None) -> str:
    """Strip and collapse whitespace."""
    if not value:
        return ""
    return " ".join(value.split())


class _MetaSink:
    """Collects fields in order, resolving URLs and dropping empty values and repeats."""

    __slots__ = ("_base", "_seen", "fields")

    def __init__(self, base: str | None) -> None:
        self._base = base
        self._seen: set[tuple[str, str]] = set()
        self.fields: list[MetaField] = []

    def url(self, value: str) -> str:
        if not self._base:
            return value
        try:
            return urljoin(self._base, value)
        except ValueError:
            return value

    def add(self, field: str, raw: str | None, *, is_url: bool | None = None) -> None:
        """Add ``field``; ``is_url`` None means "decide from the field name"."""
        value = _clean(raw)
        if not value:
            return
        if is_url is None:
            if field in _URL_FIELDS:
                is_url = True
            elif field in _MAYBE_URL_FIELDS:
                is_url = value.startswith("/") or bool(_ABSOLUTE_URL_RE.match(value))
            else:
                is_url = False
        if is_url:
            value = self.url(value)
        key = (field, value)
        if key not in self._seen:
            self._seen.add(key)
            self.fields.append(MetaField(field, value))


def _add_meta(sink: _MetaSink, attrs: Attrs) -> str | None:
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
        field = _META_FIELDS.get(key.strip().lower())
        if field and field != done:
            sink.add(field, content)
            done = field
    return None


def _add_link(sink: _MetaSink, attrs: Attrs) -> None:
    href = attrs.get("href")
    rel = attrs.get("rel")
    if not href or not rel:
        return
    for token in rel.lower().split():
        field = _LINK_FIELDS.get(token)
        if field:
            sink.add(field, href, is_url=True)


def _add_tracker(sink: _MetaSink, attrs: Attrs) -> None:
    src = (attrs.get("src") or "").strip()
    if not src:
        return
    lowered = src.lower()
    if (
        (attrs.get("id") or "").strip().lower() == _TRACKER_ID
        or any(part in lowered for part in _TRACKER_SRC_PARTS)
        or _COUNTER_GIF_RE.search(src)
    ):
        sink.add("tracker", src)


def _nearest_scope(node: LexborNode) -> LexborNode | None:
    return next((each for each in _lineage(node.parent) if "itemscope" in each.attributes), None)


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


def _add_microdata(sink: _MetaSink, node: LexborNode, attrs: Attrs) -> None:
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


# ---- JSON-LD -------------------------------------------------------------------------

_JSONLD_PREFIX_RE: Final = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)\s*")
_JSONLD_SUFFIX_RE: Final = re.compile(r"\s*(?://\s*)?(?:\]\]>|-->)\s*$")
_MAX_JSONLD_NODES: Final = 5000
_ORG_TYPES_EXTRA: Final = frozenset({"Corporation", "NGO", "Consortium"})


def _load_jsonld(raw: str) -> Any:
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


def _index_ids(data: Any, index: dict[str, dict[str, Any]]) -> None:
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


class _JsonLd:
    """Emits ``jsonld:*`` fields, resolving ``{"@id": …}`` references through ``index``."""

    __slots__ = ("index", "sink")

    def __init__(self, sink: _MetaSink, index: dict[str, dict[str, Any]]) -> None:
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

    def party(self, prefix: str, value: Any, *, orgs_only: bool = False) -> None:
        for entity in self.entities(value):
            if isinstance(entity, str):
                if orgs_only:
                    continue
                if _ABSOLUTE_URL_RE.match(entity):
                    self.sink.add(f"{prefix}.url", entity, is_url=True)
                else:
                    self.sink.add(f"{prefix}.name", unescape(entity))
                continue
            if orgs_only and not _is_org(entity):
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
        self.party("jsonld:author", node.get("author"), orgs_only=True)
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


def _extract_metadata(
    tree: LexborHTMLParser, base: str | None
) -> tuple[list[MetaField], str | None]:
    """All provenance fields in document order, and a content-language meta if any."""
    sink = _MetaSink(base)
    content_language: str | None = None
    entries: list[tuple[LexborNode, str | None, Attrs]] = []
    blocks: dict[int, Any] = {}
    index: dict[str, dict[str, Any]] = {}
    for node in tree.css(_METADATA_SELECTOR):
        tag = node.tag
        attrs = node.attributes
        entries.append((node, tag, attrs))
        if tag == "script" and (attrs.get("type") or "").strip().lower() == _JSONLD_TYPE:
            data = _load_jsonld(node.text())
            if data is not None:
                blocks[len(entries) - 1] = data
                _index_ids(data, index)
    jsonld = _JsonLd(sink, index)
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
            _add_tracker(sink, attrs)
        if "itemprop" in attrs:
            _add_microdata(sink, node, attrs)
    return sink.fields, content_language


# --------------------------------------------------------------------------------------
# Article text
# --------------------------------------------------------------------------------------

# Removed with their content before anything else (the site's furniture, never text).
_DROP_TAGS: Final = [
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "canvas",
    "iframe",
    "button",
    "select",
    "textarea",
    "input",
    "nav",
    "aside",
    "figure",
    "figcaption",
    "object",
    "embed",
    "video",
    "audio",
    "map",
    "dialog",
    "rt",  # ruby annotations (reading aids over CJK text)
    "rp",
]
_SKIP_TAGS: Final = frozenset([*_DROP_TAGS, "head", "title", "-comment", "img"])


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Elements that start and end a paragraph; everything else is inline.
_BLOCK_TAGS: Final = _words(
    """address article blockquote body caption center dd details dir div dl dt fieldset
    footer h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu ol p pre section
    summary table tbody td tfoot th thead tr ul"""
)

# Class/id tokens that mark boilerplate. Class names and ids are split into tokens on
# non-letters and camelCase humps, so ``share-bar`` and ``shareBar`` match ``share`` but
# ``article-body`` matches nothing.
_BOILERPLATE_TOKENS: Final = _words(
    """share shares sharing sharebar sharethis shariff social socials related recommended
    recommendation recommendations newsletter newsletters subscribe subscription
    subscriptions comment comments disqus cookie cookies consent gdpr advert adverts
    advertisement advertising ads ad adsbygoogle dfp sponsor sponsored promo promos
    promotion breadcrumb breadcrumbs menu sidebar popup modal paywall outbrain taboola
    navbar navigation pagination pager toolbar caption tags signup login trending popular
    mostread mostviewed mostpopular"""
)
# Unambiguous words that mark boilerplate even inside a longer token
# ("articlesocial", "resgallery"): checked as substrings.
_BOILERPLATE_PARTS: Final = (
    "social",
    "sharing",
    "newsletter",
    "cookie",
    "breadcrumb",
    "sidebar",
    "paywall",
    "outbrain",
    "taboola",
    "disqus",
    "playlist",
)
_BOILERPLATE_PARTS_RE: Final = re.compile("|".join(_BOILERPLATE_PARTS))
# Whole class names / ids (lowercased) that mark text no reader sees.
_BOILERPLATE_NAMES: Final = _words(
    """sr-only screen-reader-text visually-hidden visuallyhidden hidden hide
    element-invisible"""
)
# A class name starting with one of these describes a state or a taxonomy term
# ("has-sidebar", "no-comments", "category-social", "tag-newsletter"), not a box; "has",
# "with", "without" and "no" end the scan wherever they appear ("article--with-ads").
_STATE_FIRST: Final = _words(
    """has with without no not is show enable enabled allow category tag tags topic format
    type status js"""
)
_STATE_ANY: Final = frozenset({"has", "with", "without", "no"})
_TOKEN_SPLIT_RE: Final = re.compile(r"[^a-z]+")
_CAMEL_RE: Final = re.compile(r"(?<=[a-z])(?=[A-Z])")
# ARIA roles of boxes that are never the article's text.
_BOILERPLATE_ROLES: Final = frozenset(
    {
        "navigation",
        "complementary",
        "search",
        "dialog",
        "alertdialog",
        "menu",
        "menubar",
        "button",
    }
)
# Inline styles that hide an element, or push it off screen (a classic spam injection).
_HIDDEN_STYLE_RE: Final = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|(?:left|top|text-indent)\s*:\s*-\d{3,}",
    re.IGNORECASE,
)

# Classes / ids of the article body on many sites and CMSes.
_BODY_NAMES: Final = _words(
    """article-body article__body articlebody article_body article-content
    article__content articlecontent article-text articletext article_text story-body
    story__body storybody story-content storycontent story-text storytext entry-content
    entry-body post-content post-body postbody post-entry postcontent content-body
    body-text bodytext news-body news-text newstext text-body article-body-text body-copy
    td-post-content field-name-body field--name-body"""
)

_CHROME_SELECTOR: Final = 'header, footer, [role="banner" i], [role="contentinfo" i]'
_SCORE_SELECTOR: Final = "p, pre"
_DIRECT_TEXT_SELECTOR: Final = "div, td, section, article, main, center, font, blockquote"

# A boilerplate-marked element holding this share of the page's paragraph text is a
# layout wrapper ("content-sidebar-wrap") or a misnomer ("body-ad"), not boilerplate.
_KEEP_SHARE: Final = 0.4
_KEEP_MIN_CHARS: Final = 200.0
# Below this paragraph score, text set directly in divs (``<br>``-separated) is scored too.
_WEAK_SCORE: Final = 1000.0
_MIN_PARAGRAPH: Final = 25
# A sibling of the best-scored node scoring this share of it is more of the same body.
_SIBLING_SHARE: Final = 0.3

# Credit lines after the main node. A line naming a source ("originally published",
# "Source:", "via") is looked for up to _CREDIT_LEVELS ancestors up; a bare copyright
# notice only next to the main node or its parent, as further out it is the site's own.
_SOURCE_CREDIT_PATTERN: Final = r"""originally\s+(?:published|appeared|ran|posted)
    |first\s+(?:published|appeared)|re-?published|reprinted|with\s+permission
    |creative\s+commons|this\s+(?:article|story|post|piece|report)\s+(?:was|is|first|originally)
    |(?:provided|distributed|produced|syndicated)\s+by"""
_SOURCE_LABEL_PATTERN: Final = r"(?:source|sources|quelle|fuente|fonte|źródło|bron)\s*:|via\s"
_SOURCE_CREDIT_RE: Final = re.compile(
    rf"{_SOURCE_CREDIT_PATTERN}|^\s*(?:{_SOURCE_LABEL_PATTERN})", re.IGNORECASE | re.VERBOSE
)
_COPYRIGHT_PATTERN: Final = r"©|\(c\)|copyright|all\s+rights\s+reserved"
_COPYRIGHT_RE: Final = re.compile(_COPYRIGHT_PATTERN, re.IGNORECASE)
# Words every credit line above contains one of, tested on an element's lowercased text
# before it is rendered and matched line by line (``in`` is much faster than a regex).
_CREDIT_HINTS: Final = (
    "originally",
    "first",
    "publish",
    "reprint",
    "permission",
    "creative",
    "this",
    "provided",
    "distributed",
    "produced",
    "syndicated",
    "source",
    "quelle",
    "fuente",
    "fonte",
    "źródło",
    "bron",
    "via",
    "©",
    "(c)",
    "copyright",
    "rights",
)
_CREDIT_MAX_CHARS: Final = 300
_SIBLING_MAX_CHARS: Final = 2000
_CREDIT_LEVELS: Final = 5
_CREDIT_SCAN_CHARS: Final = 6000
_COPYRIGHT_LEVELS: Final = 2
# A copyright line is prose: at most this share of it may be link text (unlike footer menus).
_CREDIT_MAX_LINK_SHARE: Final = 0.5

_BOILERPLATE_FLAG: Final = 1
_BODY_FLAG: Final = 2
# Memos for the class/id classification: class names repeat within a page and across a
# site's pages. Both are bounded (cleared when full).
_MEMO_LIMIT: Final = 50_000
_name_memo: dict[str, int] = {}
_pair_memo: dict[tuple[str | None, str | None], int] = {}


def _is_boilerplate_name(name: str) -> bool:
    """Whether one class name or id marks a boilerplate box."""
    lowered = name.lower()
    if lowered in _BOILERPLATE_NAMES:
        return True
    if lowered != name:
        lowered = _CAMEL_RE.sub("-", name).lower()
    tokens = _TOKEN_SPLIT_RE.split(lowered)
    if _BOILERPLATE_TOKENS.isdisjoint(tokens) and not _BOILERPLATE_PARTS_RE.search(lowered):
        return False
    first = True
    for token in tokens:
        if not token:
            continue
        if token in _STATE_ANY or (first and token in _STATE_FIRST):
            return False
        if token in _BOILERPLATE_TOKENS or _BOILERPLATE_PARTS_RE.search(token):
            return True
        first = False
    return False


def _name_flags(name: str) -> int:
    flags = _name_memo.get(name)
    if flags is None:
        if name.lower() in _BODY_NAMES:
            flags = _BODY_FLAG
        else:
            flags = _BOILERPLATE_FLAG if _is_boilerplate_name(name) else 0
        if len(_name_memo) >= _MEMO_LIMIT:
            _name_memo.clear()
        _name_memo[name] = flags
    return flags


def _classify(class_attr: str | None, id_attr: str | None) -> int:
    """Flags of a class/id pair: boilerplate box, known article-body container."""
    key = (class_attr, id_attr)
    flags = _pair_memo.get(key)
    if flags is None:
        flags = 0
        for name in (class_attr or "").split():
            flags |= _name_flags(name)
        if id_attr and id_attr.strip():
            flags |= _name_flags(id_attr.strip())
        if len(_pair_memo) >= _MEMO_LIMIT:
            _pair_memo.clear()
        _pair_memo[key] = flags
    return flags


def _chars(text: str) -> int:
    """Visible characters of a text: whitespace does not count."""
    return len(text) - sum(map(text.count, (" ", "\n", "\t", "\r", "\xa0")))


def _lineage(node: LexborNode | None) -> Iterator[LexborNode]:
    """The node, then each of its ancestors up to the document."""
    while node is not None:
        yield node
        node = node.parent


def _ancestor_ids(node: LexborNode | None) -> set[int]:
    return {each.mem_id for each in _lineage(node)}


def _is_inside(node: LexborNode, ids: set[int]) -> bool:
    return any(each.mem_id in ids for each in _lineage(node))


def _is_attached(node: LexborNode) -> bool:
    return any(each.tag == "html" for each in _lineage(node))


def _p_chars(node: LexborNode) -> int:
    return sum(_chars(p.text()) for p in node.css("p"))


def _longest(nodes: list[LexborNode]) -> LexborNode | None:
    best: LexborNode | None = None
    best_len = 0
    for node in nodes:
        length = _chars(node.text())
        if length > best_len and _is_attached(node):
            best, best_len = node, length
    return best


class _Scan:
    """What a few CSS passes over ``<body>`` find: main-node candidates, boxes to drop."""

    __slots__ = ("article_bodies", "body_names", "doomed")

    def __init__(self, body: LexborNode) -> None:
        self.article_bodies: list[LexborNode] = []
        self.body_names: list[LexborNode] = []
        self.doomed: list[LexborNode] = []
        doomed = self.doomed
        memo = _pair_memo
        # The hot loop: every element with a class or id. Keep it lean.
        for node in body.css("[class], [id]"):
            attrs = node.attributes
            key = (attrs.get("class"), attrs.get("id"))
            flags = memo.get(key)
            if flags is None:
                flags = _classify(*key)
            if flags:
                if flags & _BOILERPLATE_FLAG:
                    doomed.append(node)
                if flags & _BODY_FLAG:
                    self.body_names.append(node)
        # The rare attributes, each on a few elements.
        for node in body.css("[itemprop], [role], [hidden], [style]"):
            attrs = node.attributes
            itemprop = attrs.get("itemprop")
            if itemprop and "articlebody" in itemprop.lower().split():
                self.article_bodies.append(node)
            role = attrs.get("role")
            style = attrs.get("style")
            if (
                "hidden" in attrs
                or (role and role.strip().lower() in _BOILERPLATE_ROLES)
                or (style and _HIDDEN_STYLE_RE.search(style))
            ):
                doomed.append(node)

    def explicit_main(self) -> LexborNode | None:
        return _longest(self.article_bodies) or _longest(self.body_names)


def _drop_boilerplate(body: LexborNode, doomed: list[LexborNode], protected: set[int]) -> None:
    """Remove the boxes the scan marked, except ``protected`` nodes (the explicit main node
    and its ancestors) and boxes holding a large share of the page's paragraph text.
    """
    keep_at = -1.0  # computed on the first box big enough to matter
    for node in doomed:
        if node.mem_id in protected or node.tag in ("html", "body"):
            continue
        size = _chars(node.text())
        if size >= _KEEP_MIN_CHARS:
            if keep_at < 0:
                keep_at = max(_p_chars(body) * _KEEP_SHARE, _KEEP_MIN_CHARS)
            if size >= keep_at and _p_chars(node) >= keep_at:
                continue
        # Removing an outer box detaches its descendants; they stay valid (Lexbor unlinks
        # nodes, it does not free them), so later entries inside it are harmless.
        node.decompose()


def _unwrap_asides_around_body(body: LexborNode) -> None:
    """Some CMSs put the whole story in an ``<aside>``; keep what an aside holding the
    marked article body holds, since asides are otherwise dropped whole."""
    for marked in body.css("aside [itemprop~=articleBody]"):
        asides = [node for node in _lineage(marked.parent) if node.tag == "aside"]
        for aside in asides:
            aside.unwrap()


def _drop_forms(body: LexborNode) -> None:
    """Remove forms (search boxes, sign-ups, comment forms), except a form wrapping most
    of the page, as ASP.NET pages do."""
    page_chars = -1  # measured only for a big form or one right under <body>
    for form in body.css("form"):
        size = _chars(form.text())
        parent = form.parent
        if size < _KEEP_MIN_CHARS and (parent is None or parent.tag != "body"):
            form.decompose()
            continue
        if page_chars < 0:
            page_chars = _chars(body.text())
        if size * 2 < page_chars:
            form.decompose()


def _add_score(
    scores: dict[int, float], nodes: dict[int, LexborNode], node: LexborNode | None, value: float
) -> None:
    if node is None or node.tag in (None, "html", "-document"):
        return
    key = node.mem_id
    scores[key] = scores.get(key, 0.0) + value
    nodes[key] = node


def _scored_main(body: LexborNode) -> LexborNode | None:
    """Readability-style pick: each paragraph scores its parent fully and its grandparent
    half; an ``<article>`` holding a quarter of all paragraph text wins outright. When the
    paragraphs are weak, text set directly in a div (``<br>``-separated) is scored too.
    """
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    total = 0
    for p in body.css(_SCORE_SELECTOR):
        length = _chars(p.text())
        if length < _MIN_PARAGRAPH:
            continue
        total += length
        parent = p.parent
        _add_score(scores, nodes, parent, length)
        if parent is not None:
            _add_score(scores, nodes, parent.parent, length / 2)
    if total:
        best_article: LexborNode | None = None
        best_length = 0
        for article in body.css("article"):
            length = _p_chars(article)
            if length > best_length:
                best_article, best_length = article, length
        if best_article is not None and best_length * 4 >= total:
            return best_article
    if not scores or max(scores.values()) < _WEAK_SCORE:
        for node in body.css(_DIRECT_TEXT_SELECTOR):
            length = _chars(node.text(deep=False))
            if length >= _MIN_PARAGRAPH:
                _add_score(scores, nodes, node, length)
                _add_score(scores, nodes, node.parent, length / 2)
    if not scores:
        return None
    key = max(scores, key=lambda k: scores[k])
    best_score = scores[key]
    if best_score < 100:
        return None
    best = nodes[key]
    # A body split into sibling blocks (around an ad, say): take their common parent.
    parent = best.parent
    if parent is not None and parent.tag not in ("body", "html"):
        for sibling in parent.iter():
            other = sibling.mem_id
            if other != key and scores.get(other, 0.0) >= best_score * _SIBLING_SHARE:
                return parent
    return best


class _TextBuilder:
    """Concatenates text nodes into paragraphs, collapsing whitespace on the fly.

    Separators are pending until the next visible character, so the result never has
    leading/trailing whitespace or empty lines, and link offsets are exact.
    """

    __slots__ = ("_break", "_open", "_space", "links", "parts", "pos")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self._break = False
        self._space = False
        self._open: list[list[Any]] = []  # [start or -1, href] of the anchors we are in
        self.links: list[TextLink] = []

    def paragraph_break(self) -> None:
        self._break = True
        self._space = False

    def add(self, raw: str) -> None:
        words = raw.split()
        if not words:
            if raw:
                self._space = True
            return
        if self.pos:
            if self._break:
                self.parts.append("\n")
                self.pos += 1
            elif self._space or raw[0].isspace():
                self.parts.append(" ")
                self.pos += 1
        self._break = False
        for anchor in self._open:
            if anchor[0] < 0:
                anchor[0] = self.pos
        chunk = " ".join(words)
        self.parts.append(chunk)
        self.pos += len(chunk)
        self._space = raw[-1].isspace()

    def open_link(self, href: str) -> None:
        self._open.append([-1, href])

    def close_link(self) -> None:
        start, href = self._open.pop()
        if 0 <= start < self.pos:
            self.links.append(TextLink(start, self.pos, href))

    def text(self) -> str:
        return "".join(self.parts)


_CLOSE_NOTHING: Final = 0
_CLOSE_BLOCK: Final = 1
_CLOSE_LINK: Final = 2


def _render(node: LexborNode, out: _TextBuilder, sink: _MetaSink) -> None:
    """Append the text of ``node``'s children: blocks break paragraphs, inlines join.

    Iterative (an explicit stack of child iterators), so deep nesting cannot overflow.
    """
    stack: list[tuple[Iterator[LexborNode], int]] = [(node.iter(include_text=True), _CLOSE_NOTHING)]
    while stack:
        children, close = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if close == _CLOSE_BLOCK:
                out.paragraph_break()
            elif close == _CLOSE_LINK:
                out.close_link()
            continue
        tag = child.tag
        if tag == "-text":
            content = child.text_content
            if content:
                out.add(content)
        elif tag is None or tag in _SKIP_TAGS:
            continue
        elif tag in _BLOCK_TAGS:
            out.paragraph_break()
            stack.append((child.iter(include_text=True), _CLOSE_BLOCK))
        elif tag == "br":
            out.paragraph_break()
        elif tag == "a":
            href = (child.attributes.get("href") or "").strip()
            if href and not href.lower().startswith(("javascript:", "#")):
                out.open_link(sink.url(href))
                stack.append((child.iter(include_text=True), _CLOSE_LINK))
            else:
                stack.append((child.iter(include_text=True), _CLOSE_NOTHING))
        else:
            stack.append((child.iter(include_text=True), _CLOSE_NOTHING))


def _credit_candidates(main: LexborNode) -> Iterator[tuple[LexborNode, bool]]:
    """Short elements right after ``main`` and after each of its ancestors (the next three
    siblings at each level), with whether a bare copyright notice counts there.
    ``header``/``footer`` elements count only inside an ``<article>`` (outside, they are
    the site's).
    """
    ancestors: list[LexborNode] = []  # main's parent, grandparent, ... up to <body>
    parent = main.parent
    while parent is not None and parent.tag != "html" and len(ancestors) < _CREDIT_LEVELS:
        ancestors.append(parent)
        if parent.tag == "body":
            break
        parent = parent.parent
    # Siblings at level L are children of ancestors[L]: inside an article up to this level.
    article_level = max((i for i, a in enumerate(ancestors) if a.tag == "article"), default=-1)
    node = main
    budget = _CREDIT_SCAN_CHARS  # stop once this much text after the main node was seen
    for level in range(len(ancestors)):
        sibling = node.next
        seen = 0
        while sibling is not None and seen < 3:
            tag = sibling.tag
            if tag not in ("-text", "-comment", None):
                seen += 1
                if level <= article_level or tag not in ("header", "footer"):
                    raw = sibling.text()
                    size = _chars(raw)
                    if size > _SIBLING_MAX_CHARS:
                        return  # a big block: we are past what follows the article
                    lowered = raw.lower()
                    if any(hint in lowered for hint in _CREDIT_HINTS):
                        yield sibling, level < _COPYRIGHT_LEVELS
                    budget -= size
                    if budget < 0:
                        return
            sibling = sibling.next
        node = ancestors[level]


def _credit_lines(rendered: _TextBuilder, *, copyright_ok: bool) -> Iterator[tuple[int, int]]:
    """Spans (start, end) of the lines of ``rendered`` that read like a credit: short, and
    naming a source or, where ``copyright_ok``, a copyright notice that is mostly not link
    text (unlike a footer menu)."""
    text = rendered.text()
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        lowered = line.lower()
        if len(line) <= _CREDIT_MAX_CHARS and any(hint in lowered for hint in _CREDIT_HINTS):
            if _SOURCE_CREDIT_RE.search(line):
                yield start, end
            elif copyright_ok and _COPYRIGHT_RE.search(line):
                linked = sum(
                    min(end, link.end) - max(start, link.start)
                    for link in rendered.links
                    if link.start < end and link.end > start
                )
                if linked <= len(line) * _CREDIT_MAX_LINK_SHARE:
                    yield start, end
        start = end + 1


def _append_credits(main: LexborNode, out: _TextBuilder, sink: _MetaSink) -> None:
    """Append the credit lines found after ``main`` (each once), with their links."""
    seen: set[str] = set()
    for sibling, copyright_ok in _credit_candidates(main):
        extra = _TextBuilder()
        _render(sibling, extra, sink)
        text = extra.text()
        for start, end in _credit_lines(extra, copyright_ok=copyright_ok):
            line = text[start:end]
            if line in seen:
                continue
            seen.add(line)
            out.paragraph_break()
            out.add(line)
            shift = out.pos - end
            out.links.extend(
                TextLink(link.start + shift, link.end + shift, link.href)
                for link in extra.links
                if start <= link.start and link.end <= end
            )


def _extract_text(tree: LexborHTMLParser, sink: _MetaSink) -> tuple[str, tuple[TextLink, ...]]:
    """The main node's text and links, plus credit lines found right after it."""
    body = tree.body
    if body is None:
        return "", ()
    _unwrap_asides_around_body(body)
    tree.strip_tags(_DROP_TAGS)
    _drop_forms(body)
    scan = _Scan(body)
    main = scan.explicit_main()
    _drop_boilerplate(body, scan.doomed, _ancestor_ids(main))
    if main is None:
        main = _scored_main(body)
    if main is None or main.tag in ("body", "html"):
        main = body
        articles = {a.mem_id for a in body.css("article")}
        for node in body.css(_CHROME_SELECTOR):
            if not articles or not _is_inside(node, articles):
                node.decompose()
    out = _TextBuilder()
    _render(main, out, sink)
    if main is not body:
        _append_credits(main, out, sink)
    return out.text(), tuple(out.links)


# --------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------


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
    return base if _ABSOLUTE_URL_RE.match(base) else base_url


def parse_html(html: str, base_url: str | None = None) -> HtmlDocument:
    """Parse one page: article text, links inside it, title, language and metadata.

    ``base_url`` is the page's address; relative URLs (and a ``<base href>``) are resolved
    against it. Malformed HTML never raises: whatever can be found is returned.
    """
    if not html or not html.strip():
        return HtmlDocument(text="", title=None, lang=None, metadata=(), links=())
    tree = LexborHTMLParser(html)
    base = _document_base(tree, base_url)

    fields, content_language = _extract_metadata(tree, base)

    title = next((f.value for f in fields if f.field == "og:title"), None)
    if title is None:
        title_node = tree.css_first("title")
        if title_node is not None:
            title = _clean(title_node.text()) or None

    lang: str | None = None
    root = tree.root
    if root is not None:
        attrs = root.attributes
        lang = _clean(attrs.get("lang") or attrs.get("xml:lang")) or None
    if lang is None and content_language:
        lang = _clean(content_language.split(",")[0]) or None

    text, links = _extract_text(tree, _MetaSink(base))
    return HtmlDocument(text=text, title=title, lang=lang, metadata=tuple(fields), links=links)
