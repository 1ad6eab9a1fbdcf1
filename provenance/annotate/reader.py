"""Reading one text the way an editor reads it: every source name the alias automaton finds
is read in its local context (the words are in `credits`) and becomes at most one signal.

- a credit: a dateline, a byline, a joint credit, an agency sign-off, a source line, a
  copyright line or a republish notice. Credits nominate an origin.
- a citation: "according to X", "X reported", "told X". Citations never nominate an origin.
- nothing: a photo credit, a retweet, a bare mention, or a short acronym outside a credit.

Unnamed agencies ("Agenturen"), outlets named in a republish notice but not in the rules,
and URLs in credit lines add signals of their own.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import replace

from provenance.annotate import credits
from provenance.annotate.signals import (
    UNNAMED_AGENCIES_NAME,
    WEIGHTS,
    WIRE_SIGNALS,
    Role,
    Signal,
    SignalKind,
    resolve_shared,
)
from provenance.annotate.zones import Zones
from provenance.names import is_cjk
from provenance.read.html import TextLink
from provenance.rules.aliases import AliasHit
from provenance.rules.models import SourceType
from provenance.rules.ruleset import RuleSet
from provenance.urls import parse_url, registrable_domain


class Reader:
    """Reads one text's alias hits and URLs in context. Built per article; cheap."""

    def __init__(self, text: str, zones: Zones, rules: RuleSet, country: str | None = None) -> None:
        self.text = text
        self.zones = zones
        self.rules = rules
        self.country = country  # the host's, to tell apart sources that share a name
        # paragraph start -> the spans of its republish phrases, found once per paragraph
        self._republish: dict[int, list[tuple[int, int]]] = {}
        self._sentences: dict[int, list[int]] = {}  # paragraph start -> its sentence ends
        self._listed: frozenset[int] = frozenset()  # paragraphs that list sources

    def hit_signals(self, hits: Sequence[AliasHit]) -> Iterator[Signal]:
        self._listed = self._source_lists(hits)
        for number, shared in enumerate(hits):
            if self._never_origin(shared) or self._before_photo_agency(hits, number):
                continue
            hit = resolve_shared(shared, self.rules, self.country)
            signal = self._classify(hit) if hit else self._unresolved_agency(shared)
            if signal is not None:
                yield signal

    def _source_lists(self, hits: Sequence[AliasHit]) -> frozenset[int]:
        """The starts of paragraphs that list sources: a source label and two or more
        outlets, none of them a news agency ("Sources: New York Times, NBC News"). Such a
        list says what the host read, so its names are citations. Agencies listed after a
        label ("Quelle: dpa, AFP") still credit the copy."""
        by_paragraph: dict[int, list[AliasHit]] = {}
        for hit in hits:
            by_paragraph.setdefault(self.zones.paragraph(hit.start)[0], []).append(hit)
        listed = set()
        for start, found in by_paragraph.items():
            if len(found) < 2 or not credits.SOURCE_LINE.match(self.text, start):
                continue
            types = {self.rules.sources[i].type for hit in found for i in hit.source_ids}
            if SourceType.NEWS_AGENCY not in types:
                listed.add(start)
        return frozenset(listed)

    def _never_origin(self, hit: AliasHit) -> bool:
        """A platform's or a photo agency's name credits no text, wherever it stands."""
        return all(source_id in self.rules.never_origins for source_id in hit.source_ids)

    def _before_photo_agency(self, hits: Sequence[AliasHit], number: int) -> bool:
        """ "AFP/Getty Images": a name with a photo agency after a slash is a photo credit."""
        if number + 1 >= len(hits):
            return False
        hit, following = hits[number], hits[number + 1]
        agencies = self.rules.photo_agencies
        return bool(credits.SLASH_ONLY.fullmatch(self.text, hit.end, following.start)) and all(
            source_id in agencies for source_id in following.source_ids
        )

    def _unresolved_agency(self, hit: AliasHit) -> Signal | None:
        """A credit that agencies of several countries share, none of them the host's: wire
        copy from an agency that cannot be named."""
        sources = [self.rules.sources[source_id] for source_id in hit.source_ids]
        if any(source.type is not SourceType.NEWS_AGENCY for source in sources):
            return None
        signal = self._classify(replace(hit, source_ids=hit.source_ids[:1]))
        if signal is None or signal.kind not in WIRE_SIGNALS:
            return None
        return replace(signal, source_id=None, name=UNNAMED_AGENCIES_NAME)

    def _classify(self, hit: AliasHit) -> Signal | None:
        start, end = hit.start, hit.end
        para_start, para_end = self.zones.paragraph(start)
        before = self.text[max(para_start, start - 60) : start]
        after = self.text[end : min(para_end, end + 40)]
        if credits.RETWEET_AFTER.match(after):
            return None
        in_lead, in_tail = start < self.zones.lead_end, start >= self.zones.tail_start
        if _is_photo_credit(before, after):
            return None
        if in_lead and credits.COPYRIGHT_OPENING.match(self.text, para_start, start):
            return None  # "© 2012 APA/AP" above a story credits its picture, not its text
        if para_start in self._listed:
            return self._signal(SignalKind.CITATION, Role.CITATION, hit, weight=0.0)
        if self._signs_off_alone(hit, (para_start, para_end), in_lead):
            return self._signal(SignalKind.SIGN_OFF, Role.ORIGIN, hit)
        if in_lead or in_tail:
            kind = self._credit_kind(hit, before, after, (para_start, para_end), in_lead)
            if kind is not None:
                return self._signal(kind, Role.ORIGIN, hit)
        republishing = self._holds_republish_phrase(para_start, para_end)
        role = self._republish_role(start, end, para_start, para_end) if republishing else None
        if role is SignalKind.SELF_REFERENCE:
            return self._signal(role, Role.HOST, hit, weight=0.9)
        if role is SignalKind.REPUBLISH_NOTICE:
            # The whole sentence is the evidence: "... republish the RSS feed from RT."
            span = self._sentence(start, para_start, para_end)
            sister = bool(credits.SISTER.search(self.text, *span))
            return self._signal(role, Role.ORIGIN, hit, span=span, sister=sister)
        if credits.CITATION_AFTER.match(after) or credits.ends_with_citation(before):
            return self._signal(SignalKind.CITATION, Role.CITATION, hit, weight=0.0)
        if republishing and in_tail and not hit.needs_context:
            return self._signal(SignalKind.REPUBLISH_MENTION, Role.ORIGIN, hit)
        return None

    def _credit_kind(
        self, hit: AliasHit, before: str, after: str, para: tuple[int, int], in_lead: bool
    ) -> SignalKind | None:
        """A credit in the lead or the tail: dateline, byline, joint credit, sign-off,
        source line or copyright line."""
        start, end = hit.start, hit.end
        para_start, para_end = para
        prefix = self.text[para_start:start]
        if (
            in_lead
            and credits.DATELINE_PREFIX.match(prefix)
            and _is_dateline(self.text, hit, before, after)
        ):
            return SignalKind.DATELINE
        if in_lead and _opens_with_report(prefix, after):
            return SignalKind.DATELINE
        short = para_end - para_start <= _BYLINE_CHARS
        if short and _is_byline(self.text, para, hit, self._next_line(para_end)):
            return SignalKind.BYLINE
        if short and credits.REPORTER_AFTER.match(after):
            return SignalKind.BYLINE
        in_tail = start >= self.zones.tail_start
        if in_tail and _is_sign_off(before, after, end, para_end):
            return SignalKind.SIGN_OFF
        if in_tail and end >= para_end - 3 and credits.ends_with_joint_word(before):
            return SignalKind.JOINT_CREDIT  # "... hieß es. (FR mit dpa)"
        if credits.SOURCE_LINE.match(self.text, para_start, start):
            return SignalKind.SOURCE_LINE
        if credits.ends_with_source_label(before):
            return SignalKind.SOURCE_LINE
        if short and _is_joint_credit(before, after):
            return SignalKind.JOINT_CREDIT
        if in_tail and credits.ends_with_copyright(before):
            return SignalKind.COPYRIGHT_LINE
        if in_tail and credits.ends_with_distribution(before):
            return SignalKind.DISTRIBUTION_LINE
        if in_tail and not prefix.strip() and credits.TAGLINE_AFTER.match(after):
            return SignalKind.SIGN_OFF  # a column's tagline names the column's syndicate
        return None

    def _signs_off_alone(self, hit: AliasHit, para: tuple[int, int], in_lead: bool) -> bool:
        """An agency's name on a line of its own after the lead, or as the text's last line,
        bar brackets, stops and an editor's initials: "DPA", "aja/PAP", "(SID)". Page
        furniture after an article can push such a line out of the tail. Agencies only: a
        broadcaster's name alone is as likely a share button."""
        if para[1] - para[0] > hit.end - hit.start + _ALONE_EXTRA:
            return False  # a long line: the name does not stand alone on it
        if in_lead and para != self.zones.paragraphs[-1]:
            return False
        alone = credits.ALONE_BEFORE.fullmatch(self.text, para[0], hit.start) and (
            credits.ALONE_AFTER.fullmatch(self.text, hit.end, para[1])
        )
        source = self.rules.sources[hit.source_ids[0]]
        return bool(alone) and source.type is SourceType.NEWS_AGENCY

    def _sentence(self, offset: int, para_start: int, para_end: int) -> tuple[int, int]:
        """The span of the sentence holding `offset`, without its leading spaces."""
        ends = self._sentences.get(para_start)
        if ends is None:
            ends = self._sentences[para_start] = _sentence_ends(self.text, para_start, para_end)
        index = bisect_right(ends, offset)
        start = ends[index - 1] if index else para_start
        end = ends[min(index, len(ends) - 1)]
        while start < end and self.text[start].isspace():
            start += 1
        return start, end

    def _next_line(self, para_end: int) -> str:
        """The paragraph after the one ending at `para_end`, or nothing."""
        start, end = self.zones.paragraph(min(para_end + 1, len(self.text) - 1))
        return self.text[start:end] if start > para_end else ""

    def _phrases(self, para_start: int, para_end: int) -> list[tuple[int, int]]:
        if para_start not in self._republish:
            spans = credits.republish_phrases(self.text, para_start, para_end)
            self._republish[para_start] = spans
        return self._republish[para_start]

    def _holds_republish_phrase(self, para_start: int, para_end: int) -> bool:
        return bool(self._phrases(para_start, para_end))

    def _republish_role(
        self, start: int, end: int, para_start: int, para_end: int
    ) -> SignalKind | None:
        """Whether a name in a sentence with a republish phrase is the origin (after the
        phrase) or the republisher itself (before an active "will republish")."""
        sentence_start, sentence_end = self._sentence(start, para_start, para_end)
        phrases = self._phrases(para_start, para_end)
        phrase = next((p for p in phrases if sentence_start <= p[0] < sentence_end), None)
        if phrase is None:
            return None
        if start >= phrase[1]:
            return SignalKind.REPUBLISH_NOTICE
        sentence = self.text[sentence_start:sentence_end]
        if end <= phrase[0] and credits.REPUBLISH_ACTIVE.search(sentence):
            return SignalKind.SELF_REFERENCE
        return None

    def _signal(
        self,
        kind: SignalKind,
        role: Role,
        hit: AliasHit,
        weight: float | None = None,
        span: tuple[int, int] | None = None,
        sister: bool = False,
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
            sister=sister,
        )

    def line_signals(self, hits: Sequence[AliasHit]) -> Iterator[Signal]:
        """Credits that name no known source: unnamed agencies ("Agenturen"), outlets named
        after a republish phrase, and outlets a source line names, that the rules do not
        know."""
        named = [(hit.start, hit.end) for hit in hits]
        for para_start, para_end in self.zones.paragraphs:
            in_lead = para_end <= self.zones.lead_end
            if not in_lead and para_start < self.zones.tail_start:
                continue
            yield from self._unnamed(para_start, para_end)
            yield from self._unknown_sources(para_start, para_end, named)
            if in_lead:
                yield from self._call_sign(para_start, para_end, named)
            if self._holds_republish_phrase(para_start, para_end):
                # A notice can open a story too: "This article originally appeared on VICE US."
                yield from self._unknown_outlets(para_start, para_end, named)

    def _unnamed(self, para_start: int, para_end: int) -> Iterator[Signal]:
        line = self.text[para_start:para_end]
        found = credits.UNNAMED_AGENCIES_LINE.match(line)
        if found is None and para_end - para_start <= 200:
            found = credits.UNNAMED_AGENCIES.search(line)
        if found is not None and not self._after_photo_credit(para_start):
            start = para_start + (len(line) - len(line.lstrip()))
            end = para_start + len(line.rstrip())
            kind, name = SignalKind.UNNAMED_AGENCIES, UNNAMED_AGENCIES_NAME
            yield Signal.origin(kind, line.strip(), start=start, end=end, name=name)

    def _unknown_sources(
        self, para_start: int, para_end: int, named: Sequence[tuple[int, int]]
    ) -> Iterator[Signal]:
        """ "来源：河北日报", "Source: The Valley Gazette": a source line naming an outlet the
        rules do not know, by a name that says it is an outlet's."""
        for span in credits.source_names(self.text, para_start, para_end):
            start, end = _name_span(self.text, *span)
            if any(start < e and s < end for s, e in named):
                continue  # a known source: its hit is read on its own
            name = self.text[start:end]
            if credits.names_an_outlet(name) and not credits.UNNAMED_AGENCIES.search(name):
                yield Signal.origin(SignalKind.SOURCE_LINE, name, start=start, end=end, name=name)

    def _call_sign(
        self, para_start: int, para_end: int, named: Sequence[tuple[int, int]]
    ) -> Iterator[Signal]:
        """ "ST. LOUIS (KXYZ) --": a station no rule knows, credited in a dateline."""
        found = credits.CALL_SIGN_DATELINE.match(self.text, para_start, para_end)
        if found is None:
            return
        start, end = found.span("name")
        if not any(s < end and start < e for s, e in named):
            name = found["name"]
            yield Signal.origin(SignalKind.DATELINE, name, start=start, end=end, name=name)

    def _after_photo_credit(self, para_start: int) -> bool:
        """Whether the line before this one credits a picture ("Image credit: ..."), so that
        this one finishes that credit: "Agencies" under a picture is no wire credit."""
        previous = self.zones.before(para_start)
        return previous is not None and bool(credits.PHOTO_LINE.match(self.text, *previous))

    def _unknown_outlets(
        self, para_start: int, para_end: int, named: Sequence[tuple[int, int]]
    ) -> Iterator[Signal]:
        for phrase_start, phrase_end in self._phrases(para_start, para_end):
            sentence_start, sentence_end = self._sentence(phrase_start, para_start, para_end)
            rest = self.text[phrase_end:sentence_end]
            if any(phrase_end <= s < sentence_end for s, _ in named) or credits.URL.search(rest):
                continue  # a known source or a link names the origin better
            found = credits.REPUBLISHED_NAME_AFTER.match(rest)
            if found is None or credits.TIME_OR_DATE.match(rest, found.start("name")):
                continue  # "originally published at 2:05 p.m." names no outlet
            yield Signal.origin(
                SignalKind.REPUBLISH_NOTICE,
                self.text[sentence_start:sentence_end],
                start=sentence_start,
                end=sentence_end,
                name=found["name"].rstrip("."),
                sister=bool(credits.SISTER.search(rest)),
            )

    def pattern_signals(self) -> Iterator[Signal]:
        """Credits found by the sources' own patterns, in the lead and the tail."""
        lead = self.rules.patterns.find(self.text[: self.zones.lead_end], "lead")
        tail_start = self.zones.tail_start
        tail = self.rules.patterns.find(self.text[tail_start:], "tail", tail_start)
        for hit in (*lead, *tail):
            yield Signal(
                kind=SignalKind(hit.signal),
                role=Role.ORIGIN,
                weight=WEIGHTS.get(SignalKind(hit.signal), 0.8),
                text=self.text[hit.start : hit.end],
                start=hit.start,
                end=hit.end,
                source_id=hit.source_id,
            )

    def url_signals(self, links: Sequence[TextLink]) -> Iterator[Signal]:
        """URLs in credit lines of the tail: written out in the text, or linked from it."""
        for match in credits.urls(self.text, self.zones.tail_start):
            yield from self._url_signal(match.group(), match.start(), match.end())
        for link in links:
            if link.start >= self.zones.tail_start:
                anchor = self.text[link.start : link.end]
                yield from self._url_signal(link.href, link.start, link.end, anchor)
            elif link.start < self.zones.lead_end:
                yield from self._byline_link(link)

    def _byline_link(self, link: TextLink) -> Iterator[Signal]:
        """A link to a news agency's or a syndicate's site, or its logo linked there, on a
        short line of the lead: the byline credits that agency."""
        para_start, para_end = self.zones.paragraph(link.start)
        logo = link.start == link.end  # an image: it heads the line after it
        short = para_end - para_start <= _BYLINE_CHARS
        parts = parse_url(link.href)
        if not (short or (logo and link.start == para_start)) or parts is None:
            return
        found = self.rules.domains.lookup(parts.host, parts.path)
        if found is None or self.rules.sources[found.source_id].type not in _CREDITING_TYPES:
            return
        start, end = (None, None) if logo else (link.start, link.end)
        yield Signal.origin(
            SignalKind.BYLINE,
            link.href if logo else self.text[link.start : link.end],
            start=start,
            end=end,
            source_id=found.source_id,
            domain=registrable_domain(parts.host),
        )

    def _url_signal(self, url: str, start: int, end: int, anchor: str = "") -> Iterator[Signal]:
        para_start, para_end = self.zones.paragraph(start)
        before = self.text[max(para_start, start - 40) : start]
        credit = (
            credits.LINK_BEFORE.search(before)
            or (anchor and credits.LINK_TEXT.search(anchor))
            or self._holds_republish_phrase(para_start, para_end)
        )
        parts = parse_url(url)
        if not credit or parts is None:
            return
        found = self.rules.domains.lookup(parts.host, parts.path)
        if found is not None and found.source_id in self.rules.never_origins:
            return  # a link to a post, a profile or a photo names no origin
        yield Signal.origin(
            SignalKind.CREDIT_LINK,
            self.text[start:end],
            start=start,
            end=end,
            source_id=found.source_id if found else None,
            domain=registrable_domain(parts.host),
        )


