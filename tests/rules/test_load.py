from __future__ import annotations

from pathlib import Path

import pytest

from provenance import RulesError, load_rules
from tests.conftest import WriteRules

SOURCE = """
sources:
  - id: daily
    name: Daily
    domains: [daily.example]
"""


def problems(folder: Path) -> list[str]:
    with pytest.raises(RulesError) as raised:
        load_rules(folder)
    return [str(problem) for problem in raised.value.problems]


def test_a_valid_folder_loads(write_rules: WriteRules) -> None:
    rules = load_rules(write_rules({"a.yaml": SOURCE}))
    assert list(rules.sources) == ["daily"]
    assert rules.version.startswith("sha256:")


def test_syntax_error_and_duplicate_key_are_both_reported_with_their_lines(
    write_rules: WriteRules,
) -> None:
    folder = write_rules(
        {
            "broken.yaml": "sources:\n  - id: a\n    name: [unclosed\n",
            "dupe.yaml": "sources:\n  - id: b\n    name: B\n    name: B again\n",
        }
    )
    found = problems(folder)
    assert any("broken.yaml:4:1: YAML syntax" in p for p in found), found
    assert any("dupe.yaml:4:5: duplicate key 'name'" in p for p in found), found


def test_unknown_keys_are_located_and_get_a_suggestion(write_rules: WriteRules) -> None:
    folder = write_rules({"a.yaml": "sources:\n  - id: a\n    name: A\n    aliasses: [A]\n"})
    [found] = problems(folder)
    assert found.endswith("a.yaml:4:5: sources.0: unknown key 'aliasses'; did you mean 'aliases'?")


def test_wrong_values_point_at_their_key(write_rules: WriteRules) -> None:
    text = "sources:\n  - id: a\n    name: A\n    country: Narnia\n"
    [found] = problems(write_rules({"a.yaml": text}))
    assert "a.yaml:4:5: sources.0.country:" in found


def test_anchors_and_aliases_are_refused(write_rules: WriteRules) -> None:
    text = "x: &a [1, 2]\nsources: *a\n"
    found = problems(write_rules({"a.yaml": text}))
    assert any(":1:4: YAML anchor &a is not allowed" in p for p in found), found
    assert any(":2:10: YAML alias *a is not allowed" in p for p in found), found


def test_unsafe_tags_are_refused(write_rules: WriteRules) -> None:
    text = "sources:\n  - id: !!python/object:os.system a\n    name: A\n"
    found = problems(write_rules({"a.yaml": text}))
    assert any("a.yaml:2:9: YAML tag tag:yaml.org,2002:python/object:os.system" in p for p in found)


def test_yaml_1_1_booleans_stay_strings(write_rules: WriteRules) -> None:
    text = "sources:\n  - id: a\n    name: A\n    country: NO\n"
    rules = load_rules(write_rules({"a.yaml": text}))
    assert rules.sources["a"].country == "NO"


def test_problems_across_files_are_all_collected(write_rules: WriteRules) -> None:
    files = {
        "a.yaml": "sources:\n  - id: same\n    name: A\n    owners: [{id: nobody}]\n",
        "b.yaml": "sources:\n  - id: same\n    name: B\n",
        "c.yaml": "sources:\n  - id: c\n    name: C\n    facts:\n      editorial:\n"
        "        control: state\n        citations: [missing]\n",
    }
    found = problems(write_rules(files))
    assert any("a.yaml:4:15: owner 'nobody' is not defined" in p for p in found), found
    assert any("b.yaml:2:5: duplicate source id 'same'" in p for p in found), found
    assert any("c.yaml:7:21:" in p and "citation 'missing' is not defined" in p for p in found)


def test_a_domain_claimed_twice_needs_an_override(write_rules: WriteRules) -> None:
    files = {
        "a.yaml": "sources:\n  - id: a\n    name: A\n    domains: [x.example]\n",
        "b.yaml": "sources:\n  - id: b\n    name: B\n    domains: [x.example]\n",
    }
    found = problems(write_rules(files))
    assert len(found) == 2
    assert all("x.example is claimed by a, b" in p for p in found)
    files["b.yaml"] = (
        "sources:\n  - id: b\n    name: B\n    domains:\n"
        "      - {domain: x.example, overrides: a, reason: B bought the site}\n"
    )
    rules = load_rules(write_rules(files))
    found_source = rules.domains.lookup("x.example")
    assert found_source is not None and found_source.source_id == "b"


def test_a_rule_set_needs_exactly_one_policy(write_rules: WriteRules) -> None:
    found = problems(write_rules({"a.yaml": SOURCE}, with_policy=False))
    assert any("no `policy:` found" in p for p in found)


def test_named_citations_are_resolved(write_rules: WriteRules) -> None:
    text = """
    citations:
      - {id: c1, url: "https://example.org/a", title: A page, checked: 2026-01-02}
    sources:
      - id: a
        name: A
        facts:
          editorial: {control: independent, citations: [c1]}
    """
    rules = load_rules(write_rules({"a.yaml": text}))
    editorial = rules.sources["a"].facts.editorial
    assert editorial is not None
    [citation] = editorial.citations
    assert not isinstance(citation, str) and citation.url == "https://example.org/a"


def test_missing_folder_is_a_rules_error(tmp_path: Path) -> None:
    found = problems(tmp_path / "nowhere")
    assert found == [f"{tmp_path / 'nowhere'}:1:1: no such file or folder"]


def test_not_utf8_is_located(write_rules: WriteRules) -> None:
    folder = write_rules({})
    (folder / "latin.yaml").write_bytes(b"sources:\n  - id: a\n    name: Caf\xe9\n")
    [found] = problems(folder)
    assert found.endswith("latin.yaml:3:14: not UTF-8 text")


def test_version_is_a_content_hash(write_rules: WriteRules) -> None:
    folder = write_rules({"a.yaml": SOURCE})
    first = load_rules(folder).version
    (folder / "a.yaml").write_text(SOURCE.replace("Daily", "Daily News"), encoding="utf-8")
    assert load_rules(folder).version != first
