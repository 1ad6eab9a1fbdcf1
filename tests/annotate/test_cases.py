"""Each labelled case in tests/cases, one test apiece: its relation, whether it is
republished, and its origin. A case the annotator is known to get wrong is listed below with
the reason, and its test is expected to fail, so that fixing it shows up too."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance import Annotator
from provenance.tools.evaluate import CaseLabel, evaluate, read_labels

CASES = Path(__file__).resolve().parent.parent / "cases"
LABELS = read_labels(CASES / "labels.jsonl")

KNOWN_MISSES = {
    "de/kna-kirche.txt": (
        "KNA is the credit of both the Katholische Nachrichten-Agentur (DE) and the Kenya "
        "News Agency (KE), and the host's .example domain names no country to choose by, "
        "so the wire copy's origin stays unnamed."
    ),
}


def _case(label: CaseLabel) -> pytest.ParameterSet:
    reason = KNOWN_MISSES.get(label.file)
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(label, id=label.file, marks=marks)


def test_every_known_miss_is_a_case() -> None:
    assert set(KNOWN_MISSES) <= {label.file for label in LABELS}


@pytest.mark.parametrize("label", [_case(label) for label in LABELS])
def test_case(annotator: Annotator, label: CaseLabel) -> None:
    [result] = evaluate(annotator, CASES, [label]).results
    found = result.annotation
    assert found.error is None
    if label.relation is not None:
        assert found.relation == label.relation, label
    assert bool(found.republished) == label.republished, label
    assert result.origin_ok, (label.origin, found.origin)
    assert not result.promoted_citation
