"""The article: a URL and its text or HTML, as the annotator takes it, and the failure that
stands in for an input that could not be read, so that nothing is dropped silently."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator

# Field names a record may use, first found wins: ours, then trafilatura's and news-please's.
_FIELDS: dict[str, tuple[str, ...]] = {
    "url": ("url", "source", "link"),
    "text": ("text", "maintext", "raw_text"),
    "html": ("html", "raw_html"),
    "title": ("title", "title_page"),
    "id": ("id",),
    "site_name": ("site_name", "source-hostname", "sitename"),
    "author": ("author", "authors"),
}


class Article(BaseModel):
    """One article: a URL and its text or HTML. `path` and `record` say where it was read."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    url: str | None = None
    text: str | None = None
    html: str | None = None
    title: str | None = None
    id: str | None = None
    site_name: str | None = None
    author: str | None = None
    link_header: str | None = None
    path: str | None = None
    record: int | None = None

    @model_validator(mode="after")
    def _has_content(self) -> Article:
        if self.text is None and self.html is None:
            raise ValueError("an article needs `text` or `html`")
        return self

    @classmethod
    def from_record(cls, data: Mapping[str, Any], **where: Any) -> Article:
        """An article from a JSON record, accepting trafilatura's and news-please's names."""
        fields: dict[str, Any] = {}
        for name, candidates in _FIELDS.items():
            value = next((data[key] for key in candidates if data.get(key)), None)
            if value is not None:
                fields[name] = _as_text(value)
        headers = data.get("headers")
        if isinstance(headers, Mapping):
            link = next((v for k, v in headers.items() if str(k).lower() == "link"), None)
            fields["link_header"] = str(link) if link else None
        if "url" in fields and not _looks_like_url(fields["url"]):
            del fields["url"]
        return cls(**fields, **where)


def _as_text(value: Any) -> str:
    """A field's value as text; a list of names (news-please's `authors`) joined by commas."""
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return ", ".join(value)
    return value if isinstance(value, str) else str(value)


def _looks_like_url(value: str) -> bool:
    return re.match(r"^(https?://|//|www\.)", value.strip(), re.IGNORECASE) is not None


@dataclass(frozen=True, slots=True)
class ArticleFailure:
    """An input that could not be read as an article, and why."""

    path: str
    record: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.record}" if self.record is not None else self.path
        return f"{where}: {self.message}"
