"""Reading rule files: safe YAML in, validated models out, every problem located to file:line:col.

Two parsers share the work. yaml-rs (YAML 1.2, written in Rust) reads well-formed files fast;
PyYAML's node tree, which keeps every position, is built only for a file with a problem to
locate. Only the safe subset of YAML is accepted: no tags, no duplicate keys, and no anchors
or aliases, which would allow billion-laughs expansion. A file that might hold any of those
skips the fast path, so PyYAML can point at them. Problems are collected, never raised one at
a time; `load_rules` raises them all together.

Citations may be written once, with an id, in any file's `citations:` list and cited by that
id anywhere; ids are resolved while validating, so an unknown id is a located problem too.
"""

from __future__ import annotations

import difflib
import gc
import hashlib
import re
import types
import typing
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
import yaml_rs
from pydantic import BaseModel, ValidationError

from provenance.domains import DomainIndex
from provenance.errors import Problem, RulesError
from provenance.merge import merge_sources
from provenance.models import Citation, NamedCitation, RuleFile, Source
from provenance.positions import locate_in_text
from provenance.ruleset import RuleSet

RULE_SUFFIXES = (".yaml", ".yml")
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR = "tag:yaml.org,2002:str"
_SCALAR_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp")
)
# A tag, anchor or alias starts a node: after a space, an indicator, or at a line start.
_MAYBE_UNSAFE = re.compile(r"(?:^|[\s\[\]{},])[!&*]\S", re.MULTILINE)
# Scalar constructors keep no state, so one instance serves every file and thread.
_SCALARS = yaml.constructor.SafeConstructor()

Loc = tuple[int | str, ...]


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

    def problem(self, loc: Loc, message: str, code: str = "S101") -> Problem:
        """A problem at `loc`. The first few are found from the parser's events; a file
        with more problems than that gets its node tree built once."""
        if self._root is None and self._located < 3 and self.data:
            self._located += 1
            line, col = locate_in_text(self.data.decode("utf-8-sig", "replace"), loc)
        else:
            line, col = locate(self.root, loc)
        return Problem(self.path, line, col, message, code)


def rule_files(root: Path) -> list[Path]:
    """Every YAML file under `root` (or `root` itself), in a stable order."""
    if root.is_file():
        return [root]
    # A broken link is listed too, so that it is reported rather than silently skipped.
    return sorted(
        path
        for path in root.rglob("*")
        if path.suffix in RULE_SUFFIXES and (path.is_file() or path.is_symlink())
    )


def parse_file(path: Path, display: str | None = None) -> ParsedFile:
    """Read and validate one rule file on its own. Problems are recorded, never raised.
    Citation ids stay unresolved: they may name citations in other files."""
    parsed = read_file(path, display)
    validate(parsed, None)
    return parsed


def read_file(path: Path, display: str | None = None) -> ParsedFile:
    """Read one rule file into Python data, recording any problem with its place."""
    parsed = ParsedFile(display or str(path), b"")
    try:
        parsed.data = path.read_bytes()
    except OSError as error:
        parsed.problems.append(Problem(parsed.path, 1, 1, f"cannot read: {error.strerror}", "Y106"))
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
        parsed.problems.append(Problem(parsed.path, line, col, "not UTF-8 text", "Y105"))
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
        parsed.problems.append(Problem(parsed.path, line, col, f"YAML syntax: {message}", "Y101"))
        return None
    except yaml.YAMLError as error:
        parsed.problems.append(Problem(parsed.path, 1, 1, f"YAML: {error}", "Y101"))
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
        parsed.problems.append(Problem(parsed.path, line, col, message, "Y103"))


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
        _add(parsed, node, f"YAML tag {node.tag} is not allowed", "Y104")
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
            _add(parsed, key_node, "a mapping key must be a plain value", "Y101")
            continue
        if duplicate:
            _add(parsed, key_node, f"duplicate key {key!r}", "Y102")
            continue
        result[key] = _to_python(value_node, parsed)
    return result


def _add(parsed: ParsedFile, node: yaml.Node, message: str, code: str) -> None:
    mark = node.start_mark
    parsed.problems.append(Problem(parsed.path, mark.line + 1, mark.column + 1, message, code))


