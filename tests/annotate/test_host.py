"""The host: from the fetch URL when there is one, else from the page's own claims about
itself, else from a republisher naming itself. Every page here is written for the test."""

from __future__ import annotations

import pytest

from provenance import Annotation, Annotator, Article, load_rules
from tests.annotate.rulesets import AGENCY, rule_files
from tests.conftest import WriteRules

RULES = rule_files(
    AGENCY,
    """
  - id: courier
    name: Der Beispielkurier
    type: newspaper
    country: DE
    domains: [beispielkurier.example]
""",
)

PROSE = "Ein Absatz, lang genug, um als Fließtext im Vorspann des Artikels zu zählen, und mehr."


def page(head: str, body: str = f"<p>{PROSE}</p><p>Zweiter Absatz.</p>") -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


def own_page(domain: str, name: str) -> str:
    """A page whose every claim about itself names one outlet."""
    return page(
        f'<link rel="canonical" href="https://www.{domain}/2024/story">'
        f'<meta property="og:url" content="https://www.{domain}/2024/story">'
        f'<meta property="og:site_name" content="{name}">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": '
        f'{{"@type": "Organization", "name": "{name}", "url": "https://www.{domain}/"}}}}'
        "</script>"
    )


@pytest.fixture
def small(write_rules: WriteRules) -> Annotator:
    return Annotator(load_rules(write_rules(RULES)))


def without_url(annotator: Annotator, html: str) -> Annotation:
    return annotator.annotate(Article(html=html))


@pytest.mark.parametrize(
    ("domain", "name"),
    [("smallblog.example", "Small Blog"), ("kleinezeitung.example", "Kleine Zeitung")],
)
def test_an_outlets_own_page_without_a_url_is_its_own(
    small: Annotator, domain: str, name: str
) -> None:
    found = without_url(small, own_page(domain, name))
    assert found.host is not None and (found.host.domain, found.host.name) == (domain, name)
    assert (found.relation, found.republished) == ("original", False)
    evidence = found.evidence or ()
    assert evidence[0].signal == "host-claim" and evidence[0].field == "og:site_name"


def test_a_known_outlet_is_found_by_its_claims(small: Annotator) -> None:
    found = without_url(small, own_page("beispielkurier.example", "Der Beispielkurier"))
    assert found.host is not None and found.host.source == "courier"
    assert found.relation == "original"


def test_a_claimed_host_is_less_sure_than_a_fetch_url(small: Annotator) -> None:
    html = own_page("smallblog.example", "Small Blog")
    claimed = without_url(small, html)
    fetched = small.annotate(Article(html=html, url="https://www.smallblog.example/2024/story"))
    assert claimed.confidence is not None and fetched.confidence is not None
    assert claimed.confidence < fetched.confidence
    assert [e.signal for e in fetched.evidence or ()][:1] == ["url-host"]


def test_a_fetch_url_wins_over_every_claim(small: Annotator) -> None:
    html = own_page("smallblog.example", "Small Blog")
    found = small.annotate(Article(html=html, url="https://copies.example/1"))
    assert found.host is not None and found.host.domain == "copies.example"
    assert found.relation == "republished"
    assert found.origin is not None and found.origin.domain == "smallblog.example"


@pytest.mark.parametrize(
    "notice",
    [
        "This article first appeared on Small Blog.",
        "Dieser Artikel erschien zuerst bei Small Blog.",
        "Cet article a été publié initialement par Small Blog.",
    ],
)
def test_a_page_crediting_itself_without_a_url_is_original(small: Annotator, notice: str) -> None:
    html = own_page("smallblog.example", "Small Blog")
    html = html.replace("</article>", f"<p>{notice}</p></article>")
    assert without_url(small, html).relation == "original"


def test_the_site_name_is_the_host_when_the_canonical_names_another_outlet(
    small: Annotator,
) -> None:
    html = page(
        '<link rel="canonical" href="https://www.beispielkurier.example/a/1">'
        '<meta property="og:site_name" content="Das Portal">'
    )
    found = without_url(small, html)
    assert found.host is not None and found.host.name == "Das Portal"
    assert found.relation == "republished"
    assert found.origin is not None and found.origin.source == "courier"


def test_a_headline_in_a_name_field_is_not_a_site_name(small: Annotator) -> None:
    headline = "Stadtrat beschließt neuen Haushalt nach langer und hitziger Debatte am Abend"
    html = page(
        f'<meta name="application-name" content="{headline}">'
        '<meta property="og:url" content="https://smallblog.example/p/1">'
    )
    found = without_url(small, html)
    assert found.host is not None and found.host.domain == "smallblog.example"


def test_a_site_name_written_as_a_domain_gives_the_domain(small: Annotator) -> None:
    found = without_url(small, page('<meta property="og:site_name" content="SmallBlog.Net">'))
    assert found.host is not None and found.host.domain == "smallblog.net"


@pytest.mark.parametrize(
    "text",
    [
        "OSLO (NWA) — Parliament voted on Tuesday.\nMore text.",
        "OSLO (NWA) — Das Parlament stimmte am Dienstag ab.\nMehr Text.",
        "OSLO (NWA) — Le parlement a voté mardi.\nLa suite.",
    ],
)
def test_without_any_host_nothing_is_called_republished(small: Annotator, text: str) -> None:
    found = small.annotate(Article(text=text))
    assert found.host is None
    assert (found.relation, found.republished) == ("unknown", False)
    assert found.origin is not None and found.origin.source == "north-wire"
