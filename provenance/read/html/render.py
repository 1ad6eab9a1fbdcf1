"""Rendering a node's text: blocks break paragraphs, inlines join, whitespace collapses, and
the links inside keep exact offsets into the text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

from selectolax.lexbor import LexborNode

from provenance.read.html.fields import MetaSink, TextLink
from provenance.read.html.words import BLOCK_TAGS, SKIP_TAGS


class TextBuilder:
    """Concatenates text nodes into paragraphs, collapsing whitespace on the fly.

    Separators are pending until the next visible character, so the result never has
    leading/trailing whitespace or empty lines, and link offsets are exact.
    """

    __slots__ = ("_break", "_images", "_open", "_space", "links", "parts", "pos")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self._break = False
        self._space = False
        self._open: list[list[Any]] = []  # [start or -1, href, image] of the anchors we are in
        self._images: list[str] = []  # hrefs of image-only links, placed at the next text
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
        self._place_images()
        for anchor in self._open:
            if anchor[0] < 0:
                anchor[0] = self.pos
        chunk = " ".join(words)
        self.parts.append(chunk)
        self.pos += len(chunk)
        self._space = raw[-1].isspace()

    def open_link(self, href: str) -> None:
        self._open.append([-1, href, False])

    def image(self) -> None:
        for anchor in self._open:
            anchor[2] = True

    def close_link(self) -> None:
        start, href, image = self._open.pop()
        if 0 <= start < self.pos:
            self.links.append(TextLink(start, self.pos, href))
        elif start < 0 and image:
            # A logo linked to its site, as bylines show an agency's: an empty link where
            # the next text starts, so that it sits in the line it heads.
            self._images.append(href)

    def _place_images(self) -> None:
        self.links.extend(TextLink(self.pos, self.pos, href) for href in self._images)
        self._images.clear()

    def text(self) -> str:
        self._place_images()
        return "".join(self.parts)


_CLOSE_NOTHING: Final = 0
_CLOSE_BLOCK: Final = 1
_CLOSE_LINK: Final = 2


def render(node: LexborNode, out: TextBuilder, sink: MetaSink) -> None:
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
        elif tag == "img":
            out.image()
        elif tag is None or tag in SKIP_TAGS:
            continue
        elif tag in BLOCK_TAGS:
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
