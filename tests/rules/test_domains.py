"""The domain index: hosts and paths to sources, conflicts and overrides."""

from __future__ import annotations

import pytest

from provenance.rules.domains import DomainIndex
from provenance.rules.models import DomainRule
from provenance.urls import parse_url


def index(*claims: tuple[str, str | dict[str, str]]) -> DomainIndex:
    built, conflicts = DomainIndex.build(
        (source, DomainRule.model_validate(rule)) for source, rule in claims
    )
    assert conflicts == []
    return built


RULES = index(
    ("rt", "rt.com"),
    ("bbc", "bbc.co.uk"),
    ("bbc-russian", "bbc.com/russian"),
    ("bbc-world", "bbc.com"),
    ("rt-de", {"host": "de.rt.com"}),
    ("pravda", "правда.рф"),
)


def source_of(url: str) -> str | None:
    parts = parse_url(url)
    assert parts is not None, url
    found = RULES.lookup(parts.host, parts.path)
    return found.source_id if found else None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.rt.com/news/1/", "rt"),
        ("https://arabic.rt.com/x", "rt"),
        ("https://de.rt.com/inland/", "rt-de"),  # an exact host beats its parent domain
        ("https://rt.com.news-today.example/a", None),
        ("https://art.com/", None),
        ("https://notrt.com/", None),
        ("https://news.bbc.co.uk/2/hi/1.stm", "bbc"),
        ("https://www.bbc.com/russian/news-1", "bbc-russian"),
        ("https://www.bbc.com/russiannews", "bbc-world"),  # prefixes match whole segments
        ("https://www.bbc.com/news", "bbc-world"),
        ("https://user:secret@www.rt.com:8443/x", "rt"),
        ("https://WWW.RT.COM./x", "rt"),
        ("www.rt.com/news", "rt"),
        ("//rt.com/news", "rt"),
        ("https://правда.рф/news", "pravda"),
        ("https://xn--80aafi6cg.xn--p1ai/news", "pravda"),
        ("https://www-rt-com.cdn.ampproject.org/c/s/www.rt.com/news/1/", "rt"),
        ("https://www-rt-com.cdn.ampproject.org/v/s/www.rt.com/news/1/amp/?usqp=mq331AQ", "rt"),
        ("https://de-rt-com.cdn.ampproject.org/", "rt-de"),
        ("https://www.google.com/amp/s/www.rt.com/news/1/", "rt"),
    ],
)
def test_lookup(url: str, expected: str | None) -> None:
    assert source_of(url) == expected


def test_conflicts_need_an_override_with_a_reason() -> None:
    plain = [("a", DomainRule.model_validate("x.com")), ("b", DomainRule.model_validate("x.com"))]
    _, conflicts = DomainIndex.build(plain)
    assert [(c.key, sorted(s for s, _ in c.claims)) for c in conflicts] == [("x.com", ["a", "b"])]
    settled = [
        ("a", DomainRule.model_validate("x.com")),
        ("b", DomainRule(domain="x.com", overrides="a", reason="b runs the site since 2020")),
    ]
    built, conflicts = DomainIndex.build(settled)
    assert conflicts == []
    found = built.lookup("www.x.com")
    assert found is not None and found.source_id == "b"


def test_override_needs_a_reason() -> None:
    with pytest.raises(ValueError, match="reason"):
        DomainRule(domain="x.com", overrides="a")
