"""Tests for provenance.html: metadata fields, article text, links.

Every page here is invented for the test.
"""

from __future__ import annotations

import pytest

from provenance.html import HtmlDocument, MetaField, TextLink, parse_html

BASE = "https://news.example.com/world/2024/story.html"


def fields(doc: HtmlDocument) -> list[tuple[str, str]]:
    return [(f.field, f.value) for f in doc.metadata]


def field_values(doc: HtmlDocument, name: str) -> list[str]:
    return [f.value for f in doc.metadata if f.field == name]


def page(head: str = "", body: str = "", html_attrs: str = "") -> str:
    return f"<!doctype html><html{html_attrs}><head>{head}</head><body>{body}</body></html>"


def jsonld(payload: str) -> str:
    return f'<script type="application/ld+json">{payload}</script>'


# --------------------------------------------------------------------------------------
# Metadata: meta and link
# --------------------------------------------------------------------------------------


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


# --------------------------------------------------------------------------------------
# Metadata: JSON-LD
# --------------------------------------------------------------------------------------


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
        ("jsonld:author.name", "Example Wire Staff"),
        ("jsonld:author.url", "https://wire.example.net/staff"),
        ("jsonld:url", "https://news.example.com/world/2024/story.html"),
        ("jsonld:mainEntityOfPage", "https://news.example.com/s#page"),
    ]


