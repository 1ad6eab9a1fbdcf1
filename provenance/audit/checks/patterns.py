"""Checks on the regular expressions rules carry."""

from __future__ import annotations

from provenance.audit.base import FoundWhileReading
from provenance.audit.findings import Severity
from provenance.codes import Code


class InvalidPattern(FoundWhileReading):
    """A credit pattern that RE2, the linear-time engine rule patterns run on, cannot
    compile: a syntax error, or a construct that needs backtracking (back-references,
    look-arounds). Because RE2 never backtracks, no valid pattern can backtrack
    catastrophically.

    Bad:
        patterns: [{regex: "(\\\\w+) \\\\1 \\\\(AP\\\\)", signal: dateline}]
    Good:
        patterns: [{regex: "\\\\(AP\\\\) [—-]", signal: dateline}]
    """

    code, name, severity = Code.P701, "invalid-pattern", Severity.ERROR
