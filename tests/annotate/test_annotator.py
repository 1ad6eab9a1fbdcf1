from __future__ import annotations

import pickle
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from provenance import Annotation, Annotator, Article, RuleSet, load_rules
from tests.conftest import POLICY, SEED, WriteRules

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "wire.yaml"


@pytest.fixture(scope="module")
def fixture_rules(tmp_path_factory: pytest.TempPathFactory) -> RuleSet:
    folder = tmp_path_factory.mktemp("rules")
    shutil.copy(POLICY, folder / "policy.yaml")
    shutil.copy(FIXTURE, folder / "wire.yaml")
    return load_rules(folder)


@pytest.fixture(scope="module")
def fixture_annotator(fixture_rules: RuleSet) -> Annotator:
    return Annotator(fixture_rules)


def check_offsets(annotation: Annotation, text: str) -> None:
    for item in annotation.evidence or ():
        if item.start is not None:
            assert text[item.start : item.end] == item.text, item


def annotate(annotator: Annotator, text: str, url: str | None = None) -> Annotation:
    annotation = annotator.annotate(Article(text=text, url=url))
    check_offsets(annotation, text)
    return annotation


def test_the_seed(annotator: Annotator) -> None:
    text = SEED.read_text(encoding="utf-8")
    found = annotate(annotator, text)
    assert found.host is not None and found.host.source == "libertarian-hub"
    assert found.origin is not None and found.origin.source == "rt"
    assert found.origin.domain == "rt.com"
    assert found.republished is True and found.relation == "republished"
    assert found.label is not None
    assert (found.label.id, found.label.code) == ("state-controlled", "SC")
    assert found.label.text == "Russian state-controlled media"
    assert [owner.id for owner in found.origin.owners] == ["tv-novosti", "state-ru"]
    assert [c.source for c in found.citations or ()] == ["irna"]
    signals = {(e.signal, e.source) for e in found.evidence or ()}
    assert {
        ("republish-notice", "rt"),
        ("credit-link", "rt"),
        ("self-reference", "libertarian-hub"),
    } <= signals
    assert ("citation", "irna") in signals


def test_a_wire_dateline_is_wire_copy(fixture_annotator: Annotator) -> None:
    text = "Vote today\nOSLO (NW) — Parliament voted on Tuesday.\nMore text follows here."
    found = annotate(fixture_annotator, text, "https://www.dailyplanet.example/world/1")
    assert found.host is not None and found.host.source == "daily-planet"
    assert found.origin is not None and found.origin.source == "north-wire"
    assert (found.relation, found.republished) == ("wire-copy", True)
    assert found.label is not None and found.label.id == "nonprofit"


def test_a_dateline_on_the_agency_own_site_is_original(fixture_annotator: Annotator) -> None:
    text = "OSLO (NW) — Parliament voted on Tuesday."
    found = annotate(fixture_annotator, text, "https://northwire.example/a")
    assert found.origin is not None and found.origin.source == "north-wire"
    assert (found.relation, found.republished) == ("original", False)


@pytest.mark.parametrize(
    "text",
    [
        "The minister told North Wire Agency that the vote would pass.",
        "Officials said, according to North Wire Agency, that it passed.",
        "Lead paragraph.\nPhoto: North Wire Agency\nThe vote passed.",
        "SV @someone: the vote passed, everyone says.",
        "The NW corner of the square was closed.",
    ],
)
def test_quotes_photo_credits_and_retweets_are_not_origins(
    fixture_annotator: Annotator, text: str
) -> None:
    found = annotate(fixture_annotator, text, "https://dailyplanet.example/a")
    assert found.origin is not None and found.origin.source == "daily-planet"
    assert (found.relation, found.republished) == ("original", False)


def test_a_citation_is_listed_and_never_the_origin(fixture_annotator: Annotator) -> None:
    text = "The minister told North Wire Agency that the vote would pass."
    found = annotate(fixture_annotator, text, "https://dailyplanet.example/a")
    assert [c.source for c in found.citations or ()] == ["north-wire"]


def test_a_sister_outlet_is_same_owner(fixture_annotator: Annotator) -> None:
    text = "Story body.\nMore body.\nThis story was originally published by The Daily Planet."
    found = annotate(fixture_annotator, text, "https://eveningstar.example/s")
    assert found.origin is not None and found.origin.source == "daily-planet"
    assert (found.relation, found.republished) == ("same-owner", True)


