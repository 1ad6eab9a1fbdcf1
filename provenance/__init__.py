"""provenance: who stands behind the news you ingest.

Load rules once, then annotate many articles:

    >>> from provenance import Annotator, load_rules
    >>> annotator = Annotator(load_rules())
    >>> annotation = annotator.annotate({"url": "https://www.rt.com/news/1/", "text": "..."})
    >>> annotation.host.source
    'rt'
"""

from provenance.annotate.annotation import (
    Annotation,
    CitedSource,
    Evidence,
    OwnerRef,
    Party,
    Relation,
)
from provenance.annotate.annotator import Annotator
from provenance.errors import ArticleError, Problem, ProvenanceError, RulesError
from provenance.read.article import Article, ArticleFailure
from provenance.read.files import read_paths
from provenance.rules.load import load_rules
from provenance.rules.policy import Label
from provenance.rules.ruleset import RuleSet

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
