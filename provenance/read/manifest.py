"""Manifests: JSON Lines of `{"file", "url"}` that give saved pages their URLs, `file` relative
to the manifest's folder. Saved-page collections conventionally keep one, `manifest.jsonl`,
at the top of their folder."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from provenance.read.article import ArticleFailure
from provenance.read.decode import decode_text

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
