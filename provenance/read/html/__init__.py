"""HTML → article text and provenance metadata.

One page, already decoded to ``str``, becomes an ``HtmlDocument`` holding the article's own
text (paragraphs separated by ``"\n"``, navigation and other boilerplate left out), the
links that sit inside that text, and every provenance field the page carries: canonical,
Open Graph, Dublin Core and syndication metas, JSON-LD and microdata publishers,
republication-tracker pixels and meta refreshes.

It does no network access and knows no particular site: interpreting the fields (who owns a
domain, whether a credit line names a wire service) is for the annotator downstream.

Speed matters (hundreds of pages per second on one core), so Lexbor does the heavy lifting
through selectolax: a few CSS queries find the nodes that matter, ``strip_tags`` and
``decompose`` remove whole subtrees, ``text()`` measures them, and Python walks only the
chosen main node. Class names are classified once and memoised.

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
