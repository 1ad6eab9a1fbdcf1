"""Machine formats: JSON Lines (one annotation per line, the output contract), a JSON list,
and CSV with one flat row per annotation."""

from __future__ import annotations

import csv

from provenance.annotate.annotation import Annotation
from provenance.write.base import TextWriter


class JsonLinesWriter(TextWriter):
    name = "jsonl"
    suffixes = (".jsonl",)

    def write(self, annotation: Annotation) -> None:
        self.text.write(annotation.model_dump_json() + "\n")
        self.stream.flush()


class JsonWriter(TextWriter):
    name = "json"
    suffixes = (".json",)

    def start(self) -> None:
        self.count = 0
        self.text.write("[")

    def write(self, annotation: Annotation) -> None:
        self.text.write(("\n" if self.count == 0 else ",\n") + annotation.model_dump_json())
        self.count += 1

    def finish(self) -> None:
        self.text.write("\n]\n" if self.count else "]\n")
        super().finish()


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


class CsvWriter(TextWriter):
    name = "csv"
    suffixes = (".csv",)

    def start(self) -> None:
        self.csv = csv.writer(self.text, lineterminator="\n")
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
