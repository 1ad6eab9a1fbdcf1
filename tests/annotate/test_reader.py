"""Credits read where real pages put them: at the end of the article, however much page
furniture follows it. Every text here is written for the test."""

from __future__ import annotations

import pytest

from provenance import Annotation, Annotator, Article, load_rules
from tests.annotate.rulesets import AGENCY, rule_files
from tests.conftest import WriteRules

RULES = rule_files(
    AGENCY,
    """
  - id: sur
    name: Agencia Sur
    type: news-agency
    aliases: [{text: ASUR, case: sensitive, context: credit}]
    domains: [agenciasur.example]
""",
)
URL = "https://www.portal.example/2024/story"

PROSE = {
    "en": "The council met on Tuesday and voted on the budget. The debate went on for hours, "
    "and the mayor spoke last.",
    "de": "Der Stadtrat tagte am Dienstag und stimmte über den Haushalt ab. Die Debatte dauerte "
    "Stunden, und die Bürgermeisterin sprach zuletzt.",
    "es": "El concejo se reunió el martes y votó el presupuesto. El debate duró horas, y la "
    "alcaldesa habló al final.",
    "pl": "Rada zebrała się we wtorek i głosowała nad budżetem. Debata trwała godzinami, a "
    "burmistrz zabrała głos na końcu.",
}
RELATED = {
    "en": ["Read more:", "Council approves new park plan", "Bridge works start in May"],
    "de": ["Lesen Sie auch:", "Stadtrat billigt neuen Parkplan", "Brückenarbeiten ab Mai"],
    "es": ["Más noticias", "El concejo aprueba el nuevo parque", "Obras del puente en mayo"],
    "pl": ["Czytaj także:", "Rada przyjęła plan parku", "Remont mostu od maja"],
}
FOOTER = {
    "en": "Write to us with your comments. Join our community and subscribe today. It is the "
    "best way to support our newsroom and its work.",
    "de": "Schreiben Sie uns Ihre Meinung. Werden Sie Teil unserer Gemeinschaft und abonnieren "
    "Sie heute. So unterstützen Sie unsere Redaktion am besten.",
    "es": "Escríbanos con sus comentarios. Únase a nuestra comunidad y suscríbase hoy. Es la "
    "mejor forma de apoyar a nuestra redacción.",
    "pl": "Czekamy na Wasze uwagi i komentarze. Dołącz do naszej społeczności i wykup dostęp już "
    "dziś. To najlepsza forma wsparcia naszej redakcji.",
}


@pytest.fixture
def small(write_rules: WriteRules) -> Annotator:
    return Annotator(load_rules(write_rules(RULES)))


def story(lang: str, ending: str, after: list[str]) -> str:
    body = [PROSE[lang]] * 4
    body[-1] = f"{body[-1]} {ending}".strip()
    return "\n".join(["A headline", *body, *after])


def annotate(annotator: Annotator, text: str) -> Annotation:
    found = annotator.annotate(Article(text=text, url=URL))
    for item in found.evidence or ():
        if item.start is not None:
            assert text[item.start : item.end] == item.text
    return found


def origin_of(found: Annotation) -> str | None:
    return found.origin.source if found.origin else None


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_a_sign_off_before_a_list_of_related_stories_counts(small: Annotator, lang: str) -> None:
    related = RELATED[lang] * 3
    found = annotate(small, story(lang, "(NWA)", related))
    assert (found.relation, origin_of(found)) == ("wire-copy", "north-wire")


@pytest.mark.parametrize("lang", ["en", "de", "pl"])
@pytest.mark.parametrize("line", ["abc/NWA", "(NWA)", "— NWA", "(NWA/lno)"])
def test_a_sign_off_on_a_line_of_its_own_counts_before_a_prose_footer(
    small: Annotator, lang: str, line: str
) -> None:
    text = story(lang, "", [line, FOOTER[lang], "Author", FOOTER[lang]])
    found = annotate(small, text)
    assert (found.relation, origin_of(found)) == ("wire-copy", "north-wire")


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_an_agency_sign_off_with_a_regional_service_counts(small: Annotator, lang: str) -> None:
    found = annotate(small, story(lang, "(NWA/lno)", []))
    assert (found.relation, origin_of(found)) == ("wire-copy", "north-wire")


