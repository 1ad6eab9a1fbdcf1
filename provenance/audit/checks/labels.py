"""Checks that what rules say about labels holds under the policy."""

from __future__ import annotations

from collections.abc import Iterable

from provenance.annotate.annotator import Annotator
from provenance.audit.base import Check, Context, Place
from provenance.audit.findings import Finding, Severity
from provenance.codes import Code
from provenance.read.article import Article
from provenance.rules.models import Example, Source


class LabelContradiction(Check):
    """A label a rule states outright that its facts do not give under the policy.

    Bad:
        facts: {funding: [{kind: commercial}], governance: {leadership_appointed_by: owners},
                editorial: {control: independent}}
        label: {code: SC, note: ..., citations: [...]}
    Good:
        facts: {funding: [{kind: state-budget}], governance: {leadership_appointed_by: state},
                editorial: {control: state}}
        label: {code: SC, note: ..., citations: [...]}
    """

    code, name, severity = Code.L801, "label-contradiction", Severity.ERROR

    def source(self, context: Context, place: Place, source: Source) -> Iterable[Finding]:
        claim, rules = source.label, context.rules
        if claim is None or rules is None or source.id not in rules.labels:
            return
        label = rules.labels[source.id]
        if claim.id is not None and claim.id != label.id:
            yield self.at(place / "label", f"claims {claim.id}, but the facts give {label.id}")
        if claim.code is not None and claim.code != label.code:
            given = label.code.value if label.code else "no code"
            yield self.at(place / "label", f"claims {claim.code}, but the facts give {given}")


class FailingExample(Check):
    """An example a rule carries whose annotation is not what the example expects. Examples
    are a rule's own tests, run by the audit.

    Bad:
        examples:
          - url: https://www.rt.com/news/1/
            expect: {host: rt, relation: republished}
    Good:
        examples:
          - url: https://www.rt.com/news/1/
            expect: {host: rt, label: state-controlled, relation: original}
    """

    code, name, severity = Code.X901, "failing-example", Severity.ERROR

    def source(self, context: Context, place: Place, source: Source) -> Iterable[Finding]:
        annotator = context.annotator
        if not source.examples or annotator is None:
            return
        for index, example in enumerate(source.examples):
            wrong = run_example(annotator, example)
            if wrong:
                yield self.at(place / "examples" / index, "expected " + "; ".join(wrong))


def run_example(annotator: Annotator, example: Example) -> list[str]:
    """What an example's annotation got wrong, as "field X, got Y" phrases."""
    text = example.text if example.text is not None or example.html else "-"
    found = annotator.annotate(Article(url=example.url, text=text, html=example.html))
    want = example.expect
    got = {
        "host": found.host.source if found.host else None,
        "origin": found.origin.source if found.origin else None,
        "label": found.label.id.value if found.label else None,
        "code": found.label.code.value if found.label and found.label.code else None,
        "relation": found.relation.value if found.relation else None,
    }
    wanted = {key: getattr(want, key) for key in got}
    return [
        f"{key} {value}, got {got[key]}"
        for key, value in wanted.items()
        if value is not None and str(value) != str(got[key])
    ]
