"""Writing annotations: JSON Lines, JSON, CSV and a table for people; files written atomically.

Each format is a writer class with the same three steps (start, write one annotation,
finish), chosen from `WRITERS` by name. Streaming formats write as annotations arrive; the
table has to see every row first to size its columns.
"""

from __future__ import annotations

import csv
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, ClassVar

from tabulate import tabulate

from provenance.annotation import Annotation, Party
from provenance.signals import WEIGHTS

EVIDENCE_IN_TABLE = 3


class Writer:
    """Writes annotations to a text stream, one at a time."""

    name: ClassVar[str]

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def start(self) -> None:
        """Called once before the first annotation."""

    def write(self, annotation: Annotation) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        """Called once after the last annotation."""


class JsonLinesWriter(Writer):
    name = "jsonl"

    def write(self, annotation: Annotation) -> None:
        self.stream.write(annotation.model_dump_json() + "\n")
        self.stream.flush()


class JsonWriter(Writer):
    name = "json"

    def start(self) -> None:
        self.count = 0
        self.stream.write("[")

    def write(self, annotation: Annotation) -> None:
        self.stream.write(("\n" if self.count == 0 else ",\n") + annotation.model_dump_json())
        self.count += 1

    def finish(self) -> None:
        self.stream.write("\n]\n" if self.count else "]\n")


CSV_COLUMNS = (
    "path",
    "record",
    "id",
    "url",
    "host_source",
    "host_name",
    "host_domain",
    "origin_source",
    "origin_name",
    "origin_domain",
    "origin_country",
    "origin_owners",
    "label",
    "label_code",
    "label_text",
    "republished",
    "relation",
    "confidence",
    "citations",
    "evidence",
    "error",
    "rules_version",
)


class CsvWriter(Writer):
    name = "csv"

    def start(self) -> None:
        self.csv = csv.writer(self.stream, lineterminator="\n")
        self.csv.writerow(CSV_COLUMNS)

    def write(self, annotation: Annotation) -> None:
        self.csv.writerow(_csv_row(annotation))


def _csv_row(a: Annotation) -> list[object]:
    host, origin, label = a.host, a.origin, a.label
    return [
        a.path,
        a.record,
        a.id,
        a.url,
        host.source if host else None,
        host.name if host else None,
        host.domain if host else None,
        origin.source if origin else None,
        origin.name if origin else None,
        origin.domain if origin else None,
        origin.country if origin else None,
        " > ".join(owner.name for owner in origin.owners) if origin else None,
        label.id.value if label else None,
        label.code.value if label and label.code else None,
        label.text if label else None,
        a.republished,
        a.relation.value if a.relation else None,
        a.confidence,
        "; ".join(citation.name for citation in a.citations or ()),
        "; ".join(f"{item.signal}: {item.text}" for item in a.evidence or ()),
        a.error,
        a.rules_version,
    ]


class TableWriter(Writer):
    """A table for people: who published it, where it comes from, who owns that, and why."""

    name = "table"
    HEADERS = ("article", "host", "origin", "owners", "label", "relation", "why")

    def start(self) -> None:
        self.rows: list[list[str]] = []

    def write(self, annotation: Annotation) -> None:
        self.rows.append(_table_row(annotation))

    def finish(self) -> None:
        table = tabulate(
            self.rows, headers=self.HEADERS, tablefmt="simple", maxcolwidths=self._widths()
        )
        self.stream.write(table + "\n")

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
    shown.sort(key=lambda item: -WEIGHTS.get(item.signal, 0.5))
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


WRITERS: dict[str, type[Writer]] = {
    writer.name: writer for writer in (JsonLinesWriter, JsonWriter, CsvWriter, TableWriter)
}


@contextmanager
def atomic_output(path: Path) -> Iterator[IO[str]]:
    """A text stream that becomes `path` only when the block finishes without an error, so a
    reader never sees a half-written file and a failed run leaves nothing behind."""
    handle, temporary = tempfile.mkstemp(dir=path.parent or Path(), prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
