"""Articles in: the `Article` model, and reading .txt, .html, .json and .jsonl files into it.

Reading never stops at a bad article. Each input yields either an `Article` or an
`ArticleFailure` naming the file (and line, for JSON Lines), so a run reports every broken
input and annotates all the others, in input order.

Text encodings are detected, never assumed: a byte-order mark, then strict UTF-8, then (for
HTML) the page's own charset declaration read the way browsers read it, then statistical
detection. Bytes that look like no text at all are reported as binary.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes
from pydantic import BaseModel, ConfigDict, model_validator

from provenance.errors import ArticleError

TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
RECORD_SUFFIXES = frozenset({".json", ".jsonl"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES

# Field names a record may use, first found wins: ours, then trafilatura's and news-please's.
_FIELDS: dict[str, tuple[str, ...]] = {
    "url": ("url", "source", "link"),
    "text": ("text", "maintext", "raw_text"),
    "html": ("html", "raw_html"),
    "title": ("title", "title_page"),
    "id": ("id",),
    "site_name": ("site_name", "source-hostname", "sitename"),
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
                fields[name] = value if isinstance(value, str) else str(value)
        headers = data.get("headers")
        if isinstance(headers, Mapping):
            link = next((v for k, v in headers.items() if str(k).lower() == "link"), None)
            fields["link_header"] = str(link) if link else None
        if "url" in fields and not _looks_like_url(fields["url"]):
            del fields["url"]
        return cls(**fields, **where)


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


def find_files(paths: Iterable[Path], skip: frozenset[Path] = frozenset()) -> Iterator[Path]:
    """The files to read, in the order given; folders recursively, sorted, hidden files and
    unknown suffixes left out. A file named explicitly is always read."""
    for path in paths:
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in found.relative_to(path).parts)
                wanted = found.suffix.lower() in SUFFIXES and not hidden
                if wanted and found.is_file() and found.resolve() not in skip:
                    yield found
        else:
            yield path


MANIFEST_NAME = "manifest.jsonl"


def folder_manifests(paths: Iterable[Path]) -> list[Path]:
    """The `manifest.jsonl` at the top of each folder named, which saved-page collections
    conventionally keep beside their pages."""
    return [path / MANIFEST_NAME for path in paths if (path / MANIFEST_NAME).is_file()]


def read_manifest(path: Path) -> tuple[dict[Path, str], list[ArticleFailure]]:
    """A manifest maps saved pages to their URLs: JSON Lines of `{"file", "url"}`, with `file`
    relative to the manifest's folder."""
    urls: dict[Path, str] = {}
    failures: list[ArticleFailure] = []
    lines = decode_text(path.read_bytes()).splitlines()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            urls[(path.parent / entry["file"]).resolve()] = str(entry["url"])
        except (ValueError, KeyError, TypeError) as error:
            failures.append(ArticleFailure(str(path), number, f"bad manifest line: {error}"))
    return urls, failures


def read_manifests(paths: Iterable[Path]) -> tuple[dict[Path, str], list[ArticleFailure]]:
    """The URLs all of these manifests give, and their unreadable lines."""
    urls: dict[Path, str] = {}
    failures: list[ArticleFailure] = []
    for path in paths:
        found, bad = read_manifest(path)
        urls.update(found)
        failures.extend(bad)
    return urls, failures


def read_file(path: Path, urls: Mapping[Path, str]) -> Iterator[Article | ArticleFailure]:
    """The articles in one file, or the reasons they cannot be read."""
    display = str(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        yield ArticleFailure(display, None, f"cannot read: {error.strerror}")
        return
    suffix = path.suffix.lower()
    url = urls.get(path.resolve())
    try:
        if suffix in HTML_SUFFIXES:
            yield Article(html=decode_html(data), url=url, path=display)
        elif suffix == ".json":
            yield from _json_records(decode_text(data), display, url)
        elif suffix == ".jsonl":
            yield from _jsonl_records(decode_text(data), display, url)
        else:
            yield Article(text=decode_text(data), url=url, path=display)
    except ArticleError as error:
        yield ArticleFailure(display, None, str(error))


def _json_records(text: str, path: str, url: str | None) -> Iterator[Article | ArticleFailure]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        message = f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        yield ArticleFailure(path, None, message)
        return
    if isinstance(data, dict):
        yield _record(data, path, None, url)
    elif isinstance(data, list):
        for number, item in enumerate(data, start=1):
            yield _record(item, path, number, url)
    else:
        yield ArticleFailure(path, None, "JSON must hold a record or a list of records")


def _jsonl_records(text: str, path: str, url: str | None) -> Iterator[Article | ArticleFailure]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            yield ArticleFailure(path, number, f"invalid JSON, column {error.colno}: {error.msg}")
            continue
        yield _record(data, path, number, url)


def _record(data: Any, path: str, number: int | None, url: str | None) -> Article | ArticleFailure:
    if not isinstance(data, dict):
        return ArticleFailure(path, number, "a record must be a JSON object")
    try:
        article = Article.from_record(data, path=path, record=number)
    except ValueError as error:
        return ArticleFailure(path, number, _first_error(error))
    if article.url is None and url is not None:
        article = article.model_copy(update={"url": url})
    return article


def _first_error(error: ValueError) -> str:
    errors = getattr(error, "errors", None)
    if callable(errors):
        return str(errors()[0]["msg"]).removeprefix("Value error, ")
    return str(error)


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


def read_paths(
    paths: Iterable[Path], urls: Mapping[Path, str] | None = None, skip: Iterable[Path] = ()
) -> Iterator[Article | ArticleFailure]:
    """Every article under `paths`, in order, with URLs from a manifest where given."""
    skipped = frozenset(path.resolve() for path in skip)
    for file in find_files(paths, skipped):
        yield from read_file(file, urls or {})
