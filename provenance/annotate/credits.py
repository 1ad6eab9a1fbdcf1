"""What credit lines, citations and photo credits look like, in the languages we read.

Each pattern here looks at a few dozen characters around a source's name (the text just
before it, or just after it) or at the start of a paragraph. They are data: to read a new
language, add its words here. Patterns that end in `$` are matched against the text before
a name, patterns that start with `^` against the text after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from provenance.names import is_cjk
from provenance.words import BY_WORDS, SOURCE_WORDS, alternation

_I = re.IGNORECASE

# "RT @user: ..." is a retweet, not RT.
RETWEET_AFTER = re.compile(r"^:?\s*@\w")

# Photo and video credits: "Photo: Xinhua", "AFP/Getty Images", "© Sputnik / Ivan Ivanov".
# A photo word, then a colon, "by", "credit" or a copyright sign, shortly before the name.
PHOTO_WORDS = re.compile(
    r"(?:\b(?:photos?|photograph|foto(?:s|grafie|grafía)?|image|images|imagen|immagine|"
    r"picture|pic|фото|видео|video|vídeo|vidéo|caption|illustration|grafik|graphic|"
    r"infograph\w*)|(?:bild|foto)(?:er|s)?)\b\s*(?:credits?\s*)?(?:[:：©]|by\b|\()"
    r"[^.\n]{0,30}$"
    r"|\b(?:image|photo|picture)?\s*credits?\s*[:：][^.\n]{0,30}$"
    r"|(?:图|图片|摄影|视频|صورة|الصورة|عکس|تصویر)\s*[:：]\s*[^。\n]{0,20}$",
    _I,
)
# Nothing but a slash between two names: "AFP/Getty Images", "Reuters / EPA".
SLASH_ONLY = re.compile(r"\s*/\s*")
# A line that opens with a picture's credit: "Image credit: ...", "Foto: ...", "图片来源：".
PHOTO_LINE = re.compile(
    r"\s*(?:(?:image|photo|picture|video)\s*(?:credits?|courtesy|source)?|photos?|fotos?|"
    r"bild(?:quelle)?|imagen|immagine|фото|图片(?:来源)?|صورة)\s*[:：]",
    _I,
)
PHOTOGRAPHER_AFTER = re.compile(r"^\s*/\s*[A-ZА-Я][\w.-]+(?:\s+[A-ZА-Я][\w.-]+)+\s*$")
COPYRIGHT_SIGN_BEFORE = re.compile(r"(?:©|\(c\))\s*$", _I)
# A line opening with a copyright sign, up to a name: "© 2012 APA/", "(c) Foto: ".
# Matched from a paragraph's start with `match(text, pos, endpos)`.
COPYRIGHT_OPENING = re.compile(r"\s*(?:©|\(c\)|copyright)[^\n]{0,40}$", _I)

# Datelines: "(AP) —", "(Reuters) -", "(EFE).-", "(Xinhua) --", "(dpa):".
# The agency's regional service may follow it: "Hamburg (dpa/lno) –".
_SERVICE = r"(?:\s*/\s*[\w-]{1,12})*"
DATELINE_PAREN_AFTER = re.compile(rf"^{_SERVICE}\s*[)）]\s*(?:--|\.?-|[—–:]|$)")
# What comes before a dateline's agency: a place and a date, no sentence, no quotation.
DATELINE_PREFIX = re.compile(r"^\s*(?:[^\"“”«»„!?。\s]+\s+){0,8}[^\"“”«»„!?。\s]*$")
# "TOKYO, March 3 Kyodo - ...": the agency between the date and a dash.
DATELINE_DASH_AFTER_NAME = re.compile(r"^\s*[—–-]{1,2}\s")
# Close to a paragraph's start, "(Prensa Latina) La ..." needs no dash after it.
DATELINE_PAREN_NEAR_START = re.compile(rf"^{_SERVICE}\s*[)）]\s*\S")
DATELINE_PAREN_BEFORE = re.compile(r"[(（]\s*(?:[^()（）\s=]{1,12}\s*=\s*)?$")  # "(서울=연합뉴스)"
DATELINE_SLASH_AFTER = re.compile(r"^\s*/")  # "/TASS/"
DATELINE_DASH_AFTER = re.compile(r"^\s*[.,]")  # "МОСКВА, 3 мая — РИА Новости."
CJK_DATELINE_AFTER = re.compile(r"^[^。\n]{0,30}[电電]")  # "新华社北京5月3日电", "中央社…電"
# A lead that opens with "According to the report of X," is X's copy in Persian and Arabic.
OPENING_REPORT_BEFORE = re.compile(
    r"^\s*(?:به\s+گزارش\s+(?:خبرگزاری\s+)?|به\s+نقل\s+از\s+(?:خبرگزاری\s+)?|"
    r"(?:ذكرت|أفادت|نقلت)\s+(?:وكالة\s+)?|据|據)$"
)
OPENING_REPORT_AFTER = re.compile(r"^\s*(?:[،,:]|报道|報道|讯|訊)")

# Bylines: "By Reuters", "Von dpa", "Par l'AFP", "Por EFE", "PTI, Washington".
BYLINE_BEFORE = re.compile(
    rf"^\s*{alternation(BY_WORDS)}\s+(?:the\s+|l['’]|la\s+|el\s+)?$",
    _I,
)
# An agency's reporters before its name: "Tom Davies Associated Press",
# "Meg Kinnard and Errin Haines, Associated Press", "By Jane Doe, Reuters".
_PERSON = r"[A-ZÀ-Ý][\w.'’-]+(?:\s+[A-ZÀ-Ý][\w.'’-]+){1,3}"
REPORTERS_BEFORE = re.compile(
    rf"^\s*(?:(?i:by)\s+)?{_PERSON}(?:\s*(?:,|and|&|und|et|y)\s*{_PERSON})*"
    r"\s*[,|·/-]?\s*(?:of\s+)?(?:the\s+)?$"
)
# Joint credits: "FR mit dpa", "with Reuters", "mit Material von Reuters", "AFP/The Local".
_JOINT_WORDS = ("mit", "with", "avec", "con", "com", "und", "and", "et", "y", "e", "и", "plus")
_JOINT_SET = frozenset(_JOINT_WORDS)
JOINT_BEFORE = re.compile(
    rf"\b{alternation(_JOINT_WORDS)}\s+"
    r"(?:(?:Material|Informationen)\s+(?:von|der|des)\s+|material\s+from\s+|des\s+|de\s+l['’]|"
    r"agency\s+|Agentur\s+|información\s+de\s+(?:la\s+)?|(?:des\s+)?informa(?:tions|zioni|ções)\s+"
    r"(?:de|di|da|dos?)\s+(?:l['’]|la\s+)?)?$",
    _I,
)
# An outlet's name, then its reporter, as Korean and Chinese bylines write it: "연합뉴스
# 홍길동 기자" (name, reporter, "reporter"), "新华社记者张三" ("reporter", name).
REPORTER_AFTER = re.compile(r"^\s+[가-힣]{2,4}\s*(?:기자|특파원)|^\s*(?:记者|記者)\s*[一-龥]{2,3}")
SLASH_BEFORE = re.compile(r"\S\s*/\s*$")
SLASH_AFTER = re.compile(r"^\s*/\s*\S")

# Author fields: "By Associated Press", "Von dpa", "Reuters Staff", "Jane Doe and Reuters",
# "Associated Press in Valencia", "PTI, New Delhi". The word before a name, the words
# between names, a role after one, and a place after one.
AUTHOR_BY = re.compile(rf"^\s*{alternation(BY_WORDS)}\s+", _I)
AUTHOR_BETWEEN = re.compile(r"\s*(?:[,;/|&·]|\s(?:and|und|et|y|e|и|i|en|og|och)\s)\s*", _I)
AUTHOR_ROLE = re.compile(
    r"\s+(?:staff(?:\s+(?:writer|reporter))?|reporters?|correspondents?|newsroom|desk|"
    r"redaktion|rédaction|redacción|redazione|редакция)\s*$",
    _I,
)
AUTHOR_PLACE = re.compile(r"\s+(?:in|in\s+der|aus|à|en|a|em|в|из)\s+\S.*$", _I)


def author_names(value: str) -> list[str]:
    """The names an author field gives, without "By", roles and places."""
    names = []
    for part in AUTHOR_BETWEEN.split(AUTHOR_BY.sub("", value.strip())):
        name = AUTHOR_ROLE.sub("", AUTHOR_PLACE.sub("", part)).strip(" .")
        if name:
            names.append(name)
    return names


# Sign-offs closing a text: "(dpa)", "aja/PAP", "jwo/dpa", "— Reuters".
SIGN_OFF_BEFORE = re.compile(r"(?:[(（]\s*|\b[a-zäöüéß]{1,5}\s*/\s*|[—–-]\s*)$", _I)
SIGN_OFF_AFTER = re.compile(rf"^{_SERVICE}\s*[)）]?\s*[.;。]?\s*$")  # "(dpa/gem)", "（共同）"
# What may stand beside an agency's name on a line of its own that signs off a story:
# "aja/PAP", "(SID)", "(dpa/gem)", "— Reuters", "DPA."
ALONE_BEFORE = re.compile(r"\s*(?:[—–-]\s*)?(?:[(\[（]\s*)?(?:[a-zäöüéß]{1,5}\s*/\s*)?", _I)
ALONE_AFTER = re.compile(rf"{_SERVICE}\s*[)\]）]?\s*[.;。]?\s*")
AFTER_SENTENCE = re.compile(r"[.!?»”\"]\s+$")
# A date or time standing for the rest of a byline line: "November 19, 2019, 9:02 AM".
_MONTH = (
    r"(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|d[ec]z|janv|févr|mars|avr|juin|"
    r"juil|août|sept|déc|ene|abr|ago|dic|gen|mag|giu|lug|set|ott)[a-zéûä]*\.?"
)
DATE_LINE = re.compile(
    rf"^\s*(?:(?:updated|published|aktualisiert|veröffentlicht|publié|actualizado)\s*:?\s*)?"
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\.?\s+{_MONTH}\s+\d{{4}}|"
    rf"\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    r"[\s,0-9:apmAPMh.|-]*$",
    _I,
)
# A time or a date where a name was expected: "2:05 p.m.", "10.30 Uhr", "12 May 2024".
TIME_OR_DATE = re.compile(
    rf"\d{{1,2}}[:.h]\d{{2}}|\d{{1,2}}\s*(?:a\.?m|p\.?m|uhr|h)\b|\d{{1,2}}\.?\s+{_MONTH}|{_MONTH}\s+\d",
    _I,
)
# A paragraph opening with a dateline: "Washington.-", "BERLIN --", "KOBE –".
DATELINE_START = re.compile(r"^\s*[A-ZÀ-Ý][\w.'’ -]{1,40}?(?:\.-|\s[—–-]{1,2}\s|,\s)")

# Source lines: "Source: Xinhua", "Quelle: dpa", "Источник: РИА Новости", "来源：新华社".
_SOURCE = alternation(SOURCE_WORDS)
# A source label just before a name, anywhere: "2024-07-12 10:25 来源：新华社".
SOURCE_LABEL_BEFORE = re.compile(rf"{_SOURCE}\s*[:：]\s*$", _I)
# Matched from a paragraph's start with `match(text, pos)`, so no "^": it would not hold there.
SOURCE_LINE = re.compile(rf"\s*{_SOURCE}\s*[:：]", _I)
# The name after a source label's colon, up to punctuation: for outlets the rules do not know.
# Matched with `match(text, pos)` just after the colon.
SOURCE_NAME = re.compile(r"\s*(?P<name>[^,，;；。.|()（）\[\]\n]{2,40})")
_COLON = re.compile("[:：]")

# Words that make a name an outlet's: "Hebei Daily", "河北日报", "Rheinische Post". A name a
# source line gives that the rules do not know is taken for the origin only with one of
# these, since "Source: Eurostat" names no outlet.
_OUTLET_WORDS = re.compile(
    r"\b(?:news|times|daily|post|herald|gazette|journal|tribune|telegraph|chronicle|express|"
    r"observer|courier|press|agency|radio|tv|television|magazine|zeitung|nachrichten|rundschau|"
    r"anzeiger|kurier|tagblatt|presse|agentur|rundfunk|quotidien|agence|diario|periódico|"
    r"noticias|agencia|prensa|giornale|corriere|gazzetta|agenzia|jornal|diário|notícias|"
    r"agência|folha|газета|новости|агентство|صحيفة|جريدة|وكالة|قناة)\b"
    r"|(?:日报|晚报|时报|日報|晚報|時報|新闻|新聞|通讯社|通訊社|电视台|電視台|广播|網|网|일보|신문|뉴스|통신|방송)$",
    _I,
)


def source_names(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the names after source labels in `text[start:end]`. Colons are found
    first: only the few words before one are worth the label's pattern."""
    for colon in _COLON.finditer(text, start, end):
        at = colon.start()
        if SOURCE_LABEL_BEFORE.search(text, max(start, at - 12), at + 1):
            found = SOURCE_NAME.match(text, at + 1, end)
            if found:
                yield found.span("name")


