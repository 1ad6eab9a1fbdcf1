"""Metadata in JSON-LD blocks.

Every page here is invented for the test.
"""

from __future__ import annotations

from provenance.read.html import parse_html
from tests.read.html.pages import BASE, field_values, fields, jsonld, page


def test_jsonld_article_fields() -> None:
    block = jsonld(
        """{
          "@context": "https://schema.org",
          "@type": "NewsArticle",
          "url": "/world/2024/story.html",
          "mainEntityOfPage": {"@type": "WebPage", "@id": "https://news.example.com/s#page"},
          "publisher": {"@type": "NewsMediaOrganization", "name": "Example Times",
                        "url": "https://news.example.com/"},
          "sourceOrganization": {"@type": "Organization", "name": "Example Wire",
                                 "url": "https://wire.example.net"},
          "copyrightHolder": {"@type": "Organization", "name": "Example Wire Inc."},
          "isBasedOn": "https://wire.example.net/item/42",
          "creditText": "Example Wire via Example Times",
          "author": [{"@type": "Person", "name": "Jane Doe", "url": "/staff/jane"},
                     {"@type": "Organization", "name": "Example Wire Staff",
                      "url": "https://wire.example.net/staff"}]
        }"""
    )
    assert fields(parse_html(page(block), BASE)) == [
        ("jsonld:publisher.name", "Example Times"),
        ("jsonld:publisher.url", "https://news.example.com/"),
        ("jsonld:sourceOrganization.name", "Example Wire"),
        ("jsonld:sourceOrganization.url", "https://wire.example.net"),
        ("jsonld:copyrightHolder.name", "Example Wire Inc."),
        ("jsonld:isBasedOn", "https://wire.example.net/item/42"),
        ("jsonld:creditText", "Example Wire via Example Times"),
        ("jsonld:author.name", "Jane Doe"),
        ("jsonld:author.url", "https://news.example.com/staff/jane"),
        ("jsonld:author.name", "Example Wire Staff"),
        ("jsonld:author.url", "https://wire.example.net/staff"),
        ("jsonld:url", "https://news.example.com/world/2024/story.html"),
        ("jsonld:mainEntityOfPage", "https://news.example.com/s#page"),
    ]


def test_jsonld_authors_of_any_type_are_read() -> None:
    block = jsonld(
        '{"@type": "BlogPosting", "author": {"@type": "Person", "name": "Jane Doe"},'
        ' "mainEntityOfPage": "https://blog.example.com/p/1"}'
        + "</script>"
        + '<script type="application/ld+json">'
        + '{"@type": "Article", "author": "Somebody"}'
    )
    assert fields(parse_html(page(block))) == [
        ("jsonld:author.name", "Jane Doe"),
        ("jsonld:mainEntityOfPage", "https://blog.example.com/p/1"),
        ("jsonld:author.name", "Somebody"),
    ]


def test_jsonld_graph_with_id_references() -> None:
    block = jsonld(
        """{"@context": "https://schema.org", "@graph": [
            {"@type": "NewsMediaOrganization", "@id": "https://news.example.com/#org",
             "name": "Example Times", "url": "https://news.example.com/"},
            {"@type": "Organization", "@id": "https://wire.example.net/#wire",
             "name": "Example Wire", "url": "https://wire.example.net/"},
            {"@type": "WebPage", "@id": "https://news.example.com/s#page",
             "url": "https://news.example.com/s"},
            {"@type": ["ReportageNewsArticle"], "@id": "https://news.example.com/s#article",
             "mainEntityOfPage": {"@id": "https://news.example.com/s#page"},
             "publisher": {"@id": "https://news.example.com/#org"},
             "author": {"@id": "https://wire.example.net/#wire"},
             "isBasedOn": {"@type": "CreativeWork", "url": "https://wire.example.net/item/7"}}
        ]}"""
    )
    assert fields(parse_html(page(block))) == [
        ("jsonld:organization.name", "Example Times"),
        ("jsonld:organization.url", "https://news.example.com/"),
        ("jsonld:organization.name", "Example Wire"),
        ("jsonld:organization.url", "https://wire.example.net/"),
        ("jsonld:url", "https://news.example.com/s"),
        ("jsonld:publisher.name", "Example Times"),
        ("jsonld:publisher.url", "https://news.example.com/"),
        ("jsonld:isBasedOn", "https://wire.example.net/item/7"),
        ("jsonld:author.name", "Example Wire"),
        ("jsonld:author.url", "https://wire.example.net/"),
        ("jsonld:mainEntityOfPage", "https://news.example.com/s#page"),
    ]


def test_jsonld_reference_to_node_in_another_block() -> None:
    blocks = jsonld(
        '{"@type": "Organization", "@id": "#publisher", "name": "Example Times"}'
    ) + jsonld('{"@type": "AnalysisNewsArticle", "publisher": {"@id": "#publisher"}}')
    assert field_values(parse_html(page(blocks)), "jsonld:publisher.name") == ["Example Times"]


def test_jsonld_list_valued_publisher_and_top_level_list() -> None:
    block = jsonld(
        """[{"@type": "NewsArticle",
             "publisher": [{"@type": "Organization", "name": "Example Times"},
                           {"@type": "Organization", "name": "Example Wire",
                            "url": "https://wire.example.net"}]},
            {"@type": "BreadcrumbList", "name": "ignored"}]"""
    )
    assert fields(parse_html(page(block))) == [
        ("jsonld:publisher.name", "Example Times"),
        ("jsonld:publisher.name", "Example Wire"),
        ("jsonld:publisher.url", "https://wire.example.net"),
    ]


def test_jsonld_invalid_block_is_skipped() -> None:
    blocks = (
        jsonld('{"@type": "NewsArticle", "publisher": {"name": "Broken",}')
        + jsonld("not json at all")
        + jsonld('{"@type": "NewsArticle", "publisher": {"name": "Example Times"}}')
    )
    doc = parse_html(page(blocks, "<p>Body text.</p>"))
    assert fields(doc) == [("jsonld:publisher.name", "Example Times")]
    assert doc.text == "Body text."


def test_jsonld_cdata_and_entity_wrappers() -> None:
    blocks = (
        '<script type="application/ld+json">//<![CDATA[\n'
        '{"@type": "NewsArticle", "creditText": "Example Wire"}\n//]]></script>'
        '<script type="Application/LD+JSON">'
        "{&quot;@type&quot;: &quot;NewsArticle&quot;, &quot;creditText&quot;: "
        "&quot;Other Wire &amp; Partners&quot;}</script>"
    )
    assert fields(parse_html(page(blocks))) == [
        ("jsonld:creditText", "Example Wire"),
        ("jsonld:creditText", "Other Wire & Partners"),
    ]


def test_jsonld_webpage_main_entity_article() -> None:
    block = jsonld(
        '{"@type": "WebPage", "url": "https://news.example.com/s", "mainEntity":'
        ' {"@type": "NewsArticle", "sourceOrganization": "Example Wire"}}'
    )
    assert fields(parse_html(page(block))) == [
        ("jsonld:url", "https://news.example.com/s"),
        ("jsonld:sourceOrganization.name", "Example Wire"),
    ]
