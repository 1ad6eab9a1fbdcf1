"""Running an audit: the selected checks over a rule tree read once, suppressions applied,
findings sorted. A check that fails is a finding too; the others go on."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from provenance.audit.base import Check, Context
from provenance.audit.checks import CHECKS
from provenance.audit.findings import Finding, Severity
from provenance.audit.suppress import apply_suppressions
from provenance.rules.load import collector_paused


@dataclass(frozen=True)
class AuditOptions:
    today: date
    stale_days: int = 365
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()


@dataclass
class AuditReport:
    findings: list[Finding]
    checks: tuple[type[Check], ...]
    files: int = 0
    sources: int = 0

    def totals(self) -> Counter[str]:
        """Findings by severity: error, warning, info."""
        return Counter(finding.severity.value for finding in self.findings)

    def failing(self, fail_on: str) -> bool:
        """Whether any finding is at or above `fail_on` (error, warning, or never)."""
        if fail_on == "never":
            return False
        threshold = Severity(fail_on).rank
        return any(finding.severity.rank >= threshold for finding in self.findings)


def selected(options: AuditOptions) -> tuple[type[Check], ...]:
    """The checks `--select` and `--ignore` leave; each takes codes, names or code prefixes."""
    chosen = [c for c in CHECKS if not options.select or _matches(c, options.select)]
    return tuple(c for c in chosen if not _matches(c, options.ignore))


def _matches(check: type[Check], patterns: Sequence[str]) -> bool:
    return any(
        item == check.name or check.code.upper().startswith(item.upper()) for item in patterns
    )


def audit(paths: Iterable[Path], options: AuditOptions) -> AuditReport:
    """Run every selected check over the rule files under `paths`."""
    with collector_paused():
        return _audit(paths, options)


def _audit(paths: Iterable[Path], options: AuditOptions) -> AuditReport:
    context = Context.read(paths, options.today, options.stale_days)
    checks = selected(options)
    instances = [check() for check in checks]
    findings = [found for check in instances for found in _run(check, context)]
    enabled = frozenset(check.code for check in checks)
    findings = sorted(set(apply_suppressions(findings, context.tree.parsed, enabled)))
    return AuditReport(
        findings,
        checks,
        files=len(context.tree.parsed),
        sources=sum(1 for _ in context.sources()),
    )


def _run(check: Check, context: Context) -> Iterator[Finding]:
    """One check over the whole tree. A check that fails is a finding too: the audit goes
    on with the others."""
    try:
        for parsed in context.tree.valid:
            yield from check.file(context, parsed)
        for place, source in context.sources():
            yield from check.source(context, place, source)
        for place, owner in context.owners():
            yield from check.owner(context, place, owner)
        yield from check.finish(context)
    except Exception as error:  # a bug in one check must not hide the others' findings
        path = context.tree.parsed[0].path if context.tree.parsed else "rules"
        message = f"the check failed and was stopped: {error!r}"
        yield Finding(path, 1, 1, check.code, check.name, Severity.ERROR, message)
