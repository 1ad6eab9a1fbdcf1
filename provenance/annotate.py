"""The annotator: one article in, one `Annotation` out, with no I/O and nothing mutable.

Host first: the host is the site of the article's own URL, never its canonical link or
`og:url`. Then every signal is collected (see `signals`), candidates for the origin are
scored, and `decide` applies an ordered list of readable rules:

1. the host is a documented mirror of a source      -> mirror
2. no candidate scores at least 0.5                 -> original (host known) or unknown
3. the best candidate is unnamed agencies           -> wire-copy, origin unknown
4. a news agency credited as wire services are (a
   dateline, byline, sign-off, source or copyright
   line, or a joint credit)                         -> wire-copy
5. the best candidate's owner group is the host's,
   or a notice calls it a sister title              -> same-owner
6. anything else                                    -> republished

Citations never nominate an origin, and a site crediting itself is not republishing. Joint
credits ("FR mit dpa", "AFP/The Local") count as wire copy: the host reported with the
agency's material, so the agency is the origin.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from provenance.annotation import Annotation, CitedSource, Evidence, OwnerRef, Party, Relation
from provenance.articles import Article, ArticleFailure
from provenance.domains import UrlParts, domain_country, parse_url, registrable_domain
from provenance.html import MetaField, TextLink, parse_html
from provenance.models import Citation, DomainKind, SourceType
from provenance.ruleset import RuleSet
from provenance.signals import (
    UNNAMED_AGENCIES_NAME,
    WIRE_SIGNALS,
    Reader,
    Role,
    Signal,
    Zones,
    metadata_signals,
)

THRESHOLD = 0.5
_LINK_CANONICAL = re.compile(r"<([^>]+)>\s*;[^,]*rel\s*=\s*\"?canonical\b", re.IGNORECASE)

# ("source", rule id), ("domain", registrable domain), ("name", a name in a credit that no
# rule knows) or ("unnamed", "agencies").
Key = tuple[str, str]


@dataclass(frozen=True, slots=True)
class _Page:
    text: str
    metadata: tuple[MetaField, ...]
    links: tuple[TextLink, ...]


@dataclass(frozen=True, slots=True)
class _Host:
    party: Party | None
    key: Key | None
    is_mirror: bool


@dataclass(frozen=True, slots=True)
class Decision:
    relation: Relation
    origin: Key | None
    confidence: float
    signals: tuple[Signal, ...]


class Annotator:
    """Annotates articles against one rule set. Immutable and thread-safe; pickles by its
    rules, so it can be sent to worker processes."""

    __slots__ = ("_main_domain", "_owners", "rules")

    rules: RuleSet
    _owners: Mapping[str, tuple[OwnerRef, ...]]
    _main_domain: Mapping[str, str | None]

    def __init__(self, rules: RuleSet) -> None:
        owners = {source_id: _owner_refs(rules, source_id) for source_id in rules.sources}
        main_domain = {
            source.id: next((rule.name for rule in source.domains), None)
            for source in rules.sources.values()
        }
        object.__setattr__(self, "rules", rules)
        object.__setattr__(self, "_owners", MappingProxyType(owners))
        object.__setattr__(self, "_main_domain", MappingProxyType(main_domain))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"an Annotator is immutable; cannot set {name!r}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (Annotator, (self.rules,))

    def annotate(self, article: Article | Mapping[str, Any]) -> Annotation:
        """Annotate one article (an `Article`, or a record with `url` and `text` or `html`)."""
        if not isinstance(article, Article):
            article = Article.from_record(article)
        page = _page(article)
        parts = parse_url(article.url) if article.url else None
        host = self._host(parts, page)
        signals = self._signals(page, host, _country(host, parts))
        if host.party is None:
            host = self._host_from_text(signals)
        decision = decide(signals, host, self.rules)
        return self._annotation(article, page, host, decision, signals, parts)

    def annotate_many(
        self, articles: Iterable[Article | Mapping[str, Any] | ArticleFailure]
    ) -> Iterator[Annotation]:
        """Annotate a stream lazily, in order. A failure read from input becomes an
        annotation carrying its error, so nothing is dropped."""
        for article in articles:
            if isinstance(article, ArticleFailure):
                yield failed(article, self.rules.version)
            else:
                yield self.annotate(article)

    def _signals(self, page: _Page, host: _Host, country: str | None) -> list[Signal]:
        host_domain = host.party.domain if host.party else None  # set from the URL, if any
        reader = Reader(page.text, Zones.of(page.text), self.rules, country)
        hits = self.rules.aliases.find(page.text)
        return [
            *reader.hit_signals(hits),
            *reader.line_signals(hits),
            *reader.pattern_signals(),
            *reader.url_signals(page.links),
            *metadata_signals(page.metadata, self.rules, host_domain, country),
        ]

    def _host(self, parts: UrlParts | None, page: _Page) -> _Host:
        if parts is None:
            return _Host(None, None, is_mirror=False)
        domain = registrable_domain(parts.host)
        found = self.rules.domains.lookup(parts.host, parts.path)
        if found is None:
            party = Party(source=None, name=_site_name(page, domain), domain=domain)
            return _Host(party, ("domain", domain), is_mirror=False)
        party = self.party(found.source_id, domain)
        return _Host(party, ("source", found.source_id), found.rule.kind is DomainKind.MIRROR)

    def _host_from_text(self, signals: Sequence[Signal]) -> _Host:
        """Without a URL, a republisher that names itself in its notice is the host."""
        named = next((s for s in signals if s.role is Role.HOST and s.source_id), None)
        if named is None or named.source_id is None:
            return _Host(None, None, is_mirror=False)
        party = self.party(named.source_id, None)
        return _Host(party, ("source", named.source_id), is_mirror=False)

    def party(self, source_id: str, domain: str | None) -> Party:
        """A known source as a host or origin, with its label and owner chain."""
        source = self.rules.sources[source_id]
        return Party(
            source=source.id,
            name=source.name,
            domain=domain or self._main_domain[source_id],
            country=source.country,
            label=self.rules.labels[source_id],
            owners=self._owners[source_id],
            facts=source.facts,
        )

    def _annotation(
        self,
        article: Article,
        page: _Page,
        host: _Host,
        decision: Decision,
        signals: Sequence[Signal],
        parts: UrlParts | None,
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
            citations=self._citations(signals, excluded),
            evidence=_evidence(decision, signals, parts),
            rules_version=self.rules.version,
        )

    def _origin(self, decision: Decision, host: _Host, page: _Page) -> Party | None:
        key = decision.origin
        if key is None or key[0] == "unnamed":
            return None
        if key == host.key:
            return host.party
        if key[0] == "source":
            domain = next((s.domain for s in decision.signals if s.domain), None)
            return self.party(key[1], domain)
        if key[0] == "name":
            name = next((s.name for s in decision.signals if s.name), key[1])
            return Party(source=None, name=name, domain=None)
        return Party(source=None, name=_site_name(page, key[1]), domain=key[1])

    def _citations(self, signals: Sequence[Signal], excluded: set[str]) -> tuple[CitedSource, ...]:
        seen: dict[str, CitedSource] = {}
        for signal in signals:
            source_id = signal.source_id
            if signal.role is not Role.CITATION or source_id is None or source_id in excluded:
                continue
            if source_id not in seen and signal.start is not None and signal.end is not None:
                name = self.rules.sources[source_id].name
                seen[source_id] = CitedSource(
                    source=source_id, name=name, start=signal.start, end=signal.end
                )
        return tuple(seen.values())


def decide(signals: Sequence[Signal], host: _Host, rules: RuleSet) -> Decision:
    """Combine signals into a relation, by the ordered rules in the module docstring."""
    candidates = _candidates(signals)
    self_credits = tuple(s for key in _host_keys(host) for s in candidates.pop(key, ()))
    if host.is_mirror:
        return Decision(Relation.MIRROR, host.key, 0.9, self_credits)
    best = _best(candidates)
    if best is None:
        if host.party is None:
            return Decision(Relation.UNKNOWN, None, 0.0, ())
        confidence = 0.8 if self_credits else 0.6
        return Decision(Relation.ORIGINAL, host.key, confidence, self_credits)
    key, score = best
    found = tuple(candidates[key])
    wire = _wire_origin(candidates, rules)
    if wire is not None and wire != key:
        # A canonical link names where the copy was syndicated from; a wire credit names
        # where it was written. Reuters copy syndicated by a sister paper is Reuters copy.
        key, found = wire, tuple(candidates[wire])
        score = _score(found)
    if key[0] == "unnamed" or _is_wire(rules, key, found):
        return Decision(Relation.WIRE_COPY, key, score, found)
    if _same_owner(rules, host.key, key) or _sister_named(host, key, found):
        return Decision(Relation.SAME_OWNER, key, score, found)
    return Decision(Relation.REPUBLISHED, key, score, found)


def _sister_named(host: _Host, key: Key, found: Sequence[Signal]) -> bool:
    """A notice calls the origin a sister title, or names an edition of the host: "VICE US"
    credited on Vice's UK site."""
    if any(signal.sister for signal in found):
        return True
    name = host.party.name if host.party else None
    if key[0] != "name" or not name:
        return False
    ours, theirs = name.casefold().split(), key[1].split()
    shorter = min(len(ours), len(theirs))
    return shorter > 0 and ours[:shorter] == theirs[:shorter]


