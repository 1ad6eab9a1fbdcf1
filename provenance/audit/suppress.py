"""Inline suppression: `# provenance: ignore[CODE, name] reason`, on the line of a finding
or the line above it. A suppression must say why; one that does not silences nothing, and
one that silences nothing is reported too."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from provenance.audit.checks.suppressions import SuppressionWithoutReason, UnusedSuppression
from provenance.audit.findings import Finding
from provenance.rules.yaml_file import ParsedFile

_IGNORE = re.compile(r"#\s*provenance:\s*ignore\[(?P<codes>[^\]]*)\](?P<reason>[^#]*)")


@dataclass
class Suppression:
    path: str
    line: int
    col: int
    codes: frozenset[str]
    reason: str
    used: bool = field(default=False)

    def covers(self, finding: Finding) -> bool:
        return bool({finding.code, finding.name} & self.codes) and finding.line in (
            self.line,
            self.line + 1,
        )


def suppressions_in(parsed: ParsedFile) -> list[Suppression]:
    text = parsed.data.decode("utf-8", "replace")
    found: list[Suppression] = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = _IGNORE.search(line)
        if match:
            codes = frozenset(code.strip() for code in match["codes"].split(",") if code.strip())
            reason = match["reason"].strip(" -—:")
            found.append(Suppression(parsed.path, number, match.start() + 1, codes, reason))
    return found


def apply_suppressions(
    findings: Iterable[Finding], files: Sequence[ParsedFile], enabled: frozenset[str]
) -> list[Finding]:
    """The findings no reasoned suppression covers, and a finding for each suppression that
    gives no reason or covers nothing."""
    by_path: dict[str, list[Suppression]] = {}
    for parsed in files:
        by_path[parsed.path] = suppressions_in(parsed)
    kept: list[Finding] = []
    for finding in findings:
        cover = next((s for s in by_path.get(finding.path, ()) if s.covers(finding)), None)
        if cover is not None and cover.reason:
            cover.used = True
        else:
            kept.append(finding)
    for suppressions in by_path.values():
        for item in suppressions:
            kept += _about(item, enabled)
    return kept


def _about(item: Suppression, enabled: frozenset[str]) -> list[Finding]:
    if not item.reason and SuppressionWithoutReason.code in enabled:
        check = SuppressionWithoutReason
        message = "a suppression must say why: add the reason after the brackets"
    elif item.reason and not item.used and UnusedSuppression.code in enabled:
        check = UnusedSuppression  # type: ignore[assignment]
        message = f"suppresses nothing: no {', '.join(sorted(item.codes))} finding here"
    else:
        return []
    return [
        Finding(item.path, item.line, item.col, check.code, check.name, check.severity, message)
    ]
