"""Tests for provenance.countries and the shipped country table."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

from provenance.countries import Country, all_countries, country, country_by_name

MATRIX_CSV = (
    Path(__file__).parent.parent / "rules" / "state-media-matrix" / "State_Media_Matrix.csv"
)

# Country values in the matrix that are not countries, so resolve to nothing on purpose.
NOT_COUNTRIES = {
    "",  # blank trailing row
    "Europen Union",  # (sic) the European Union, a supranational body
}


def _raw_entries() -> list[dict[str, Any]]:
    text = (files("provenance") / "data" / "countries.json").read_text(encoding="utf-8")
    entries: list[dict[str, Any]] = json.loads(text)
    return entries


def _matrix_countries() -> set[str]:
    with MATRIX_CSV.open(encoding="utf-8", newline="") as handle:
        return {row["Country"] for row in csv.DictReader(handle)}


@pytest.mark.parametrize(
    ("code", "name", "adjective"),
    [
        ("RU", "Russia", "Russian"),
        ("GB", "United Kingdom", "British"),
        ("AE", "United Arab Emirates", "Emirati"),
        ("US", "United States", "American"),
        ("KR", "South Korea", "South Korean"),
        ("XK", "Kosovo", "Kosovar"),
    ],
)
def test_known_codes(code: str, name: str, adjective: str) -> None:
    assert country(code) == Country(code=code, name=name, adjective=adjective)


@pytest.mark.parametrize(
    ("alias", "code"),
    [
        ("Russian Federation", "RU"),
        ("Czech Republic", "CZ"),
        ("UAE", "AE"),
        ("United States of America", "US"),
        ("Côte d'Ivoire", "CI"),
        ("DR Congo", "CD"),
        ("Congo", "CG"),
        ("Palestine territories", "PS"),
        ("Macao", "MO"),
        ("Burma", "MM"),
    ],
)
def test_alias_lookup(alias: str, code: str) -> None:
    found = country_by_name(alias)
    assert found is not None
    assert found.code == code


def test_name_lookup_ignores_case_and_whitespace() -> None:
    expected = country("GB")
    assert expected is not None
    assert country_by_name("  united\tKINGDOM \n") == expected
    assert country_by_name("united  kingdom") == expected


def test_code_lookup_ignores_case() -> None:
    assert country("ru") == country("RU")
    assert country("Ru") is not None


@pytest.mark.parametrize("code", ["ZZ", "", "R", "RUS", "EU"])
def test_unknown_code_is_none(code: str) -> None:
    assert country(code) is None


def test_unknown_name_is_none() -> None:
    assert country_by_name("Atlantis") is None
    assert country_by_name("") is None


def test_all_countries_sorted_and_complete() -> None:
    codes = [item.code for item in all_countries()]
    assert codes == sorted(codes)
    assert len(codes) >= 249
    assert {"RU", "US", "XK", "AQ"} <= set(codes)


def test_codes_unique_two_upper_letters() -> None:
    codes = [item.code for item in all_countries()]
    assert len(codes) == len(set(codes))
    for code in codes:
        assert len(code) == 2
        assert code.isascii()
        assert code.isalpha()
        assert code.isupper()


def test_fields_non_empty() -> None:
    for item in all_countries():
        assert item.name.strip() == item.name != ""
        assert item.adjective.strip() == item.adjective != ""


def test_each_name_and_alias_belongs_to_one_country() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in _raw_entries():
        for label in (entry["name"], *entry["aliases"]):
            owners[" ".join(label.split()).casefold()].add(entry["code"])
    shared = {label: codes for label, codes in owners.items() if len(codes) > 1}
    assert shared == {}


def test_each_name_and_alias_resolves_to_its_own_country() -> None:
    for entry in _raw_entries():
        for label in (entry["name"], *entry["aliases"]):
            found = country_by_name(label)
            assert found is not None, label
            assert found.code == entry["code"], label


def test_every_matrix_country_resolves() -> None:
    values = _matrix_countries()
    assert len(values) > 100
    unresolved = {value for value in values - NOT_COUNTRIES if country_by_name(value) is None}
    assert unresolved == set()


def test_not_countries_really_do_not_resolve() -> None:
    for value in NOT_COUNTRIES:
        assert country_by_name(value) is None, value
