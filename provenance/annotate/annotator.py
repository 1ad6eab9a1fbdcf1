"""The annotator: one article in, one `Annotation` out, with no I/O and nothing mutable.

Host first (see `host`), then every signal is collected (`reader` for the text, `metadata`
for the page's fields), then `decide` turns the signals into a relation and an origin, and
the annotation shows the parties, the label and the evidence.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from provenance.annotate.annotation import Annotation, Party, Relation
from provenance.annotate.decide import Decision, decide
from provenance.annotate.evidence import cited_sources, evidence
from provenance.annotate.host import Host, claimed_host, host_country, named_host, url_host
from provenance.annotate.metadata import metadata_signals, section_signal
from provenance.annotate.page import Page, read_page, site_name
from provenance.annotate.parties import Parties
from provenance.annotate.reader import Reader
from provenance.annotate.signals import Signal
from provenance.annotate.zones import Zones
from provenance.read.article import Article, ArticleFailure
from provenance.rules.ruleset import RuleSet
from provenance.urls import parse_url


class Annotator:
    """Annotates articles against one rule set. Immutable and thread-safe; pickles by its
    rules, so it can be sent to worker processes."""

    __slots__ = ("_parties", "rules")

    rules: RuleSet
    _parties: Parties

    def __init__(self, rules: RuleSet) -> None:
        object.__setattr__(self, "rules", rules)
        object.__setattr__(self, "_parties", Parties(rules))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"an Annotator is immutable; cannot set {name!r}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (Annotator, (self.rules,))

    def annotate(self, article: Article | Mapping[str, Any]) -> Annotation:
        """Annotate one article (an `Article`, or a record with `url` and `text` or `html`)."""
        if not isinstance(article, Article):
            article = Article.from_record(article)
        page = read_page(article, self.rules.tracker_hosts)
        parts = parse_url(article.url) if article.url else None
        host = url_host(parts, page, self._parties) if parts else claimed_host(page, self._parties)
        signals = self._signals(page, host, host_country(host))
        if host.party is None:
            host = named_host(signals, self._parties)
        decision = decide(signals, host, self.rules)
        return self._annotation(article, page, host, decision, signals)

    def annotate_many(
        self, articles: Iterable[Article | Mapping[str, Any] | ArticleFailure]
    ) -> Iterator[Annotation]:
        """Annotate a stream lazily, in order. A failure read from input, and an article
        the annotator fails on, become annotations carrying their error: one bad article
        never ends the stream, and nothing is dropped."""
        for article in articles:
            if isinstance(article, ArticleFailure):
                yield failed(article, self.rules.version)
            else:
                yield self._annotate_guarded(article)

    def _annotate_guarded(self, article: Article | Mapping[str, Any]) -> Annotation:
        try:
            return self.annotate(article)
        except Exception as error:  # one bad article must not stop the run
            path = article.path if isinstance(article, Article) else None
            record = article.record if isinstance(article, Article) else None
            failure = ArticleFailure(path or "-", record, f"internal error: {error!r}")
            return failed(failure, self.rules.version)

    def _signals(self, page: Page, host: Host, country: str | None) -> list[Signal]:
        host_domain = host.party.domain if host.party else None  # set from the URL, if any
        reader = Reader(page.text, Zones.of(page.text), self.rules, country)
        hits = self.rules.aliases.find(page.text)
        found = [
            *reader.hit_signals(hits),
            *reader.line_signals(hits),
            *reader.pattern_signals(),
            *reader.url_signals(page.links),
            *metadata_signals(page.metadata, self.rules, host_domain, country),
        ]
        section = section_signal(host.site if host.claim is None else None, self.rules)
        return [*found, section] if section else found

    def _annotation(
        self,
        article: Article,
        page: Page,
        host: Host,
        decision: Decision,
        signals: Sequence[Signal],
    ) -> Annotation:
        origin = self._origin(decision, host, page)
        # An origin outside the rules has no label; the host's would be someone else's.
        label = origin.label if origin else (host.party.label if host.party else None)
        excluded = {key[1] for key in (decision.origin, host.key) if key}
        return Annotation(
            path=article.path,
            record=article.record,
            id=article.id,
            url=article.url,
            host=host.party,
            origin=origin,
            label=label,
            republished=decision.relation not in (Relation.ORIGINAL, Relation.UNKNOWN),
            relation=decision.relation,
            confidence=round(decision.confidence, 2),
            citations=cited_sources(signals, excluded, self.rules),
            evidence=evidence(decision, signals, host),
            rules_version=self.rules.version,
        )

    def _origin(self, decision: Decision, host: Host, page: Page) -> Party | None:
        key = decision.origin
        if key is None or key[0] == "unnamed":
            return None
        if key == host.key:
            return host.party
        if key[0] == "source":
            domain = next((s.domain for s in decision.signals if s.domain), None)
            return self._parties.party(key[1], domain)
        if key[0] == "name":
            name = next((s.name for s in decision.signals if s.name), key[1])
            return Party(source=None, name=name, domain=None)
        return Party(source=None, name=site_name(page, key[1]), domain=key[1])


def failed(failure: ArticleFailure, rules_version: str) -> Annotation:
    """The annotation of an input that could not be read: only where it was and why."""
    return Annotation(
        path=failure.path, record=failure.record, error=failure.message, rules_version=rules_version
    )
