"""The registry of checks: every check the audit runs, in the order they are documented."""

from __future__ import annotations

from provenance.audit.base import Check
from provenance.audit.checks.aliases import AmbiguousAlias, SharedAlias
from provenance.audit.checks.citations import (
    InsecureCitation,
    MissingCitation,
    UndatedCitation,
    UnstableCitation,
)
from provenance.audit.checks.domains import (
    DuplicateDomain,
    OverlappingPaths,
    PublicSuffixDomain,
    ShadowedRule,
)
from provenance.audit.checks.identity import DuplicateId
from provenance.audit.checks.labels import (
    DepartsFromImport,
    FailingExample,
    LabelContradiction,
    UndecidedLabel,
)
from provenance.audit.checks.patterns import InvalidPattern
from provenance.audit.checks.references import (
    BadMerge,
    DanglingCitation,
    DanglingOverride,
    DanglingOwner,
    OwnershipCycle,
    SharesOverWhole,
)
from provenance.audit.checks.reviews import FutureDate, StaleReview
from provenance.audit.checks.suppressions import SuppressionWithoutReason, UnusedSuppression
from provenance.audit.checks.syntax import (
    DuplicateKey,
    NotUtf8,
    PolicyCount,
    Schema,
    UnreadableFile,
    YamlAnchor,
    YamlSyntax,
    YamlTag,
)

CHECKS: tuple[type[Check], ...] = (
    YamlSyntax,
    DuplicateKey,
    YamlAnchor,
    YamlTag,
    NotUtf8,
    UnreadableFile,
    Schema,
    PolicyCount,
    DuplicateId,
    DuplicateDomain,
    OverlappingPaths,
    ShadowedRule,
    PublicSuffixDomain,
    SharedAlias,
    AmbiguousAlias,
    DanglingOwner,
    OwnershipCycle,
    SharesOverWhole,
    DanglingCitation,
    BadMerge,
    DanglingOverride,
    MissingCitation,
    InsecureCitation,
    UnstableCitation,
    UndatedCitation,
    StaleReview,
    FutureDate,
    InvalidPattern,
    LabelContradiction,
    DepartsFromImport,
    UndecidedLabel,
    FailingExample,
    SuppressionWithoutReason,
    UnusedSuppression,
)


def check_by_code(code_or_name: str) -> type[Check] | None:
    wanted = code_or_name.strip()
    return next((c for c in CHECKS if wanted in (c.code, c.name) or wanted.upper() == c.code), None)
