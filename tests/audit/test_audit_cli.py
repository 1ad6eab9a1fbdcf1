"""The audit and checks commands: formats, selection, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from provenance.audit import CHECKS
from provenance.cli import main
from tests.conftest import WriteRules

TODAY = "2026-11-27"
BROKEN = """
sources:
  - id: loud
    name: Loud
    aliases:
      - {text: Post, context: any}
    facts:
      editorial: {control: independent}
"""


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), env=env)
    return result.exit_code, result.stdout


@pytest.fixture
def broken(write_rules: WriteRules) -> Path:
    return write_rules({"a.yaml": BROKEN})


def test_parsable_lines_and_exit_4_on_errors(broken: Path) -> None:
    code, out = run("audit", str(broken), "--format", "parsable", "--today", TODAY)
    assert code == 4
    lines = out.splitlines()
    assert any(":6:9: [warning] alias 'Post' is short or a common word" in line for line in lines)
    assert any(
        ":8:7: [error] editorial control has no citation (C501 missing-citation)" in line
        for line in lines
    )


def test_fail_on_sets_what_fails(broken: Path) -> None:
    assert run("audit", str(broken), "--fail-on", "never", "--today", TODAY)[0] == 0
    assert run("audit", str(broken), "--ignore", "C501", "--today", TODAY)[0] == 0
    assert (
        run("audit", str(broken), "--ignore", "C5", "--fail-on", "warning", "--today", TODAY)[0]
        == 4
    )


def test_select_takes_codes_names_and_prefixes(broken: Path) -> None:
    for choice in ("A302", "ambiguous-alias", "A3"):
        _, out = run(
            "audit", str(broken), "--format", "parsable", "--select", choice, "--today", TODAY
        )
        assert {line.rsplit("(", 1)[1] for line in out.splitlines()} == {"A302 ambiguous-alias)"}


def test_json_is_a_versioned_envelope(broken: Path) -> None:
    _, out = run("audit", str(broken), "--format", "json", "--today", TODAY)
    data = json.loads(out)
    assert data["version"] == 1 and data["summary"]["errors"] == 1
    assert {item["code"] for item in data["findings"]} == {"A302", "C501", "L803"}
    assert data["summary"]["notes"] == 1


def test_sarif_names_its_rules_and_regions(broken: Path) -> None:
    _, out = run("audit", str(broken), "--format", "sarif", "--today", TODAY)
    sarif = json.loads(out)
    assert sarif["version"] == "2.1.0"
    run_ = sarif["runs"][0]
    assert {rule["id"] for rule in run_["tool"]["driver"]["rules"]} == {c.code for c in CHECKS}
    region = run_["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] >= 1 and region["startColumn"] >= 1


def test_github_annotations(broken: Path) -> None:
    _, out = run("audit", str(broken), "--format", "github", "--today", TODAY)
    assert any(
        line.startswith("::error file=") and ",line=8,col=7,title=C501 missing-citation::" in line
        for line in out.splitlines()
    )


def test_auto_picks_github_under_actions_and_text_elsewhere(broken: Path) -> None:
    _, actions = run("audit", str(broken), "--today", TODAY, env={"GITHUB_ACTIONS": "true"})
    assert actions.startswith("::")
    _, plain = run("audit", str(broken), "--today", TODAY, env={"GITHUB_ACTIONS": ""})
    assert "\033[" not in plain and "checks: 1 errors, 1 warnings" in plain
    assert "C501    missing-citation" in plain  # the summary table by check


def test_a_suppression_needs_a_reason(write_rules: WriteRules) -> None:
    text = BROKEN.replace(
        "{text: Post, context: any}", "{text: Post, context: any}  # provenance: ignore[A302]"
    )
    _, out = run(
        "audit", str(write_rules({"a.yaml": text})), "--format", "parsable", "--today", TODAY
    )
    assert "Q901 suppression-without-reason" in out and "A302 ambiguous-alias" in out
    reasoned = text.replace("ignore[A302]", "ignore[A302] the paper is called that")
    _, out = run(
        "audit", str(write_rules({"a.yaml": reasoned})), "--format", "parsable", "--today", TODAY
    )
    assert "A302" not in out and "Q901" not in out


def test_the_default_is_the_shipped_rules() -> None:
    code, out = run("audit", "--format", "parsable", "--fail-on", "error")
    assert code == 0
    assert "[error]" not in out


def test_checks_lists_and_explains() -> None:
    code, out = run("checks")
    assert code == 0 and all(check.code in out for check in CHECKS)
    code, out = run("checks", "--explain", "D201")
    assert (
        code == 0
        and out.startswith("D201 duplicate-domain (error)")
        and "Bad:" in out
        and "Good:" in out
    )
    assert run("checks", "--explain", "ZZZ")[0] == 2
