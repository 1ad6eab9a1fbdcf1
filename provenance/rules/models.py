"""The rule format: pydantic models for sources, owners, facts and the label policy.

These models are the one source of truth for what a rule file may contain. Unknown keys are
rejected so that a typo becomes an error with a location, and every model is frozen so that
a loaded rule set can be shared across threads. The JSON Schema is generated from them.

Facts follow State Media Monitor's three axes (funding, ownership and governance, editorial
control). A fact states what a cited source says; it never states a verdict. Verdicts come
from the `Policy`, which is data too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    StringConstraints,
    ValidationInfo,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError

from provenance import countries
from provenance.rules.regex import compile_pattern
from provenance.urls import normalize_hostname, normalize_path


class Strict(BaseModel):
    """Base of every rule model: unknown keys rejected, values immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class WithShorthand(Strict):
    """A model that may also be written as a plain string; the schema says so too."""

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        full = handler.resolve_ref_schema(handler(core_schema))
        return {"anyOf": [{"type": "string"}, full]}


def _check_country(code: str) -> str:
    found = countries.country(code)
    if found is None:
        raise ValueError(f"unknown country code {code!r} (use ISO 3166-1 alpha-2, e.g. 'RU')")
    return found.code


def _check_url(url: str) -> str:
    if not re.match(r"^https?://[^\s/]+\.[^\s/]+", url):
        raise ValueError(f"not an http(s) URL: {url!r}")
    return url


Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=80)]
CountryCode = Annotated[
    str, StringConstraints(min_length=2, max_length=2), AfterValidator(_check_country)
]
Url = Annotated[str, AfterValidator(_check_url)]
Text = Annotated[str, StringConstraints(min_length=1)]
Share = Annotated[float, Field(ge=0.0, le=1.0)]


class Citation(Strict):
    """A public page that supports a fact, and the day someone checked that it does. The
    date may be left out only to be reported: `provenance audit` flags a citation without it."""

    url: Url
    title: Text
    checked: date | None = None
    publisher: str | None = None
    note: str | None = None


class NamedCitation(Citation):
    """A citation given an id once, at the top of a file, and cited by that id anywhere."""

    id: Slug


def _resolve_citation(value: Citation | str, info: ValidationInfo) -> Citation | str:
    """An id becomes the citation it names, when the loader passes the named citations."""
    named = info.context.get("citations") if isinstance(info.context, dict) else None
    if not isinstance(value, str) or named is None:
        return value
    if value not in named:
        raise PydanticCustomError(
            "dangling_citation",
            "citation '{ref}' is not defined in any `citations:` list",
            {"ref": value},
        )
    citation: Citation = named[value]
    return citation


# A citation written out in full, or the id of a `NamedCitation` from any rule file.
CitationRef = Annotated[Citation | Slug, AfterValidator(_resolve_citation)]


class Fact(Strict):
    """What every fact carries: its citations, and whether it is uncertain."""

    citations: tuple[CitationRef, ...] = ()
    uncertain: bool = False
    note: str | None = None


class FundingKind(StrEnum):
    STATE_BUDGET = "state-budget"
    STATE_SUBSIDY = "state-subsidy"
    STATE_ADVERTISING = "state-advertising"
    LICENCE_FEE = "licence-fee"
    PUBLIC_LEVY = "public-levy"
    COMMERCIAL = "commercial"
    SUBSCRIPTIONS = "subscriptions"
    DONATIONS = "donations"
    FOUNDATION_GRANTS = "foundation-grants"
    MEMBERS = "members"
    NON_STATE = "non-state"
    UNKNOWN = "unknown"


class Funding(Fact):
    """One stream of money: its kind, and its share and year where documented."""

    kind: FundingKind
    share: Share | None = None
    year: Annotated[int, Field(ge=1800, le=2100)] | None = None
    basis: str | None = None


class Appointer(StrEnum):
    STATE = "state"
    INDEPENDENT_BODY = "independent-body"
    OWNERS = "owners"
    MEMBERS = "members"
    UNKNOWN = "unknown"


class Governance(Fact):
    """Who appoints the leadership, and whether the outlet has a public-service remit in law."""

    leadership_appointed_by: Appointer
    public_service: bool = False


class EditorialControl(StrEnum):
    STATE = "state"
    INDEPENDENT = "independent"
    UNKNOWN = "unknown"


class Editorial(Fact):
    """Who controls the editorial line."""

    control: EditorialControl


class Facts(Strict):
    funding: tuple[Funding, ...] = ()
    governance: Governance | None = None
    editorial: Editorial | None = None


