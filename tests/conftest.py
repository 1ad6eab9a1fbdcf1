"""Shared fixtures: the shipped rules, and small rule sets written for one test."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from provenance import Annotator, RuleSet, load_rules

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_e6c2c4d9a5885b82.txt"
POLICY = ROOT / "rules" / "policy.yaml"

WriteRules = Callable[[dict[str, str]], Path]


@pytest.fixture(scope="session")
def shipped() -> RuleSet:
    return load_rules()


@pytest.fixture(scope="session")
def annotator(shipped: RuleSet) -> Annotator:
    return Annotator(shipped)


@pytest.fixture
def write_rules(tmp_path: Path) -> WriteRules:
    """Write rule files (name -> YAML text) into a fresh folder holding the default policy."""

    def write(files: dict[str, str], with_policy: bool = True) -> Path:
        folder = tmp_path / "rules"
        folder.mkdir(exist_ok=True)
        if with_policy:
            (folder / "policy.yaml").write_text(POLICY.read_text(encoding="utf-8"), "utf-8")
        for name, text in files.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text), encoding="utf-8")
        return folder

    return write