def _wire_origin(candidates: Mapping[Key, list[Signal]], rules: RuleSet) -> Key | None:
    """The best-scoring agency credited as wire copy, if any scores above the threshold."""
    wired = [
        (_score(found), -_first_offset(found), key)
        for key, found in candidates.items()
        if _is_wire(rules, key, found) and _score(found) >= THRESHOLD
    ]
    return max(wired)[2] if wired else None


def _host_keys(host: _Host) -> list[Key]:
    """Every way a credit can name the host: its rule id, its domain, its name."""
    keys = [host.key] if host.key else []
    if host.party is not None:
        if host.party.domain:
            keys.append(("domain", host.party.domain))
        if host.party.name:
            keys.append(("name", host.party.name.casefold()))
    return keys


def _candidates(signals: Sequence[Signal]) -> dict[Key, list[Signal]]:
    candidates: dict[Key, list[Signal]] = {}
    for signal in signals:
        if signal.role is not Role.ORIGIN:
            continue
        if signal.source_id:
            key: Key = ("source", signal.source_id)
        elif signal.domain:
            key = ("domain", signal.domain)
        elif signal.name == UNNAMED_AGENCIES_NAME:
            key = ("unnamed", "agencies")
        elif signal.name:
            key = ("name", signal.name.casefold())
        else:
            continue
        candidates.setdefault(key, []).append(signal)
    return candidates


