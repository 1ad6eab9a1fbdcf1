"""The article text: the main node, boilerplate, credit lines.

Every page here is invented for the test.
"""

from __future__ import annotations

import pytest

from provenance.read.html import parse_html
from tests.read.html.pages import page


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


@pytest.mark.parametrize(
    "label",
    ["稿件来源： 河北日报", "Source: The Valley Gazette", "Quelle: Rheinische Nachrichten"],
)
def test_a_source_line_just_before_the_body_opens_the_text(label: str) -> None:
    body = (
        "<table><tr><td><font>2024-06-04 09:20</font> <font>" + label + "</font></td></tr>"
        "<tr><td>spacer</td></tr>"
        "<tr><td><p>"
        + "A long paragraph of the story itself, long enough to score. " * 4
        + "</p><p>"
        + "Another long paragraph that carries the story on and on. " * 4
        + "</p></td></tr></table>"
    )
    text = parse_html(page(body=body)).text
    assert text.split("\n")[0] == f"2024-06-04 09:20 {label}"
    assert "spacer" not in text


def test_a_line_without_a_source_label_before_the_body_is_left_out() -> None:
    body = (
        "<div><p>Home | World | Sports</p></div><div><p>"
        + "A long paragraph of the story itself, long enough to score. " * 4
        + "</p></div>"
    )
    assert parse_html(page(body=body)).text.startswith("A long paragraph")
