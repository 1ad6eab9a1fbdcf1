"""The public names are a promise: changing them must be a deliberate act."""

from __future__ import annotations

import provenance


def test_public_names_are_pinned() -> None:
    assert sorted(provenance.__all__) == [
        "Annotation",
        "Annotator",
        "Article",
        "ArticleError",
        "ArticleFailure",
        "CitedSource",
        "Evidence",
        "Label",
        "OwnerRef",
        "Party",
        "Problem",
        "ProvenanceError",
        "Relation",
        "RuleSet",
        "RulesError",
        "__version__",
        "load_rules",
        "read_paths",
    ]
    for name in provenance.__all__:
        assert hasattr(provenance, name), name


def test_the_error_tree() -> None:
    assert issubclass(provenance.RulesError, provenance.ProvenanceError)
    assert issubclass(provenance.ArticleError, provenance.ProvenanceError)


def test_the_docstring_example_runs() -> None:
    annotator = provenance.Annotator(provenance.load_rules())
    annotation = annotator.annotate({"url": "https://www.rt.com/news/1/", "text": "..."})
    assert annotation.host is not None and annotation.host.source == "rt"