# A line of the lead this short may be a byline; agencies and syndicates credit there.
_BYLINE_CHARS = 80
_CREDITING_TYPES = frozenset({SourceType.NEWS_AGENCY, SourceType.SYNDICATE})

# How many characters besides an agency's name a line may hold and still be its sign-off:
# brackets, initials and a service, "(aja/dpa/lno)".
_ALONE_EXTRA = 24


def _name_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a name after a label, without spaces around it; a name in a script
    without spaces ends at the first space ("河北日报 作者")."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end and is_cjk(text[start]):
        space = next((i for i in range(start, end) if text[i].isspace()), end)
        end = space
    return start, end


def _is_photo_credit(before: str, after: str) -> bool:
    if credits.ends_with_photo_credit(before):
        return True
    # "© Sputnik / Ivan Ivanov": a copyright sign, the agency, then a photographer.
    return bool(
        credits.COPYRIGHT_SIGN_BEFORE.search(before) and credits.PHOTOGRAPHER_AFTER.match(after)
    )


def _is_dateline(text: str, hit: AliasHit, before: str, after: str) -> bool:
    """ "(AP) —", "/TASS/", "— РИА Новости." or "新华社北京5月1日电" near a paragraph start."""
    last = before.rstrip()[-1:]
    if credits.DATELINE_PAREN_BEFORE.search(before):
        if credits.DATELINE_PAREN_AFTER.match(after):
            return True
        if len(before) <= 40 and credits.DATELINE_PAREN_NEAR_START.match(after):
            return True
    if last == "/" and credits.DATELINE_SLASH_AFTER.match(after):
        return True
    if last in ("—", "–", "-") and credits.DATELINE_DASH_AFTER.match(after):
        return True
    if (
        len(before) <= 40
        and before[-1:].isspace()
        and credits.DATELINE_DASH_AFTER_NAME.match(after)
    ):
        return True  # "TOKYO, March 3 Kyodo - ..."
    # Chinese wire datelines: the agency, a place and date, then 电.
    return is_cjk(text[hit.start]) and bool(credits.CJK_DATELINE_AFTER.match(after))


