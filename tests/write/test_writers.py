"""Every writer over a binary stream: the bytes each format writes, the suffixes that pick a
format, and output files that appear only when a run completes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from provenance import Annotation, Annotator, Article
from provenance.write import WRITERS, format_for
from provenance.write.atomic import atomic_output
from provenance.write.records import CSV_COLUMNS
from tests.conftest import SEED


@pytest.fixture(scope="module")
def annotations(annotator: Annotator) -> list[Annotation]:
    seed = Article(text=SEED.read_text(encoding="utf-8"), path="seed.txt")
    failed = annotator.annotate_many([Article(text="Plain text.", path="b.txt")])
    return [annotator.annotate(seed), *failed]


def written(name: str, annotations: list[Annotation]) -> bytes:
    stream = io.BytesIO()
    writer = WRITERS[name](stream)
    writer.start()
    for annotation in annotations:
        writer.write(annotation)
    writer.finish()
    assert not stream.closed  # the caller owns the stream
    return stream.getvalue()


def test_jsonl_is_one_annotation_per_line(annotations: list[Annotation]) -> None:
    lines = written("jsonl", annotations).decode("utf-8").splitlines()
    assert [Annotation.model_validate_json(line) for line in lines] == annotations


def test_json_is_a_list(annotations: list[Annotation]) -> None:
    data = json.loads(written("json", annotations))
    assert [Annotation.model_validate(item) for item in data] == annotations
    assert json.loads(written("json", [])) == []


def test_csv_has_its_columns_and_a_row_per_annotation(annotations: list[Annotation]) -> None:
    rows = list(csv.reader(io.StringIO(written("csv", annotations).decode("utf-8"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    seed = dict(zip(CSV_COLUMNS, rows[1], strict=True))
    assert (seed["origin_source"], seed["label"], seed["relation"]) == (
        "rt",
        "state-controlled",
        "republished",
    )
    assert seed["origin_owners"] == "ANO TV-Novosti > Russian Federation"
    assert len(rows) == 1 + len(annotations)


def test_the_table_names_host_origin_label_and_why(annotations: list[Annotation]) -> None:
    table = written("table", annotations).decode("utf-8")
    assert "Libertarian Hub" in table and "RT (rt.com)" in table
    assert "state-controlled (SC)" in table and "republish-notice" in table


def test_text_formats_write_utf8(annotator: Annotator) -> None:
    found = annotator.annotate(Article(text="Текст.", path="статья.txt"))
    for name in ("jsonl", "json", "csv", "table"):
        assert "статья".encode() in written(name, [found]), name


@pytest.mark.parametrize(
    ("name", "expected"),
    [("a.jsonl", "jsonl"), ("a.JSON", "json"), ("a.csv", "csv"), ("a.txt", "table")],
)
def test_a_suffix_picks_its_format(name: str, expected: str) -> None:
    assert format_for(Path(name)) == expected


def test_an_unknown_suffix_picks_nothing() -> None:
    assert format_for(Path("a.parquet")) is None


def test_an_output_file_appears_only_when_the_run_completes(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    with pytest.raises(RuntimeError), atomic_output(target) as stream:
        stream.write(b"half")
        raise RuntimeError("stopped")
    assert list(tmp_path.iterdir()) == []
    with atomic_output(target) as stream:
        stream.write(b"whole\n")
    assert target.read_bytes() == b"whole\n" and list(tmp_path.iterdir()) == [target]
