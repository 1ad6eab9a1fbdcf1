"""Checks that what rules say about labels holds under the policy."""

from __future__ import annotations

from collections.abc import Iterable

from provenance.annotate.annotator import Annotator
from provenance.audit.base import Check, Context, Place
from provenance.audit.findings import Finding, Severity
from provenance.codes import Code
from provenance.read.article import Article
from provenance.rules.models import (
    NEVER_ORIGIN_TYPES,
    Example,
    Feature,
    LabelId,
    Source,
    strictest_code,
)
from provenance.rules.policy import summarize


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


class DepartsFromImport(Check):
    """A curated source that merges imported rows, whose facts give a different State Media
    Monitor code from the rows', with no label claim saying why. Curated facts win over
    imported ones, so a departure from the table must be stated and cited.

    Bad:
        - id: example-tv
          merges: [smm-example-tv]             # the table codes it SC
          facts: {funding: [{kind: commercial}], ...}  # facts that give ISM
    Good:
        - id: example-tv
          merges: [smm-example-tv]
          facts: {funding: [{kind: commercial}], ...}
          label: {code: ISM, note: privatised in 2024, citations: [...]}
    """

    code, name, severity = Code.L802, "departs-from-import", Severity.ERROR

    def source(self, context: Context, place: Place, source: Source) -> Iterable[Finding]:
        rules = context.rules
        if not source.merges or rules is None or source.id not in rules.labels:
            return
        if source.label is not None and (source.label.id or source.label.code):
            return  # the claim says why, and label-contradiction checks it holds
        rows = rules.sources[source.id].imported
        expected = strictest_code(row.code.rstrip("?") for row in rows if row.code)
        given = rules.labels[source.id].code
        if expected is not None and given != expected:
            what = given.value if given else "no code"
            message = (
                f"the merged rows have State Media Monitor code {expected}, but the facts give "
                f"{what}; say why in a cited `label:` claim"
            )
            yield self.at(place / "merges", message)


class UndecidedLabel(Check):
    """A source whose facts decide no label under the policy, so that it is labelled
    `unknown`: most often it has no editorial-control fact. Worth researching; platforms and
    photo agencies, which are never an origin, are left out.

    Bad:
        - {id: example-daily, name: Example Daily, owners: [{id: example-family, ...}]}
    Good:
        - id: example-daily
          name: Example Daily
          facts:
            funding: [{kind: commercial, citations: [...]}]
            governance: {leadership_appointed_by: owners, citations: [...]}
            editorial: {control: independent, citations: [...]}
    """

    code, name, severity = Code.L803, "undecided-label", Severity.INFO

    def source(self, context: Context, place: Place, source: Source) -> Iterable[Finding]:
        rules = context.rules
        if rules is None or source.id not in rules.labels or source.type in NEVER_ORIGIN_TYPES:
            return
        if rules.labels[source.id].id is not LabelId.UNKNOWN:
            return
        chain = [link.owner for link in rules.chains[source.id]]
        summary = summarize(rules.sources[source.id].facts, chain, rules.policy)
        unknown = [text for feature, text in _QUESTIONS if summary.value(feature) == "unknown"]
        message = "labelled unknown: the facts do not say " + " or ".join(unknown[:3])
        yield self.at(place / "id", message)


# What each feature the policy decides by asks, for the message of `undecided-label`.
_QUESTIONS = (
    (Feature.EDITORIAL, "who controls its editorial line"),
    (Feature.STATE_FUNDED, "whether the state pays for it"),
    (Feature.STATE_MANAGED, "whether the state appoints its leadership"),
    (Feature.PUBLIC_SERVICE, "whether it has a public-service remit"),
)


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
