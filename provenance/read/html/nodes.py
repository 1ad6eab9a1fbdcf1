"""Small helpers over Lexbor nodes: visible characters, ancestors, and the longest node."""

from __future__ import annotations

from collections.abc import Iterator

from selectolax.lexbor import LexborNode


def chars(text: str) -> int:
    """Visible characters of a text: whitespace does not count."""
    return len(text) - sum(map(text.count, (" ", "\n", "\t", "\r", "\xa0")))


def lineage(node: LexborNode | None) -> Iterator[LexborNode]:
    """The node, then each of its ancestors up to the document."""
    while node is not None:
        yield node
        node = node.parent


def ancestor_ids(node: LexborNode | None) -> set[int]:
    return {each.mem_id for each in lineage(node)}


def is_inside(node: LexborNode, ids: set[int]) -> bool:
    return any(each.mem_id in ids for each in lineage(node))


def is_attached(node: LexborNode) -> bool:
    return any(each.tag == "html" for each in lineage(node))


def p_chars(node: LexborNode) -> int:
    return sum(chars(p.text()) for p in node.css("p"))


def longest(nodes: list[LexborNode]) -> LexborNode | None:
    best: LexborNode | None = None
    best_len = 0
    for node in nodes:
        length = chars(node.text())
        if length > best_len and is_attached(node):
            best, best_len = node, length
    return best
