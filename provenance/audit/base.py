"""The shape every check has, and what checks see: the rule tree, read once for all of them.

A check is a class with a stable code, a kebab-case name, a default severity and a
docstring that documents it with a bad and a good example. It may look at each file, each
source and each owner as the audit walks them, and at the whole tree when the walk ends.
Checks return findings; they never raise, and a broken file never stops the others.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import ClassVar

from provenance.annotate.annotator import Annotator
from provenance.audit.findings import Finding, Severity
from provenance.codes import Code
from provenance.errors import Problem
from provenance.rules.load import compile_tree
from provenance.rules.models import Owner, Source
from provenance.rules.positions import Loc
from provenance.rules.ruleset import RuleSet
from provenance.rules.tree import Tree, read_tree, rule_files
from provenance.rules.yaml_file import ParsedFile


@dataclass(frozen=True, slots=True)
class Place:
    """Where a rule item was written: its file and its path inside that file."""

    file: ParsedFile
    loc: Loc

    def __truediv__(self, part: int | str) -> Place:
        return Place(self.file, (*self.loc, part))


@dataclass
class Context:
    """The rule tree under audit and what the checks share about it."""

    tree: Tree
    today: date
    stale_days: int = 365
    absorbed: dict[str, str] = field(default_factory=dict)  # merged source id -> curated id
    memo: dict[tuple[str, str], object] = field(default_factory=dict)  # shared by checks

    @classmethod
    def read(cls, paths: Iterable[Path], today: date, stale_days: int = 365) -> Context:
        files = [file for path in paths for file in rule_files(path)]
        context = cls(read_tree(files), today, stale_days)
        for _, source in context.sources():
            for target in source.merges:
                context.absorbed.setdefault(target, source.id)
        return context

    def sources(self) -> Iterator[tuple[Place, Source]]:
        """Every source as written, with its place, before merges."""
        for parsed in self.tree.valid:
            for index, source in enumerate(parsed.rule_file.sources):
                yield Place(parsed, ("sources", index)), source

    def owners(self) -> Iterator[tuple[Place, Owner]]:
        for parsed in self.tree.valid:
            for index, owner in enumerate(parsed.rule_file.owners):
                yield Place(parsed, ("owners", index)), owner

    def final_id(self, source_id: str) -> str:
        """The id a source answers to after merges."""
        return self.absorbed.get(source_id, source_id)

    @cached_property
    def named_citations(self) -> frozenset[int]:
        """The identities of the citation objects that ids resolve to."""
        return frozenset(id(citation) for citation in self.tree.named.values())

    @cached_property
    def rules(self) -> RuleSet | None:
        """The compiled rules, when the tree has a policy to compile them with."""
        if not any(item.rule_file.policy for item in self.tree.valid):
            return None
        try:
            return compile_tree(self.tree)
        except Exception:  # a tree too broken to compile only loses the checks that need it
            return None

    @cached_property
    def annotator(self) -> Annotator | None:
        return Annotator(self.rules) if self.rules is not None else None


class Check:
    """Base of every check. Subclasses set the class attributes and override what they need."""

    code: ClassVar[Code]
    name: ClassVar[str]
    severity: ClassVar[Severity]

    def file(self, context: Context, parsed: ParsedFile) -> Iterable[Finding]:
        return ()

    def source(self, context: Context, place: Place, source: Source) -> Iterable[Finding]:
        return ()

    def owner(self, context: Context, place: Place, owner: Owner) -> Iterable[Finding]:
        return ()

    def finish(self, context: Context) -> Iterable[Finding]:
        return ()

    def at(self, place: Place, message: str) -> Finding:
        """A finding of this check at `place`."""
        line, col = _locate(place)
        return Finding(place.file.path, line, col, self.code, self.name, self.severity, message)

    def report(self, problems: Iterable[Problem]) -> list[Finding]:
        """Problems the rules layer found, as findings of this check."""
        return [self.from_problem(problem) for problem in problems]

    def from_problem(self, problem: Problem) -> Finding:
        return Finding(
            problem.path,
            problem.line,
            problem.col,
            self.code,
            self.name,
            self.severity,
            problem.message,
        )

    @classmethod
    def summary(cls) -> str:
        """The first paragraph of the docstring, on one line."""
        return " ".join((cls.__doc__ or "").strip().split("\n\n")[0].split())


def _locate(place: Place) -> tuple[int, int]:
    problem = place.file.problem(place.loc, "")
    return problem.line, problem.col


class FoundWhileReading(Check):
    """A check whose problems the loader finds while reading or validating one file (YAML
    errors, schema errors, unknown citation ids, patterns RE2 refuses) and tags with the
    check's code."""

    def finish(self, context: Context) -> Iterable[Finding]:
        return self.report(p for p in context.tree.file_problems if p.code == self.code)
