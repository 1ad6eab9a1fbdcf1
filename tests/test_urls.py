"""URLs and host names: parsing, normalising, AMP caches, registrable domains, countries."""

from __future__ import annotations

import pytest

from provenance.urls import (
    domain_country,
    match_key,
    normalize_hostname,
    parse_url,
    registrable_domain,
)


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
