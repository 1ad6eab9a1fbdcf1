"""The word lists the text extractor decides by: tags that are never text, tags that make
paragraphs, class and id tokens of boilerplate and of article bodies, ARIA roles, and the
words credit lines after an article use. To read a new CMS or language, add words here."""

from __future__ import annotations

import re
from typing import Final

from provenance.words import SOURCE_WORDS, alternation

# Removed with their content before anything else (the site's furniture, never text).
DROP_TAGS: Final = [
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "canvas",
    "iframe",
    "button",
    "select",
    "textarea",
    "input",
    "nav",
    "aside",
    "figure",
    "figcaption",
    "object",
    "embed",
    "video",
    "audio",
    "map",
    "dialog",
    "rt",  # ruby annotations (reading aids over CJK text)
    "rp",
]
SKIP_TAGS: Final = frozenset([*DROP_TAGS, "head", "title", "-comment", "img"])


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Elements that start and end a paragraph; everything else is inline.
BLOCK_TAGS: Final = words(
    """address article blockquote body caption center dd details dir div dl dt fieldset
    footer h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu ol p pre section
    summary table tbody td tfoot th thead tr ul"""
)

# Class/id tokens that mark boilerplate. Class names and ids are split into tokens on
# non-letters and camelCase humps, so ``share-bar`` and ``shareBar`` match ``share`` but
# ``article-body`` matches nothing.
BOILERPLATE_TOKENS: Final = words(
    """share shares sharing sharebar sharethis shariff social socials related recommended
    recommendation recommendations newsletter newsletters subscribe subscription
    subscriptions comment comments disqus cookie cookies consent gdpr advert adverts
    advertisement advertising ads ad adsbygoogle dfp sponsor sponsored promo promos
    promotion breadcrumb breadcrumbs menu sidebar popup modal paywall outbrain taboola
    navbar navigation pagination pager toolbar caption tags signup login trending popular
    mostread mostviewed mostpopular"""
)
# Unambiguous words that mark boilerplate even inside a longer token
# ("articlesocial", "resgallery"): checked as substrings.
BOILERPLATE_PARTS: Final = (
    "social",
    "sharing",
    "newsletter",
    "cookie",
    "breadcrumb",
    "sidebar",
    "paywall",
    "outbrain",
    "taboola",
    "disqus",
    "playlist",
)
BOILERPLATE_PARTS_RE: Final = re.compile("|".join(BOILERPLATE_PARTS))
# Whole class names / ids (lowercased) that mark text no reader sees.
BOILERPLATE_NAMES: Final = words(
    """sr-only screen-reader-text visually-hidden visuallyhidden hidden hide
    element-invisible"""
)
# A class name starting with one of these describes a state or a taxonomy term
# ("has-sidebar", "no-comments", "category-social", "tag-newsletter"), not a box; "has",
# "with", "without" and "no" end the scan wherever they appear ("article--with-ads").
STATE_FIRST: Final = words(
    """has with without no not is show enable enabled allow category tag tags topic format
    type status js"""
)
STATE_ANY: Final = frozenset({"has", "with", "without", "no"})
# ARIA roles of boxes that are never the article's text.
BOILERPLATE_ROLES: Final = frozenset(
    {
        "navigation",
        "complementary",
        "search",
        "dialog",
        "alertdialog",
        "menu",
        "menubar",
        "button",
    }
)
# Inline styles that hide an element, or push it off screen (a classic spam injection).
HIDDEN_STYLE_RE: Final = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|(?:left|top|text-indent)\s*:\s*-\d{3,}",
    re.IGNORECASE,
)

# Classes / ids of the article body on many sites and CMSes.
BODY_NAMES: Final = words(
    """article-body article__body articlebody article_body article-content
    article__content articlecontent article-text articletext article_text story-body
    story__body storybody story-content storycontent story-text storytext entry-content
    entry-body post-content post-body postbody post-entry postcontent content-body
    body-text bodytext news-body news-text newstext text-body article-body-text body-copy
    td-post-content field-name-body field--name-body"""
)


# Credit lines after the main node. A line naming a source ("originally published",
# "Source:", "via") is looked for up to _CREDIT_LEVELS ancestors up; a bare copyright
# notice only next to the main node or its parent, as further out it is the site's own.
_SOURCE_CREDIT_PATTERN: Final = r"""originally\s+(?:published|appeared|ran|posted)
    |first\s+(?:published|appeared)|re-?published|reprinted|with\s+permission
    |creative\s+commons|this\s+(?:article|story|post|piece|report)\s+(?:was|is|first|originally)
    |(?:provided|distributed|produced|syndicated)\s+by"""
_SOURCE_LABEL_PATTERN: Final = rf"{alternation(SOURCE_WORDS)}\s*[:：]|via\s"
SOURCE_CREDIT_RE: Final = re.compile(
    rf"{_SOURCE_CREDIT_PATTERN}|^\s*(?:{_SOURCE_LABEL_PATTERN})", re.IGNORECASE | re.VERBOSE
)
_COPYRIGHT_PATTERN: Final = r"©|\(c\)|copyright|all\s+rights\s+reserved"
COPYRIGHT_RE: Final = re.compile(_COPYRIGHT_PATTERN, re.IGNORECASE)
# Words a source line before the body holds one of: only those elements are rendered.
SOURCE_HINTS: Final = SOURCE_WORDS
# A source label in a line ("2012-06-04 稿件来源：河北日报"): sites put one above the body too.
SOURCE_LABEL: Final = re.compile(
    rf"(?<![a-zà-ÿ]){alternation(SOURCE_WORDS)}\s*[:：]", re.IGNORECASE
)
# Words every credit line above contains one of, tested on an element's lowercased text
# before it is rendered and matched line by line (``in`` is much faster than a regex).
CREDIT_HINTS: Final = (
    "originally",
    "first",
    "publish",
    "reprint",
    "permission",
    "creative",
    "this",
    "provided",
    "distributed",
    "produced",
    "syndicated",
    *SOURCE_WORDS,
    "via",
    "©",
    "(c)",
    "copyright",
    "rights",
)
