"""A rule tree: every rule file under a folder read, validated and merged, with its domain
index built, and every problem found on the way kept rather than raised. The audit works on
a tree even when it has problems; `load_rules` compiles only a clean one."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from provenance.errors import Problem
from provenance.rules import integrity
from provenance.rules.domains import DomainConflict, DomainIndex
from provenance.rules.merge import merge_sources
from provenance.rules.models import Citation, Source
from provenance.rules.validate import named_citations, validate
from provenance.rules.yaml_file import ParsedFile, read_file

RULE_SUFFIXES = (".yaml", ".yml")


@dataclass
class Tree:
    """Rule files and what was made of them. `sources` are merged; `conflicts` are domain
    claims no `overrides` settles, left out of `domains`."""

    parsed: list[ParsedFile]
    valid: list[ParsedFile]
    named: dict[str, Citation]
    sources: list[Source]
    merge_problems: list[Problem]
    domains: DomainIndex
    conflicts: list[DomainConflict]

    @property
    def file_problems(self) -> list[Problem]:
        """What reading and validating each file on its own found."""
        return [problem for item in self.parsed for problem in item.problems]

    @property
    def problems(self) -> list[Problem]:
        """Every problem that keeps the tree from loading."""
        return [
            *self.file_problems,
            *integrity.duplicate_ids(self.valid),
            *integrity.dangling_owners(self.valid),
            *integrity.policy_count(self.valid, self.parsed),
            *self.merge_problems,
            *integrity.domain_problems(self.valid, self.conflicts),
        ]


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


def read_tree(files: Iterable[Path]) -> Tree:
    """Read, validate and merge rule files, and index their domains."""
    parsed = [read_file(file, display_path(file)) for file in files]
    named = named_citations(parsed)
    for item in parsed:
        validate(item, named)
    valid = [item for item in parsed if item.model is not None]
    entries = [
        (item, index, source)
        for item in valid
        for index, source in enumerate(item.rule_file.sources)
    ]
    sources, merge_problems = merge_sources(entries)
    claims = [(source.id, rule) for source in sources for rule in source.domains]
    domains, conflicts = DomainIndex.build(claims)
    return Tree(parsed, valid, named, sources, merge_problems, domains, conflicts)


def display_path(file: Path) -> str:
    """The path as the user can open it: relative to the working folder when inside it."""
    try:  # absolute, not resolved: a broken link keeps its own name
        return str(file.absolute().relative_to(Path.cwd()))
    except ValueError:
        return str(file)