def names_an_outlet(name: str) -> bool:
    """Whether a name no rule knows says it is an outlet's."""
    return _OUTLET_WORDS.search(name.strip()) is not None


# Distribution credits, the way syndicates and press-release wires sign what they sell:
# "Distributed by Example Features Syndicate", "übermittelt durch news aktuell".
DISTRIBUTED_BEFORE = re.compile(
    r"\b(?:distributed|syndicated|transmitted)\s+(?:by|through|via)\s+(?:the\s+)?$|"
    r"\b(?:distribui?d[oa]|transmitid[oa])\s+por\s+$|\bdistribuée?\s+par\s+(?:l['’])?$|"
    r"\bdistribuit[oa]\s+da\s+$|\b(?:übermittelt|vertrieben|verbreitet)\s+(?:durch|von|über)\s+$",
    _I,
)


def ends_with_joint_word(before: str) -> bool:
    """ "FR mit", "with material from": whether the text before a name ends in a joint
    credit. The pattern runs only when one of its joining words is among the last five."""
    words = (word.strip("([{«“\"'") for word in before[-60:].lower().split()[-5:])
    if _JOINT_SET.isdisjoint(words):
        return False
    return JOINT_BEFORE.search(before) is not None


def ends_with_source_label(before: str) -> bool:
    """ "Source:", "来源：" just before a name."""
    return before.rstrip()[-1:] in (":", "：") and SOURCE_LABEL_BEFORE.search(before) is not None


