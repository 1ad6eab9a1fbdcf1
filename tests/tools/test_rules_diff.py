"""What a rules change does, as `provenance rules diff` prints it."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from provenance.cli import main
from tests.conftest import WriteRules


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout


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