def test_jsonld_person_author_and_string_author_are_ignored() -> None:
    block = jsonld(
        '{"@type": "BlogPosting", "author": {"@type": "Person", "name": "Jane Doe"},'
        ' "mainEntityOfPage": "https://blog.example.com/p/1"}'
        + "</script>"
        + '<script type="application/ld+json">'
        + '{"@type": "Article", "author": "Somebody"}'
    )
    assert fields(parse_html(page(block))) == [
        ("jsonld:mainEntityOfPage", "https://blog.example.com/p/1"),
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


# --------------------------------------------------------------------------------------
# Metadata: microdata, trackers, title, lang
# --------------------------------------------------------------------------------------


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
        '<img src="https://counter.theconversation.com/content/98765/count.gif'
        '?distributor=republish-lightbox-basic" width="1" height="1">'
        '<img src="/images/photo.jpg">'
    )
    assert fields(parse_html(page(body=body), BASE)) == [
        ("tracker", "https://origin.example.org/?republication-pixel=true&post=123"),
        (
            "tracker",
            "https://counter.theconversation.com/content/98765/count.gif"
            "?distributor=republish-lightbox-basic",
        ),
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


# --------------------------------------------------------------------------------------
# Article text
# --------------------------------------------------------------------------------------


def test_paragraphs_inline_joining_and_whitespace() -> None:
    body = """
    <div class="story">
      <h1>  The   headline </h1>
      <p>He said, according to <a href="/wire">Example Wire</a>, that the
         <em>bridge</em> would <strong>re</strong>open.</p>
      <p>   </p>
      <p>Second&nbsp;&nbsp;paragraph<span>!</span></p>
      <ul><li>One</li><li>Two <b>items</b></li></ul>
    </div>"""
    doc = parse_html(page(body=body))
    assert doc.text == (
        "The headline\n"
        "He said, according to Example Wire, that the bridge would reopen.\n"
        "Second paragraph!\n"
        "One\n"
        "Two items"
    )


def test_br_breaks_lines_without_empty_lines() -> None:
    body = "<p>First line<br>second line<br><br><br>third line</p>"
    assert parse_html(page(body=body)).text == "First line\nsecond line\nthird line"


def test_div_with_direct_text_is_a_paragraph() -> None:
    body = "<div>Lead text<div>Inner block</div>tail text</div>"
    assert parse_html(page(body=body)).text == "Lead text\nInner block\ntail text"


def test_boilerplate_is_dropped() -> None:
    body = """
    <header class="site-header"><a href="/">Example Times</a></header>
    <nav><a href="/world">World</a></nav>
    <div class="cookie-banner"><p>We use cookies to improve your experience here.</p></div>
    <main>
      <article>
        <h1>Bridge reopens</h1>
        <div class="share-bar"><a href="#">Share on social</a></div>
        <figure><img src="/p.jpg"><figcaption>A bridge. Photo: Agency</figcaption></figure>
        <p>The bridge reopened on Monday after two years of repairs to its deck.</p>
        <p>Traffic was light in the morning, the city said in a statement.</p>
        <aside><p>Read more: an unrelated story about something else entirely.</p></aside>
        <div class="related-articles"><p>Another story that is merely related here.</p></div>
        <form><label>Email</label><input name="e"><button>Subscribe</button></form>
        <script>var x = "not text";</script><style>p { color: red }</style>
      </article>
    </main>
    <aside class="sidebar"><p>Most read: a very long list of other stories, day by day.</p></aside>
    <footer class="site-footer"><p>© 2024 Example Media Group. All rights reserved.</p></footer>
    """
    assert parse_html(page(body=body)).text == (
        "Bridge reopens\n"
        "The bridge reopened on Monday after two years of repairs to its deck.\n"
        "Traffic was light in the morning, the city said in a statement."
    )


def test_article_footer_inside_main_is_kept() -> None:
    body = """
    <article>
      <p>The council voted to extend the library's opening hours next year.</p>
      <footer><p>This article was originally published on Example Wire.</p></footer>
    </article>
    <footer><p>Site footer with a menu and a copyright line.</p></footer>"""
    assert parse_html(page(body=body)).text == (
        "The council voted to extend the library's opening hours next year.\n"
        "This article was originally published on Example Wire."
    )


def test_body_fallback_drops_site_header_and_footer() -> None:
    body = """
    <header><p>Example Times, your local paper</p></header>
    <p>Tiny.</p>
    <footer><p>Contact us</p></footer>"""
    assert parse_html(page(body=body)).text == "Tiny."


def test_itemprop_article_body_is_the_main_node() -> None:
    body = """
    <div class="layout">
      <div class="teasers"><p>Teaser one is a rather long sentence about another story.</p>
        <p>Teaser two is also a rather long sentence about yet another story.</p>
        <p>Teaser three, long again, about a third story we do not want here.</p></div>
      <div itemprop="articleBody"><p>The real story is short.</p></div>
    </div>"""
    assert parse_html(page(body=body)).text == "The real story is short."


def test_known_body_class_is_the_main_node() -> None:
    body = """
    <div class="wrapper">
      <h1>Headline outside the body</h1>
      <div class="Entry-Content"><p>Body paragraph one.</p><p>Body paragraph two.</p></div>
      <div class="more"><p>Unrelated paragraph that is long enough to score something.</p></div>
    </div>"""
    assert parse_html(page(body=body)).text == "Body paragraph one.\nBody paragraph two."


def test_article_wins_over_larger_unmarked_block() -> None:
    long_para = "<p>" + "Other text in a big box that is not the article. " * 2 + "</p>"
    body = f"""
    <div class="rail">{long_para * 3}</div>
    <article><h2>Headline</h2>
      <p>The article itself has this first paragraph of moderate length.</p>
      <p>And a second paragraph, also of moderate length, to close it.</p>
    </article>"""
    assert parse_html(page(body=body)).text == (
        "Headline\n"
        "The article itself has this first paragraph of moderate length.\n"
        "And a second paragraph, also of moderate length, to close it."
    )


def test_teaser_article_loses_to_the_body_outside_it() -> None:
    para = "<p>Paragraph of the story, which is not wrapped in an article element.</p>"
    body = f"""
    <article class="teaser"><h3>Another story</h3><p>Its teaser line, not long.</p></article>
    <div class="story">{para * 5}</div>"""
    assert parse_html(page(body=body)).text == "\n".join(
        ["Paragraph of the story, which is not wrapped in an article element."] * 5
    )


def test_scoring_picks_the_paragraph_container() -> None:
    body = """
    <div class="top"><p>Short intro blurb for the site.</p></div>
    <div class="main">
      <div class="copy">
        <p>First paragraph of the story, long enough to count as a paragraph.</p>
        <p>Second paragraph of the story, also long enough to count here.</p>
        <p>Third paragraph of the story, closing the report with a quote.</p>
      </div>
      <div class="box"><p>A teaser that is long enough to count as paragraph.</p></div>
    </div>"""
    assert parse_html(page(body=body)).text == (
        "First paragraph of the story, long enough to count as a paragraph.\n"
        "Second paragraph of the story, also long enough to count here.\n"
        "Third paragraph of the story, closing the report with a quote."
    )


def test_body_split_in_sibling_blocks_is_kept_whole() -> None:
    part = "<p>{} paragraph of the story, long enough to count as a paragraph.</p>"
    body = f"""
    <div class="story">
      <div class="chunk">{part.format("First")}{part.format("Second")}</div>
      <div class="ad-slot">Advertisement</div>
      <div class="chunk">{part.format("Third")}{part.format("Fourth")}</div>
    </div>"""
    assert parse_html(page(body=body)).text == "\n".join(
        f"{n} paragraph of the story, long enough to count as a paragraph."
        for n in ("First", "Second", "Third", "Fourth")
    )


def test_br_separated_text_without_paragraphs() -> None:
    text = "A line of the story that is set directly in a div, as old sites do."
    body = f"""
    <div class="menu-box"><p>Cookie notice paragraph, long enough to score a bit.</p></div>
    <div class="txt">{text}<br><br>{text}<br>{text}<br>{text}</div>"""
    assert parse_html(page(body=body)).text == "\n".join([text] * 4)


def test_credit_line_after_the_main_node_is_kept() -> None:
    body = """
    <div class="post">
      <div class="entry-content"><p>The museum reopens its east wing in May.</p></div>
      <div class="credit"><p>Source: Example Wire</p><p><a href="/tags">More tags</a></p></div>
      <div class="author-bio"><p>Jane writes about museums and is not a credit.</p></div>
    </div>"""
    assert parse_html(page(body=body)).text == (
        "The museum reopens its east wing in May.\nSource: Example Wire"
    )


def test_class_tokens_are_matched_carefully() -> None:
    body = """
    <div class="page has-sidebar">
      <div class="article-body post-123 category-social tag-newsletter">
        <p>Kept: the body class names mention social and newsletter only as terms.</p>
        <div class="shareBar"><p>Share this</p></div>
        <div class="ad"><p>Buy now</p></div>
        <ul class="storysocial"><li>Tweet this</li></ul>
        <div id="article_newsletterbox"><p>Sign up today</p></div>
        <span class="headline">Kept inline</span>
      </div>
    </div>"""
    assert parse_html(page(body=body)).text == (
        "Kept: the body class names mention social and newsletter only as terms.\nKept inline"
    )


def test_boilerplate_wrapper_holding_the_article_is_kept() -> None:
    para = "<p>Paragraph of the article inside an oddly named wrapper element.</p>"
    body = f"""
    <div class="content-sidebar-wrap">
      <div class="main">{para * 4}</div>
      <div class="sidebar"><p>Sidebar content that must not appear in the text.</p></div>
    </div>"""
    assert parse_html(page(body=body)).text == "\n".join(
        ["Paragraph of the article inside an oddly named wrapper element."] * 4
    )


def test_hidden_and_off_screen_elements_are_dropped() -> None:
    body = """
    <div class="story">
      <p>Visible paragraph of the story that should be in the text.</p>
      <div style="position:absolute; left:-9999px"><a href="https://spam.example">Spam</a></div>
      <p hidden>Hidden paragraph.</p>
      <p style="display: none">Also hidden.</p>
      <p>Second visible paragraph <span class="sr-only">(opens in new tab)</span>here.</p>
    </div>"""
    assert parse_html(page(body=body)).text == (
        "Visible paragraph of the story that should be in the text.\nSecond visible paragraph here."
    )


def test_ruby_annotations_are_dropped() -> None:
    body = (
        "<p><ruby>東京<rt>とうきょう</rt></ruby>は"
        "<ruby>雨<rp>(</rp><rt>あめ</rt><rp>)</rp></ruby></p>"
    )
    assert parse_html(page(body=body)).text == "東京は雨"


def test_page_wide_form_is_not_dropped_even_when_nothing_else_is_found() -> None:
    body = """<form id="aspnetForm" action="/page.aspx">
      <div>Short note.</div><div role="search"><label>Search the site</label></div>
    </form>"""
    assert parse_html(page(body=body)).text == "Short note."


def test_page_wide_form_is_not_dropped() -> None:
    para = "<p>Paragraph of a story on a page that is wrapped in one big form.</p>"
    body = f'<form id="aspnetForm"><div class="story">{para * 5}</div></form>'
    assert parse_html(page(body=body)).text == "\n".join(
        ["Paragraph of a story on a page that is wrapped in one big form."] * 5
    )


# --------------------------------------------------------------------------------------
# Links
# --------------------------------------------------------------------------------------


def test_link_offsets_are_exact() -> None:
    body = """
    <article>
      <p>Officials told <a href="/wire/1"> Example <b>Wire</b> </a>on Monday.</p>
      <p><a href="https://other.example.org/report">Full report</a> and
         <a href="#top">top</a> and <a href="javascript:void(0)">js</a>
         and <a href="/empty"><img src="x.png"></a>.</p>
    </article>"""
    doc = parse_html(page(body=body), BASE)
    assert doc.text == "Officials told Example Wire on Monday.\nFull report and top and js and ."
    assert doc.links == (
        TextLink(15, 27, "https://news.example.com/wire/1"),
        TextLink(39, 50, "https://other.example.org/report"),
    )
    assert [doc.text[link.start : link.end] for link in doc.links] == [
        "Example Wire",
        "Full report",
    ]


def test_link_offsets_with_multibyte_text_and_credit_lines() -> None:
    body = """
    <div class="story-body">
      <p>Ünïcödé — «<a href="/a">données</a>» 東京 <a href="/b">リンク</a>.</p>
    </div>
    <p>Quelle: <a href="https://wire.example.net">Example Wire</a></p>"""
    doc = parse_html(page(body=body), BASE)
    assert doc.text == "Ünïcödé — «données» 東京 リンク.\nQuelle: Example Wire"
    assert [doc.text[link.start : link.end] for link in doc.links] == [
        "données",
        "リンク",
        "Example Wire",
    ]
    assert doc.links[-1].href == "https://wire.example.net"


def test_every_link_offset_matches_its_text() -> None:
    body = "".join(
        f'<p>Item {i}: <a href="/x/{i}"><span> link </span>{i}</a>, then text.</p>'
        for i in range(20)
    )
    doc = parse_html(page(body=f"<article>{body}</article>"))
    assert len(doc.links) == 20
    for i, link in enumerate(doc.links):
        assert doc.text[link.start : link.end] == f"link {i}"
        assert link.href == f"/x/{i}"


# --------------------------------------------------------------------------------------
# Robustness
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "html", ["", "   \n", "<html>", "<!-- note -->", "<br><br>", "<script>x()</script>", "</p>"]
)
def test_empty_or_degenerate_input(html: str) -> None:
    doc = parse_html(html)
    assert doc == HtmlDocument(text="", title=None, lang=None, metadata=(), links=())


