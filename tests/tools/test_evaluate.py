"""The annotator measured on our own labelled cases (tests/cases), and the evaluate command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from provenance import Annotator
from provenance.cli import main
from provenance.tools.evaluate import CaseLabel, Evaluation, evaluate, read_labels, render

CASES = Path(__file__).resolve().parent.parent / "cases"


@pytest.fixture(scope="module")
def measured(annotator: Annotator) -> Evaluation:
    return evaluate(annotator, CASES, read_labels(CASES / "labels.jsonl"))


def test_the_case_folder_is_large_varied_and_half_negative() -> None:
    labels = read_labels(CASES / "labels.jsonl")
    assert len(labels) >= 80
    languages = {label.file.split("/")[0] for label in labels}
    assert {"en", "de", "fr", "es", "it", "ru", "zh"} <= languages and languages & {"ar", "fa"}
    assert {Path(label.file).suffix for label in labels} == {".txt", ".html", ".json"}
    assert sum(not label.republished for label in labels) >= len(labels) / 2


def test_origin_accuracy(measured: Evaluation) -> None:
    assert measured.origin_accuracy >= 0.97, render(measured)


def test_republished_precision_and_recall(measured: Evaluation) -> None:
    assert measured.precision >= 0.98, render(measured)
    assert measured.recall >= 0.95, render(measured)


def test_no_citation_is_promoted_to_origin(measured: Evaluation) -> None:
    assert measured.promoted_citations == 0, render(measured)


def test_confidence_of_0_9_or_more_is_right_95_times_in_100(measured: Evaluation) -> None:
    band, right, total = measured.calibration()[-1]
    assert band == "0.9-1.0" and total >= 10
    assert right / total >= 0.95, render(measured)


def test_evidence_offsets_slice_the_text(measured: Evaluation) -> None:
    for result in measured.results:
        path = CASES / result.label.file
        if path.suffix == ".txt":
            text = path.read_text(encoding="utf-8")
            for item in result.annotation.evidence or ():
                if item.start is not None:
                    assert text[item.start : item.end] == item.text, (path, item)


def test_a_wrong_answer_is_counted(annotator: Annotator, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("WASHINGTON (AP) — The vote passed.", encoding="utf-8")
    wrong = CaseLabel(file="a.txt", republished=False, origin=None, url="https://x.example/1")
    result = evaluate(annotator, tmp_path, [wrong])
    assert result.origin_accuracy == 0.0 and len(result.misses()) == 1


def test_evaluate_command_prints_the_measures(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Plain text by the host.", encoding="utf-8")
    labels = tmp_path / "labels.jsonl"
    line = {"file": "a.txt", "url": "https://x.example/1", "republished": False, "origin": None}
    labels.write_text(json.dumps(line) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path), "--labels", str(labels)])
    assert result.exit_code == 0, result.output
    for measure in ("origin accuracy", "republished precision", "citations promoted to origin"):
        assert measure in result.stdout
    assert "no misses" in result.stdout


def test_an_outlet_outside_the_rules_is_matched_by_its_name_or_domain(
    annotator: Annotator, tmp_path: Path
) -> None:
    html = '<link rel="canonical" href="https://www.smallblog.example/p/1"><p>A post.</p>'
    (tmp_path / "a.html").write_text(html, encoding="utf-8")
    url = "https://copies.example/1"
    for name in ("Small Blog", "smallblog.example", "https://smallblog.example/"):
        label = CaseLabel(file="a.html", republished=True, origin=name, url=url)
        assert evaluate(annotator, tmp_path, [label]).origin_accuracy == 1.0, name
    wrong = CaseLabel(file="a.html", republished=True, origin="Big Blog", url=url)
    assert evaluate(annotator, tmp_path, [wrong]).origin_accuracy == 0.0


def test_the_host_is_measured_when_labelled(annotator: Annotator, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Plain text by the host.", encoding="utf-8")
    url = "https://www.example.com/a"
    right = CaseLabel(file="a.txt", republished=False, origin=None, url=url, host="example.com")
    wrong = CaseLabel(file="a.txt", republished=False, origin=None, url=url, host="other.com")
    assert evaluate(annotator, tmp_path, [right, wrong]).host_accuracy == 0.5
    assert evaluate(annotator, tmp_path, [right]).misses() == []
    assert "host accuracy" in render(evaluate(annotator, tmp_path, [right]))
