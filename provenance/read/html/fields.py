"""What the HTML layer hands on: metadata fields and links in the text, and the sink that
collects fields in document order, resolving URLs and dropping empty values and repeats."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final
from urllib.parse import urljoin


@dataclass(frozen=True, slots=True)
class MetaField:
    """One provenance signal found in the page.

    ``field`` names where the value came from (``og:url``, ``jsonld:publisher.name``, ...);
    ``value`` is stripped and whitespace-collapsed, and URLs are absolute when the page's
    address is known.
    """

    field: str
    value: str


@dataclass(frozen=True, slots=True)
class TextLink:
    """An ``<a href>`` whose visible text is ``HtmlDocument.text[start:end]``."""

    start: int
    end: int
    href: str


# Fields whose value is always a URL, and fields whose value is a URL only sometimes
# (``article:publisher`` may hold a Facebook page or a name, ``dc:source`` a URL or a
# title): the latter are resolved only when they look like a URL or an absolute path.
_URL_FIELDS: Final = frozenset({"link:canonical", "og:url", "refresh", "tracker"})
_MAYBE_URL_FIELDS: Final = frozenset(
    {
        "article:publisher",
        "article:author",
        "original-source",
        "syndication-source",
        "dc:source",
        "dc:publisher",
        "source",
    }
)


ABSOLUTE_URL_RE: Final = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)


Attrs = dict[str, str | None]


def clean(value: str | None) -> str:
    """Strip and collapse whitespace."""
    if not value:
        return ""
    return " ".join(value.split())


class MetaSink:
    """Collects fields in order, resolving URLs and dropping empty values and repeats."""

    __slots__ = ("_base", "_seen", "fields")

    def __init__(self, base: str | None) -> None:
        self._base = base
        self._seen: set[tuple[str, str]] = set()
        self.fields: list[MetaField] = []

    def url(self, value: str) -> str:
        if not self._base:
            return value
        try:
            return urljoin(self._base, value)
        except ValueError:
            return value

    def add(self, field: str, raw: str | None, *, is_url: bool | None = None) -> None:
        """Add ``field``; ``is_url`` None means "decide from the field name"."""
        value = clean(raw)
        if not value:
            return
        if is_url is None:
            if field in _URL_FIELDS:
                is_url = True
            elif field in _MAYBE_URL_FIELDS:
                is_url = value.startswith("/") or bool(ABSOLUTE_URL_RE.match(value))
            else:
                is_url = False
        if is_url:
            value = self.url(value)
        key = (field, value)
        if key not in self._seen:
            self._seen.add(key)
            self.fields.append(MetaField(field, value))
