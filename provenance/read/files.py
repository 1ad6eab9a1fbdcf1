"""Articles from files and folders: each file read by the reader its suffix names, in order.

Reading never stops at a bad article. Each input yields either an `Article` or an
`ArticleFailure` naming the file (and line, for JSON Lines), so a run reports every broken
input and annotates all the others, in input order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

from provenance.errors import ArticleError
from provenance.read.article import Article, ArticleFailure
from provenance.read.decode import decode_html, decode_text
from provenance.read.records import json_records, jsonl_records

# A reader turns one file's bytes into its articles; `url` is the file's, from a manifest.
Reader = Callable[[bytes, str, str | None], Iterator[Article | ArticleFailure]]


def _text(data: bytes, path: str, url: str | None) -> Iterator[Article | ArticleFailure]:
    yield Article(text=decode_text(data), url=url, path=path)


def _html(data: bytes, path: str, url: str | None) -> Iterator[Article | ArticleFailure]:
    yield Article(html=decode_html(data), url=url, path=path)


def _json(data: bytes, path: str, url: str | None) -> Iterator[Article | ArticleFailure]:
    return json_records(decode_text(data), path, url)


def _jsonl(data: bytes, path: str, url: str | None) -> Iterator[Article | ArticleFailure]:
    return jsonl_records(decode_text(data), path, url)


READERS: dict[str, Reader] = {
    ".txt": _text,
    ".html": _html,
    ".htm": _html,
    ".json": _json,
    ".jsonl": _jsonl,
}
SUFFIXES = frozenset(READERS)


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


def read_file(path: Path, urls: Mapping[Path, str]) -> Iterator[Article | ArticleFailure]:
    """The articles in one file, or the reasons they cannot be read."""
    display = str(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        yield ArticleFailure(display, None, f"cannot read: {error.strerror}")
        return
    reader = READERS.get(path.suffix.lower(), _text)  # a file named explicitly is text
    try:
        yield from reader(data, display, urls.get(path.resolve()))
    except ArticleError as error:
        yield ArticleFailure(display, None, str(error))


def read_paths(
    paths: Iterable[Path], urls: Mapping[Path, str] | None = None, skip: Iterable[Path] = ()
) -> Iterator[Article | ArticleFailure]:
    """Every article under `paths`, in order, with URLs from a manifest where given."""
    skipped = frozenset(path.resolve() for path in skip)
    for file in find_files(paths, skipped):
        yield from read_file(file, urls or {})
