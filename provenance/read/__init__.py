"""Reading articles: files and records in, `Article`s (or failures naming the input) out.

    article    the `Article` model and `ArticleFailure`
    files      folders and files, each read by the reader its suffix names (`READERS`)
    records    JSON and JSON Lines records
    manifest   manifests giving saved pages their URLs
    decode     bytes of unknown encoding into text
    html/      a page into its article text, the links in it, and its provenance metadata

Nothing here knows the rules: reading an article is the same whatever rules annotate it.
"""
