"""The exceptions the library raises, and the located problems they carry.

    ProvenanceError
    ├── RulesError      the rule files could not be loaded; `.problems` lists every one
    └── ArticleError    one article could not be read or decoded

Problems are values (`Problem`), collected before anything is raised, so that a caller sees
every broken rule at once rather than one per run.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    """One thing wrong with one place in one file; lines and columns are 1-based."""

    path: str
    line: int
    col: int
    message: str
    code: str = ""  # the audit check that reports it, e.g. "Y102"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.message}"


class ProvenanceError(Exception):
    """Base class of every error the library raises on purpose."""


class RulesError(ProvenanceError):
    """The rules failed to load. Every problem found is in `problems`, sorted by place."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        count = len(self.problems)
        lines = "\n".join(str(problem) for problem in self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the rules:\n{lines}")


class ArticleError(ProvenanceError):
    """An article could not be read: empty, binary, undecodable or malformed."""
