"""Links in the text, with exact offsets.

Every page here is invented for the test.
"""

from __future__ import annotations

from provenance.read.html import TextLink, parse_html
from tests.read.html.pages import BASE, page


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
    # A linked image (a logo) is an empty link where the next text starts.
    assert doc.links == (
        TextLink(15, 27, "https://news.example.com/wire/1"),
        TextLink(39, 50, "https://other.example.org/report"),
        TextLink(70, 70, "https://news.example.com/empty"),
    )
    assert [doc.text[link.start : link.end] for link in doc.links] == [
        "Example Wire",
        "Full report",
        "",
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
