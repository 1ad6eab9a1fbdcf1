"""Measuring the annotator on labelled articles: origin accuracy, republished precision and
recall, citations wrongly promoted to origin, and a confusion table of relations.

A labels file is JSON Lines, one object per case:

    {"file": "en/ap-dateline.txt", "url": "https://daily.example/a", "republished": true,
     "origin": "AP", "relation": "wire-copy", "cited": ["Reuters"]}

`file` is relative to the cases folder; `url` (optional) gives a saved page its address, as a
manifest would. `origin` names the outlet the content comes from (a rule id, a name or alias,
or a domain), or is null when the content is the host's own or its origin is unknown.
`relation`, `cited` (outlets quoted in the body, which must never become the origin) and
`host` (the site that published the copy, as a rule id, a name or a domain) are optional.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tabulate import tabulate

from provenance.annotate.annotation import Annotation, Party
from provenance.annotate.annotator import Annotator
from provenance.errors import ProvenanceError
from provenance.names import letters
from provenance.read.article import Article, ArticleFailure
from provenance.read.files import read_file
from provenance.rules.ruleset import RuleSet
from provenance.urls import parse_url, registrable_domain


class LabelsError(ProvenanceError):
    """A labels file could not be read."""


@dataclass(frozen=True)
class CaseLabel:
    file: str
    republished: bool
    origin: str | None
    url: str | None = None
    relation: str | None = None
    cited: tuple[str, ...] = ()
    host: str | None = None


@dataclass(frozen=True)
class CaseResult:
    label: CaseLabel
    annotation: Annotation
    origin_ok: bool
    promoted_citation: bool
    host_ok: bool | None = None  # None when the label names no host


@dataclass
class Evaluation:
    results: list[CaseResult] = field(default_factory=list)

    @property
    def origin_accuracy(self) -> float:
        return _ratio(sum(r.origin_ok for r in self.results), len(self.results))

    @property
    def host_accuracy(self) -> float | None:
        """The share of cases whose host is the labelled one, of those labelled with one."""
        judged = [r.host_ok for r in self.results if r.host_ok is not None]
        return _ratio(sum(judged), len(judged)) if judged else None

    def republished_counts(self) -> tuple[int, int, int]:
        """True positives, false positives and false negatives for `republished`."""
        pairs = [(r.label.republished, bool(r.annotation.republished)) for r in self.results]
        return (
            sum(1 for want, got in pairs if want and got),
            sum(1 for want, got in pairs if got and not want),
            sum(1 for want, got in pairs if want and not got),
        )

    @property
    def precision(self) -> float:
        hits, false_alarms, _ = self.republished_counts()
        return _ratio(hits, hits + false_alarms)

    @property
    def recall(self) -> float:
        hits, _, misses = self.republished_counts()
        return _ratio(hits, hits + misses)

    @property
    def promoted_citations(self) -> int:
        return sum(r.promoted_citation for r in self.results)

    def misses(self) -> list[CaseResult]:
        return [r for r in self.results if not _right(r)]

    def calibration(self) -> list[tuple[str, int, int]]:
        """For each band of confidence, how many annotations in it are right, of how many."""
        bands = []
        for low, high in CONFIDENCE_BANDS:
            inside = [r for r in self.results if low <= (r.annotation.confidence or 0.0) < high]
            name = f"{low:.1f}-{min(high, 1.0):.1f}"
            bands.append((name, sum(_right(r) for r in inside), len(inside)))
        return bands


# Bands of confidence for the calibration table; the last holds 0.9 to 1.0 inclusive.
CONFIDENCE_BANDS = ((0.0, 0.6), (0.6, 0.8), (0.8, 0.9), (0.9, 1.01))


def _right(result: CaseResult) -> bool:
    """Whether an annotation says what its label says: origin, republished, relation, host."""
    label, annotation = result.label, result.annotation
    return (
        result.origin_ok
        and label.republished == bool(annotation.republished)
        and (not label.relation or label.relation == _relation(annotation))
        and result.host_ok is not False
    )


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def _relation(annotation: Annotation) -> str:
    return annotation.relation.value if annotation.relation else "error"


def read_labels(path: Path) -> list[CaseLabel]:
    labels: list[CaseLabel] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            labels.append(
                CaseLabel(
                    file=str(data["file"]),
                    republished=bool(data["republished"]),
                    origin=data.get("origin"),
                    url=data.get("url"),
                    relation=data.get("relation"),
                    cited=tuple(data.get("cited") or ()),
                    host=data.get("host"),
                )
            )
        except (ValueError, KeyError, TypeError) as error:
            raise LabelsError(f"{path}:{number}: not a label: {error}") from error
    return labels


def evaluate(annotator: Annotator, cases: Path, labels: Iterable[CaseLabel]) -> Evaluation:
    """Annotate every labelled case and compare."""
    evaluation = Evaluation()
    for label in labels:
        annotation = _annotate(annotator, cases, label)
        origin_ok = _origin_matches(annotator, annotation, label.origin)
        promoted = not origin_ok and any(
            _names(annotator, annotation.origin, name) for name in label.cited
        )
        host_ok = None if label.host is None else _names(annotator, annotation.host, label.host)
        evaluation.results.append(CaseResult(label, annotation, origin_ok, promoted, host_ok))
    return evaluation


def _annotate(annotator: Annotator, cases: Path, label: CaseLabel) -> Annotation:
    path = cases / label.file
    urls = {path.resolve(): label.url} if label.url else {}
    found = list(read_file(path, urls)) if path.is_file() else []
    article = found[0] if found else ArticleFailure(label.file, None, "no such case file")
    if isinstance(article, Article):
        return annotator.annotate(article)
    return Annotation(path=label.file, error=article.message)


def _origin_matches(annotator: Annotator, annotation: Annotation, expected: str | None) -> bool:
    origin = annotation.origin
    if expected is None:
        return origin is None or origin == annotation.host
    return _names(annotator, origin, expected)


def _names(annotator: Annotator, party: Party | None, name: str) -> bool:
    """Whether `name` (a rule id, a name, an alias or a domain) names this party, or an
    edition of it: a source of the same owner on the same site (BBC for BBC Persian)."""
    if party is None:
        return False
    wanted = name.strip().casefold()
    if wanted in {n.casefold() for n in (party.source, party.name, party.domain) if n}:
        return True
    parts = parse_url(name)
    if parts and party.domain and registrable_domain(parts.host) == party.domain:
        return True
    if party.source is None and party.domain and _spells(name, party.domain):
        return True  # an outlet the rules do not know, by its domain
    rules, ours = annotator.rules, party.source
    if ours is None or ours not in rules.sources:
        return False
    return any(_same_site(rules, ours, other) for other in _sources_named(rules, wanted))


def _spells(name: str, domain: str) -> bool:
    """Whether a name spells a domain's first label: "Small Blog" is smallblog.example."""
    squeezed, label = letters(name), letters(domain.split(".")[0])
    return bool(squeezed) and squeezed in (label, "the" + label)