def _best(candidates: Mapping[Key, list[Signal]]) -> tuple[Key, float] | None:
    scored = [(_score(found), -_first_offset(found), key) for key, found in candidates.items()]
    if not scored:
        return None
    top, _, key = max(scored)
    return (key, top) if top >= THRESHOLD else None


def _score(found: Sequence[Signal]) -> float:
    """Independent evidence adds up: one minus the chance that every kind of signal is wrong.
    Repeats of one kind count once."""
    weights: dict[str, float] = {}
    for signal in found:
        weights[signal.kind] = max(weights.get(signal.kind, 0.0), signal.weight)
    doubt = 1.0
    for weight in weights.values():
        doubt *= 1.0 - weight
    return min(1.0 - doubt, 0.99)


def _first_offset(found: Sequence[Signal]) -> int:
    return min((s.start for s in found if s.start is not None), default=0)


def _same_owner(rules: RuleSet, host: Key | None, origin: Key) -> bool:
    if host is None or host[0] != "source" or origin[0] != "source":
        return False
    ours, theirs = rules.owner_group(host[1]), rules.owner_group(origin[1])
    return ours is not None and ours == theirs


def _is_wire(rules: RuleSet, key: Key, found: Sequence[Signal]) -> bool:
    """An agency credited the way wire copy is credited. A blog that republishes an
    agency's feed, or a copy whose canonical link names the agency, is republished."""
    if key[0] != "source" or rules.sources[key[1]].type is not SourceType.NEWS_AGENCY:
        return False
    return any(signal.kind in WIRE_SIGNALS for signal in found)


