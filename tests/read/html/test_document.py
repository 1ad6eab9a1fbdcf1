"""Whole pages that are degenerate, malformed or deep.

Every page here is invented for the test.
"""

from __future__ import annotations

import pytest

from provenance.read.html import HtmlDocument, MetaField, parse_html
from tests.read.html.pages import page


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