def test_a_documented_mirror(fixture_annotator: Annotator) -> None:
    found = annotate(fixture_annotator, "Any text.", "https://mirror-voice.example/x")
    assert found.host is not None and found.host.source == "state-voice"
    assert found.origin is not None and found.origin.source == "state-voice"
    assert (found.relation, found.republished) == ("mirror", True)
    assert found.label is not None and found.label.text == "Russian state-controlled media"


def test_an_unknown_site_named_by_canonical_is_still_an_origin(
    fixture_annotator: Annotator,
) -> None:
    html = (
        '<html><head><link rel="canonical" href="https://smallblog.example/post/1">'
        '<meta property="og:url" content="https://smallblog.example/post/1">'
        '<meta property="og:site_name" content="Small Blog"></head>'
        "<body><article><p>A post about the vote.</p></article></body></html>"
    )
    found = fixture_annotator.annotate(Article(html=html, url="https://scraper.example/copy"))
    assert found.host is not None and (found.host.source, found.host.domain) == (
        None,
        "scraper.example",
    )
    assert found.origin is not None
    assert (found.origin.source, found.origin.domain, found.origin.name) == (
        None,
        "smallblog.example",
        "Small Blog",
    )
    assert found.relation == "republished"
    assert any(
        e.signal == "canonical" and e.field == "link:canonical" for e in found.evidence or ()
    )


def test_an_origin_outside_the_rules_does_not_take_the_hosts_label(
    fixture_annotator: Annotator,
) -> None:
    html = (
        '<html><head><link rel="canonical" href="https://smallblog.example/post/1"></head>'
        "<body><article><p>A post about the vote.</p></article></body></html>"
    )
    url = "https://www.dailyplanet.example/copy"
    found = fixture_annotator.annotate(Article(html=html, url=url))
    assert found.host is not None and found.host.label is not None
    assert found.origin is not None and found.origin.domain == "smallblog.example"
    assert found.label is None


def test_a_canonical_link_header_counts(fixture_annotator: Annotator) -> None:
    record = {
        "url": "https://scraper.example/copy",
        "text": "Copied text.",
        "headers": {"link": '<https://statevoice.example/news/1>; rel="canonical"'},
    }
    found = fixture_annotator.annotate(record)
    assert found.origin is not None and found.origin.source == "state-voice"
    assert found.relation == "republished"


def test_the_host_is_never_taken_from_canonical(fixture_annotator: Annotator) -> None:
    html = '<link rel="canonical" href="https://statevoice.example/a"><p>Text.</p>'
    found = fixture_annotator.annotate(Article(html=html, url="https://dailyplanet.example/a"))
    assert found.host is not None and found.host.source == "daily-planet"


def test_chinese_dateline(fixture_annotator: Annotator) -> None:
    text = "新星社北京5月1日电 记者报道。\n正文。"
    found = annotate(fixture_annotator, text, "https://dailyplanet.example/cn")
    assert found.origin is not None and found.origin.source == "xin-wire"
    assert found.relation == "wire-copy"


def test_nothing_known_is_unknown(fixture_annotator: Annotator) -> None:
    found = annotate(fixture_annotator, "Plain text with no credits.")
    assert (found.host, found.origin, found.relation, found.republished) == (
        None,
        None,
        "unknown",
        False,
    )


def test_an_unknown_host_without_credits_is_original(fixture_annotator: Annotator) -> None:
    found = annotate(fixture_annotator, "Plain text.", "https://blog.somewhere.example/p")
    assert found.host is not None and found.host.domain == "somewhere.example"
    assert found.origin == found.host and found.relation == "original"
    assert found.label is None


def test_the_annotator_pickles_and_is_thread_safe(fixture_annotator: Annotator) -> None:
    articles = [
        Article(text=f"OSLO (NW) — Item {n}.", url=f"https://dailyplanet.example/{n}")
        for n in range(50)
    ]
    expected = [fixture_annotator.annotate(a) for a in articles]
    copy = pickle.loads(pickle.dumps(fixture_annotator))
    assert [copy.annotate(a) for a in articles] == expected
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(fixture_annotator.annotate, articles)) == expected


def test_the_annotator_is_immutable(fixture_annotator: Annotator) -> None:
    with pytest.raises(AttributeError, match="immutable"):
        fixture_annotator.rules = fixture_annotator.rules  # type: ignore[misc]


