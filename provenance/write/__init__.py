"""Writing annotations: every format is a `Writer` over a binary stream, chosen by name from
`WRITERS` or by a file's suffix.

    base      the writer contract, and `TextWriter` for text formats
    records   JSON Lines, JSON and CSV
    table     a table for people
    atomic    output files that appear only when the run completes
"""

from __future__ import annotations

from pathlib import Path

from provenance.write.base import Writer
from provenance.write.records import CsvWriter, JsonLinesWriter, JsonWriter
from provenance.write.table import TableWriter

WRITERS: dict[str, type[Writer]] = {
    writer.name: writer for writer in (JsonLinesWriter, JsonWriter, CsvWriter, TableWriter)
}


def format_for(path: Path) -> str | None:
    """The format a file's suffix names, or None."""
    suffix = path.suffix.lower()
    return next((name for name, writer in WRITERS.items() if suffix in writer.suffixes), None)
