"""Signals from a page's metadata and a record's fields: syndication metas, publishers that
are another outlet, and authors that are an agency. Every page here is written for the test."""

from __future__ import annotations

import json

import pytest

from provenance import Annotation, Annotator, Article, load_rules
from tests.annotate.rulesets import AGENCY, rule_files
from tests.conftest import WriteRules

RULES = rule_files(
    AGENCY,
    """
  - id: sur-agency
    name: Agencia Sur
    type: news-agency
    aliases: [{text: ASUR, case: sensitive, context: credit}]
    domains: [agenciasur.example]
  - id: gazette
    name: The Harbour Gazette
    type: newspaper
    domains: [harbourgazette.example]
""",
)
URL = "https://www.portal.example/2024/story"
BODY = "<p>A paragraph of the story, long enough to be prose in the lead, and then some.</p>"


@pytest.fixture
def small(write_rules: WriteRules) -> Annotator:
    return Annotator(load_rules(write_rules(RULES)))


def on_portal(annotator: Annotator, head: str) -> Annotation:
    html = f"<html><head>{head}</head><body><article>{BODY}</article></body></html>"
    return annotator.annotate(Article(html=html, url=URL))


def origin_of(found: Annotation) -> str | None:
    return found.origin.source if found.origin else None


@pytest.mark.parametrize(
    "head",
    [
        '<meta name="source" content="https://www.harbourgazette.example/a/1">',
        '<meta name="original-source" content="https://harbourgazette.example/a/1">',
        '<meta name="DC.Source" content="https://harbourgazette.example/a/1">',
        '<link rel="original-source" href="https://harbourgazette.example/a/1">',
    ],
)
def test_a_syndication_meta_names_the_origin(small: Annotator, head: str) -> None:
    found = on_portal(small, head)
    assert (found.relation, origin_of(found)) == ("republished", "gazette")


def test_a_publisher_meta_on_another_outlets_site_counts(small: Annotator) -> None:
    head = (
        '<meta property="article:publisher" content="https://harbourgazette.example/">'
        '<link rel="canonical" href="https://harbourgazette.example/a/1">'
    )
    found = on_portal(small, head)
    assert origin_of(found) == "gazette"
    assert {"publisher", "canonical"} <= {e.signal for e in found.evidence or ()}


def test_a_publisher_meta_on_a_platform_says_nothing(
    small: Annotator, annotator: Annotator
) -> None:
    head = '<meta property="article:publisher" content="https://www.facebook.com/portal">'
    assert on_portal(annotator, head).relation == "original"


@pytest.mark.parametrize(
    "author",
    [
        "By North Wire Agency",
        "North Wire Agency Staff",
        "North Wire Agency in Valencia",
        "Jane Doe, North Wire Agency",
        "Von NWA",
        "Por NWA",
        "Jane Doe und NWA",
        "NWA Redaktion",
    ],
)
def test_an_author_meta_naming_an_agency_is_wire_copy(small: Annotator, author: str) -> None:
    for head in (
        f'<meta name="author" content="{author}">',
        f'<meta name="parsely-author" content="{author}">',
        f'<meta name="sailthru.author" content="{author}">',
    ):
        found = on_portal(small, head)
        assert (found.relation, origin_of(found)) == ("wire-copy", "north-wire"), head


def test_a_json_ld_author_of_any_type_naming_an_agency_is_wire_copy(small: Annotator) -> None:
    for kind in ("Person", "Organization"):
        author = json.dumps({"@type": kind, "name": "Agencia Sur"})
        block = f'{{"@type": "NewsArticle", "author": {author}}}'
        head = f'<script type="application/ld+json">{block}</script>'
        found = on_portal(small, head)
        assert (found.relation, origin_of(found)) == ("wire-copy", "sur-agency"), kind


@pytest.mark.parametrize("author", ["Jane Doe", "Jane Doe, Portal Staff", "Redaktion"])
def test_an_author_who_is_a_person_is_no_credit(small: Annotator, author: str) -> None:
    found = on_portal(small, f'<meta name="author" content="{author}">')
    assert found.relation == "original"


@pytest.mark.parametrize("field", ["author", "authors"])
def test_a_records_author_naming_an_agency_is_wire_copy(small: Annotator, field: str) -> None:
    value: str | list[str] = "ASUR" if field == "author" else ["Ana Gómez", "Agencia Sur"]
    found = small.annotate({"url": URL, "text": "Texto de la noticia.", field: value})
    assert (found.relation, origin_of(found)) == ("wire-copy", "sur-agency")


@pytest.mark.parametrize(
    "byline",
    [
        "By Jane Doe / North Wire Agency",
        "Jane Doe / North Wire Agency",
        "Jane Doe | North Wire Agency",
        "Jane Doe, North Wire Agency",
    ],
)
def test_a_byline_naming_a_person_and_an_agency_credits_the_agency(
    small: Annotator, byline: str
) -> None:
    text = (
        f"Headline of the story\n{byline}\nThe story opens with a long sentence of prose, and more."
    )
    found = small.annotate(Article(text=text, url=URL))
    assert (found.relation, origin_of(found)) == ("wire-copy", "north-wire")


@pytest.mark.parametrize(
    ("url", "origin"),
    [
        ("https://www.portal.example/news/north-wire-agency/2024/story-of-the-day", "north-wire"),
        ("https://www.portal.example/article/20211103/AGENTURMELDUNGEN/3110/story", None),
        ("https://www.portal.example/agencias/2024/historia-del-dia", None),
        ("https://www.portal.example/fil-info/agences/2024/histoire", None),
    ],
)
def test_a_section_of_the_sites_addresses_for_agency_copy_is_wire_copy(
    small: Annotator, url: str, origin: str | None
) -> None:
    found = small.annotate(Article(text="A story with no credit in it at all.", url=url))
    assert (found.relation, origin_of(found)) == ("wire-copy", origin)


def test_the_articles_own_slug_is_no_section(small: Annotator) -> None:
    url = "https://www.portal.example/2024/north-wire-agency"
    found = small.annotate(Article(text="A story about the agency itself.", url=url))
    assert found.relation == "original"


@pytest.mark.parametrize("byline", ["Af NWA", "By NWA", "Door NWA"])
def test_a_byline_in_danish_english_or_dutch_names_the_agency(
    small: Annotator, byline: str
) -> None:
    text = f"Headline\n{byline}\nThe story opens with a long sentence of prose, and goes on and on."
    found = small.annotate(Article(text=text, url=URL))
    assert (found.relation, origin_of(found)) == ("wire-copy", "north-wire")
