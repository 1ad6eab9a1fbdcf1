"""What the rules cover, as `provenance rules stats` prints it."""

from __future__ import annotations

from click.testing import CliRunner

from provenance.cli import main
from tests.conftest import WriteRules


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_rules_stats_prints_coverage(write_rules: WriteRules) -> None:
    folder = write_rules(
        {
            "a.yaml": """
            sources:
              - id: a
                name: Alpha
                country: FR
                reviewed: 2024-01-01
                facts:
                  editorial: {control: independent}
              - id: b
                name: Beta
                country: DE
                reviewed: 2026-06-01
            """
        }
    )
    code, out, _ = run("rules", "stats", "--rules", str(folder), "--today", "2026-11-27")
    assert code == 0
    assert "countries" in out and "facts with a citation           0 of 1 (0.0%)" in out
    assert "a               2024-01-01" in out and "b  " not in out.split("stale review")[1]


def test_a_bad_date_is_a_usage_error(write_rules: WriteRules) -> None:
    folder = write_rules({})
    code, _, err = run("rules", "stats", "--rules", str(folder), "--today", "2026-13-01")
    assert code == 2 and "--today" in err
