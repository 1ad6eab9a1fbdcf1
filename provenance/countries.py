"""Country table: ISO 3166-1 alpha-2 codes with English names, adjectives and name aliases.

Owns ``provenance/data/countries.json`` and every lookup into it. The file is read on first
use, never at import time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import TypedDict


@dataclass(frozen=True, slots=True)
class Country:
    """One country or territory."""

    code: str  # ISO 3166-1 alpha-2, upper case
    name: str  # common English short name, e.g. "Russia"
    adjective: str  # used before a noun, e.g. "Russian" in "Russian state-controlled media"


class _Entry(TypedDict):
    code: str
    name: str
    adjective: str
    aliases: list[str]


def _normalise(text: str) -> str:
    return " ".join(text.split()).casefold()


@cache
def _entries() -> tuple[_Entry, ...]:
    resource = files("provenance") / "data" / "countries.json"
    entries: list[_Entry] = json.loads(resource.read_text(encoding="utf-8"))
    return tuple(sorted(entries, key=lambda entry: entry["code"]))


def _to_country(entry: _Entry) -> Country:
    return Country(code=entry["code"], name=entry["name"], adjective=entry["adjective"])


@cache
def all_countries() -> tuple[Country, ...]:
    """Every country, sorted by code."""
    return tuple(_to_country(entry) for entry in _entries())


@cache
def _by_code() -> dict[str, Country]:
    return {item.code: item for item in all_countries()}


@cache
def _by_name() -> dict[str, Country]:
    index: dict[str, Country] = {}
    for entry in _entries():
        found = _by_code()[entry["code"]]
        for label in (entry["name"], *entry["aliases"]):
            index[_normalise(label)] = found
    return index


def country(code: str) -> Country | None:
    """The country with this ISO 3166-1 alpha-2 code (any case), or None."""
    return _by_code().get(code.strip().upper())


def country_by_name(name: str) -> Country | None:
    """The country whose name or alias is `name` (any case and spacing), or None."""
    return _by_name().get(_normalise(name))