def named_citations(files: Iterable[ParsedFile]) -> dict[str, Citation]:
    """Every well-formed named citation in these files, by id. A malformed one is left out
    here and reported when its file is validated."""
    named: dict[str, Citation] = {}
    for parsed in files:
        entries = parsed.content.get("citations") if isinstance(parsed.content, dict) else None
        for entry in entries if isinstance(entries, list) else ():
            try:
                citation = NamedCitation.model_validate(entry)
            except ValidationError:
                continue
            named.setdefault(citation.id, Citation(**citation.model_dump(exclude={"id"})))
    return named


def validate(parsed: ParsedFile, citations: Mapping[str, Citation] | None) -> None:
    """Validate a file's data into a `RuleFile`, resolving citation ids against `citations`
    (when given: an unknown id is then a problem)."""
    if parsed.problems or not isinstance(parsed.content, dict):
        return
    try:
        parsed.model = RuleFile.model_validate(parsed.content, context={"citations": citations})
    except ValidationError as error:
        for item in error.errors(include_url=False):
            loc = tuple(item["loc"])
            code = _ERROR_CODES.get(item["type"], "S101")
            parsed.problems.append(parsed.problem(loc, _explain(item, loc), code))


# Validation errors that belong to a check of their own rather than to the schema check.
_ERROR_CODES = {"dangling_citation": "R404", "invalid_pattern": "P701"}


def _explain(item: Any, loc: Loc) -> str:
    where = ".".join(str(part) for part in loc) or "file"
    message = str(item["msg"]).removeprefix("Value error, ")
    if item["type"] == "extra_forbidden":
        message = f"unknown key {loc[-1]!r}"
        guess = difflib.get_close_matches(str(loc[-1]), _allowed_keys(loc[:-1]), n=1)
        if guess:
            message += f"; did you mean {guess[0]!r}?"
        where = ".".join(str(part) for part in loc[:-1]) or "file"
    return f"{where}: {message}"


