"""provenance: who stands behind the news you ingest.

Load rules once, then annotate many articles:

    >>> from provenance import Annotator, load_rules
    >>> annotator = Annotator(load_rules())
    >>> annotation = annotator.annotate({"url": "https://www.rt.com/news/1/", "text": "..."})
    >>> annotation.host.source
    'rt'
"""

from provenance.annotate import Annotator
from provenance.annotation import Annotation, CitedSource, Evidence, OwnerRef, Party, Relation
from provenance.articles import Article, ArticleFailure, read_paths
from provenance.errors import ArticleError, Problem, ProvenanceError, RulesError
from provenance.loader import load_rules
from provenance.policy import Label
from provenance.ruleset import RuleSet

__version__ = "0.1.0"

__all__ = [
    "Annotation",
    "Annotator",
    "Article",
    "ArticleError",
    "ArticleFailure",
    "CitedSource",
    "Evidence",
    "Label",
    "OwnerRef",
    "Party",
    "Problem",
    "ProvenanceError",
    "Relation",
    "RuleSet",
    "RulesError",
    "__version__",
    "load_rules",
    "read_paths",
]