def _sources_named(rules: RuleSet, wanted: str) -> list[str]:
    return [
        source.id
        for source in rules.sources.values()
        if wanted in {source.id, source.name.casefold()}
        or any(alias.text.casefold() == wanted for alias in source.aliases)
    ]


def _same_site(rules: RuleSet, ours: str, other: str) -> bool:
    if ours == other:
        return True
    group = rules.owner_group(ours)
    if group is None or group != rules.owner_group(other):
        return False
    sites = [
        {registrable_domain(rule.name) for rule in rules.sources[key].domains}
        for key in (ours, other)
    ]
    return bool(sites[0] & sites[1])


def render(evaluation: Evaluation) -> str:
    hits, false_alarms, misses = evaluation.republished_counts()
    summary = [
        ("cases", len(evaluation.results)),
        ("origin accuracy", f"{evaluation.origin_accuracy:.1%}"),
        ("republished precision", f"{evaluation.precision:.3f}"),
        ("republished recall", f"{evaluation.recall:.3f}"),
        ("  true / false positives, misses", f"{hits} / {false_alarms} / {misses}"),
        ("citations promoted to origin", evaluation.promoted_citations),
    ]
    if evaluation.host_accuracy is not None:
        summary.insert(1, ("host accuracy", f"{evaluation.host_accuracy:.1%}"))
    parts = [tabulate(summary, headers=("measure", "value"), tablefmt="simple")]
    parts.append(_confusion(evaluation.results))
    parts.append(_calibration(evaluation))
    parts.append(_misses(evaluation.misses()))
    return "\n\n".join(part for part in parts if part) + "\n"


def _confusion(results: Sequence[CaseResult]) -> str:
    pairs = Counter(
        (r.label.relation, _relation(r.annotation)) for r in results if r.label.relation
    )
    if not pairs:
        return ""
    expected = sorted({want for want, _ in pairs})
    predicted = sorted({got for _, got in pairs})
    rows = [[want, *(pairs.get((want, got), 0) for got in predicted)] for want in expected]
    return tabulate(rows, headers=("expected \\ got", *predicted), tablefmt="simple")


def _calibration(evaluation: Evaluation) -> str:
    rows = [
        (band, total, f"{right / total:.1%}" if total else "-")
        for band, right, total in evaluation.calibration()
    ]
    return tabulate(rows, headers=("confidence", "cases", "right"), tablefmt="simple")


def _misses(misses: Sequence[CaseResult]) -> str:
    if not misses:
        return "no misses"
    rows = []
    for miss in misses:
        annotation = miss.annotation
        origin = annotation.origin
        got_origin = (
            "-" if origin is None or origin == annotation.host else origin.name or origin.domain
        )
        signals = ", ".join(e.signal for e in annotation.evidence or () if e.signal != "url-host")
        rows.append(
            [
                miss.label.file,
                f"{miss.label.relation or '?'} / {miss.label.origin or '-'}",
                f"{_relation(annotation)} / {got_origin}",
                annotation.error or signals or "-",
            ]
        )
    headers = ("miss", "expected", "got", "signals")
    return tabulate(rows, headers=headers, tablefmt="simple", maxcolwidths=[None, 30, 30, 50])