def _allowed_keys(loc: Loc) -> list[str]:
    """The keys the model at `loc` accepts, found by walking the model classes."""
    model: type[BaseModel] | None = RuleFile
    for part in loc:
        if model is None:
            return []
        if isinstance(part, str):
            info = model.model_fields.get(part)
            model = _model_in(info.annotation) if info else None
    return list(model.model_fields) if model else []


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (tuple, list, typing.Union, types.UnionType, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found:
                return found
    return None


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


def shipped_rules() -> Path:
    """The rules that ship with the package: inside a wheel, or at the top of a checkout."""
    here = Path(__file__).resolve().parent
    bundled = here / "_shipped_rules"
    return bundled if bundled.is_dir() else here.parent / "rules"


def load_rules(path: str | Path | None = None) -> RuleSet:
    """Load every rule file under `path` (default: the shipped rules) into a `RuleSet`.

    Raises `RulesError` listing every problem found, each as file:line:col.
    """
    root = Path(path) if path is not None else shipped_rules()
    if not root.exists():
        raise RulesError([Problem(str(root), 1, 1, "no such file or folder")])
    with collector_paused():
        return _load(root)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Loading makes hundreds of thousands of objects that all live on, and each of the
    collector's full passes walks them all again: two thirds of the load time. Loading makes
    no garbage cycles worth chasing, so the collector waits until the load is done."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _load(root: Path) -> RuleSet:
    tree = read_tree(rule_files(root))
    if tree.problems:
        raise RulesError(tree.problems)
    return tree.compile()


@dataclass
class Tree:
    """Rule files read, validated and merged, with every problem found on the way. The audit
    works on a tree even when it has problems; `load_rules` only compiles a clean one."""

    parsed: list[ParsedFile]
    valid: list[ParsedFile]
    sources: list[Source]
    domains: DomainIndex
    problems: list[Problem]
    named: dict[str, Citation]

    def compile(self) -> RuleSet:
        return _compile(self.valid, self.sources, rules_version(self.parsed), self.domains)


def read_tree(files: Iterable[Path]) -> Tree:
    """Read, validate and merge rule files, collecting every problem."""
    parsed = [read_file(file, display_path(file)) for file in files]
    citations = named_citations(parsed)
    for item in parsed:
        validate(item, citations)
    problems = [problem for item in parsed for problem in item.problems]
    valid = [item for item in parsed if item.model is not None]
    problems += check_across(valid, parsed)
    sources, merge_problems = merge_sources(
        [
            (item, index, source)
            for item in valid
            for index, source in enumerate(models_of(item).sources)
        ]
    )
    domains, conflicts = domain_index(valid, sources)
    problems += merge_problems + conflicts
    return Tree(parsed, valid, sources, domains, problems, citations)


def display_path(file: Path) -> str:
    """The path as the user can open it: relative to the working folder when inside it."""
    try:  # absolute, not resolved: a broken link keeps its own name
        return str(file.absolute().relative_to(Path.cwd()))
    except ValueError:
        return str(file)


def check_across(valid: list[ParsedFile], parsed: list[ParsedFile]) -> list[Problem]:
    """The problems no single file shows: duplicate ids, dangling owners, the policy count."""
    problems = _duplicate_ids(valid, "sources") + _duplicate_ids(valid, "owners")
    problems += _duplicate_ids(valid, "citations")
    problems += _dangling_owners(valid) + _policy_count(valid, parsed)
    return problems


def models_of(item: ParsedFile) -> RuleFile:
    assert item.model is not None
    return item.model


def _duplicate_ids(valid: list[ParsedFile], kind: str) -> list[Problem]:
    first: dict[str, tuple[ParsedFile, int]] = {}
    problems: list[Problem] = []
    for item in valid:
        for index, entry in enumerate(getattr(models_of(item), kind)):
            if entry.id not in first:
                first[entry.id] = (item, index)
                continue
            where = first[entry.id][0].problem((kind, first[entry.id][1], "id"), "")
            message = f"duplicate {kind[:-1]} id {entry.id!r}; first at {where.path}:{where.line}"
            problems.append(item.problem((kind, index, "id"), message, "I101"))
    return problems


def _dangling_owners(valid: list[ParsedFile]) -> list[Problem]:
    known = {owner.id for item in valid for owner in models_of(item).owners}
    problems: list[Problem] = []
    for item in valid:
        for kind in ("sources", "owners"):
            for index, entry in enumerate(getattr(models_of(item), kind)):
                for number, link in enumerate(entry.owners):
                    if link.id not in known:
                        loc = (kind, index, "owners", number, "id")
                        problems.append(
                            item.problem(loc, f"owner {link.id!r} is not defined", "R401")
                        )
    return problems


def _policy_count(valid: list[ParsedFile], parsed: list[ParsedFile]) -> list[Problem]:
    holders = [item for item in valid if models_of(item).policy is not None]
    if not holders and len(valid) == len(parsed):
        where = parsed[0].path if parsed else "rules"
        return [Problem(where, 1, 1, "no `policy:` found in any rule file", "S102")]
    message = f"a second `policy:`; the first is in {holders[0].path}" if holders else ""
    return [item.problem(("policy",), message, "S102") for item in holders[1:]]


def domain_index(
    valid: list[ParsedFile], sources: list[Source]
) -> tuple[DomainIndex, list[Problem]]:
    """The domain index of the merged sources, and a located problem for each claim that no
    `overrides` settles. Merging keeps the rule objects, so each still knows its place."""
    places: dict[int, tuple[ParsedFile, Loc]] = {}
    for item in valid:
        for position, source in enumerate(models_of(item).sources):
            for number, rule in enumerate(source.domains):
                places[id(rule)] = (item, ("sources", position, "domains", number))
    claims = [(source.id, rule) for source in sources for rule in source.domains]
    index, conflicts = DomainIndex.build(claims)
    problems: list[Problem] = []
    for conflict in conflicts:
        names = sorted({source_id for source_id, _ in conflict.claims})
        message = (
            f"{conflict.key}{conflict.path or ''} is claimed by {', '.join(names)}; settle it "
            "with `overrides` and a `reason` on the claim that should win"
        )
        for _, rule in conflict.claims:
            item, loc = places[id(rule)]
            problems.append(item.problem(loc, message, "D201"))
    return index, problems


def _compile(
    valid: list[ParsedFile], sources: list[Source], version: str, domains: DomainIndex
) -> RuleSet:
    models = [models_of(item) for item in valid]
    policy = next(model.policy for model in models if model.policy is not None)
    return RuleSet(
        sources,
        [owner for model in models for owner in model.owners],
        policy,
        version,
        domains=domains,
    )


def rules_version(parsed: list[ParsedFile]) -> str:
    """A content hash of the rule files, so an annotation says which rules produced it."""
    files = sorted(hashlib.sha256(item.data).digest() for item in parsed)
    return "sha256:" + hashlib.sha256(b"".join(files)).hexdigest()[:16]
