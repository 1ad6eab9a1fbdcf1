"""Signals: everything in an article that says where its content comes from, each with its place.

An article's text is split into paragraphs and zones: the lead (the first paragraphs, where
datelines live), the tail (the last paragraphs, where credit lines and republish notices
live) and the body between. Every source name found by the alias automaton is then read in
its local context and becomes at most one signal:

- a credit: a dateline, a byline, an agency sign-off, a source line, a copyright line or a
  republish notice. Credits nominate an origin.
- a citation: "according to X", "X reported", "told X". Citations never nominate an origin.
- nothing: a photo credit, a retweet, a bare mention, or a short acronym outside a credit.

HTML metadata (canonical links, Open Graph, JSON-LD publishers, syndication metas, tracker
pixels) and URLs in credit lines add signals of their own. Weights say how strongly each kind
of signal points at an origin; `decide` in `annotate` combines them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from provenance.aliases import AliasHit, is_cjk
from provenance.domains import parse_url, registrable_domain
from provenance.html import MetaField, TextLink
from provenance.ruleset import RuleSet


class Role(StrEnum):
    ORIGIN = "origin"
    CITATION = "citation"
    HOST = "host"


@dataclass(frozen=True, slots=True)
class Signal:
    """One piece of evidence. Text signals carry offsets; metadata signals carry a field."""

    kind: str
    role: Role
    weight: float
    text: str
    start: int | None = None
    end: int | None = None
    source_id: str | None = None
    domain: str | None = None
    field: str | None = None


# How strongly each kind of signal nominates an origin.
WEIGHTS: dict[str, float] = {
    "republish-notice": 0.9,
    "dateline": 0.85,
    "source-line": 0.85,
    "syndication-meta": 0.85,
    "tracker-pixel": 0.85,
    "canonical": 0.8,
    "byline": 0.8,
    "sign-off": 0.8,
    "based-on": 0.8,
    "credit-link": 0.7,
    "copyright-line": 0.65,
    "og:url": 0.6,
    "source-organization": 0.6,
    "republish-mention": 0.5,
    "site-name": 0.5,
    "publisher": 0.5,
}
WIRE_SIGNALS = frozenset({"dateline", "byline", "sign-off", "copyright-line"})


@dataclass(frozen=True, slots=True)
class Zones:
    """Paragraph spans of a text, and where its lead ends and its tail begins."""

    paragraphs: tuple[tuple[int, int], ...]
    lead_end: int
    tail_start: int

    @classmethod
    def of(cls, text: str, lead: int = 3, tail: int = 3) -> Zones:
        spans = tuple(
            (match.start(), match.end()) for match in re.finditer(r"[^\r\n]*\S[^\r\n]*", text)
        )
        if not spans:
            return cls((), 0, 0)
        lead_end = spans[min(lead, len(spans)) - 1][1]
        tail_from = max(len(spans) - tail, min(lead, len(spans) - 1))
        return cls(spans, lead_end, spans[tail_from][0])

    def paragraph(self, offset: int) -> tuple[int, int]:
        """The span of the paragraph holding `offset` (binary search: texts can be long)."""
        low, high = 0, len(self.paragraphs) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self.paragraphs[middle][0] <= offset:
                low = middle
            else:
                high = middle - 1
        return self.paragraphs[low]


_I = re.IGNORECASE
_RETWEET_AFTER = re.compile(r"^:?\s*@\w")
_PHOTO_BEFORE = re.compile(
    r"\b(?:photos?|foto|image|bild|imagen|picture|pic|фото|video|vídeo|credit|crédit|crédito)"
    r"\b[^.\n]{0,40}$",
    _I,
)
_PHOTO_AFTER = re.compile(
    r"^\s*/\s*(?:getty|ap photo|epa|imago|picture|shutterstock|[A-Z]\w+ [A-Z])"
)
_DATELINE_PAREN_AFTER = re.compile(r"^\s*\)\s*(?:--|\.?-|[—–:]|$)")
_SLASH_AFTER = re.compile(r"^\s*/")
_DASH_AFTER = re.compile(r"^\s*[.,]")
_CN_DATELINE_AFTER = re.compile(r"^[^。\n]{0,30}电")
_BYLINE_BEFORE = re.compile(r"^\s*(?:by|von|par|por|di|de|от|from)\s+(?:the\s+)?$", _I)
_SIGNOFF_BEFORE = re.compile(r"(?:\(\s*|\b[a-zäöüé]{1,5}/\s*)$")
_SIGNOFF_AFTER = re.compile(r"^\s*\)?\s*\.?\s*$")
_SOURCE_LINE = re.compile(
    r"^\s*(?:sources?|quellen?|fuentes?|fontes?|источник|来源|來源|المصدر|منبع)\s*[:：]", _I
)
_COPYRIGHT_BEFORE = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?:the\s+)?$", _I)
_REPUBLISH = re.compile(
    r"\b(?:re-?publish(?:es|ed|ing)?|re-?posted|reprinted|syndicated|"
    r"originally\s+(?:published|appeared|posted)|first\s+(?:published|appeared)|"
    r"appeared\s+first|was\s+published\s+(?:on|by|at|in))\b",
    _I,
)
_REPUBLISH_ACTIVE = re.compile(
    r"\b(?:will|to|we|(?:is|are)\s+(?:temporarily\s+)?)\s*(?:temporarily\s+)?re-?publish"
    r"|\bre-?publishes\b",
    _I,
)
_CITATION_BEFORE = re.compile(
    r"(?:according\s+to|told|quoted(?:\s+as\s+saying)?\s+by|cited\s+by|reported\s+by|"
    r"said\s+(?:in\s+a\s+statement\s+)?to|in\s+an\s+interview\s+with|speaking\s+to|citing|"
    r"reports?\s+by|via)\s+(?:the\s+)?$",
    _I,
)
_CITATION_AFTER = re.compile(
    r"^(?:\s+news\s+agency)?\s*(?:,\s*)?(?:reported|reports|said|says|quoted|cited|wrote|"
    r"learned|has\s+learned|was\s+told)\b",
    _I,
)
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'()\[\]]+[^\s<>\"'()\[\].,;:!?]")
_LINK_BEFORE = re.compile(
    r"(?:visit|source|quelle|fuente|fonte|via|read\s+more\s+at|originally\s+\w+\s+(?:at|on)|"
    r"источник|at|on)\s*[:：]?\s*$",
    _I,
)
_SENTENCE_END = re.compile(r"[.!?。！？](?=\s|$)")


class Reader:
    """Reads one text's alias hits and URLs in context. Built per article; cheap."""

    def __init__(self, text: str, zones: Zones, rules: RuleSet) -> None:
        self.text = text
        self.zones = zones
        self.rules = rules
        self._republish: dict[int, bool] = {}  # paragraph start -> holds a republish phrase

    def hit_signals(self, hits: Sequence[AliasHit]) -> Iterator[Signal]:
        for hit in hits:
            if len(hit.source_ids) != 1:
                continue  # an alias shared by two sources says nothing on its own
            signal = self._classify(hit)
            if signal is not None:
                yield signal

    def _classify(self, hit: AliasHit) -> Signal | None:
        start, end = hit.start, hit.end
        para_start, para_end = self.zones.paragraph(start)
        before = self.text[max(para_start, start - 60) : start]
        after = self.text[end : min(para_end, end + 40)]
        if _RETWEET_AFTER.match(after):
            return None
        in_lead, in_tail = start < self.zones.lead_end, start >= self.zones.tail_start
        if in_lead or in_tail:
            if _is_photo_credit(before, after):
                return None
            kind = self._credit_kind(hit, before, after, (para_start, para_end), in_lead)
            if kind is not None:
                return self._signal(kind, Role.ORIGIN, hit)
        republishing = self._holds_republish_phrase(para_start, para_end)
        role = self._republish_role(start, end, para_start, para_end) if republishing else None
        if role == "republish-self":
            return self._signal("self-reference", Role.HOST, hit, weight=0.9)
        if role == "republish-notice":
            # The whole sentence is the evidence: "... republish the RSS feed from RT."
            span = _sentence(self.text, start, para_start, para_end)
            return self._signal(role, Role.ORIGIN, hit, span=span)
        if _CITATION_AFTER.match(after) or _CITATION_BEFORE.search(before):
            return self._signal("citation", Role.CITATION, hit, weight=0.0)
        if republishing and in_tail and not hit.needs_context:
            return self._signal("republish-mention", Role.ORIGIN, hit)
        return None

    def _credit_kind(
        self, hit: AliasHit, before: str, after: str, para: tuple[int, int], in_lead: bool
    ) -> str | None:
        """A credit in the lead or the tail: dateline, byline, sign-off, source or copyright."""
        start, end = hit.start, hit.end
        para_start, para_end = para
        if in_lead and start - para_start <= 150 and _is_dateline(self.text, hit, before, after):
            return "dateline"
        if _is_byline(self.text, para_start, para_end, start, end):
            return "byline"
        if _SOURCE_LINE.match(self.text, para_start, start):
            return "source-line"
        if in_lead:
            return None
        if _is_sign_off(before, after, end, para_end):
            return "sign-off"
        return "copyright-line" if _COPYRIGHT_BEFORE.search(before) else None

    def _holds_republish_phrase(self, para_start: int, para_end: int) -> bool:
        if para_start not in self._republish:
            found = _REPUBLISH.search(self.text, para_start, para_end)
            self._republish[para_start] = found is not None
        return self._republish[para_start]

    def _republish_role(self, start: int, end: int, para_start: int, para_end: int) -> str | None:
        sentence_start, sentence_end = _sentence(self.text, start, para_start, para_end)
        sentence = self.text[sentence_start:sentence_end]
        phrase = _REPUBLISH.search(sentence)
        if phrase is None:
            return None
        if start >= sentence_start + phrase.end():
            return "republish-notice"
        if end <= sentence_start + phrase.start() and _REPUBLISH_ACTIVE.search(sentence):
            return "republish-self"
        return None

    def _signal(
        self,
        kind: str,
        role: Role,
        hit: AliasHit,
        weight: float | None = None,
        span: tuple[int, int] | None = None,
    ) -> Signal:
        start, end = span or (hit.start, hit.end)
        return Signal(
            kind=kind,
            role=role,
            weight=WEIGHTS.get(kind, 0.0) if weight is None else weight,
            text=self.text[start:end],
            start=start,
            end=end,
            source_id=hit.source_ids[0],
        )

    def url_signals(self, links: Sequence[TextLink]) -> Iterator[Signal]:
        """URLs in credit lines of the tail: written out in the text, or linked from it."""
        for match in _URL.finditer(self.text, self.zones.tail_start):
            yield from self._url_signal(match.group(), match.start(), match.end())
        for link in links:
            if link.start >= self.zones.tail_start:
                yield from self._url_signal(link.href, link.start, link.end)

    def _url_signal(self, url: str, start: int, end: int) -> Iterator[Signal]:
        para_start, para_end = self.zones.paragraph(start)
        before = self.text[max(para_start, start - 40) : start]
        credit = _LINK_BEFORE.search(before) or self._holds_republish_phrase(para_start, para_end)
        parts = parse_url(url)
        if not credit or parts is None:
            return
        found = self.rules.domains.lookup(parts.host, parts.path)
        yield Signal(
            kind="credit-link",
            role=Role.ORIGIN,
            weight=WEIGHTS["credit-link"],
            text=self.text[start:end],
            start=start,
            end=end,
            source_id=found.source_id if found else None,
            domain=registrable_domain(parts.host),
        )


