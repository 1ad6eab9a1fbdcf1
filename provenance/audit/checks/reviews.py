"""Checks on dates: reviews gone stale, and dates that have not happened yet."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from provenance.audit.base import Check, Context, Place
from provenance.audit.checks.citations import citations_in
from provenance.audit.findings import Finding, Severity
from provenance.codes import Code
from provenance.rules.models import Owner, Source
from provenance.rules.yaml_file import ParsedFile


class StaleReview(Check):
    """A source or owner last reviewed longer ago than the limit (365 days unless
    `--stale-days` says otherwise, counted from `--today`): ownership and funding change.

    Bad:
        reviewed: 2021-03-01
    Good:
        reviewed: 2026-11-27
    """

    code, name, severity = Code.V601, "stale-review", Severity.WARNING

    def source(self, context: Context, place: Place, source: Source) -> Iterable[Finding]:
        return self._check(context, place, source.reviewed)

    def owner(self, context: Context, place: Place, owner: Owner) -> Iterable[Finding]:
        return self._check(context, place, owner.reviewed)

    def _check(self, context: Context, place: Place, reviewed: date | None) -> Iterable[Finding]:
        if reviewed and reviewed < context.today - timedelta(days=context.stale_days):
            age = (context.today - reviewed).days
            yield self.at(place / "reviewed", f"last reviewed {reviewed} ({age} days ago)")


class FutureDate(Check):
    """A review or a citation dated after today: a typo, or a date from the wrong calendar.

    Bad:
        reviewed: 2062-11-27
    Good:
        reviewed: 2026-11-27
    """

    code, name, severity = Code.V602, "future-date", Severity.ERROR

    def source(self, context: Context, place: Place, source: Source) -> Iterable[Finding]:
        if source.reviewed and source.reviewed > context.today:
            yield self.at(place / "reviewed", f"reviewed {source.reviewed}, after today")

    def owner(self, context: Context, place: Place, owner: Owner) -> Iterable[Finding]:
        if owner.reviewed and owner.reviewed > context.today:
            yield self.at(place / "reviewed", f"reviewed {owner.reviewed}, after today")

    def file(self, context: Context, parsed: ParsedFile) -> Iterable[Finding]:
        for place, citation in citations_in(context, parsed):
            if citation.checked and citation.checked > context.today:
                yield self.at(place / "checked", f"checked {citation.checked}, after today")
