"""A table for people: who published it, where it comes from, who owns that, and why."""

from __future__ import annotations

import shutil

from tabulate import tabulate

from provenance.annotate.annotation import Annotation, Party
from provenance.annotate.signals import WEIGHTS
from provenance.write.base import TextWriter

EVIDENCE_IN_TABLE = 3
# The strongest evidence is shown first; kinds that nominate nothing count as middling.
_STRENGTH: dict[str, float] = {kind.value: weight for kind, weight in WEIGHTS.items()}


class TableWriter(TextWriter):
    """One row per article; the table is written when the last row is in, to size it."""

    name = "table"
    suffixes = (".txt",)
    HEADERS = ("article", "host", "origin", "owners", "label", "relation", "why")

    def start(self) -> None:
        self.rows: list[list[str]] = []

    def write(self, annotation: Annotation) -> None:
        self.rows.append(_table_row(annotation))

    def finish(self) -> None:
        table = tabulate(
            self.rows, headers=self.HEADERS, tablefmt="simple", maxcolwidths=self._widths()
        )
        self.text.write(table + "\n")
        super().finish()

    def _widths(self) -> list[int | None]:
        """Fixed widths for the short columns; "why" takes what the terminal has left."""
        fixed = [16, 16, 20, 28, 12]
        article = max((len(row[0]) for row in self.rows), default=7)
        spare = shutil.get_terminal_size((160, 24)).columns - article - sum(fixed) - 14
        return [None, *fixed, max(spare, 30)]


def _table_row(a: Annotation) -> list[str]:
    where = f"{a.path}:{a.record}" if a.record is not None else (a.path or a.url or a.id or "-")
    if a.error:
        return [where, "-", "-", "-", "-", "error", a.error]
    origin = a.origin
    owners = " > ".join(owner.name for owner in origin.owners) if origin else ""
    label_text = _label(a)
    relation = a.relation.value if a.relation else "-"
    return [where, _party(a.host), _party(origin), owners or "-", label_text, relation, _why(a)]


def _label(a: Annotation) -> str:
    if a.label is None:
        return "-"
    code = f" ({a.label.code.value})" if a.label.code else ""
    return f"{a.label.id.value}{code}: {a.label.text}"


def _party(party: Party | None) -> str:
    if party is None:
        return "-"
    if party.name and party.domain:
        return f"{party.name} ({party.domain})"
    return party.name or party.domain or "-"


def _why(a: Annotation) -> str:
    shown = [item for item in a.evidence or () if item.signal not in ("citation", "url-host")]
    shown.sort(key=lambda item: -_STRENGTH.get(item.signal, 0.5))
    parts = [f"{item.signal}: {_clip(item.text)}" for item in shown[:EVIDENCE_IN_TABLE]]
    if a.citations:
        parts.append("cites " + ", ".join(citation.name for citation in a.citations))
    return "; ".join(parts) or "-"


def _clip(text: str, size: int = 70) -> str:
    """The end of a long credit, which names the origin, cut at a word."""
    if len(text) <= size:
        return text
    tail = text[-size:]
    return "…" + tail[tail.find(" ") + 1 :] if " " in tail else "…" + tail