def test_a_name_on_a_line_of_its_own_in_the_lead_is_no_sign_off(small: Annotator) -> None:
    text = "\n".join(["NWA", PROSE["en"], PROSE["en"], PROSE["en"]])
    assert annotate(small, text).relation == "original"


@pytest.mark.parametrize(
    "credit",
    [
        "(Con información de Agencia Sur y NWA)",
        "(Com informações da Agencia Sur)",
        "(Con informazioni di Agencia Sur)",
        "(Avec des informations de l'Agencia Sur)",
    ],
)
def test_a_joint_credit_with_information_from_agencies_is_wire_copy(
    small: Annotator, credit: str
) -> None:
    found = annotate(small, story("es", "", [credit, *RELATED["es"]]))
    assert (found.relation, origin_of(found)) == ("wire-copy", "sur")


@pytest.mark.parametrize("label", ["Image credit: example.org", "Foto: Jane Doe", "Photo: Pool"])
def test_agencies_under_a_picture_credit_are_no_wire_credit(small: Annotator, label: str) -> None:
    text = "\n".join(["A headline", PROSE["en"], label, "Agencies", PROSE["en"], PROSE["en"]])
    assert annotate(small, text).relation == "original"
    text = "\n".join(["A headline", PROSE["en"], PROSE["en"], PROSE["en"], "Agencies"])
    assert annotate(small, text).relation == "wire-copy"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("来源：河北日报", "河北日报"),
        ("稿件来源： 江南晚报 作者：李明", "江南晚报"),
        ("Source: The Valley Gazette", "The Valley Gazette"),
        ("Quelle: Rheinische Nachrichten", "Rheinische Nachrichten"),
        ("Fuente: Diario del Sur", "Diario del Sur"),
    ],
)
def test_a_source_line_naming_an_outlet_the_rules_do_not_know(
    small: Annotator, line: str, name: str
) -> None:
    text = story("en", "", [line])
    # The host has a name, so that a name in any script can be told apart from it.
    found = small.annotate({"url": URL, "text": text, "site_name": "Portal"})
    assert found.relation == "republished"
    assert found.origin is not None and (found.origin.source, found.origin.name) == (None, name)


@pytest.mark.parametrize("line", ["Source: Eurostat", "Quelle: Statistisches Bundesamt"])
def test_a_source_line_naming_no_outlet_names_no_origin(small: Annotator, line: str) -> None:
    found = annotate(small, story("en", "", [line]))
    assert found.relation == "original" and found.origin == found.host


def test_a_source_line_naming_unnamed_agencies_is_no_outlet(small: Annotator) -> None:
    found = annotate(small, story("en", "", ["Source: News agencies"]))
    assert (found.relation, found.origin) == ("wire-copy", None)


@pytest.mark.parametrize(
    ("url", "line"),
    [
        ("https://www.valley-gazette.example/a", "Source: Valley Gazette newsroom"),
        ("https://www.jiangnan-wanbao.example/a", "来源：江南晚报"),
        ("https://www.jiangnan-wanbao.example/a", "來源：江南晚報"),
    ],
)
def test_a_source_line_that_may_name_the_host_itself_is_no_credit(
    small: Annotator, url: str, line: str
) -> None:
    text = story("en", "", [line])
    assert small.annotate(Article(text=text, url=url)).relation == "original"


def test_a_full_width_sign_off_counts(small: Annotator) -> None:
    found = annotate(small, story("en", "（NWA）", []))
    assert (found.relation, origin_of(found)) == ("wire-copy", "north-wire")