def _opens_with_report(head: str, after: str) -> bool:
    """ "به گزارش ایرنا، ..." opening a paragraph: the paragraph is that agency's report."""
    return bool(
        credits.OPENING_REPORT_BEFORE.match(head) and credits.OPENING_REPORT_AFTER.match(after)
    )


def _is_sign_off(before: str, after: str, end: int, para_end: int) -> bool:
    """An agency's name closing a paragraph: "(dpa)", "(dpa/lno)", "aja/PAP", "— Reuters",
    or after the last sentence: "... into the US. PTI". `after` must run to the paragraph's
    end, so that the whole rest of it is the sign-off."""
    closing = credits.SIGN_OFF_BEFORE.search(before) or credits.AFTER_SENTENCE.search(before)
    whole_rest = para_end - end <= len(after)
    return whole_rest and bool(closing and credits.SIGN_OFF_AFTER.match(after))


def _is_byline(text: str, para: tuple[int, int], hit: AliasHit, next_line: str) -> bool:
    """ "By Reuters", "The Associated Press" on a line of its own, "PTI, Washington",
    "Associated Press November 19, 2019, 9:02 AM"."""
    head = text[para[0] : hit.start]
    rest = text[hit.end : para[1]].strip(" .,;:-—–|")
    placed = text[hit.end : hit.end + 1] == "," and 0 < len(rest) <= 30
    dated = bool(rest) and credits.DATE_LINE.match(rest) is not None
    if credits.BYLINE_BEFORE.match(head) or credits.REPORTERS_BEFORE.match(head):
        return not rest or placed or dated
    if head.strip():
        return False
    if placed or dated or (not rest and not hit.needs_context):
        return True
    # An acronym alone on a line could be anything ("RSS" in a menu), unless a date or a
    # dateline follows it, as bylines are followed.
    return not rest and bool(
        credits.DATE_LINE.match(next_line) or credits.DATELINE_START.match(next_line)
    )


def _is_joint_credit(before: str, after: str) -> bool:
    """ "FR mit dpa", "with Reuters", "AFP/The Local": the host wrote with agency material."""
    slashed = credits.SLASH_BEFORE.search(before[-3:]) or credits.SLASH_AFTER.match(after)
    return bool(slashed or credits.ends_with_joint_word(before))


def _sentence_ends(text: str, para_start: int, para_end: int) -> list[int]:
    """Where each sentence of a paragraph ends; the last ends with the paragraph."""
    ends = [m.end() for m in credits.SENTENCE_END.finditer(text, para_start, para_end)]
    return ends if ends and ends[-1] == para_end else [*ends, para_end]