def test_annotate_many_streams_in_order(fixture_annotator: Annotator) -> None:
    records = [
        {"text": f"Text {n}", "url": f"https://northwire.example/{n}", "id": str(n)}
        for n in range(5)
    ]
    found = fixture_annotator.annotate_many(iter(records))
    assert [a.id for a in found] == ["0", "1", "2", "3", "4"]


def test_only_a_majority_or_a_marked_owner_controls() -> None:
    from provenance.rules.models import OwnerLink
    from provenance.rules.ruleset import controlling

    minority = OwnerLink(id="fund", share=0.29)
    assert controlling([minority]) is None
    assert controlling([OwnerLink(id="sole")]) == OwnerLink(id="sole")
    marked = OwnerLink(id="family", share=0.1, controlling=True)
    assert controlling([minority, marked]) == marked
    assert controlling([minority, OwnerLink(id="big", share=0.51)]) == OwnerLink(
        id="big", share=0.51
    )


def test_a_source_pattern_credits_its_source(write_rules: WriteRules) -> None:
    folder = write_rules(
        {
            "a.yaml": """
            sources:
              - id: north
                name: North Wire
                type: news-agency
                patterns:
                  - {regex: "\\\\[NW-\\\\d+\\\\]$", signal: sign-off, zone: tail}
            """
        }
    )
    annotator = Annotator(load_rules(folder))
    text = "Lead.\\nBody text here.\\nThe vote passed. [NW-42]"
    found = annotate(annotator, text, "https://daily.example/a")
    assert found.origin is not None and found.origin.source == "north"
    assert found.relation == "wire-copy"
    assert [e.text for e in found.evidence or () if e.signal == "sign-off"] == ["[NW-42]"]


def test_a_pattern_the_linear_engine_cannot_run_is_refused(write_rules: WriteRules) -> None:
    from provenance import RulesError

    folder = write_rules(
        {
            "a.yaml": "sources:\n  - id: a\n    name: A\n"
            '    patterns: [{regex: "(a)\\\\1", signal: byline}]\n'
        }
    )
    with pytest.raises(RulesError) as raised:
        load_rules(folder)
    [problem] = raised.value.problems
    assert problem.code == "P701" and "RE2" in problem.message and problem.line == 4


_SHARED_KNA = {
    "a.yaml": """
    sources:
      - id: kna-de
        name: Katholische Nachrichten-Agentur
        type: news-agency
        country: DE
        aliases: [{text: KNA, case: sensitive, context: credit}]
      - id: kna-ke
        name: Kenya News Agency
        type: news-agency
        country: KE
        aliases: [{text: KNA, case: sensitive, context: credit}]
      - id: nation
        name: Daily Nation
        type: newspaper
        country: KE
        domains: [nation.africa]
    """
}


@pytest.mark.parametrize(
    ("url", "origin"),
    [
        ("https://www.domradio.example.de/a", "kna-de"),  # the domain's country
        ("https://www.example.co.ke/a", "kna-ke"),
        ("https://nation.africa/a", "kna-ke"),  # the host rule's country
    ],
)
def test_a_shared_credit_is_the_agency_of_the_hosts_country(
    write_rules: WriteRules, url: str, origin: str
) -> None:
    annotator = Annotator(load_rules(write_rules(_SHARED_KNA)))
    found = annotate(annotator, "Fulda (KNA) Die Bischöfe berieten.\nMehr Text.", url)
    assert found.relation == "wire-copy"
    assert found.origin is not None and found.origin.source == origin


def test_a_shared_credit_no_country_picks_is_wire_copy_from_an_unnamed_agency(
    write_rules: WriteRules,
) -> None:
    annotator = Annotator(load_rules(write_rules(_SHARED_KNA)))
    found = annotate(
        annotator, "Fulda (KNA) Die Bischöfe berieten.\nMehr Text.", "https://x.example/a"
    )
    assert (found.relation, found.origin) == ("wire-copy", None)
    assert [(e.signal, e.text, e.source) for e in found.evidence or () if e.start] == [
        ("dateline", "KNA", None)
    ]


_UNRELATED = {
    "a.yaml": """
    sources:
      - id: morning
        name: The Morning Ledger
        type: newspaper
        domains: [morningledger.example]
      - id: evening
        name: The Evening Ledger
        type: newspaper
        domains: [eveningledger.example]
      - id: vice
        name: Vice
        type: digital
        domains: [vice.example]
    """
}


