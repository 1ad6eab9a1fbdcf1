"""Names that are never an outlet's alias on their own: countries, their adjectives, and
languages. A State Media Matrix asset called "Iran" (a newspaper) or "Chinese" (a language
edition) would otherwise match in every article about Iran or China."""

from __future__ import annotations

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


def is_ambiguous_name(text: str) -> bool:
    """Whether `text` is a country, a country's adjective or a language, and nothing more."""
    folded = " ".join(text.split()).casefold()
    return folded in LANGUAGES or folded in _places()
