"""HTML → article text and provenance metadata.

document      `parse_html`: one page into an `HtmlDocument`
fields        `MetaField`, `TextLink` and the sink that collects fields
meta          metadata in tags (meta, link, img), in document order
microdata     microdata publishers of the page
jsonld        JSON-LD publishers, authors and `isBasedOn`
text          the article text, step by step
boilerplate   boxes that are never the article, found and removed
body          the article body found by scoring, without explicit markup
render        a node's text, with exact link offsets
credit_lines  credit lines just after the body
nodes         small helpers over Lexbor nodes
words         the word lists all of the above decide by
"""

from provenance.read.html.document import HtmlDocument, parse_html
from provenance.read.html.fields import MetaField, TextLink

__all__ = ["HtmlDocument", "MetaField", "TextLink", "parse_html"]
