"""Checks that every id names one thing."""

from __future__ import annotations

from collections.abc import Iterable

from provenance.audit.base import Check, Context
from provenance.audit.findings import Finding, Severity
from provenance.codes import Code
from provenance.rules.integrity import duplicate_ids


class DuplicateId(Check):
    """Two sources, two owners or two named citations share an id.

    Bad:
        sources:
          - {id: rt, name: RT}
          - {id: rt, name: RT Arabic}
    Good:
        sources:
          - {id: rt, name: RT}
          - {id: rt-arabic, name: RT Arabic}
    """

    code, name, severity = Code.I101, "duplicate-id", Severity.ERROR

    def finish(self, context: Context) -> Iterable[Finding]:
        return self.report(duplicate_ids(context.tree.valid))