class OwnerLink(Strict):
    """An ownership edge: `id` names an owner; `share` is the fraction it holds, if known.

    `controlling` marks an owner that controls without a majority of the shares (through
    voting shares, say); the owner chain follows it.
    """

    id: Slug
    share: Share | None = None
    controlling: bool = False
    citations: tuple[CitationRef, ...] = ()
    uncertain: bool = False
    note: str | None = None


class NetworkLink(Strict):
    """Membership of a network: outlets that share programmes and copy without one owning
    the others (the ARD's regional broadcasters). `id` names an owner of kind `network`."""

    id: Slug
    citations: tuple[CitationRef, ...] = ()
    uncertain: bool = False
    note: str | None = None


def _looks_like_acronym(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(text) <= 4 and bool(letters) and not any(ch.islower() for ch in letters)


class Alias(WithShorthand):
    """A name the source is credited by.

    `case: sensitive` matches the exact letters only. `context: credit` means the name counts
    only inside a credit construct (a dateline, a byline, a source line, a republish notice)
    or a citation phrase, never as a bare word: short acronyms such as RT or AP need this, or
    "RT @user" would be a credit. Both default to the strict setting for acronyms of up to
    four capitals and to the loose one otherwise. A plain string is shorthand for `text`.
    """

    text: Text
    case: Literal["sensitive", "insensitive"] = "insensitive"
    context: Literal["credit", "any"] = "any"
    lang: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = {"text": value}
        if isinstance(value, dict) and isinstance(value.get("text"), str):
            strict = _looks_like_acronym(value["text"].strip())
            value = {
                "case": "sensitive" if strict else "insensitive",
                "context": "credit" if strict else "any",
                **value,
            }
        return value


def name_alias(name: str, *, keep_case: bool = False) -> Alias:
    """The alias a name always gives its source. A one-word name keeps its case and needs a
    credit around it, so that an outlet called "Mir" or "Gold" never matches the word; a
    longer name takes the defaults, unless `keep_case` (names copied from a table keep the
    letters they were written with)."""
    one_word = " " not in name.strip()
    if one_word or keep_case:
        return Alias(text=name, case="sensitive", context="credit" if one_word else "any")
    return Alias.model_validate(name)


class DomainKind(StrEnum):
    """What a host is to its source: where it publishes (`main`), an edition, a documented
    mirror, or a `tracker`: the host of the pixel the source puts in copies of its articles
    that others republish, so that a page carrying the pixel credits the source."""

    MAIN = "main"
    EDITION = "edition"
    MIRROR = "mirror"
    TRACKER = "tracker"


class DomainRule(WithShorthand):
    """Where a source publishes.

    `domain` covers that domain and all its subdomains; `host` covers one host only (a
    leading `www.` is ignored on both sides); either may add a `path` prefix, matched on
    whole path segments. A plain string is shorthand: `rt.com` is a domain, and
    `bbc.com/russian` a domain with a path. `overrides` settles a claim that another source
    also makes, and `reason` must say why.
    """

    domain: str | None = None
    host: str | None = None
    path: str | None = None
    kind: DomainKind = DomainKind.MAIN
    lang: str | None = None
    overrides: Slug | None = None
    reason: str | None = None
    citations: tuple[CitationRef, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, value: Any) -> Any:
        if isinstance(value, str):
            name, _, path = value.strip().partition("/")
            value = {"domain": name, "path": "/" + path} if path else {"domain": name}
        return value

    @model_validator(mode="after")
    def _normalise(self) -> DomainRule:
        if (self.domain is None) == (self.host is None):
            raise ValueError("give exactly one of `domain` or `host`")
        if self.overrides and not self.reason:
            raise ValueError("`overrides` needs a `reason` saying why this source wins")
        name = self.domain if self.domain is not None else self.host
        normal = normalize_hostname(name or "")
        if normal is None:
            raise ValueError(f"not a valid host name: {name!r}")
        object.__setattr__(self, "domain" if self.domain is not None else "host", normal)
        if self.path is not None:
            object.__setattr__(self, "path", normalize_path(self.path))
        return self

    @property
    def name(self) -> str:
        return self.domain or self.host or ""


class SourceType(StrEnum):
    """What a source is. A syndicate sells columns, comics and features to many papers, so
    its credit on a page marks a republished piece, as an agency's marks wire copy.

    Two kinds never originate an article's content: a platform (a social network, a video,
    audio or link service) is where others post, so a link to it names no origin and its
    name is no credit; a photo agency's name marks a photo credit ("AFP/Getty Images"),
    never a text credit."""

    NEWS_AGENCY = "news-agency"
    BROADCASTER = "broadcaster"
    NEWSPAPER = "newspaper"
    MAGAZINE = "magazine"
    DIGITAL = "digital"
    AGGREGATOR = "aggregator"
    SYNDICATE = "syndicate"
    BLOG = "blog"
    OUTLET = "outlet"
    PLATFORM = "platform"
    PHOTO_AGENCY = "photo-agency"


# Sources that are never an article's origin: links to them and their names credit no one.
NEVER_ORIGIN_TYPES = frozenset({SourceType.PLATFORM, SourceType.PHOTO_AGENCY})


class Imported(Strict):
    """Where an imported source came from, so that it can be traced back to its row."""

    dataset: Text
    commit: Text
    row: Annotated[int, Field(ge=1)]
    classified_by: str | None = None
    code: str | None = None
    note: str | None = None


class CreditSignal(StrEnum):
    DATELINE = "dateline"
    BYLINE = "byline"
    SIGN_OFF = "sign-off"
    SOURCE_LINE = "source-line"
    COPYRIGHT_LINE = "copyright-line"
    REPUBLISH_NOTICE = "republish-notice"


def _check_pattern(pattern: str) -> str:
    error = compile_pattern(pattern)[1]
    if error:
        raise PydanticCustomError(
            "invalid_pattern",
            "pattern '{pattern}' is not valid for the linear-time engine (RE2): {error}",
            {"pattern": pattern, "error": error},
        )
    return pattern


class CreditPattern(Strict):
    """A credit form of one source that the built-in patterns do not know, as a regular
    expression for RE2: linear-time, so no pattern can backtrack catastrophically. It is
    matched in the lead, the tail or both, and a match credits the source."""

    regex: Annotated[str, StringConstraints(min_length=1), AfterValidator(_check_pattern)]
    signal: CreditSignal
    zone: Literal["lead", "tail", "any"] = "any"
    note: str | None = None


class ExampleExpectation(Strict):
    """What annotating an example must give; anything left out is not checked."""

    host: Slug | None = None
    origin: Slug | None = None
    label: LabelId | None = None
    code: SmmCode | None = None
    relation: (
        Literal["original", "republished", "wire-copy", "mirror", "same-owner", "unknown"] | None
    ) = None


class Example(Strict):
    """A test a rule carries, run by `provenance audit` as semgrep runs a rule's tests: a URL,
    text or HTML, and what its annotation must say."""

    url: str | None = None
    text: str | None = None
    html: str | None = None
    expect: ExampleExpectation

    @model_validator(mode="after")
    def _has_input(self) -> Example:
        if not (self.url or self.text or self.html):
            raise ValueError("an example needs a `url`, `text` or `html`")
        return self


Loc = tuple[int | str, ...]


@dataclass(frozen=True, slots=True)
class CitedFact:
    """One claim a rule makes and the citations behind it. `loc` is its place inside the
    source or owner; `axis` says whether it is a fact on one of the three axes (funding,
    governance, editorial control) rather than an ownership link or a label claim."""

    loc: Loc
    what: str
    citations: tuple[CitationRef, ...]
    axis: bool = False


class Source(Strict):
    """An outlet: something that publishes news under a name and on some domains.

    `merges` names imported sources that describe the same outlet; they are folded into this
    one when the rules load (see `provenance.merge` for the precedence).
    """

    id: Slug
    name: Text
    type: SourceType = SourceType.OUTLET
    country: CountryCode | None = None
    aliases: tuple[Alias, ...] = ()
    domains: tuple[DomainRule, ...] = ()
    owners: tuple[OwnerLink, ...] = ()
    networks: tuple[NetworkLink, ...] = ()
    facts: Facts = Facts()
    imported: tuple[Imported, ...] = ()
    merges: tuple[Slug, ...] = ()
    label: LabelClaim | None = None
    patterns: tuple[CreditPattern, ...] = ()
    examples: tuple[Example, ...] = ()
    reviewed: date | None = None
    notes: str | None = None

    def names(self) -> Iterator[tuple[Loc, Alias]]:
        """The names the source is credited by, with their places: its name, then aliases."""
        yield ("name",), name_alias(self.name)
        for index, alias in enumerate(self.aliases):
            yield ("aliases", index), alias

    def cited_facts(self) -> Iterator[CitedFact]:
        """Every fact, ownership link and label claim, with what it claims and its citations."""
        facts = self.facts
        for index, funding in enumerate(facts.funding):
            what = f"funding ({funding.kind})"
            yield CitedFact(("facts", "funding", index), what, funding.citations, axis=True)
        if facts.governance:
            loc = ("facts", "governance")
            yield CitedFact(loc, "governance", facts.governance.citations, axis=True)
        if facts.editorial:
            loc = ("facts", "editorial")
            yield CitedFact(loc, "editorial control", facts.editorial.citations, axis=True)
        for index, link in enumerate(self.owners):
            yield CitedFact(("owners", index), f"ownership by {link.id}", link.citations)
        for index, network in enumerate(self.networks):
            what = f"membership of {network.id}"
            yield CitedFact(("networks", index), what, network.citations)
        if self.label:
            yield CitedFact(("label",), "the label claim", self.label.citations)


class OwnerKind(StrEnum):
    STATE = "state"
    GOVERNMENT_BODY = "government-body"
    PUBLIC_BODY = "public-body"
    COMPANY = "company"
    FOUNDATION = "foundation"
    NONPROFIT = "nonprofit"
    TRUST = "trust"
    COOPERATIVE = "cooperative"
    PARTY = "party"
    PERSON = "person"
    FAMILY = "family"
    NETWORK = "network"  # what sources are members of (`networks:`), never an owner
    UNKNOWN = "unknown"


STATE_KINDS = frozenset({OwnerKind.STATE, OwnerKind.GOVERNMENT_BODY})
NONPROFIT_KINDS = frozenset(
    {OwnerKind.FOUNDATION, OwnerKind.NONPROFIT, OwnerKind.TRUST, OwnerKind.COOPERATIVE}
)


class Owner(Strict):
    """A company, state, foundation, party or person that owns sources or other owners."""

    id: Slug
    name: Text
    kind: OwnerKind
    country: CountryCode | None = None
    owners: tuple[OwnerLink, ...] = ()
    citations: tuple[CitationRef, ...] = ()
    reviewed: date | None = None
    notes: str | None = None

    def cited_facts(self) -> Iterator[CitedFact]:
        """Every ownership link that needs a citation: a state's own links do not."""
        if self.kind is OwnerKind.STATE:
            return
        for index, link in enumerate(self.owners):
            yield CitedFact(("owners", index), f"ownership by {link.id}", link.citations)


class LabelId(StrEnum):
    STATE_CONTROLLED = "state-controlled"
    CAPTURED_PUBLIC = "captured-public"
    CAPTURED_PRIVATE = "captured-private"
    STATE_FUNDED = "state-funded"
    STATE_MANAGED = "state-managed"
    PUBLIC_SERVICE = "public-service"
    PRIVATE = "private"
    NONPROFIT = "nonprofit"
    UNKNOWN = "unknown"


class SmmCode(StrEnum):
    """State Media Monitor's typology codes, from the most state control over the editorial
    line to the least, then over management and money."""

    SC = "SC"
    CAPU = "CaPu"
    CAPR = "CaPr"
    ISFM = "ISFM"
    ISF = "ISF"
    ISM = "ISM"
    IP = "IP"


def strictest_code(codes: Iterable[str]) -> SmmCode | None:
    """Of several codes, the one with the most state control, so that a label resolved from
    them never understates; None when none is a code."""
    order = list(SmmCode)
    known = [SmmCode(code) for code in codes if code in order]
    return min(known, key=order.index) if known else None


class LabelClaim(Fact):
    """A label a rule file states outright, as a check on its facts: the audit reports a
    claim the facts do not give. A curated source that departs from the code of the
    imported rows it merges says so here, with the reason and its citations."""

    id: LabelId | None = None
    code: SmmCode | None = None


class Feature(StrEnum):
    """What the policy may ask about a source; `policy.summarize` derives each from facts."""

    EDITORIAL = "editorial"
    STATE_FUNDED = "state_funded"
    STATE_MANAGED = "state_managed"
    PUBLIC_SERVICE = "public_service"
    STATE_OWNED = "state_owned"
    NONPROFIT = "nonprofit"


FeatureValue = bool | Literal["state", "independent", "unknown"]


class PolicyRule(Strict):
    """If every feature in `when` has one of the listed values, the source gets this label."""

    label: LabelId
    code: SmmCode | None = None
    when: dict[Feature, FeatureValue | tuple[FeatureValue, ...]]
    note: str | None = None


class Policy(Strict):
    """Turns facts into a label: an ordered rule list, first match wins."""

    id: Slug
    description: Text
    state_money: tuple[FundingKind, ...]
    majority: Annotated[float, Field(gt=0.0, lt=1.0)] = 0.5
    rules: tuple[PolicyRule, ...]
    labels: dict[LabelId, Text]

    @model_validator(mode="after")
    def _every_label_has_text(self) -> Policy:
        missing = sorted(set(LabelId) - set(self.labels))
        if missing:
            raise ValueError(f"`labels` has no text for: {', '.join(missing)}")
        return self


class RuleFile(Strict):
    """One YAML file under `rules/`: any of named citations, sources, owners and a policy."""

    citations: tuple[NamedCitation, ...] = ()
    sources: tuple[Source, ...] = ()
    owners: tuple[Owner, ...] = ()
    policy: Policy | None = None
