"""Auditing rule files: every problem found, located to file:line:col, as values.

>>> from datetime import date
>>> from provenance.audit import AuditOptions, audit
>>> report = audit([Path("rules")], AuditOptions(today=date(2026, 11, 27)))
>>> report.failing("error")
False

run        `audit`: the selected checks over a tree read once
base       the shape of a check, and the context checks share
checks/    one module per family of checks; `CHECKS` is the registry
findings   findings and severities
suppress   `# provenance: ignore[CODE] reason` comments
formats    one formatter per output format
catalog    the list of checks and one check's documentation, for people
"""

from provenance.audit.base import Place
from provenance.audit.checks import CHECKS, check_by_code
from provenance.audit.findings import Finding, Severity
from provenance.audit.run import AuditOptions, AuditReport, audit

__all__ = [
    "CHECKS",
    "AuditOptions",
    "AuditReport",
    "Finding",
    "Place",
    "Severity",
    "audit",
    "check_by_code",
]
