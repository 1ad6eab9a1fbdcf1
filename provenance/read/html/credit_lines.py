"""Credit lines around the article body. Just after it: short lines naming a source
("originally published ...", "Source: ...", "via ...") and, right next to the body, a bare
copyright notice; they are appended to the article text, with their links. Just before it,
in the byline area: source lines ("稿件来源：河北日报"), put before the text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from selectolax.lexbor import LexborNode

from provenance.read.html.fields import MetaSink, TextLink
from provenance.read.html.nodes import chars
from provenance.read.html.render import TextBuilder, render
from provenance.read.html.words import (
    COPYRIGHT_RE,
    CREDIT_HINTS,
    SOURCE_CREDIT_RE,
    SOURCE_HINTS,
    SOURCE_LABEL,
)

_CREDIT_MAX_CHARS: Final = 300
_SIBLING_MAX_CHARS: Final = 2000
_CREDIT_LEVELS: Final = 5
_CREDIT_SCAN_CHARS: Final = 6000
_COPYRIGHT_LEVELS: Final = 2
# A copyright line is prose: at most this share of it may be link text (unlike footer menus).
_CREDIT_MAX_LINK_SHARE: Final = 0.5


def _credit_candidates(
    main: LexborNode, *, before: bool = False
) -> Iterator[tuple[LexborNode, bool]]:
    """Short elements right after ``main`` and after each of its ancestors (the next three
    siblings at each level), or right before them, with whether a bare copyright notice
    counts there. ``header``/``footer`` elements count only inside an ``<article>``
    (outside, they are the site's).
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
        sibling = node.prev if before else node.next
        seen = 0
        while sibling is not None and seen < 3:
            tag = sibling.tag
            if tag not in ("-text", "-comment", None):
                seen += 1
                if level <= article_level or tag not in ("header", "footer"):
                    raw = sibling.text()
                    size = chars(raw)
                    if size > _SIBLING_MAX_CHARS:
                        return  # a big block: we are past what follows the article
                    lowered = raw.lower()
                    hints = SOURCE_HINTS if before else CREDIT_HINTS
                    if any(hint in lowered for hint in hints):
                        yield sibling, not before and level < _COPYRIGHT_LEVELS
                    budget -= size
                    if budget < 0:
                        return
            sibling = sibling.prev if before else sibling.next
        node = ancestors[level]


def _credit_lines(rendered: TextBuilder, *, copyright_ok: bool) -> Iterator[tuple[int, int]]:
    """Spans (start, end) of the lines of ``rendered`` that read like a credit: short, and
    naming a source or, where ``copyright_ok``, a copyright notice that is mostly not link
    text (unlike a footer menu)."""
    text = rendered.text()
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        lowered = line.lower()
        if len(line) <= _CREDIT_MAX_CHARS and any(hint in lowered for hint in CREDIT_HINTS):
            if SOURCE_CREDIT_RE.search(line):
                yield start, end
            elif copyright_ok and COPYRIGHT_RE.search(line):
                linked = sum(
                    min(end, link.end) - max(start, link.start)
                    for link in rendered.links
                    if link.start < end and link.end > start
                )
                if linked <= len(line) * _CREDIT_MAX_LINK_SHARE:
                    yield start, end
        start = end + 1


def prepend_sources(main: LexborNode, out: TextBuilder, sink: MetaSink) -> None:
    """Put the source lines found just before ``main`` first in the text, nearest first."""
    seen: set[str] = set()
    for sibling, _ in _credit_candidates(main, before=True):
        extra = TextBuilder()
        render(sibling, extra, sink)
        for line in extra.text().split("\n"):
            short = len(line) <= _CREDIT_MAX_CHARS
            if short and SOURCE_LABEL.search(line) and line not in seen:
                seen.add(line)
                out.add(line)
                out.paragraph_break()


def append_credits(main: LexborNode, out: TextBuilder, sink: MetaSink) -> None:
    """Append the credit lines found after ``main`` (each once), with their links."""
    seen: set[str] = set()
    for sibling, copyright_ok in _credit_candidates(main):
        extra = TextBuilder()
        render(sibling, extra, sink)
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