@pytest.mark.parametrize(
    ("notice", "host", "origin", "unrelated"),
    [
        # A notice calling a known source a sister title.
        (
            "This story first appeared in our sister paper, The Morning Ledger.",
            "eveningledger.example",
            "The Morning Ledger",
            "This story first appeared in The Morning Ledger.",
        ),
        # A notice naming an edition of the host, which the rules do not know.
        (
            "This article originally appeared on VICE US.",
            "vice.example",
            "VICE US",
            "This article originally appeared on OTHER US.",
        ),
    ],
)
def test_a_sister_title_or_an_edition_of_the_host_is_same_owner(
    write_rules: WriteRules, notice: str, host: str, origin: str, unrelated: str
) -> None:
    annotator = Annotator(load_rules(write_rules(_UNRELATED)))
    url = f"https://{host}/uk/s"
    found = annotate(annotator, f"Story body.\nMore body.\n{notice}", url)
    assert found.origin is not None and found.origin.name == origin
    assert found.relation == "same-owner"
    other = annotate(annotator, f"Story body.\nMore body.\n{unrelated}", url)
    assert other.relation == "republished"


_NETWORK = """
sources:
  - id: north
    name: North Radio
    type: broadcaster
    domains: [northradio.example]
    networks: [{id: regional-net}]
  - id: south
    name: South Radio
    type: broadcaster
    domains: [southradio.example]
    networks: [{id: regional-net}]
  - id: west
    name: West Radio
    type: broadcaster
    domains: [westradio.example]
owners:
  - id: regional-net
    name: Regional Network
    kind: network
"""


@pytest.mark.parametrize(
    "credit",
    [
        "This story first appeared on South Radio.",
        "Diese Meldung erschien zuerst bei South Radio.",
        "Cet article a été publié initialement par South Radio.",
    ],
)
def test_copy_between_members_of_a_network_is_same_owner(
    write_rules: WriteRules, credit: str
) -> None:
    annotator = Annotator(load_rules(write_rules({"a.yaml": _NETWORK})))
    text = f"Story body.\nMore body.\n{credit}"
    member = annotate(annotator, text, "https://northradio.example/s")
    assert member.origin is not None and member.origin.source == "south"
    assert member.relation == "same-owner"
    outsider = annotate(annotator, text, "https://westradio.example/s")
    assert outsider.relation == "republished"


_EDITIONS = """
sources:
  - id: paper-english
    name: The People's Paper English
    type: newspaper
    domains: [en.peoplespaper.example]
    aliases: ["The People's Paper"]
    owners: [{id: people-group}]
  - id: paper
    name: The People's Paper
    type: newspaper
    domains: [peoplespaper.example]
    owners: [{id: people-group}]
owners:
  - {id: people-group, name: People's Paper Group, kind: company}
"""
_STRANGERS = _EDITIONS.replace("owners: [{id: people-group}]\n  - id: paper\n", "\n  - id: paper\n")


@pytest.mark.parametrize(("rules", "origin"), [(_EDITIONS, "paper"), (_STRANGERS, None)])
def test_a_name_the_editions_of_one_outlet_share_stands_for_its_main_entry(
    write_rules: WriteRules, rules: str, origin: str | None
) -> None:
    annotator = Annotator(load_rules(write_rules({"a.yaml": rules})))
    text = "Story body.\nMore body.\nThis story was first published by The People's Paper."
    found = annotate(annotator, text, "https://blog.example/s")
    if origin is None:  # two owners' outlets share the name: it says nothing by itself
        assert found.relation == "original"
    else:
        assert found.origin is not None and found.origin.source == origin
        assert found.relation == "republished"


def test_an_agencys_credit_on_its_own_edition_is_not_wire_copy(write_rules: WriteRules) -> None:
    rules = """
    sources:
      - id: wire
        name: Fjord Wire
        type: news-agency
        aliases: [{text: FJW, case: sensitive, context: credit}]
        domains: [fjordwire.example]
        owners: [{id: fjord-group}]
      - id: wire-english
        name: Fjord Wire English
        type: digital
        domains: [fjordwire-english.example]
        owners: [{id: fjord-group}]
    owners:
      - {id: fjord-group, name: Fjord Group, kind: company}
    """
    annotator = Annotator(load_rules(write_rules({"a.yaml": rules})))
    text = "OSLO (FJW) — Parliament voted on Tuesday.\nMore text follows here."
    own = annotate(annotator, text, "https://fjordwire-english.example/a")
    assert (own.relation, own.origin.source if own.origin else None) == ("same-owner", "wire")
    other = annotate(annotator, text, "https://daily.example/a")
    assert other.relation == "wire-copy"
