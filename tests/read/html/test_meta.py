"""Metadata in tags: meta, link, microdata, trackers, title and language.

Every page here is invented for the test.
"""

from __future__ import annotations

from provenance.read.html import parse_html
from tests.read.html.pages import BASE, fields, page


def test_canonical_link_rel_token_list_case_insensitive_and_resolved() -> None:
    doc = parse_html(
        page('<link rel="Canonical  alternate" href="/world/2024/story.html?x=1">'), BASE
    )
    assert fields(doc) == [("link:canonical", "https://news.example.com/world/2024/story.html?x=1")]


def test_relative_urls_stay_relative_without_base_url() -> None:
    doc = parse_html(page('<link rel="canonical" href="/a/b">'))
    assert fields(doc) == [("link:canonical", "/a/b")]


def test_base_href_is_honoured() -> None:
    doc = parse_html(
        page('<base href="https://cdn.example.org/mirror/"><link rel="canonical" href="x.html">'),
        BASE,
    )
    assert fields(doc) == [("link:canonical", "https://cdn.example.org/mirror/x.html")]


def test_open_graph_with_property_or_name() -> None:
    head = (
        '<meta property="og:url" content="  //news.example.com/s  ">'
        '<meta name="og:site_name" content="The  Example\n Times">'
        '<meta property="OG:TITLE" content="A  title">'
    )
    doc = parse_html(page(head), BASE)
    assert fields(doc) == [
        ("og:url", "https://news.example.com/s"),
        ("og:site_name", "The Example Times"),
        ("og:title", "A title"),
    ]


def test_article_publisher_and_author() -> None:
    head = (
        '<meta property="article:publisher" content="https://www.facebook.com/exampletimes">'
        '<meta property="article:author" content="Jane Doe">'
    )
    assert fields(parse_html(page(head), BASE)) == [
        ("article:publisher", "https://www.facebook.com/exampletimes"),
        ("article:author", "Jane Doe"),
    ]


def test_original_and_syndication_source_meta_and_link() -> None:
    head = (
        '<meta name="original-source" content="https://wire.example.net/item/1">'
        '<meta name="syndication-source" content="/syndicated/1">'
        '<link rel="original-source" href="https://origin.example.org/a">'
        '<link rel="syndication-source" href="feed/2">'
    )
    assert fields(parse_html(page(head), BASE)) == [
        ("original-source", "https://wire.example.net/item/1"),
        ("syndication-source", "https://news.example.com/syndicated/1"),
        ("original-source", "https://origin.example.org/a"),
        ("syndication-source", "https://news.example.com/world/2024/feed/2"),
    ]


def test_original_source_name_is_not_turned_into_a_url() -> None:
    doc = parse_html(page('<meta name="original-source" content="Example Wire">'), BASE)
    assert fields(doc) == [("original-source", "Example Wire")]


def test_dublin_core_names_case_insensitive() -> None:
    head = (
        '<meta name="DC.source" content="Example Wire">'
        '<meta name="dcterms.SOURCE" content="Other Wire">'
        '<meta name="dc.Publisher" content="Example Media Group">'
        '<meta name="DCTERMS.publisher" content="Example Holdings">'
    )
    assert fields(parse_html(page(head))) == [
        ("dc:source", "Example Wire"),
        ("dc:source", "Other Wire"),
        ("dc:publisher", "Example Media Group"),
        ("dc:publisher", "Example Holdings"),
    ]


def test_plain_named_metas() -> None:
    head = (
        '<meta name="author" content="Jane Doe">'
        '<meta name="publisher" content="Example Media">'
        '<meta name="twitter:site" content="@exampletimes">'
        '<meta name="application-name" content="Example Times">'
        '<meta name="description" content="ignored">'
    )
    assert fields(parse_html(page(head))) == [
        ("author", "Jane Doe"),
        ("publisher", "Example Media"),
        ("twitter:site", "@exampletimes"),
        ("application-name", "Example Times"),
    ]


def test_meta_refresh_target() -> None:
    head = '<meta http-equiv="Refresh" content="0; URL=\'/moved/here.html\'">'
    assert fields(parse_html(page(head), BASE)) == [
        ("refresh", "https://news.example.com/moved/here.html")
    ]


