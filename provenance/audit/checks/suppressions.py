"""Checks on the comments that silence findings."""

from __future__ import annotations

from provenance.audit.base import Check
from provenance.audit.findings import Severity
from provenance.codes import Code


class SuppressionWithoutReason(Check):
    """A `# provenance: ignore[CODE]` comment that gives no reason. It silences nothing
    until it says why.

    Bad:
        domains: [bbc.com]  # provenance: ignore[D201]
    Good:
        domains: [bbc.com]  # provenance: ignore[D201] the World Service shares the site
    """

    code, name, severity = Code.Q901, "suppression-without-reason", Severity.ERROR


class UnusedSuppression(Check):
    """A suppression comment with nothing left to silence: remove it.

    Bad:
        name: RT  # provenance: ignore[A302] short name
    Good:
        name: RT
    """

    code, name, severity = Code.Q902, "unused-suppression", Severity.WARNING
