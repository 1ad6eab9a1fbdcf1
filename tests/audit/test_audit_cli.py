"""The audit, checks, schema and rules diff commands: formats, selection, exit codes."""

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
    code, out = run("audit", "--format", "parsable", "--fail-on", "error", "--today", TODAY)
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


def test_rules_diff_reports_label_changes(write_rules: WriteRules, tmp_path: Path) -> None:
    before = write_rules(
        {
            "a.yaml": """
            citations:
              - {id: c, url: "https://example.org/c", title: C, checked: 2026-11-01}
            sources:
              - id: outlet
                name: Outlet
                domains: [outlet.example]
                facts:
                  funding: [{kind: commercial, citations: [c]}]
                  governance: {leadership_appointed_by: owners, citations: [c]}
                  editorial: {control: independent, citations: [c]}
              - {id: gone, name: Gone, domains: [gone.example]}
            """
        }
    )
    after = tmp_path / "after"
    after.mkdir()
    (after / "policy.yaml").write_text((before / "policy.yaml").read_text())
    changed = (before / "a.yaml").read_text().replace("control: independent", "control: state")
    changed = changed.replace(
        "- {id: gone, name: Gone, domains: [gone.example]}", "- {id: new, name: New}"
    )
    (after / "a.yaml").write_text(changed)
    code, out = run("rules", "diff", str(before), str(after))
    assert code == 0
    assert out.startswith("1 sources added, 1 removed, 0 merged, 1 changed; 2 of 2 shipped domains")
    assert "label private -> captured-private (CaPr)" in out


def test_rules_diff_reports_a_merge_as_a_merge(write_rules: WriteRules, tmp_path: Path) -> None:
    imported = "- {id: smm-wire, name: Wire, type: news-agency, domains: [wire.example]}"
    before = write_rules({"a.yaml": f"sources:\n  {imported}\n"})
    after = tmp_path / "after"
    after.mkdir()
    (after / "policy.yaml").write_text((before / "policy.yaml").read_text())
    curated = "- {id: wire, name: Wire Agency, type: news-agency, merges: [smm-wire]}"
    (after / "a.yaml").write_text(f"sources:\n  {imported}\n  {curated}\n")
    code, out = run("rules", "diff", str(before), str(after))
    assert code == 0
    assert out.startswith("1 sources added, 0 removed, 1 merged, 0 changed")
    merged_rows = out.split("merged    into")[1].splitlines()
    assert merged_rows[2].split()[:2] == ["smm-wire", "wire"]