def _is_photo_credit(before: str, after: str) -> bool:
    return bool(_PHOTO_BEFORE.search(before) or _PHOTO_AFTER.match(after))


def _is_dateline(text: str, hit: AliasHit, before: str, after: str) -> bool:
    """ "(AP) —", "/TASS/", "— РИА Новости." or "新华社北京5月1日电" near a paragraph start."""
    last = before.rstrip()[-1:]
    if last == "(" and _DATELINE_PAREN_AFTER.match(after):
        return True
    if last == "/" and _SLASH_AFTER.match(after):
        return True
    if last in ("—", "–", "-") and _DASH_AFTER.match(after):
        return True
    # Chinese wire datelines: "新华社北京5月1日电" — the agency, a place and date, then 电.
    return is_cjk(text[hit.start]) and bool(_CN_DATELINE_AFTER.match(after))


def _is_sign_off(before: str, after: str, end: int, para_end: int) -> bool:
    """An agency's name closing the text: "(dpa)" or "aja/PAP" at the end of a paragraph."""
    return end >= para_end - 3 and bool(
        _SIGNOFF_BEFORE.search(before) and _SIGNOFF_AFTER.match(after)
    )


def _is_byline(text: str, para_start: int, para_end: int, start: int, end: int) -> bool:
    if para_end - para_start > 80:
        return False
    head = text[para_start:start]
    rest = text[end:para_end].strip(" .,;:-—–")
    head_ok = not head.strip() or bool(_BYLINE_BEFORE.match(head))
    # "PTI, Washington" or "By The Associated Press": the name, then at most a place.
    return head_ok and (not rest or (text[end : end + 1] == "," and len(rest) <= 30))


