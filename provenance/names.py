"""What can be told about a name before any rule is read: whether it is only a country, a
country's adjective or a language, and whether it is written in a script without spaces.

A State Media Matrix asset called "Iran" (a newspaper) or "Chinese" (a language edition)
would match in every article about Iran or China, so such names are never aliases on their
own. Names in Chinese, Japanese or Korean script match inside text, since those scripts do
not put spaces between words.
"""

from __future__ import annotations

import re
from functools import cache

from provenance.countries import all_countries

LANGUAGES = frozenset(
    [
        "afrikaans",
        "albanian",
        "amharic",
        "arabic",
        "armenian",
        "azerbaijani",
        "azeri",
        "bengali",
        "bangla",
        "bosnian",
        "bulgarian",
        "burmese",
        "cantonese",
        "catalan",
        "chinese",
        "croatian",
        "czech",
        "danish",
        "dari",
        "dutch",
        "english",
        "estonian",
        "farsi",
        "filipino",
        "finnish",
        "french",
        "georgian",
        "german",
        "greek",
        "gujarati",
        "hausa",
        "hebrew",
        "hindi",
        "hungarian",
        "icelandic",
        "igbo",
        "indonesian",
        "italian",
        "japanese",
        "kazakh",
        "khmer",
        "korean",
        "kurdish",
        "kyrgyz",
        "lao",
        "latvian",
        "lithuanian",
        "macedonian",
        "malay",
        "mandarin",
        "marathi",
        "mongolian",
        "nepali",
        "norwegian",
        "pashto",
        "persian",
        "polish",
        "portuguese",
        "punjabi",
        "romanian",
        "russian",
        "serbian",
        "sinhala",
        "slovak",
        "slovenian",
        "somali",
        "spanish",
        "swahili",
        "swedish",
        "tajik",
        "tamil",
        "telugu",
        "thai",
        "tibetan",
        "tigrinya",
        "turkish",
        "turkmen",
        "uighur",
        "uyghur",
        "ukrainian",
        "urdu",
        "uzbek",
        "vietnamese",
        "welsh",
        "yoruba",
        "zulu",
        "international",
        "world",
        "global",
    ]
)


@cache
def _places() -> frozenset[str]:
    names: set[str] = set()
    for country in all_countries():
        names |= {country.name.casefold(), country.adjective.casefold()}
    return frozenset(names)


def letters(text: str) -> str:
    """A name or a domain's label cut down to its ASCII letters and digits, lower-cased, so
    that the two can be compared: "Small Blog" and smallblog both give "smallblog"."""
    return _NOT_LETTERS.sub("", text.casefold())


_NOT_LETTERS = re.compile(r"[^a-z0-9]")


def is_cjk(ch: str) -> bool:
    """Whether a character is of a script written without spaces: kana, CJK ideographs
    (with the supplementary planes) or Hangul."""
    return "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or ch >= "\U00020000"


def is_ambiguous_name(text: str) -> bool:
    """Whether `text` is a country, a country's adjective or a language, and nothing more."""
    folded = " ".join(text.split()).casefold()
    return folded in LANGUAGES or folded in _places()