def _evidence(
    decision: Decision, signals: Sequence[Signal], parts: UrlParts | None
) -> tuple[Evidence, ...]:
    decisive = {id(signal) for signal in decision.signals}
    counted = [s for s in signals if id(s) in decisive or s.role in (Role.HOST, Role.CITATION)]
    items = [_as_evidence(s) for s in sorted(counted, key=_evidence_order)]
    if parts is not None:
        items.insert(0, Evidence(signal="url-host", text=parts.host, field="url"))
        if parts.via_amp_cache:
            items.insert(1, Evidence(signal="amp-cache", text=parts.host, field="url"))
    return tuple(items)


def _evidence_order(signal: Signal) -> tuple[int, int]:
    return (0 if signal.start is None else 1, signal.start or 0)


def _as_evidence(signal: Signal) -> Evidence:
    return Evidence(
        signal=signal.kind,
        text=signal.text,
        start=signal.start,
        end=signal.end,
        source=signal.source_id,
        field=signal.field,
    )


def _page(article: Article) -> _Page:
    extra: list[MetaField] = []
    if article.site_name:
        extra.append(MetaField("record:site_name", article.site_name))
    if article.link_header:
        extra += [
            MetaField("link-header:canonical", url)
            for url in _LINK_CANONICAL.findall(article.link_header)
        ]
    if article.html is not None:
        doc = parse_html(article.html, base_url=article.url)
        return _Page(doc.text, (*doc.metadata, *extra), doc.links)
    return _Page(article.text or "", tuple(extra), ())


def _country(host: _Host, parts: UrlParts | None) -> str | None:
    """The host's country: its rule's, else its country-code domain's."""
    if host.party is not None and host.party.country:
        return host.party.country
    return domain_country(parts.host) if parts else None


def _site_name(page: _Page, domain: str) -> str | None:
    """The page's site name, when it is the name of `domain`. A scraped copy may keep the
    original's `og:url` but put in its own site name, or the reverse, so the name must be
    about the domain `og:url` names and must resemble that domain."""
    fields = {item.field: item.value for item in page.metadata}
    name = fields.get("og:site_name") or fields.get("record:site_name")
    described = fields.get("og:url")
    if described:
        parts = parse_url(described)
        if parts is None or registrable_domain(parts.host) != domain:
            return None
    return name if name and _resembles(name, domain) else None


def _resembles(name: str, domain: str) -> bool:
    """ "Small Blog" is smallblog.example; "Sahel Actu" is not sputniknews.africa."""
    label = re.sub(r"[^a-z0-9]", "", domain.split(".")[0])
    letters = re.sub(r"[^a-z0-9]", "", name.casefold())
    if not label or not letters:
        return False
    words = [w for w in re.findall(r"[a-z0-9]+", name.casefold()) if len(w) >= 4]
    return label in letters or letters in label or any(word in label for word in words)


def _owner_refs(rules: RuleSet, source_id: str) -> tuple[OwnerRef, ...]:
    return tuple(
        OwnerRef(
            id=link.owner.id,
            name=link.owner.name,
            kind=link.owner.kind,
            country=link.owner.country,
            share=link.share,
            citations=tuple(c for c in link.citations if isinstance(c, Citation)),
        )
        for link in rules.chains[source_id]
    )


def failed(failure: ArticleFailure, rules_version: str) -> Annotation:
    """The annotation of an input that could not be read: only where it was and why."""
    return Annotation(
        path=failure.path, record=failure.record, error=failure.message, rules_version=rules_version
    )
