"""Decoding: byte-order marks, UTF-8, a page's own charset, then detection."""

from __future__ import annotations

import pytest

from provenance.errors import ArticleError
from provenance.read.decode import decode_html, decode_text


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Привет, как дела? Всё хорошо.".encode("cp1251"), "Привет, как дела? Всё хорошо."),
        ("naïve café".encode(), "naïve café"),
        ("\ufeffwith bom".encode("utf-8"), "with bom"),
        ("utf-16 text".encode("utf-16"), "utf-16 text"),
    ],
)
def test_text_encodings_are_detected(data: bytes, expected: str) -> None:
    assert decode_text(data) == expected


def test_html_uses_its_declared_charset_the_way_browsers_do() -> None:
    body = "<html><head><meta charset='gb2312'></head><body><p>新华社北京电 — 镕</p></body></html>"
    assert "新华社北京电" in decode_html(body.encode("gb18030"))
    latin = (
        "<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'>"
        "<p>Café “quoted”</p>"
    )
    assert "Café “quoted”" in decode_html(latin.encode("cp1252"))


def test_binary_is_an_error() -> None:
    with pytest.raises(ArticleError, match="binary"):
        decode_text(b"\x89PNG\r\n\x1a\n" + bytes(range(32)) * 4)
