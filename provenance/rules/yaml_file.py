"""Reading one rule file: safe YAML in, Python data out, every problem located.

Two parsers share the work. yaml-rs (YAML 1.2, written in Rust) reads well-formed files fast;
PyYAML's node tree, which keeps every position, is built only for a file with a problem to
locate. Only the safe subset of YAML is accepted: no tags, no duplicate keys, and no anchors
or aliases, which would allow billion-laughs expansion. A file that might hold any of those
skips the fast path, so PyYAML can point at them. Problems are recorded on the file, never
raised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
import yaml_rs

from provenance.codes import Code
from provenance.errors import Problem
from provenance.rules.models import RuleFile
from provenance.rules.positions import Loc, locate, locate_in_text

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR = "tag:yaml.org,2002:str"
_SCALAR_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp")
)
# A tag, anchor or alias starts a node: after a space, an indicator, or at a line start.
_MAYBE_UNSAFE = re.compile(r"(?:^|[\s\[\]{},])[!&*]\S", re.MULTILINE)
# Scalar constructors keep no state, so one instance serves every file and thread.
_SCALARS = yaml.constructor.SafeConstructor()


@dataclass
class ParsedFile:
    """One rule file: its bytes, its content as Python data, its model, and its problems."""

    path: str
    data: bytes
    content: Any = None
    model: RuleFile | None = None
    problems: list[Problem] = field(default_factory=list)
    _root: yaml.Node | None = None
    _located: int = 0

    @property
    def root(self) -> yaml.Node | None:
        """PyYAML's node tree, built on first use: only files with problems need it."""
        if self._root is None and self.data:
            try:
                self._root = yaml.compose(self.data.decode("utf-8-sig"), Loader=_Loader)
            except (UnicodeDecodeError, yaml.YAMLError):
                return None
        return self._root

    @property
    def rule_file(self) -> RuleFile:
        """The validated model; only for files that passed validation."""
        assert self.model is not None
        return self.model

    def problem(self, loc: Loc, message: str, code: str = Code.S101) -> Problem:
        """A problem at `loc`. The first few are found from the parser's events; a file
        with more problems than that gets its node tree built once."""
        if self._root is None and self._located < 3 and self.data:
            self._located += 1
            line, col = locate_in_text(self.data.decode("utf-8-sig", "replace"), loc)
        else:
            line, col = locate(self.root, loc)
        return Problem(self.path, line, col, message, code)


def read_file(path: Path, display: str | None = None) -> ParsedFile:
    """Read one rule file into Python data, recording any problem with its place."""
    parsed = ParsedFile(display or str(path), b"")
    try:
        parsed.data = path.read_bytes()
    except OSError as error:
        message = f"cannot read: {error.strerror}"
        parsed.problems.append(Problem(parsed.path, 1, 1, message, Code.Y106))
        return parsed
    text = _decode(parsed)
    if text is not None:
        parsed.content = _fast_content(text)
        if parsed.content is None and text.strip():
            parsed.content = _precise_content(parsed, text)
    if parsed.content is None and not parsed.problems:
        parsed.content = {}
    if not isinstance(parsed.content, dict) and not parsed.problems:
        parsed.problems.append(parsed.problem((), "a rule file must be a mapping"))
    return parsed


def _decode(parsed: ParsedFile) -> str | None:
    try:
        return parsed.data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = parsed.data.count(b"\n", 0, error.start) + 1
        col = error.start - parsed.data.rfind(b"\n", 0, error.start)
        parsed.problems.append(Problem(parsed.path, line, col, "not UTF-8 text", Code.Y105))
        return None


def _fast_content(text: str) -> dict[str, Any] | None:
    """The file's data when yaml-rs reads it as one mapping with nothing unsafe, else None."""
    if _MAYBE_UNSAFE.search(text):
        return None
    try:
        content = yaml_rs.loads(text, duplicate_key_policy=yaml_rs.DuplicateKeyPolicy.Error)
    except yaml_rs.YAMLDecodeError:
        return None
    return content if isinstance(content, dict) else None


def _precise_content(parsed: ParsedFile, text: str) -> Any:
    """The slow path: PyYAML with positions, so every problem can be located."""
    _refuse_anchors(parsed, text)
    if parsed.problems:
        return None
    try:
        parsed._root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = " ".join(part for part in (error.context, error.problem) if part)
        message = f"YAML syntax: {message}"
        parsed.problems.append(Problem(parsed.path, line, col, message, Code.Y101))
        return None
    except yaml.YAMLError as error:
        parsed.problems.append(Problem(parsed.path, 1, 1, f"YAML: {error}", Code.Y101))
        return None
    if parsed._root is None:
        return None
    return _to_python(parsed._root, parsed)


def _refuse_anchors(parsed: ParsedFile, text: str) -> None:
    try:
        events = list(yaml.parse(text, Loader=_Loader))
    except yaml.YAMLError:
        return  # compose will report the syntax error with its place
    for event in events:
        anchor = getattr(event, "anchor", None)
        if isinstance(event, yaml.AliasEvent):
            what = f"alias *{anchor}"
        elif anchor is not None:
            what = f"anchor &{anchor}"
        else:
            continue
        mark = event.start_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = f"YAML {what} is not allowed: anchors and aliases can expand without bound"
        parsed.problems.append(Problem(parsed.path, line, col, message, Code.Y103))


def _to_python(node: yaml.Node, parsed: ParsedFile) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node, parsed)
    if isinstance(node, yaml.SequenceNode):
        return [_to_python(child, parsed) for child in node.value]
    if isinstance(node, yaml.MappingNode):
        return _mapping(node, parsed)
    return None


def _scalar(node: yaml.ScalarNode, parsed: ParsedFile) -> Any:
    if node.tag == _STR or _is_yaml11_accident(node):
        return node.value
    if node.tag not in _SCALAR_TAGS:
        _add(parsed, node, f"YAML tag {node.tag} is not allowed", Code.Y104)
        return None
    return _SCALARS.yaml_constructors[node.tag](_SCALARS, node)


def _is_yaml11_accident(node: yaml.ScalarNode) -> bool:
    """YAML 1.1 reads `NO` (Norway's code) as false and `1:20` as 80; we follow YAML 1.2,
    where only true and false are booleans and colons make no numbers."""
    if node.tag == "tag:yaml.org,2002:bool":
        return node.value.lower() not in ("true", "false")
    return node.tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float") and ":" in node.value


def _mapping(node: yaml.MappingNode, parsed: ParsedFile) -> dict[Any, Any]:
    result: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = _to_python(key_node, parsed)
        try:
            duplicate = key in result
        except TypeError:
            _add(parsed, key_node, "a mapping key must be a plain value", Code.Y101)
            continue
        if duplicate:
            _add(parsed, key_node, f"duplicate key {key!r}", Code.Y102)
            continue
        result[key] = _to_python(value_node, parsed)
    return result


def _add(parsed: ParsedFile, node: yaml.Node, message: str, code: str) -> None:
    mark = node.start_mark
    parsed.problems.append(Problem(parsed.path, mark.line + 1, mark.column + 1, message, code))
