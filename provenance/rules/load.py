"""Loading rules: a rule tree read, checked whole, and compiled into a `RuleSet`.

Problems are collected, never raised one at a time: `load_rules` raises them all together,
each as file:line:col.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from provenance.errors import Problem, RulesError
from provenance.rules.ruleset import RuleSet
from provenance.rules.tree import Tree, read_tree, rule_files
from provenance.rules.yaml_file import ParsedFile

_PACKAGE = Path(__file__).resolve().parent.parent


def shipped_rules() -> Path:
    """The rules that ship with the package: inside a wheel, or at the top of a checkout."""
    bundled = _PACKAGE / "_shipped_rules"
    return bundled if bundled.is_dir() else _PACKAGE.parent / "rules"


def load_rules(path: str | Path | None = None) -> RuleSet:
    """Load every rule file under `path` (default: the shipped rules) into a `RuleSet`.

    Raises `RulesError` listing every problem found, each as file:line:col.
    """
    root = Path(path) if path is not None else shipped_rules()
    if not root.exists():
        raise RulesError([Problem(str(root), 1, 1, "no such file or folder")])
    with collector_paused():
        tree = read_tree(rule_files(root))
        problems = tree.problems
        if problems:
            raise RulesError(problems)
        return compile_tree(tree)


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


def compile_tree(tree: Tree) -> RuleSet:
    """The rule set of a tree; the first policy found is the one used."""
    models = [item.rule_file for item in tree.valid]
    policy = next(model.policy for model in models if model.policy is not None)
    owners = [owner for model in models for owner in model.owners]
    return RuleSet(tree.sources, owners, policy, rules_version(tree.parsed), domains=tree.domains)


def rules_version(parsed: Sequence[ParsedFile]) -> str:
    """A content hash of the rule files, so an annotation says which rules produced it."""
    files = sorted(hashlib.sha256(item.data).digest() for item in parsed)
    return "sha256:" + hashlib.sha256(b"".join(files)).hexdigest()[:16]
