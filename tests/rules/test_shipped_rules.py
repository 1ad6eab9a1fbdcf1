"""The rules we ship must hold to what we promise about them."""

from __future__ import annotations

from provenance import RuleSet
from provenance.rules.load import shipped_rules
from provenance.rules.models import Citation, Facts
from provenance.rules.schema import rules_schema_text
from provenance.rules.tree import rule_files
from provenance.rules.validate import parse_file


def test_the_shipped_rules_load(shipped: RuleSet) -> None:
    assert len(shipped.sources) >= 3


def test_every_fact_and_ownership_link_cites_a_source(shipped: RuleSet) -> None:
    missing: list[str] = []
    for source in shipped.sources.values():
        for what, fact in _facts(source.facts):
            if not fact:
                missing.append(f"{source.id}: {what}")
        missing += [f"{source.id}: owner {link.id}" for link in source.owners if not link.citations]
    for owner in shipped.owners.values():
        if owner.kind.value != "state":
            missing += [
                f"{owner.id}: owner {link.id}" for link in owner.owners if not link.citations
            ]
    assert missing == []


def _facts(facts: Facts) -> list[tuple[str, tuple[Citation | str, ...]]]:
    found: list[tuple[str, tuple[Citation | str, ...]]] = [
        (f"funding {item.kind}", item.citations) for item in facts.funding
    ]
    if facts.governance:
        found.append(("governance", facts.governance.citations))
    if facts.editorial:
        found.append(("editorial", facts.editorial.citations))
    return found


def test_every_citation_is_https_and_dated(shipped: RuleSet) -> None:
    for source in shipped.sources.values():
        for _, citations in _facts(source.facts):
            for citation in citations:
                assert isinstance(citation, Citation)
                assert citation.url.startswith("https://"), (source.id, citation.url)


def test_every_owner_reference_resolves(shipped: RuleSet) -> None:
    for entry in (*shipped.sources.values(), *shipped.owners.values()):
        for link in entry.owners:
            assert link.id in shipped.owners, (entry.id, link.id)


def test_no_domain_is_claimed_twice_without_a_resolution(shipped: RuleSet) -> None:
    assert shipped.domain_conflicts == []


def test_every_shipped_file_parses_cleanly() -> None:
    for path in rule_files(shipped_rules()):
        assert parse_file(path).problems == [], path


def test_the_committed_schema_is_current() -> None:
    committed = (shipped_rules() / "rules.schema.json").read_text(encoding="utf-8")
    assert committed == rules_schema_text(), "run: provenance schema > rules/rules.schema.json"
