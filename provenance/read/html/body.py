"""Finding the article body without explicit markup: the ``<article>`` holding most of the
page's paragraph text, else a readability-style score of paragraph parents."""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborNode

from provenance.read.html.nodes import chars, p_chars

_SCORE_SELECTOR: Final = "p, pre"
_DIRECT_TEXT_SELECTOR: Final = "div, td, section, article, main, center, font, blockquote"


# Below this paragraph score, text set directly in divs (``<br>``-separated) is scored too.
_WEAK_SCORE: Final = 1000.0
_MIN_PARAGRAPH: Final = 25
# A sibling of the best-scored node scoring this share of it is more of the same body.
_SIBLING_SHARE: Final = 0.3


def _add_score(
    scores: dict[int, float], nodes: dict[int, LexborNode], node: LexborNode | None, value: float
) -> None:
    if node is None or node.tag in (None, "html", "-document"):
        return
    key = node.mem_id
    scores[key] = scores.get(key, 0.0) + value
    nodes[key] = node


def scored_main(body: LexborNode) -> LexborNode | None:
    """Readability-style pick: each paragraph scores its parent fully and its grandparent
    half; an ``<article>`` holding a quarter of all paragraph text wins outright. When the
    paragraphs are weak, text set directly in a div (``<br>``-separated) is scored too.
    """
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    total = 0
    for p in body.css(_SCORE_SELECTOR):
        length = chars(p.text())
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
            length = p_chars(article)
            if length > best_length:
                best_article, best_length = article, length
        if best_article is not None and best_length * 4 >= total:
            return best_article
    if not scores or max(scores.values()) < _WEAK_SCORE:
        for node in body.css(_DIRECT_TEXT_SELECTOR):
            length = chars(node.text(deep=False))
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