def _sentence(text: str, offset: int, para_start: int, para_end: int) -> tuple[int, int]:
    """The span of the sentence holding `offset`, without surrounding spaces."""
    start = para_start
    for match in _SENTENCE_END.finditer(text, para_start, offset):
        start = match.end()
    found = _SENTENCE_END.search(text, offset, para_end)
    end = found.end() if found else para_end
    while start < end and text[start].isspace():
        start += 1
    return start, end


def metadata_signals(
    fields: Sequence[MetaField], rules: RuleSet, host_domain: str | None
) -> Iterator[Signal]:
    """Signals from HTML metadata: declared origins that differ from the host."""
    for item in fields:
        known = _META_KINDS.get(item.field)
        if known is None:
            continue
        kind, is_url = known
        if is_url:
            signal = _url_meta(item, kind, rules, host_domain)
        else:
            signal = _name_meta(item, kind, rules)
        if signal is not None:
            yield signal


# Metadata field: (signal kind, whether its value is a URL rather than a name).
_META_KINDS: dict[str, tuple[str, bool]] = {
    "link:canonical": ("canonical", True),
    "link-header:canonical": ("canonical", True),
    "og:url": ("og:url", True),
    "original-source": ("syndication-meta", True),
    "syndication-source": ("syndication-meta", True),
    "dc:source": ("syndication-meta", True),
    "jsonld:isBasedOn": ("based-on", True),
    "tracker": ("tracker-pixel", True),
    "jsonld:sourceOrganization.url": ("source-organization", True),
    "jsonld:copyrightHolder.url": ("copyright-line", True),
    "og:site_name": ("site-name", False),
    "record:site_name": ("site-name", False),
    "jsonld:publisher.name": ("publisher", False),
    "microdata:publisher.name": ("publisher", False),
    "dc:publisher": ("publisher", False),
    "jsonld:sourceOrganization.name": ("source-organization", False),
    "jsonld:copyrightHolder.name": ("copyright-line", False),
    "jsonld:creditText": ("copyright-line", False),
    "jsonld:author.name": ("byline", False),
}


def _url_meta(item: MetaField, kind: str, rules: RuleSet, host_domain: str | None) -> Signal | None:
    parts = parse_url(item.value)
    if parts is None or "." not in parts.host:
        return _name_meta(item, kind, rules)  # some sites put a name where a URL belongs
    domain = registrable_domain(parts.host)
    if domain == host_domain:
        return None  # a page pointing at its own site says nothing about origin
    found = rules.domains.lookup(parts.host, parts.path)
    return Signal(
        kind=kind,
        role=Role.ORIGIN,
        weight=WEIGHTS[kind],
        text=item.value,
        source_id=found.source_id if found else None,
        domain=domain,
        field=item.field,
    )


def _name_meta(item: MetaField, kind: str, rules: RuleSet) -> Signal | None:
    """A metadata name counts only when it is, as a whole, the name of one known source."""
    value = item.value.strip()
    hits = [hit for hit in rules.aliases.find(value) if len(hit.source_ids) == 1]
    if len(hits) != 1 or hits[0].end - hits[0].start < 0.8 * len(value):
        return None
    return Signal(
        kind=kind,
        role=Role.ORIGIN,
        weight=WEIGHTS[kind],
        text=value,
        source_id=hits[0].source_ids[0],
        field=item.field,
    )