def test_metadata_in_document_order_and_repeats_dropped() -> None:
    head = (
        '<meta property="og:url" content="https://a.example/x">'
        '<link rel="canonical" href="https://a.example/x">'
        '<meta property="og:url" content="https://a.example/x">'
    )
    body = '<meta name="author" content="Late Author"><p>Text.</p>'
    assert fields(parse_html(page(head, body))) == [
        ("og:url", "https://a.example/x"),
        ("link:canonical", "https://a.example/x"),
        ("author", "Late Author"),
    ]


def test_meta_with_property_and_name_gives_both_fields() -> None:
    head = '<meta property="article:author" name="author" content="Jane Doe">'
    assert fields(parse_html(page(head))) == [
        ("article:author", "Jane Doe"),
        ("author", "Jane Doe"),
    ]


def test_microdata_publisher_name_and_url_not_nested_logo() -> None:
    body = """
    <article itemscope itemtype="https://schema.org/NewsArticle">
      <div itemprop="publisher" itemscope itemtype="https://schema.org/Organization">
        <div itemprop="logo" itemscope itemtype="https://schema.org/ImageObject">
          <meta itemprop="url" content="/logo.png">
        </div>
        <meta itemprop="name" content="Example Times">
        <a itemprop="url" href="/">home</a>
      </div>
      <span itemprop="sourceOrganization" itemscope itemtype="https://schema.org/Organization">
        <span itemprop="name">Example   Wire</span>
      </span>
      <p>Story text.</p>
    </article>"""
    assert fields(parse_html(page(body=body), BASE)) == [
        ("microdata:publisher.name", "Example Times"),
        ("microdata:publisher.url", "https://news.example.com/"),
        ("microdata:sourceOrganization.name", "Example Wire"),
    ]


def test_microdata_copyright_of_a_photo_is_ignored() -> None:
    body = """
    <div itemscope itemtype="https://schema.org/ImageObject">
      <span itemprop="copyrightHolder" itemscope itemtype="https://schema.org/Organization">
        <span itemprop="name">Photo Agency</span></span>
    </div>
    <div itemscope itemtype="https://schema.org/Article">
      <span itemprop="copyrightHolder" itemscope itemtype="https://schema.org/Organization">
        <span itemprop="name">Example Wire</span></span>
    </div>"""
    assert fields(parse_html(page(body=body))) == [
        ("microdata:copyrightHolder.name", "Example Wire")
    ]


def test_republication_tracker_pixels() -> None:
    body = (
        "<p>Republished story text.</p>"
        '<img id="republication-tracker-tool-source" '
        'src="https://origin.example.org/?republication-pixel=true&amp;post=123" '
        'style="width:1px;height:1px;">'
        '<img src="https://pixel.wire.example/content/98765/count.gif'
        '?distributor=republish-lightbox-basic" width="1" height="1">'
        '<img src="https://cdn.pixel.wire.example/p.gif">'
        '<img src="/images/photo.jpg">'
        '<img src="https://elsewhere.example/p.gif">'
    )
    plugin = ("tracker", "https://origin.example.org/?republication-pixel=true&post=123")
    assert fields(parse_html(page(body=body), BASE)) == [plugin]
    found = fields(parse_html(page(body=body), BASE, tracker_hosts={"pixel.wire.example"}))
    assert found == [
        plugin,
        (
            "tracker",
            "https://pixel.wire.example/content/98765/count.gif"
            "?distributor=republish-lightbox-basic",
        ),
        ("tracker", "https://cdn.pixel.wire.example/p.gif"),
    ]


def test_title_prefers_og_title() -> None:
    head = '<title>Page  title | Site</title><meta property="og:title" content="Story title">'
    assert parse_html(page(head)).title == "Story title"


def test_title_falls_back_to_title_element() -> None:
    assert parse_html(page("<title>\n Page  title | Site </title>")).title == "Page title | Site"
    assert parse_html(page()).title is None


def test_lang_from_html_or_content_language() -> None:
    assert parse_html(page(html_attrs=' lang=" en-GB "')).lang == "en-GB"
    head = '<meta http-equiv="Content-Language" content="de, en">'
    assert parse_html(page(head)).lang == "de"
    assert parse_html(page()).lang is None