def test_stray_angle_brackets_are_text() -> None:
    assert parse_html("a <<< b >>> c <").text == "a <<< b >>> c <"


def test_malformed_html_does_not_raise() -> None:
    html = (
        '<html><head><meta property="og:title" content="Unclosed'
        '<link rel=canonical href="http://[::1">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": '
        "</head><body><div><p>First <b>bold <i>both</b> italic?</p><td>cell</td>"
        "<p>Second paragraph</div></span></article>"
    )
    doc = parse_html(html, "http://[bad-base")
    assert isinstance(doc, HtmlDocument)
    assert all(isinstance(f, MetaField) for f in doc.metadata)


def test_plain_text_input() -> None:
    assert parse_html("just some words").text == "just some words"


def test_deeply_nested_html_does_not_raise() -> None:
    html = "<div>" * 3000 + "<p>deep text</p>" + "</div>" * 3000
    assert parse_html(html).text == "deep text"


def test_an_article_body_inside_an_aside_is_kept() -> None:
    story = "Hamburg (dpa) - The harbour reopened on Monday after the storm. " * 3
    body = (
        "<nav><a href='/'>Home</a></nav>"
        "<aside class='related'><p>Read also: another story entirely.</p></aside>"
        f"<main><aside class='content'><article><div itemprop=articleBody><p>{story}</p>"
        "</div></article></aside></main>"
    )
    text = parse_html(page(body=body)).text
    assert text == story.strip()