def ends_with_copyright(before: str) -> bool:
    lowered = before.lower()
    if not any(mark in lowered for mark in ("©", "(c)", "copyright", "urheberrecht")):
        return False
    return COPYRIGHT_BEFORE.search(before) is not None


def ends_with_distribution(before: str) -> bool:
    lowered = before.lower()
    if not any(stem in lowered for stem in _DISTRIBUTION_STEMS):
        return False
    return DISTRIBUTED_BEFORE.search(before) is not None


# Every distribution credit above holds one of these.
_DISTRIBUTION_STEMS = (
    "distribu",
    "syndicat",
    "transmit",
    "übermittelt",
    "vertrieben",
    "verbreitet",
)

# A column's tagline, opening a line of the tail: "Example Advice is written by Jane Roe".
TAGLINE_AFTER = re.compile(
    r"^\s+(?:is|are)\s+(?:written|distributed|syndicated|edited|produced)\s+by\b|"
    r"^\s+(?:est|sont)\s+(?:écrite?s?|rédigée?s?|distribuée?s?)\s+par\b|"
    r"^\s+(?:es|son)\s+(?:escrit[oa]s?|distribuid[oa]s?)\s+por\b|"
    r"^\s+(?:wird|werden)\s+(?:von\s+\S+(?:\s+\S+){0,3}\s+)?(?:geschrieben|verfasst|vertrieben)\b",
    _I,
)
# A broadcast station's call sign in a dateline, "ST. LOUIS (KTVI) --", read as a credit
# when no rule knows the station. Call signs start with the letters the ITU gives a
# country's stations: K and W (United States), C (Canada), X (Mexico).
CALL_SIGN_DATELINE = re.compile(
    r"\s*[A-ZÀ-Ý][A-ZÀ-Ý.'’ -]{1,30}(?:,\s*[A-Z][\w.'’ ]{1,20})?\s*"
    r"\(\s*(?P<name>[KWCX][A-Z]{2,3}(?:-(?:TV|DT|FM|AM|CD|LD))?)\s*\)\s*(?:--|[—–-])"
)

