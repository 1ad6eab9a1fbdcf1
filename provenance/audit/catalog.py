"""The catalogue of checks, for people: every check in a table, or one check's documentation
with its bad and good examples (its docstring)."""

from __future__ import annotations

import textwrap

from tabulate import tabulate

from provenance.audit.base import Check
from provenance.audit.checks import CHECKS


def render_checks() -> str:
    rows = [(check.code, check.name, check.severity.value, check.summary()) for check in CHECKS]
    table = tabulate(
        rows,
        headers=("code", "name", "severity", "what it finds"),
        maxcolwidths=[None, None, None, 70],
    )
    return table + "\n"


def render_explanation(check: type[Check]) -> str:
    first, _, rest = (check.__doc__ or "").strip("\n").partition("\n")
    head = f"{check.code} {check.name} ({check.severity.value})\n\n"
    return head + first.strip() + "\n" + textwrap.dedent(rest).rstrip() + "\n"
