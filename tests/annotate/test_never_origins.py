"""Platforms and photo agencies, which the rules name, are never an origin; a tracker host the
rules name makes a pixel a credit. Every rule and page here is written for the test."""

from __future__ import annotations

import pytest

from provenance import Annotation, Annotator, Article, load_rules
from tests.annotate.rulesets import AGENCY, rule_files
from tests.conftest import WriteRules

RULES = rule_files(
    AGENCY,
    """
  - id: daily
    name: The Daily Example
    type: newspaper
    domains: [daily.example]
  - id: chirp
    name: Chirp
    type: platform
    domains: [chirp.example]
  - id: snapshots
    name: Snapshots Images
    type: photo-agency
    aliases: [Snapshots]
    domains: [snapshots.example]
  - id: commons
    name: Commons Wire
    type: digital
    domains:
      - commons.example
      - {host: pixel.commons.example, kind: tracker}
""",
)


@pytest.fixture
def small(write_rules: WriteRules) -> Annotator:
    return Annotator(load_rules(write_rules(RULES)))


def annotate(annotator: Annotator, text: str = "", html: str | None = None) -> Annotation:
    url = "https://www.blog.example/story"
    return annotator.annotate(Article(url=url, text=text if html is None else None, html=html))


def origin_of(found: Annotation) -> str | None:
    return found.origin.source if found.origin else None


BODY = "Lead paragraph of the story, long enough to count as prose in the lead of it.\nMore."


def test_a_link_to_a_platform_names_no_origin(small: Annotator) -> None:
    found = annotate(small, f"{BODY}\nSource: https://chirp.example/northwire/status/1")
    assert (found.relation, origin_of(found)) == ("original", None)
    linked = annotate(small, f"{BODY}\nSource: https://northwire.example/a/1")
    assert (linked.relation, origin_of(linked)) == ("republished", "north-wire")


def test_a_canonical_link_to_a_platform_names_no_origin(small: Annotator) -> None:
    html = '<link rel="canonical" href="https://chirp.example/p/1"><p>Text of the post.</p>'
    assert annotate(small, html=html).relation == "original"
    html = '<link rel="canonical" href="https://daily.example/p/1"><p>Text of the post.</p>'
    assert annotate(small, html=html).relation == "republished"


@pytest.mark.parametrize(
    "credit", ["Source: Chirp", "This story was originally published on Chirp."]
)
def test_a_platform_is_no_credit_by_name(small: Annotator, credit: str) -> None:
    assert annotate(small, f"{BODY}\n{credit}").relation == "original"


def test_a_page_on_a_platform_has_it_as_host(small: Annotator) -> None:
    found = small.annotate(Article(url="https://chirp.example/p/1", text="A post."))
    assert found.host is not None and found.host.source == "chirp"


@pytest.mark.parametrize("credit", ["NWA/Snapshots", "NWA / Snapshots Images"])
def test_a_name_before_a_photo_agency_is_a_photo_credit(small: Annotator, credit: str) -> None:
    found = annotate(small, f"{BODY}\n{credit}")
    assert (found.relation, origin_of(found)) == ("original", None)


def test_without_the_photo_agency_the_same_line_is_a_credit(small: Annotator) -> None:
    found = annotate(small, f"{BODY}\nNWA/Jane Doe")
    assert (found.relation, origin_of(found)) == ("wire-copy", "north-wire")


def test_a_photo_agency_credits_no_text(small: Annotator) -> None:
    assert annotate(small, f"{BODY}\nSource: Snapshots Images").relation == "original"
    html = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": '
        '{"@type": "Organization", "name": "Snapshots Images"}}</script><p>Text.</p>'
    )
    assert annotate(small, html=html).relation == "original"


def test_a_pixel_from_a_tracker_host_in_the_rules_credits_its_source(
    small: Annotator,
) -> None:
    html = '<article><p>Story.</p><img src="https://pixel.commons.example/c/1.gif"></article>'
    found = annotate(small, html=html)
    assert (found.relation, origin_of(found)) == ("republished", "commons")
    assert [e.signal for e in found.evidence or ()] == ["url-host", "tracker-pixel"]
    other = html.replace("pixel.commons.example", "pixel.daily.example")
    assert annotate(small, html=other).relation == "original"


@pytest.mark.parametrize(
    "tail",
    [
        "Source: https://twitter.com/someone/status/1",
        "Via https://youtu.be/abcdef",
        "Reuters/Getty Images",
        "AFP/EPA-EFE",
    ],
)
def test_the_shipped_rules_know_platforms_and_photo_agencies(
    annotator: Annotator, tail: str
) -> None:
    assert annotate(annotator, f"{BODY}\n{tail}").relation == "original"