@pytest.mark.parametrize("line", ["© 2012 NWA/Jane Doe", "(c) NWA", "© North Wire Agency"])
def test_a_copyright_line_above_the_story_credits_its_picture(small: Annotator, line: str) -> None:
    above = "\n".join(["A headline", "12 February 2012", line, *[PROSE["en"]] * 3])
    assert annotate(small, above).relation == "original"
    below = "\n".join(["A headline", *[PROSE["en"]] * 3, line])
    assert annotate(small, below).relation == "wire-copy"


@pytest.mark.parametrize(
    "notice",
    [
        "This story was originally published at 2:05 p.m. and has been updated.",
        "Dieser Artikel erschien zuerst am 12 Mai 2024 und wurde aktualisiert.",
        "Este artículo se publicó originalmente a las 10:30 h.",
    ],
)
def test_a_time_or_a_date_after_a_republish_phrase_names_no_outlet(
    small: Annotator, notice: str
) -> None:
    assert annotate(small, story("en", "", [notice])).relation == "original"


@pytest.mark.parametrize(
    "line",
    [
        "Sources: The Harbour Gazette, The Valley Times",
        "Quellen: The Harbour Gazette, The Valley Times",
        "Fuentes: The Harbour Gazette y The Valley Times",
    ],
)
def test_a_list_of_outlets_after_a_source_label_is_citations(
    write_rules: WriteRules, line: str
) -> None:
    rules = RULES["a.yaml"] + (
        "  - {id: gazette, name: The Harbour Gazette, type: newspaper}\n"
        "  - {id: times, name: The Valley Times, type: newspaper}\n"
    )
    annotator = Annotator(load_rules(write_rules({"a.yaml": rules})))
    found = annotate(annotator, story("en", "", [line]))
    assert found.relation == "original"
    assert [c.source for c in found.citations or ()] == ["gazette", "times"]
    single = annotate(annotator, story("en", "", [line.split(",")[0].split(" y ")[0]]))
    assert single.relation == "republished"
    agencies = annotate(annotator, story("en", "", ["Sources: NWA, Agencia Sur"]))
    assert agencies.relation == "wire-copy"


SYNDICATE = """
  - id: features
    name: Example Features Syndicate
    type: syndicate
    aliases: [{text: Ask Example, case: sensitive, context: credit}]
  - id: portal
    name: The Portal
    type: newspaper
    domains: [portal.example]
"""


@pytest.mark.parametrize(
    "line",
    [
        "Distributed by Example Features Syndicate",
        "Distribuido por Example Features Syndicate.",
        "Übermittelt durch Example Features Syndicate",
        "Ask Example is written by Jane Roe. Write to her at the address below.",
        "Ask Example est écrite par Jane Roe.",
        "Ask Example es escrita por Jane Roe.",
    ],
)
def test_a_syndicated_column_is_republished_from_its_syndicate(
    write_rules: WriteRules, line: str
) -> None:
    annotator = Annotator(load_rules(write_rules(rule_files(SYNDICATE))))
    found = annotate(annotator, story("en", "", [line]))
    assert (found.relation, origin_of(found)) == ("republished", "features")
    # The column's name in the letters it answers is no credit.
    letter = annotate(annotator, story("en", "", ["Ask Example: my neighbour keeps hens."]))
    assert letter.relation == "original"


STATION = """
  - id: portal
    name: The Portal
    type: newspaper
    domains: [portal.example]
"""


@pytest.mark.parametrize(
    "dateline",
    ["ST. LOUIS (KXYZ) --", "MONTERREY, N.L. (XEFB) —", "MONTRÉAL (CFTM) –"],
)
def test_a_call_sign_in_a_dateline_credits_that_station(
    write_rules: WriteRules, dateline: str
) -> None:
    annotator = Annotator(load_rules(write_rules(rule_files(STATION))))
    text = "\n".join(["A headline", f"{dateline} {PROSE['en']}", *[PROSE["en"]] * 3])
    found = annotate(annotator, text)
    assert found.relation == "republished"
    assert found.origin is not None and found.origin.name == dateline.split("(")[1][:4]
    # On a site the rules do not know, the station may well be dating its own story.
    unknown = annotator.annotate(Article(text=text, url="https://www.station.example/story"))
    assert unknown.relation == "original"


