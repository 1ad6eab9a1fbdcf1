"""The rules we ship must hold to what we promise about them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from provenance import RuleSet
from provenance.rules.load import shipped_rules
from provenance.rules.models import Citation, CitedFact, Owner, Source
from provenance.rules.schema import rules_schema_text
from provenance.rules.tree import Tree, read_tree, rule_files
from provenance.rules.validate import parse_file


@pytest.fixture(scope="module")
def tree() -> Tree:
    return read_tree(rule_files(shipped_rules()))


def claims(rules: RuleSet) -> Iterator[tuple[str, CitedFact]]:
    entries: list[Source | Owner] = [*rules.sources.values(), *rules.owners.values()]
    for entry in entries:
        for fact in entry.cited_facts():
            yield entry.id, fact


def citations(rules: RuleSet) -> Iterator[tuple[str, Citation | str]]:
    """Every citation of every claim, owner and domain rule, by the id of what cites it."""
    for entry_id, fact in claims(rules):
        for citation in fact.citations:
            yield entry_id, citation
    for owner in rules.owners.values():
        for citation in owner.citations:
            yield owner.id, citation
    for source in rules.sources.values():
        for rule in source.domains:
            for citation in rule.citations:
                yield source.id, citation


def test_the_shipped_rules_load(shipped: RuleSet) -> None:
    assert len(shipped.sources) >= 3


def test_every_fact_and_ownership_link_cites_a_source(shipped: RuleSet) -> None:
    missing = [
        f"{entry_id}: {fact.what}" for entry_id, fact in claims(shipped) if not fact.citations
    ]
    assert missing == []


def test_every_citation_is_https_and_dated_no_later_than_today(shipped: RuleSet) -> None:
    found = list(citations(shipped))
    assert len(found) > 1000
    wrong = []
    for entry_id, citation in found:
        if not isinstance(citation, Citation):
            wrong.append(f"{entry_id}: {citation} is not resolved")
        elif not citation.url.startswith("https://"):
            wrong.append(f"{entry_id}: {citation.url} is not https")
        elif citation.checked is None or citation.checked > date.today():
            wrong.append(f"{entry_id}: {citation.url} is dated {citation.checked}")
    assert wrong == []


def test_every_owner_reference_resolves(shipped: RuleSet) -> None:
    for entry in (*shipped.sources.values(), *shipped.owners.values()):
        for link in entry.owners:
            assert link.id in shipped.owners, (entry.id, link.id)


def test_no_domain_is_claimed_twice_without_a_resolution(tree: Tree) -> None:
    assert tree.conflicts == []
    assert tree.domains.lookup("www.rt.com") is not None  # the index the check is about


def test_the_shipped_tree_has_no_problem(tree: Tree) -> None:
    assert tree.problems == []


def test_every_shipped_file_parses_cleanly() -> None:
    for path in rule_files(shipped_rules()):
        assert parse_file(path).problems == [], path


def test_the_committed_schema_is_current() -> None:
    committed = (shipped_rules() / "rules.schema.json").read_text(encoding="utf-8")
    assert committed == rules_schema_text(), "run: provenance schema > rules/rules.schema.json"
