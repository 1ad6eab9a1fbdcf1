"""Annotating: one article in, one `Annotation` out, against one rule set.

annotator    `Annotator`: the flow, from page to annotation
page         the text, metadata and links an annotation reads
host         the site that published this copy
zones        paragraphs, the lead and the tail of a text
reader       names in the text read in context: credits, citations, notices
credits      the words of credit lines, citations and notices, per language
metadata     declared origins in a page's metadata
signals      the kinds of evidence, their weights, and who each nominates
decide       signals into a relation and an origin, by ordered rules
parties      known sources as hosts and origins, with labels and owner chains
evidence     the evidence and citations an annotation shows
annotation   the output model, whose JSON is the output contract
"""
