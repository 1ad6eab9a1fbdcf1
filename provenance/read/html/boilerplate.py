"""Finding and removing boilerplate: boxes whose class or id marks them (share bars, related
links, cookie banners, ads), navigation roles, hidden elements, forms and asides. Class names
are classified once and memoised: they repeat within a page and across a site's pages."""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborNode

from provenance.read.html.nodes import chars, lineage, longest, p_chars
from provenance.read.html.words import (
    BODY_NAMES,
    BOILERPLATE_NAMES,
    BOILERPLATE_PARTS_RE,
    BOILERPLATE_ROLES,
    BOILERPLATE_TOKENS,
    HIDDEN_STYLE_RE,
    STATE_ANY,
    STATE_FIRST,
)

# A boilerplate-marked element holding this share of the page's paragraph text is a
# layout wrapper ("content-sidebar-wrap") or a misnomer ("body-ad"), not boilerplate.
_KEEP_SHARE: Final = 0.4
_KEEP_MIN_CHARS: Final = 200.0


_TOKEN_SPLIT_RE: Final = re.compile(r"[^a-z]+")
_CAMEL_RE: Final = re.compile(r"(?<=[a-z])(?=[A-Z])")


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
    if lowered in BOILERPLATE_NAMES:
        return True
    if lowered != name:
        lowered = _CAMEL_RE.sub("-", name).lower()
    tokens = _TOKEN_SPLIT_RE.split(lowered)
    if BOILERPLATE_TOKENS.isdisjoint(tokens) and not BOILERPLATE_PARTS_RE.search(lowered):
        return False
    first = True
    for token in tokens:
        if not token:
            continue
        if token in STATE_ANY or (first and token in STATE_FIRST):
            return False
        if token in BOILERPLATE_TOKENS or BOILERPLATE_PARTS_RE.search(token):
            return True
        first = False
    return False


def _name_flags(name: str) -> int:
    flags = _name_memo.get(name)
    if flags is None:
        if name.lower() in BODY_NAMES:
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


class Scan:
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
                or (role and role.strip().lower() in BOILERPLATE_ROLES)
                or (style and HIDDEN_STYLE_RE.search(style))
            ):
                doomed.append(node)

    def explicit_main(self) -> LexborNode | None:
        return longest(self.article_bodies) or longest(self.body_names)


def drop_boilerplate(body: LexborNode, doomed: list[LexborNode], protected: set[int]) -> None:
    """Remove the boxes the scan marked, except ``protected`` nodes (the explicit main node
    and its ancestors) and boxes holding a large share of the page's paragraph text.
    """
    keep_at = -1.0  # computed on the first box big enough to matter
    for node in doomed:
        if node.mem_id in protected or node.tag in ("html", "body"):
            continue
        size = chars(node.text())
        if size >= _KEEP_MIN_CHARS:
            if keep_at < 0:
                keep_at = max(p_chars(body) * _KEEP_SHARE, _KEEP_MIN_CHARS)
            if size >= keep_at and p_chars(node) >= keep_at:
                continue
        # Removing an outer box detaches its descendants; they stay valid (Lexbor unlinks
        # nodes, it does not free them), so later entries inside it are harmless.
        node.decompose()


def unwrap_asides_around_body(body: LexborNode) -> None:
    """Some CMSs put the whole story in an ``<aside>``; keep what an aside holding the
    marked article body holds, since asides are otherwise dropped whole."""
    for marked in body.css("aside [itemprop~=articleBody]"):
        asides = [node for node in lineage(marked.parent) if node.tag == "aside"]
        for aside in asides:
            aside.unwrap()


def drop_forms(body: LexborNode) -> None:
    """Remove forms (search boxes, sign-ups, comment forms), except a form wrapping most
    of the page, as ASP.NET pages do."""
    page_chars = -1  # measured only for a big form or one right under <body>
    for form in body.css("form"):
        size = chars(form.text())
        parent = form.parent
        if size < _KEEP_MIN_CHARS and (parent is None or parent.tag != "body"):
            form.decompose()
            continue
        if page_chars < 0:
            page_chars = chars(body.text())
        if size * 2 < page_chars:
            form.decompose()
