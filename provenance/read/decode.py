"""Decoding bytes of unknown encoding: detected, never assumed.

A byte-order mark, then strict UTF-8, then (for HTML) the page's own charset declaration read
the way browsers read it, then statistical detection. Bytes that look like no text at all are
reported as binary.
"""

from __future__ import annotations

import re

from charset_normalizer import from_bytes

from provenance.errors import ArticleError

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# WHATWG's encoding labels map some names to supersets; browsers decode with those.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "shift_jis": "cp932",
    "sjis": "cp932",
    "windows-31j": "cp932",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
    "x-sjis": "cp932",
    "big5": "big5hkscs",
}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def decode_text(data: bytes) -> str:
    """Decode bytes of unknown encoding; raise `ArticleError` for empty or binary input."""
    text = _decode(data, declared=None)
    if not text.strip():
        raise ArticleError("empty file")
    return text


def decode_html(data: bytes) -> str:
    """Decode an HTML page: a byte-order mark, UTF-8, or the page's own `<meta charset>`."""
    match = _META_CHARSET.search(data[:4096])
    declared = match.group(1).decode("ascii").lower() if match else None
    text = _decode(data, declared)
    if not text.strip():
        raise ArticleError("empty file")
    return text


def _decode(data: bytes, declared: str | None) -> str:
    if not data.strip():
        raise ArticleError("empty file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    if len(_CONTROL.findall(data[:8192])) > 8:
        raise ArticleError("binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        codec = _SUPERSETS.get(declared, declared)
        try:
            return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            pass
    best = from_bytes(data).best()
    if best is None:
        raise ArticleError("binary file, or text in an encoding that cannot be detected")
    return str(best)
