"""Checks that every fact is cited, and cited to a page that will still be there."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import cast
from urllib.parse import parse_qs, urlsplit

from provenance.audit.base import Check, Context, Place
from provenance.audit.findings import Finding, Severity
from provenance.codes import Code
from provenance.rules.models import Citation, CitationRef, Owner, Source
from provenance.rules.yaml_file import ParsedFile

Claim = tuple[Place, str, tuple[CitationRef, ...]]


def claims(place: Place, entry: Source | Owner) -> Iterator[Claim]:
    """Every claim of a source or owner that needs a citation, at its place."""
    for fact in entry.cited_facts():
        yield Place(place.file, (*place.loc, *fact.loc)), fact.what, fact.citations


class MissingCitation(Check):
    """A fact, an ownership link or a label claim without a citation. Facts are never
    invented: each says who says so.

    Bad:
        editorial: {control: state}
    Good:
        editorial: {control: state, citations: [smm-rt]}
    """

    code, name, severity = Code.C501, "missing-citation", Severity.ERROR

    def source(self, context: Context, place: Place, source: Source) -> Iterable[Finding]:
        return self._check(claims(place, source))

    def owner(self, context: Context, place: Place, owner: Owner) -> Iterable[Finding]:
        return self._check(claims(place, owner))

    def _check(self, facts: Iterable[Claim]) -> Iterable[Finding]:
        for where, what, citations in facts:
            if not citations:
                yield self.at(where, f"{what} has no citation")


def citations_in(context: Context, parsed: ParsedFile) -> list[tuple[Place, Citation]]:
    """Every citation written out in a file, named or inline, with its place; worked out
    once per file for all checks. A reference by id resolves to a named citation, which is
    reported where it is defined."""
    key = ("citations", parsed.path)
    if key not in context.memo:
        context.memo[key] = list(_citations(context, parsed))
    return cast(list[tuple[Place, Citation]], context.memo[key])


def _citations(context: Context, parsed: ParsedFile) -> Iterator[tuple[Place, Citation]]:
    model = parsed.rule_file
    for index, named in enumerate(model.citations):
        yield Place(parsed, ("citations", index)), named
    lists: list[tuple[Place, tuple[CitationRef, ...]]] = []
    for index, source in enumerate(model.sources):
        place = Place(parsed, ("sources", index))
        lists += [(where, citations) for where, _, citations in claims(place, source)]
        lists += [(place / "domains" / n, rule.citations) for n, rule in enumerate(source.domains)]
    for index, owner in enumerate(model.owners):
        place = Place(parsed, ("owners", index))
        lists.append((place, owner.citations))
        lists += [(place / "owners" / n, link.citations) for n, link in enumerate(owner.owners)]
    for place, citations in lists:
        for index, item in enumerate(citations):
            if isinstance(item, Citation) and id(item) not in context.named_citations:
                yield place / "citations" / index, item


class InsecureCitation(Check):
    """A citation that is not https: it can be altered on the way, and usually has an
    https address anyway.

    Bad:
        url: http://www.example.org/ownership
    Good:
        url: https://www.example.org/ownership
    """

    code, name, severity = Code.C502, "insecure-citation", Severity.WARNING

    def file(self, context: Context, parsed: ParsedFile) -> Iterable[Finding]:
        for place, citation in citations_in(context, parsed):
            if not citation.url.startswith("https://"):
                yield self.at(place / "url", f"not https: {citation.url}")


_UNSTABLE_HOSTS = re.compile(
    r"(?:^|\.)(?:google\.[a-z.]+|bing\.com|duckduckgo\.com|yandex\.[a-z]+|baidu\.com|"
    r"webcache\.googleusercontent\.com|safelinks\.protection\.outlook\.com|bit\.ly|t\.co|"
    r"goo\.gl|tinyurl\.com|ow\.ly|buff\.ly|lnkd\.in|is\.gd|localhost)$"
)
_UNSTABLE_PATHS = re.compile(r"/(?:search|url|amp/s)(?:/|$)|/web/\*/")
_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|sessionid|sid)$", re.IGNORECASE)


class UnstableCitation(Check):
    """A citation to a page that is not a stable page of its own: a search result, a
    shortened or wrapped link, a cache, a URL carrying tracking or session parameters.

    Bad:
        url: https://www.google.com/search?q=rt+ownership
    Good:
        url: https://statemediamonitor.com/2023/10/rt/
    """

    code, name, severity = Code.C503, "unstable-citation", Severity.WARNING

    def file(self, context: Context, parsed: ParsedFile) -> Iterable[Finding]:
        for place, citation in citations_in(context, parsed):
            reason = unstable(citation.url)
            if reason:
                yield self.at(place / "url", f"{reason}: {citation.url}")


def unstable(url: str) -> str | None:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if _UNSTABLE_HOSTS.search(host):
        return "a search, cache, shortened or wrapped link, not the page itself"
    if re.match(r"^\d+\.\d+\.\d+\.\d+$", host):
        return "an IP address, not a site"
    if _UNSTABLE_PATHS.search(parts.path):
        return "a search or redirect address"
    if any(_TRACKING.match(key) for key in parse_qs(parts.query)):
        return "tracking or session parameters in the address"
    return None


class UndatedCitation(Check):
    """A citation without the date it was checked: a reader cannot tell how fresh it is.

    Bad:
        - {url: "https://statemediamonitor.com/2023/10/rt/", title: RT}
    Good:
        - {url: "https://statemediamonitor.com/2023/10/rt/", title: RT, checked: 2026-11-27}
    """

    code, name, severity = Code.C504, "undated-citation", Severity.ERROR

    def file(self, context: Context, parsed: ParsedFile) -> Iterable[Finding]:
        for place, citation in citations_in(context, parsed):
            if citation.checked is None:
                yield self.at(place, f"no `checked` date: {citation.url}")