BYLINE_PROSE = {
    "en": ("By", PROSE["en"]),
    "de": ("Von", PROSE["de"]),
    "es": ("Por", PROSE["es"]),
}


def byline_page(byline: str, lang: str) -> str:
    prose = f"<p>{BYLINE_PROSE[lang][1]}</p>" * 4
    return (
        f"<html lang={lang}><body><article><h1>A headline</h1>"
        f"<div class=byline>{byline}</div>{prose}</article></body></html>"
    )


@pytest.mark.parametrize("lang", ["en", "de", "es"])
@pytest.mark.parametrize(
    "byline",
    [
        '<a href="https://www.northwire.example/"><img src="/logo.svg" alt=""></a>',
        '{word} Jane Roe, <a href="https://northwire.example/about">our partner</a>',
    ],
)
def test_an_agency_logo_or_link_in_the_byline_is_wire_copy(
    small: Annotator, lang: str, byline: str
) -> None:
    line = byline.format(word=BYLINE_PROSE[lang][0])
    html = byline_page(line, lang)
    found = small.annotate(Article(html=html, url=URL))
    assert (found.relation, origin_of(found)) == ("wire-copy", "north-wire")
    # The same link further down the story, in its prose, credits no one.
    later = f"<p>{PROSE[lang]} {line}</p>{'<p>x</p>' * 6}</article>"
    moved = html.replace(f"<div class=byline>{line}</div>", "").replace("</article>", later)
    assert small.annotate(Article(html=moved, url=URL)).relation == "original"


@pytest.mark.parametrize(
    "notice",
    [
        "Questo articolo è stato pubblicato originariamente da The Harbour Gazette.",
        "Adapted from The Harbour Gazette, with permission.",
        "Se reproduce con permiso de The Harbour Gazette.",
        "نُشر هذا المقال لأول مرة في The Harbour Gazette",
    ],
)
def test_republish_notices_whose_words_differ_from_the_english(
    write_rules: WriteRules, notice: str
) -> None:
    rules = RULES["a.yaml"] + "  - {id: gazette, name: The Harbour Gazette, type: newspaper}\n"
    annotator = Annotator(load_rules(write_rules({"a.yaml": rules})))
    found = annotate(annotator, story("en", "", [notice]))
    assert (found.relation, origin_of(found)) == ("republished", "gazette")


REPORTER_AGENCY = """
  - id: north-wire
    name: North Wire Agency
    type: news-agency
    aliases: [북부통신, 北方社]
"""


KO_PROSE = "시의회는 화요일 회의를 열고 예산안을 표결했다. 토론은 몇 시간 동안 이어졌다."
ZH_PROSE = "市议会周二开会并表决了预算。辩论持续了数小时，市长最后发言。"


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        ("북부통신 홍길동 기자", KO_PROSE),
        ("북부통신 김민 특파원", KO_PROSE),
        ("北方社记者张伟", ZH_PROSE),
    ],
)
def test_an_outlet_and_its_reporter_is_a_byline(
    write_rules: WriteRules, line: str, prose: str
) -> None:
    annotator = Annotator(load_rules(write_rules(rule_files(REPORTER_AGENCY))))
    found = annotate(annotator, "\n".join(["A headline", line, *[prose] * 4]))
    assert (found.relation, origin_of(found)) == ("wire-copy", "north-wire")
    # The name in the story, with no reporter after it, is a mention.
    name = "北方社" if "北方社" in line else "북부통신"
    mention = annotate(annotator, "\n".join(["A headline", *[prose] * 2, f"{name} {prose}"]))
    assert mention.relation == "original"
