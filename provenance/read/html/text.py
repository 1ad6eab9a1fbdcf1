"""HTML → article text: the main node of the page, rendered, with the credit lines after it.

The steps:

1. Remove tags that are never text (script, style, nav, aside, figure, form controls, …),
   but not an aside that holds the marked article body (some CMSs wrap the story in one),
   and forms unless one wraps most of the page (ASP.NET).
2. Main node, by explicit markup: ``[itemprop~=articleBody]``, else a well-known body
   class or id (``article-body``, ``entry-content``, …); the longest match wins.
3. Remove boxes whose class/id tokens mark boilerplate (share, related, cookie, ad, …),
   ARIA roles of navigation and the like, and hidden or off-screen elements, but never the
   explicit main node or its ancestors, nor a box holding 40 % of the page's ``<p>`` text
   (a layout wrapper like ``content-sidebar-wrap``, or a misnomer).
4. Without explicit markup: the ``<article>`` with the most ``<p>`` text if it holds a
   quarter of the page's ``<p>`` text (so teaser ``<article>`` cards do not win), else the
   best readability score (each ``<p>`` adds its length to its parent and half to its
   grandparent; when paragraphs are weak, ``<br>``-separated text set directly in a div
   counts too), promoted to its parent when a sibling scores 30 % as much (a body split
   around an ad); else ``<body>``, minus the site's ``header``/``footer`` outside any
   ``<article>``. Header and footer elements inside the main node are kept.
5. Credit lines: short lines right after the main node (next siblings of it and of its
   ancestors, up to five levels) are appended when they name a source ("originally
   published …", "Source: …", "via …"); a bare copyright notice ("© 2024 …") only when it
   sits next to the main node or its parent (further out it is the site's own footer).
"""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborHTMLParser

from provenance.read.html.body import scored_main
from provenance.read.html.boilerplate import (
    Scan,
    drop_boilerplate,
    drop_forms,
    unwrap_asides_around_body,
)
from provenance.read.html.credit_lines import append_credits, prepend_sources
from provenance.read.html.fields import MetaSink, TextLink
from provenance.read.html.nodes import ancestor_ids, is_inside
from provenance.read.html.render import TextBuilder, render
from provenance.read.html.words import DROP_TAGS

_CHROME_SELECTOR: Final = 'header, footer, [role="banner" i], [role="contentinfo" i]'


def extract_text(tree: LexborHTMLParser, sink: MetaSink) -> tuple[str, tuple[TextLink, ...]]:
    """The main node's text and links, with the source lines found just before it and the
    credit lines found just after it."""
    body = tree.body
    if body is None:
        return "", ()
    unwrap_asides_around_body(body)
    tree.strip_tags(DROP_TAGS)
    drop_forms(body)
    scan = Scan(body)
    main = scan.explicit_main()
    drop_boilerplate(body, scan.doomed, ancestor_ids(main))
    if main is None:
        main = scored_main(body)
    if main is None or main.tag in ("body", "html"):
        main = body
        articles = {a.mem_id for a in body.css("article")}
        for node in body.css(_CHROME_SELECTOR):
            if not articles or not is_inside(node, articles):
                node.decompose()
    out = TextBuilder()
    if main is not body:
        prepend_sources(main, out, sink)
    render(main, out, sink)
    if main is not body:
        append_credits(main, out, sink)
    return out.text(), tuple(out.links)
