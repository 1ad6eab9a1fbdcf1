from __future__ import annotations

import pytest

from provenance.domains import (
    DomainIndex,
    domain_country,
    match_key,
    normalize_hostname,
    parse_url,
    registrable_domain,
)
from provenance.models import DomainRule


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


def test_registrable_domain_follows_the_public_suffix_list() -> None:
    assert registrable_domain("news.bbc.co.uk") == "bbc.co.uk"
    assert registrable_domain("www.rt.com") == "rt.com"
    assert registrable_domain("foo.blogspot.com") == "foo.blogspot.com"  # a private suffix
    assert registrable_domain("127.0.0.1") == "127.0.0.1"


def test_hostnames_are_normalised() -> None:
    assert normalize_hostname("Правда.РФ.") == "xn--80aafi6cg.xn--p1ai"
    assert normalize_hostname("XN--80AAFI6CG.xn--p1ai") == "xn--80aafi6cg.xn--p1ai"
    assert normalize_hostname("bad host") is None
    assert normalize_hostname("-bad.com") is None
    assert match_key("www.rt.com") == "rt.com"
    assert match_key("www.com") == "www.com"


def test_amp_cache_is_flagged() -> None:
    parts = parse_url("https://www-rt-com.cdn.ampproject.org/c/s/www.rt.com/news/1/")
    assert parts is not None
    assert (parts.host, parts.path, parts.via_amp_cache) == ("www.rt.com", "/news/1/", True)


def test_amp_cache_subdomain_decodes_hyphens() -> None:
    parts = parse_url("https://news--site-example-com.cdn.ampproject.org/")
    assert parts is not None
    assert parts.host == "news-site.example.com"


def test_unparsable_urls() -> None:
    assert parse_url("") is None
    assert parse_url("http://[::1") is None
    assert parse_url("mailto:") is None


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


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("news.bbc.co.uk", "GB"),
        ("www.spiegel.de", "DE"),
        ("www.the-star.co.ke", "KE"),
        ("news.am", "AM"),  # Armenian news sites do use .am
        ("www.reuters.com", None),
        ("techcrunch.io", None),  # sold worldwide as a generic name
        ("www.example.tv", None),
        ("192.168.0.1", None),
    ],
)
def test_domain_country(host: str, expected: str | None) -> None:
    assert domain_country(host) == expected
