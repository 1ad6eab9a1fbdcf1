"""Checks that every id names one thing."""

from __future__ import annotations

from provenance.audit.base import LoaderCheck
from provenance.audit.findings import Severity


class DuplicateId(LoaderCheck):
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

    code, name, severity = "I101", "duplicate-id", Severity.ERROR