COPYRIGHT_BEFORE = re.compile(
    r"(?:©|\(c\)|copyright|urheberrecht)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:the\s+)?$",
    _I,
)

# Republish notices, in the languages we read. A name after the phrase is the origin;
# a name before an active "will republish" is the republisher itself.
REPUBLISH = re.compile(
    r"\b(?:re-?publish(?:es|ed|ing)?|re-?posted|reprinted|syndicated|republicad[oa]|"
    r"ripubblicat[oa]|republié|originally\s+(?:published|appeared|posted|ran)|"
    r"first\s+(?:published|appeared|ran)|appeared\s+first|was\s+(?:first\s+)?published\s+(?:on|by|at|in)|"
    r"adapted\s+from|"
    r"(?:erschien(?:en)?|veröffentlicht)\s+(?:zuerst|ursprünglich|erstmals)|"
    r"zuerst\s+(?:erschienen|veröffentlicht)|Erstveröffentlichung|ursprünglich\s+veröffentlicht|"
    r"(?:publiée?s?|parue?s?)\s+(?:initialement|à\s+l['’]origine|d['’]abord|"
    r"pour\s+la\s+première\s+fois)|initialement\s+(?:publiée?|parue?)|"
    r"(?:se\s+)?public(?:ó|ado|ada)\s+(?:originalmente|por\s+primera\s+vez)|"
    r"originalmente\s+public(?:ó|ado|ada)|se\s+reproduce\s+(?:con|bajo)|"
    r"pubblicat[oa]\s+(?:originariamente|originalmente|per\s+la\s+prima\s+volta)|"
    r"originariamente\s+pubblicat[oa]|"
    r"впервые\s+опубликован\w*|первоначально\s+опубликован\w*|перепечатк\w+)\b"
    r"|本文首发于|原文刊登于|原载于|转载自|轉載自|نُ?شر(?:ت)?\s+(?:هذا\s+)?(?:المقال\s+)?(?:أولا|لأول\s+مرة)|"
    r"منتشر\s+شده\s+(?:در|توسط)",
    _I,
)
# A notice that names a sister title: the same owner, whether or not the rules know it.
SISTER = re.compile(
    r"\bsister\s+(?:title|paper|publication|site|station|outlet|newspaper)|Schwester(?:zeitung|"
    r"blatt|titel|portal)|(?:journal|titre)\s+frère|periódico\s+hermano|testata\s+sorella",
    _I,
)
# Every republish phrase holds one of these; a paragraph without any is not searched.
REPUBLISH_TRIGGERS = (
    "publi",
    "pubblicat",
    "adapted",
    "reproduce",
    "post",
    "print",
    "syndicat",
    "appeared",
    " ran",
    "erschien",
    "veröffentlich",
    "paru",
    "опубликован",
    "перепечат",
    "首发",
    "刊登",
    "原载",
    "转载",
    "轉載",
    "نشر",
    "نُشر",
    "منتشر",
)


