from __future__ import annotations

from typing import Any

import pytest

from provenance.rules.models import Facts, Owner, OwnerKind, Policy
from provenance.rules.policy import decide, label_text, summarize
from provenance.rules.validate import parse_file
from tests.conftest import POLICY as POLICY_FILE


@pytest.fixture(scope="module")
def policy() -> Policy:
    parsed = parse_file(POLICY_FILE)
    assert parsed.model is not None and parsed.model.policy is not None, parsed.problems
    return parsed.model.policy


def facts(
    funding: list[dict[str, Any]] | None = None,
    appointed: str | None = None,
    public_service: bool = False,
    editorial: str | None = None,
) -> Facts:
    data: dict[str, Any] = {"funding": funding or []}
    if appointed:
        data["governance"] = {
            "leadership_appointed_by": appointed,
            "public_service": public_service,
        }
    if editorial:
        data["editorial"] = {"control": editorial}
    return Facts.model_validate(data)


STATE = [{"kind": "state-budget"}]
COMMERCIAL = [{"kind": "commercial"}]


@pytest.mark.parametrize(
    ("given", "label", "code"),
    [
        (facts(STATE, "state", editorial="state"), "state-controlled", "SC"),
        (facts(STATE, editorial="state"), "state-controlled", "SC"),
        (
            facts(appointed="state", public_service=True, editorial="state"),
            "captured-public",
            "CaPu",
        ),
        (facts(COMMERCIAL, "state", editorial="state"), "captured-public", "CaPu"),
        (facts(appointed="owners", editorial="state"), "captured-private", "CaPr"),
        (facts(STATE, "state", editorial="independent"), "state-funded", "ISFM"),
        (facts(STATE, "independent-body", editorial="independent"), "state-funded", "ISF"),
        (facts(COMMERCIAL, "state", editorial="independent"), "state-managed", "ISM"),
        (
            facts([{"kind": "licence-fee"}], "independent-body", True, "independent"),
            "public-service",
            "IP",
        ),
        (facts(COMMERCIAL, "owners", editorial="independent"), "private", None),
        (facts(COMMERCIAL), "unknown", None),
        (facts(), "unknown", None),
    ],
)
def test_facts_give_labels(policy: Policy, given: Facts, label: str, code: str | None) -> None:
    found = decide(policy, summarize(given, [], policy), "Ruritanian")
    assert (found.id.value, found.code.value if found.code else None) == (label, code)


def test_nonprofit_comes_from_the_owner_chain(policy: Policy) -> None:
    given = facts([{"kind": "donations"}], "owners", editorial="independent")
    trust = Owner(id="t", name="T", kind=OwnerKind.TRUST)
    assert decide(policy, summarize(given, [trust], policy), None).id.value == "nonprofit"
    company = Owner(id="c", name="C", kind=OwnerKind.COMPANY)
    assert decide(policy, summarize(given, [company], policy), None).id.value == "private"


@pytest.mark.parametrize(
    ("funding", "expected"),
    [
        ([{"kind": "state-budget", "share": 0.6}, {"kind": "commercial", "share": 0.4}], True),
        ([{"kind": "state-budget", "share": 0.3}, {"kind": "commercial", "share": 0.7}], False),
        ([{"kind": "state-budget", "share": 0.5}, {"kind": "commercial", "share": 0.5}], False),
        ([{"kind": "state-budget"}, {"kind": "commercial"}], None),
        ([{"kind": "licence-fee"}], False),
        (
            [
                {"kind": "state-budget", "share": 0.9, "year": 2010},
                {"kind": "commercial", "share": 0.8, "year": 2023},
                {"kind": "state-budget", "share": 0.2, "year": 2023},
            ],
            False,
        ),
    ],
)
def test_state_funding_needs_a_majority_of_the_latest_year(
    policy: Policy, funding: list[dict[str, Any]], expected: bool | None
) -> None:
    assert summarize(facts(funding), [], policy).state_funded is expected


def test_label_text_names_the_country(policy: Policy) -> None:
    found = decide(policy, summarize(facts(STATE, editorial="state"), [], policy), "Russian")
    assert found.text == "Russian state-controlled media"
    found = decide(policy, summarize(facts(STATE, editorial="state"), [], policy), None)
    assert found.text == "State-controlled media"
    assert label_text("{country} media", None) == "Media"


def test_uncertain_facts_make_an_uncertain_label(policy: Policy) -> None:
    given = Facts.model_validate(
        {
            "funding": [{"kind": "state-budget", "uncertain": True}],
            "editorial": {"control": "state"},
        }
    )
    found = decide(policy, summarize(given, [], policy), "Russian")
    assert found.uncertain and found.text.endswith("(uncertain)")


def test_a_policy_must_give_text_for_every_label() -> None:
    with pytest.raises(ValueError, match="no text for"):
        Policy.model_validate(
            {"id": "p", "description": "d", "state_money": [], "rules": [], "labels": {}}
        )
