from __future__ import annotations

from provenance.rules.aliases import AliasIndex
from provenance.rules.models import Alias

ALIASES = AliasIndex(
    [
        ("rt", Alias.model_validate("RT")),
        ("rt", Alias.model_validate("Russia Today")),
        ("ap", Alias.model_validate("AP")),
        ("ap", Alias.model_validate("Associated Press")),
        ("aa", Alias.model_validate("AA")),
        ("tass", Alias.model_validate("ТАСС")),
        ("xinhua", Alias.model_validate("新华社")),
        ("xinhua", Alias.model_validate("Xinhua")),
        ("xinhua", Alias.model_validate("Xinhua News Agency")),
        ("rtl", Alias.model_validate("RTL")),
    ]
)


def found(text: str) -> list[tuple[str, str]]:
    return [(hit.source_ids[0], text[hit.start : hit.end]) for hit in ALIASES.find(text)]


def test_acronyms_default_to_case_sensitive_and_need_context() -> None:
    alias = Alias.model_validate("RT")
    assert (alias.case, alias.context) == ("sensitive", "credit")
    long = Alias.model_validate("Russia Today")
    assert (long.case, long.context) == ("insensitive", "any")


def test_case_sensitive_acronyms_do_not_match_inside_words() -> None:
    assert found("Visit support.com or art.com, AAA and CAPTCHA, rtl") == []
    assert found("RTÉ and RTS broadcast it; RTL too") == [("rtl", "RTL")]


def test_case_insensitive_names_match_any_case() -> None:
    assert found("RUSSIA TODAY and russia today") == [
        ("rt", "RUSSIA TODAY"),
        ("rt", "russia today"),
    ]


def test_leftmost_longest_wins() -> None:
    assert found("the Xinhua News Agency said") == [("xinhua", "Xinhua News Agency")]


def test_scripts_without_spaces_match_inside_text() -> None:
    assert found("新华社北京5月1日电") == [("xinhua", "新华社")]
    assert found("МОСКВА, 1 мая. /ТАСС/.") == [("tass", "ТАСС")]


def test_offsets_index_the_original_text_through_typographic_spaces() -> None:
    text = "by Russia\u00a0Today\u2019s desk"
    hits = ALIASES.find(text)
    assert [text[h.start : h.end] for h in hits] == ["Russia\u00a0Today"]


def test_offsets_hold_when_lower_casing_changes_length() -> None:
    text = "İstanbul (AP) — Russia Today"
    assert found(text) == [("ap", "AP"), ("rt", "Russia Today")]


def test_a_hit_records_whether_it_needs_context() -> None:
    hits = ALIASES.find("RT and Russia Today")
    assert [(h.needs_context) for h in hits] == [True, False]


def test_shared_alias_lists_every_source() -> None:
    index = AliasIndex([("a", Alias.model_validate("Globe")), ("b", Alias.model_validate("Globe"))])
    assert [hit.source_ids for hit in index.find("The Globe said")] == [("a", "b")]


def test_empty_index_finds_nothing() -> None:
    assert AliasIndex([]).find("anything") == []
