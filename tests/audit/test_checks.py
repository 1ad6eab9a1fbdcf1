"""Every check against its fixture: a line marked `# expect: CODE@COL` must be flagged by
that check at that 1-based column, and nothing else may be. A file that cannot hold a
comment (a broken link) gets its expectations in `expect.txt`, as `file:line:col CODE`."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from provenance.audit import CHECKS, AuditOptions, audit
from provenance.audit.base import Check
from provenance.rules.load import shipped_rules

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TODAY = date(2026, 11, 27)
_EXPECT = re.compile(rb"#\s*expect:\s*(\S.*)$")
_ONE = re.compile(r"([A-Z][0-9]{3})@([0-9]+)")

Expected = set[tuple[str, int, int, str]]


def expected(folder: Path) -> Expected:
    found: Expected = set()
    for path in sorted(folder.rglob("*.yaml")):
        if not path.is_file():
            continue
        for number, line in enumerate(path.read_bytes().splitlines(), start=1):
            match = _EXPECT.search(line)
            if match:
                for item in match.group(1).decode().split(","):
                    parsed = _ONE.fullmatch(item.strip())
                    assert parsed, f"{path}:{number}: write `# expect: CODE@COL`"
                    name = path.relative_to(folder).as_posix()
                    found.add((name, number, int(parsed[2]), parsed[1]))
    sidecar = folder / "expect.txt"
    if sidecar.exists():
        for line in sidecar.read_text(encoding="utf-8").splitlines():
            where, code = line.split()
            name, number, col = where.rsplit(":", 2)
            found.add((name, int(number), int(col), code))
    return found


def fixture_tree(check: type[Check], tmp_path: Path) -> Path:
    folder = FIXTURES / f"{check.code}-{check.name}"
    assert folder.is_dir(), f"no fixture for {check.code} {check.name}"
    root = tmp_path / "rules"
    shutil.copytree(folder, root, symlinks=True)
    (root / "expect.txt").unlink(missing_ok=True)
    texts = [p.read_bytes() for p in root.rglob("*.yaml") if p.is_file()]
    if not any(b"policy:" in text for text in texts):
        shutil.copy(shipped_rules() / "policy.yaml", root / "zz-policy.yaml")
    return root


@pytest.mark.parametrize("check", CHECKS, ids=[check.code for check in CHECKS])
def test_each_check_flags_exactly_its_fixture_lines(check: type[Check], tmp_path: Path) -> None:
    root = fixture_tree(check, tmp_path)
    report = audit([root], AuditOptions(today=TODAY, select=(check.code,)))
    got = {
        (Path(f.path).absolute().relative_to(root.absolute()).as_posix(), f.line, f.col, f.code)
        for f in report.findings
    }
    want = expected(FIXTURES / f"{check.code}-{check.name}")
    assert want, "a fixture must expect at least one finding"
    assert got == want


def test_every_check_has_a_stable_code_a_kebab_name_and_documented_examples() -> None:
    codes = [check.code for check in CHECKS]
    assert len(codes) == len(set(codes))
    for check in CHECKS:
        assert re.fullmatch(r"[A-Z][0-9]{3}", check.code), check
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", check.name), check
        doc = check.__doc__ or ""
        assert "Bad:" in doc and "Good:" in doc, check


def test_the_shipped_rules_audit_clean_at_error() -> None:
    # Today's date, not the fixtures': reviews age into warnings, never into errors.
    report = audit([shipped_rules()], AuditOptions(today=date.today()))
    errors = [str(f) for f in report.findings if f.severity == "error"]
    assert errors == []
    assert not report.failing("error")
