"""Turning facts into a label: the features a policy can ask about, and the first-match decision.

`summarize` reduces a source's facts and owner chain to a few features (is it mostly paid for
by the state? does the state appoint its leadership? who controls the editorial line?), each
true, false or unknown. `decide` walks the policy's ordered rules and returns the first label
whose conditions all hold. Nothing here knows about any particular country or outlet: the
same criteria apply to every source.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

from provenance.rules.models import (
    NONPROFIT_KINDS,
    STATE_KINDS,
    Appointer,
    Facts,
    Feature,
    FeatureValue,
    Funding,
    LabelId,
    Owner,
    Policy,
    SmmCode,
)


class Label(BaseModel):
    """A provenance label: its id, State Media Monitor code where the state is involved, and
    a plain sentence."""

    model_config = ConfigDict(frozen=True)

    id: LabelId
    code: SmmCode | None
    text: str
    uncertain: bool = False


@dataclass(frozen=True, slots=True)
class Summary:
    """The features a policy decides on. None means the facts do not say."""

    editorial: str
    state_funded: bool | None
    state_managed: bool | None
    public_service: bool | None
    state_owned: bool | None
    nonprofit: bool | None
    uncertain: bool

    def value(self, feature: Feature) -> FeatureValue:
        found: str | bool | None = getattr(self, feature.value)
        return "unknown" if found is None else found  # type: ignore[return-value]


def summarize(facts: Facts, chain: Sequence[Owner], policy: Policy) -> Summary:
    """Derive the policy's features from a source's facts and its controlling owner chain."""
    funding = _current_funding(facts.funding)
    governance = facts.governance
    editorial = facts.editorial
    ultimate = chain[-1] if chain else None
    uncertain = any(fact.uncertain for fact in funding) or any(
        fact is not None and fact.uncertain for fact in (governance, editorial)
    )
    return Summary(
        editorial=editorial.control.value if editorial else "unknown",
        state_funded=_state_funded(funding, policy),
        state_managed=_state_managed(governance.leadership_appointed_by) if governance else None,
        public_service=governance.public_service if governance else None,
        state_owned=ultimate.kind in STATE_KINDS if ultimate else None,
        nonprofit=ultimate.kind in NONPROFIT_KINDS if ultimate else None,
        uncertain=uncertain,
    )


def _current_funding(funding: Sequence[Funding]) -> list[Funding]:
    """The latest year's funding facts, plus those that give no year."""
    years = [fact.year for fact in funding if fact.year is not None]
    latest = max(years, default=None)
    return [fact for fact in funding if fact.year in (None, latest)]


def _state_funded(funding: Sequence[Funding], policy: Policy) -> bool | None:
    if not funding:
        return None
    state = [fact for fact in funding if fact.kind in policy.state_money]
    if not state:
        return False
    shares = [fact.share for fact in state if fact.share is not None]
    if shares and sum(shares) > policy.majority:
        return True
    if all(fact.share is not None for fact in funding):
        return False
    return True if len(state) == len(funding) else None


def _state_managed(appointer: Appointer) -> bool | None:
    if appointer is Appointer.UNKNOWN:
        return None
    return appointer is Appointer.STATE


def decide(policy: Policy, summary: Summary, adjective: str | None) -> Label:
    """The first rule whose conditions all hold gives the label; none gives `unknown`."""
    for rule in policy.rules:
        if all(_holds(summary.value(feature), want) for feature, want in rule.when.items()):
            return _label(policy, rule.label, rule.code, adjective, summary.uncertain)
    return _label(policy, LabelId.UNKNOWN, None, adjective, uncertain=False)


def _holds(actual: FeatureValue, want: FeatureValue | tuple[FeatureValue, ...]) -> bool:
    wanted = want if isinstance(want, tuple) else (want,)
    # `True == 1` in Python; compare types too so that a bool never matches a string.
    return any(type(actual) is type(item) and actual == item for item in wanted)


def _label(
    policy: Policy, label: LabelId, code: SmmCode | None, adjective: str | None, uncertain: bool
) -> Label:
    text = label_text(policy.labels[label], adjective)
    if uncertain:
        text += " (uncertain)"
    return Label(id=label, code=code, text=text, uncertain=uncertain)


def label_text(template: str, adjective: str | None) -> str:
    """Fill `{country}` with a country adjective, or drop it and capitalise what is left."""
    if adjective:
        return template.replace("{country}", adjective)
    text = template.replace("{country} ", "").replace("{country}", "").strip()
    return text[:1].upper() + text[1:]
