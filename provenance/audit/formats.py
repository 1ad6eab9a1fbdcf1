"""How audit reports are written: one formatter class per format, chosen by name.

text      one line per finding (coloured on a terminal) and a summary table by check
parsable  path:line:col: [severity] message (CODE name)
github    workflow commands that annotate the lines of a pull request
json      a versioned envelope: {"version": 1, "findings": [...], "summary": {...}}
sarif     SARIF 2.1.0, for code-scanning dashboards
auto      github under GitHub Actions, coloured text on a terminal, plain text elsewhere
"""

from __future__ import annotations

import json
import os
from collections import Counter
from typing import Any, ClassVar

from tabulate import tabulate

from provenance.audit.findings import Finding, Severity
from provenance.audit.run import AuditReport

JSON_VERSION = 1
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


class Formatter:
    name: ClassVar[str]

    def render(self, report: AuditReport) -> str:
        raise NotImplementedError


class ParsableFormatter(Formatter):
    name = "parsable"

    def render(self, report: AuditReport) -> str:
        return "".join(f"{finding}\n" for finding in report.findings)


_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


class TextFormatter(Formatter):
    name = "text"

    def __init__(self, colour: bool = False) -> None:
        self.colour = colour

    def render(self, report: AuditReport) -> str:
        lines = [self._line(finding) for finding in report.findings]
        lines.append("")
        lines.append(self._summary(report))
        return "\n".join(lines) + "\n"

    def _line(self, finding: Finding) -> str:
        severity = finding.severity.value
        if self.colour:
            severity = f"\033[{_COLOURS[finding.severity]}m{severity}\033[0m"
        where = f"{finding.path}:{finding.line}:{finding.col}"
        return f"{where}: {severity}: {finding.message} [{finding.code} {finding.name}]"

    def _summary(self, report: AuditReport) -> str:
        counts = Counter((f.code, f.name, f.severity.value) for f in report.findings)
        rows = [
            [code, name, severity, count]
            for (code, name, severity), count in sorted(counts.items())
        ]
        totals = report.totals()
        head = (
            f"{report.files} files, {report.sources} sources, {len(report.checks)} checks: "
            f"{totals['error']} errors, {totals['warning']} warnings, {totals['info']} notes"
        )
        if not rows:
            return head
        return head + "\n\n" + tabulate(rows, headers=("code", "check", "severity", "findings"))


class GithubFormatter(Formatter):
    """GitHub Actions workflow commands; values are escaped as the runner expects."""

    name = "github"
    LEVELS: ClassVar[dict[Severity, str]] = {
        Severity.ERROR: "error",
        Severity.WARNING: "warning",
        Severity.INFO: "notice",
    }

    def render(self, report: AuditReport) -> str:
        return "".join(self._line(finding) + "\n" for finding in report.findings)

    def _line(self, finding: Finding) -> str:
        level = self.LEVELS[finding.severity]
        title = _escape_property(f"{finding.code} {finding.name}")
        where = f"file={_escape_property(finding.path)},line={finding.line},col={finding.col}"
        return f"::{level} {where},title={title}::{_escape_data(finding.message)}"


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


class JsonFormatter(Formatter):
    name = "json"

    def render(self, report: AuditReport) -> str:
        totals = report.totals()
        envelope = {
            "version": JSON_VERSION,
            "tool": "provenance audit",
            "summary": {
                "files": report.files,
                "sources": report.sources,
                "checks": [check.code for check in report.checks],
                "errors": totals["error"],
                "warnings": totals["warning"],
                "notes": totals["info"],
            },
            "findings": [_as_dict(finding) for finding in report.findings],
        }
        return json.dumps(envelope, indent=2, ensure_ascii=False) + "\n"


def _as_dict(finding: Finding) -> dict[str, Any]:
    return {
        "path": finding.path,
        "line": finding.line,
        "col": finding.col,
        "code": finding.code,
        "name": finding.name,
        "severity": finding.severity.value,
        "message": finding.message,
    }


class SarifFormatter(Formatter):
    name = "sarif"
    LEVELS: ClassVar[dict[Severity, str]] = {
        Severity.ERROR: "error",
        Severity.WARNING: "warning",
        Severity.INFO: "note",
    }

    def render(self, report: AuditReport) -> str:
        rules = [
            {
                "id": check.code,
                "name": check.name,
                "shortDescription": {"text": check.summary()},
                "fullDescription": {"text": (check.__doc__ or "").strip()},
                "defaultConfiguration": {"level": self.LEVELS[check.severity]},
            }
            for check in report.checks
        ]
        index = {str(check.code): number for number, check in enumerate(report.checks)}
        results = [self._result(finding, index) for finding in report.findings]
        run = {"tool": {"driver": {"name": "provenance audit", "rules": rules}}, "results": results}
        document = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"

    def _result(self, finding: Finding, index: dict[str, int]) -> dict[str, Any]:
        result: dict[str, Any] = {
            "ruleId": finding.code,
            "level": self.LEVELS[finding.severity],
            "message": {"text": finding.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": finding.path.replace(os.sep, "/")},
                        "region": {"startLine": finding.line, "startColumn": finding.col},
                    }
                }
            ],
        }
        if finding.code in index:
            result["ruleIndex"] = index[finding.code]
        return result


FORMATTERS: dict[str, type[Formatter]] = {
    formatter.name: formatter
    for formatter in (
        TextFormatter,
        ParsableFormatter,
        GithubFormatter,
        JsonFormatter,
        SarifFormatter,
    )
}
FORMAT_NAMES = ("auto", *FORMATTERS)


def formatter_for(name: str, stream_is_terminal: bool) -> Formatter:
    """The formatter for `name`; `auto` looks at where the output goes."""
    if name == "auto":
        if os.environ.get("GITHUB_ACTIONS") == "true":
            return GithubFormatter()
        return TextFormatter(colour=stream_is_terminal and "NO_COLOR" not in os.environ)
    return FORMATTERS[name]()
