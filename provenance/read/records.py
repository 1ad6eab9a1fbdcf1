"""Articles from JSON and JSON Lines: one record, a list of records, or one record per
line. A bad record becomes a failure naming its line or item; the others are still read."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from provenance.read.article import Article, ArticleFailure


def json_records(text: str, path: str, url: str | None) -> Iterator[Article | ArticleFailure]:
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


def jsonl_records(text: str, path: str, url: str | None) -> Iterator[Article | ArticleFailure]:
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
