"""Words of the languages we read that more than one stage decides by, in one table: the
HTML reader keeps the credit lines around an article that use them, and the annotator reads
the credits they introduce. To read a new language, add its words here (and the patterns
that only the annotator uses in `annotate/credits.py`)."""

from __future__ import annotations

import re

# The word for "source" before a credit: "Source: Reuters", "来源：新华社".
SOURCE_WORDS = (
    "source",
    "sources",
    "quelle",
    "quellen",
    "fuente",
    "fuentes",
    "fonte",
    "fontes",
    "источник",
    "источники",
    "джерело",
    "kaynak",
    "źródło",
    "zdroj",
    "bron",
    "kilde",
    "källa",
    "lähde",
    "المصدر",
    "منبع",
    "稿件来源",
    "消息来源",
    "来源",
    "來源",
    "出处",
    "出處",
    "出典",
    "출처",
)


# The word for "by" before a byline's name: "By Reuters", "Von dpa", "Af Ritzau", "Por EFE".
BY_WORDS = (
    "by",
    "from",
    "von",
    "par",
    "por",
    "di",
    "da",
    "de",
    "от",
    "від",
    "z",
    "od",
    "av",
    "af",
    "door",
)

# Words for "agencies" or "wires" as a section of a site's addresses: /agenturmeldungen/.
WIRE_SECTION_WORDS = (
    "wire",
    "wires",
    "newswire",
    "agencies",
    "agenturen",
    "agenturmeldungen",
    "agenturnachrichten",
    "agences",
    "agencias",
    "agenzie",
)


def alternation(words: tuple[str, ...]) -> str:
    """A regular expression matching any of `words`, the longest first."""
    return "(?:" + "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)) + ")"