# How far from its trigger word a republish phrase may start or end: "was first published
# on" runs 14 characters before "publi", "pubblicato per la prima volta" 24 after it.
_PHRASE_REACH = 48


def republish_phrases(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the republish phrases in `text[start:end]`. The long alternation runs
    only around the trigger words, which every phrase holds and most paragraphs lack."""
    spans: list[tuple[int, int]] = []
    for low, high in _trigger_windows(text, start, end):
        spans += (m.span() for m in REPUBLISH.finditer(text, low, high))
    return spans


def _trigger_windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    lowered = text[start:end].lower()
    if len(lowered) != end - start:  # lower-casing moved the offsets: search it all
        return [(start, end)]
    found = []
    for trigger in REPUBLISH_TRIGGERS:
        at = lowered.find(trigger)
        while at >= 0:
            found.append((start + at, start + at + len(trigger)))
            at = lowered.find(trigger, at + 1)
    windows: list[tuple[int, int]] = []
    for low, high in sorted(found):
        low, high = max(start, low - _PHRASE_REACH), min(end, high + _PHRASE_REACH)
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(high, windows[-1][1]))
        else:
            windows.append((low, high))
    return windows


REPUBLISH_ACTIVE = re.compile(
    r"\b(?:will|to|we|(?:is|are)\s+(?:temporarily\s+)?)\s*(?:temporarily\s+)?re-?publish"
    r"|\bre-?publishes\b",
    _I,
)
# After a republish phrase, an outlet not in the rules: "originally published by The Example Times".
REPUBLISHED_NAME_AFTER = re.compile(
    r"^\s*(?:on|in|by|at|from|bei|in\s+der|im|auf|sur|dans|par|en|por|su|da|на|в)?\s*"
    r"(?:(?:our|its|their|unserer|unserem|notre|nuestro|nuestra)\s+)?"
    r"(?:sister\s+(?:title|paper|publication|site|station|outlet|newspaper)\s*,?\s*)?"
    r"(?:the\s+|der\s+|die\s+|le\s+|la\s+|el\s+)?"
    r"(?P<name>[A-Z0-9][\w&'’.-]*(?:\s+(?:[A-Z0-9][\w&'’.-]*|of|and|de|du|des|di|del|&)){0,6})",
)

# Citations: the host quoting a source, not republishing it.
CITATION_BEFORE = re.compile(
    r"(?:according\s+to|told|quoted(?:\s+as\s+saying)?\s+by|cited\s+by|reported\s+by|"
    r"said\s+(?:in\s+a\s+statement\s+)?to|in\s+an\s+interview\s+with|speaking\s+to|citing|"
    r"reports?\s+by|via|laut|gegenüber|nach\s+(?:Angaben|Informationen)\s+(?:der|des|von)|"
    r"wie\s+(?:die|der|das)?|berichtete\s+(?:die|der|das)|sagte\s+(?:der|dem|die)|"
    r"selon|d['’]après|a\s+(?:indiqué|déclaré|confié|rapporté)\s+à|cité\s+par|rapporte|"
    r"según|de\s+acuerdo\s+con|dijo\s+a|declaró\s+a|citad[oa]\s+por|informó|"
    r"secondo|ha\s+detto\s+a|citat[oa]\s+da|come\s+riporta|riferisce|"
    r"сообщает|сообщил[аи]?|по\s+данным|по\s+словам|передает|передаёт|рассказал[аи]?|"
    r"со\s+ссылкой\s+на|заявил[аи]?|"
    r"据|據|援引|引述|告诉|告訴|"
    r"بحسب|حسب|وفقا\s+ل|وفقًا\s+ل|قال\s+ل|ذكرت|أفادت|نقلا\s+عن|"
    r"به\s+گزارش|به\s+نقل\s+از|به\s+گفته)\s*(?:the\s+|die\s+|der\s+|l['’]|la\s+|el\s+|"
    r"агентству\s+|агентства\s+|"
    r"وكالة\s+|خبرگزاری\s+)?$",
    _I,
)
# The words a citation phrase can end with: only text ending in one of them (or in a
# character of a script written without spaces) is worth the full pattern above.
_CITATION_LAST_WORDS = frozenset(
    [
        "to",
        "told",
        "by",
        "with",
        "citing",
        "via",
        "laut",
        "gegenüber",
        "der",
        "des",
        "von",
        "die",
        "das",
        "dem",
        "wie",
        "selon",
        "après",
        "d'après",
        "d’après",
        "à",
        "par",
        "rapporte",
        "según",
        "con",
        "a",
        "por",
        "informó",
        "secondo",
        "da",
        "riporta",
        "riferisce",
        "сообщает",
        "сообщил",
        "сообщила",
        "сообщили",
        "данным",
        "словам",
        "передает",
        "передаёт",
        "на",
        "рассказал",
        "рассказала",
        "рассказали",
        "заявил",
        "заявила",
        "заявили",
        "агентству",
        "агентства",
        "بحسب",
        "حسب",
        "ذكرت",
        "أفادت",
        "عن",
        "وكالة",
        "گزارش",
        "از",
        "گفته",
        "خبرگزاری",
        "the",
        "la",
        "el",
        "l'",
        "l’",
        "le",
        "di",
        "al",
        "informed",
    ]
)


def ends_with_citation(before: str) -> bool:
    """Whether the text before a name ends in a citation phrase ("according to the")."""
    tail = before[-50:]
    words = tail.split()
    if not words:
        return False
    last = words[-1].lower()
    if last not in _CITATION_LAST_WORDS and not is_cjk(tail[-1]):
        return False
    return CITATION_BEFORE.search(tail) is not None


def ends_with_photo_credit(before: str) -> bool:
    """Whether the text before a name ends in a photo or video credit ("Photo: ")."""
    tail = before[-45:]
    if not any(mark in tail for mark in (":", "：", "©", "by", "By", "(")):
        return False
    return PHOTO_WORDS.search(tail) is not None


CITATION_AFTER = re.compile(
    r"^(?:\s+news\s+agency|\s+agency)?\s*(?:,\s*)?(?:reported|reports|said|says|quoted|cited|"
    r"wrote|learned|has\s+learned|was\s+told|berichtet\w*|meldet\w*|schreibt|"
    r"rapporte|indique|a\s+rapporté|informa|informó|reportó|riporta|riferisce|"
    r"сообщает|сообщил\w*|передает|передаёт|报道|报导|報道|消息|说|称|"
    r"گزارش\s+داد)\b",
    _I,
)

# Agencies named by no name: "Agenturen", "red/Agenturen", "News agencies", "(وكالات)".
UNNAMED_AGENCIES = re.compile(
    r"(?:^|[\s(/—–-])(?P<name>Agenturen|agencies|news\s+agencies|wire\s+services|wires|"
    r"Agences|agencias|agenzie|агентства|وكالات)\s*\)?\s*[.;]?\s*$",
    _I,
)
UNNAMED_AGENCIES_LINE = re.compile(
    r"^\s*(?:(?:source|quelle|fuente|fonte|источник|المصدر)\s*[:：]\s*|"
    r"(?:with|mit|avec|con|from|compiled\s+from|staff\s+and|von)\s+|[a-zäöü.]{1,5}\s*/\s*|\(\s*)?"
    r"(?:Agenturen|agencies|news\s+agencies|wire\s+services|wire\s+reports|wires|Agences|"
    r"agencias|agenzie|агентства|وكالات)\s*\)?\s*[.;]?"
    r"(?:\s*\|\s*[^|\n]{0,40})?\s*$",  # "(Agenturen) | Stand: 05/08/2019, 5:30"
    _I,
)

# URLs written out in a text, and the words before them that make one a credit.
URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'()\[\]]+[^\s<>\"'()\[\].,;:!?]")


def urls(text: str, start: int) -> Iterator[re.Match[str]]:
    """The URLs written out in `text[start:]`. Most texts hold none, and a substring test
    says so faster than the pattern can."""
    tail = text[start:]
    if "://" not in tail and "www." not in tail.lower():
        return iter(())
    return URL.finditer(text, start)


LINK_BEFORE = re.compile(
    r"(?:visit|source|sources|quelle|fuente|fonte|via|read\s+more\s+at|"
    r"read\s+the\s+original(?:\s+article)?(?:\s+(?:at|on))?|"
    r"originally\s+(?:published|appeared|posted)\s+(?:at|on|in|by)|"
    r"first\s+(?:published|appeared)\s+(?:at|on|in)|источник|来源|المصدر|منبع)\s*[:：]?\s*$",
    _I,
)
LINK_TEXT = re.compile(
    r"\b(?:original\s+article|original\s+story|originally|source|quelle|fuente|fonte|"
    r"read\s+more|first\s+appeared|artículo\s+original|article\s+original|Originalartikel|"
    r"оригинал|原文)\b",
    _I,
)
SENTENCE_END = re.compile(r"[.!?。！？](?=\s|$)")
