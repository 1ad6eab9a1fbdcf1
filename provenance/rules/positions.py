"""Where a path such as ("sources", 3, "domains", 1) sits in a YAML file, as a 1-based line
and column: from a composed node tree, or from the parser's event stream without building
the tree, stopping once the path is found or can no longer be. For one problem in a large
file the events are several times cheaper than composing the whole tree; for many problems
the loader composes the tree once instead."""

from __future__ import annotations

from dataclasses import dataclass

import yaml

Loc = tuple[int | str, ...]
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_NODE_EVENTS = (yaml.MappingStartEvent, yaml.SequenceStartEvent, yaml.ScalarEvent, yaml.AliasEvent)
_START_EVENTS = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_END_EVENTS = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


@dataclass
class _Frame:
    mapping: bool
    path: Loc
    index: int = 0
    key: int | str | None = None
    key_at: tuple[int, int] = (1, 1)
    expecting_key: bool = True


def locate_in_text(text: str, loc: Loc) -> tuple[int, int]:
    """The 1-based line and column of the node at `loc`, or of its nearest existing parent.
    Mapping entries point at their key, sequence items at the item."""
    best = (1, 1)
    stack: list[_Frame] = []
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, _END_EVENTS):
                frame = stack.pop()
                if frame.path == loc[: len(frame.path)]:
                    return best  # the container that should hold the path ended without it
                continue
            if not isinstance(event, _NODE_EVENTS):
                continue
            placed = _place(stack, event)
            if placed is None:  # a mapping key: its value comes next
                if isinstance(event, _START_EVENTS):  # a key that is a collection
                    stack.append(_Frame(isinstance(event, yaml.MappingStartEvent), ("\0key",)))
                continue
            path, at = placed
            if path == loc[: len(path)]:
                best = at
                if path == loc:
                    return best
            if isinstance(event, _START_EVENTS):
                stack.append(_Frame(isinstance(event, yaml.MappingStartEvent), path))
    except yaml.YAMLError:
        pass
    return best


def _place(stack: list[_Frame], event: yaml.Event) -> tuple[Loc, tuple[int, int]] | None:
    """The path and 1-based place of the node an event starts, or None for a mapping's key."""
    mark = event.start_mark
    at = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    if not stack:
        return (), at
    top = stack[-1]
    if not top.mapping:
        top.index += 1
        return (*top.path, top.index - 1), at
    if top.expecting_key:
        top.key = event.value if isinstance(event, yaml.ScalarEvent) else None
        top.key_at = at
        top.expecting_key = False
        return None
    top.expecting_key = True
    key = top.key if top.key is not None else "\0"
    return (*top.path, key), top.key_at


def locate(root: yaml.Node | None, loc: Loc) -> tuple[int, int]:
    """The 1-based line and column of the node at `loc`, or of its nearest existing parent.
    Mapping entries point at their key, sequence items at the item."""
    if root is None:
        return 1, 1
    node, mark = root, root.start_mark
    for part in loc:
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            entry = next((kv for kv in node.value if getattr(kv[0], "value", None) == part), None)
            if entry is None:
                break
            mark, node = entry[0].start_mark, entry[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                break
            node = node.value[part]
            mark = node.start_mark
    return mark.line + 1, mark.column + 1
