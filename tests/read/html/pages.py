"""Helpers the HTML tests share: a page made of a head and a body, and its fields."""

from __future__ import annotations

from provenance.read.html import HtmlDocument

BASE = "https://news.example.com/world/2024/story.html"


def fields(doc: HtmlDocument) -> list[tuple[str, str]]:
    return [(f.field, f.value) for f in doc.metadata]


def field_values(doc: HtmlDocument, name: str) -> list[str]:
    return [f.value for f in doc.metadata if f.field == name]


def page(head: str = "", body: str = "", html_attrs: str = "") -> str:
    return f"<!doctype html><html{html_attrs}><head>{head}</head><body>{body}</body></html>"


def jsonld(payload: str) -> str:
    return f'<script type="application/ld+json">{payload}</script>'
