"""Every problem code, in one enum: the loader tags what it finds with these, and each audit
check reports under one. A code is stable once published; a retired code is never reused.

The letter says what a code is about: Y for YAML itself, S for the schema, I for ids, D for
domains, A for aliases, R for references, C for citations, V for dates, P for patterns, L for
labels, X for examples and Q for suppressions.
"""

from __future__ import annotations

from enum import StrEnum


class Code(StrEnum):
    Y101 = "Y101"  # yaml-syntax
    Y102 = "Y102"  # duplicate-key
    Y103 = "Y103"  # yaml-anchor
    Y104 = "Y104"  # yaml-tag
    Y105 = "Y105"  # not-utf8
    Y106 = "Y106"  # unreadable-file
    S101 = "S101"  # schema
    S102 = "S102"  # policy-count
    I101 = "I101"  # duplicate-id
    D201 = "D201"  # duplicate-domain
    D202 = "D202"  # overlapping-paths
    D203 = "D203"  # shadowed-rule
    D204 = "D204"  # public-suffix-domain
    A301 = "A301"  # shared-alias
    A302 = "A302"  # ambiguous-alias
    R401 = "R401"  # dangling-owner
    R402 = "R402"  # ownership-cycle
    R403 = "R403"  # shares-over-whole
    R404 = "R404"  # dangling-citation
    R405 = "R405"  # bad-merge
    R406 = "R406"  # dangling-override
    C501 = "C501"  # missing-citation
    C502 = "C502"  # insecure-citation
    C503 = "C503"  # unstable-citation
    C504 = "C504"  # undated-citation
    V601 = "V601"  # stale-review
    V602 = "V602"  # future-date
    P701 = "P701"  # invalid-pattern
    L801 = "L801"  # label-contradiction
    L802 = "L802"  # departs-from-import
    L803 = "L803"  # undecided-label
    X901 = "X901"  # failing-example
    Q901 = "Q901"  # suppression-without-reason
    Q902 = "Q902"  # unused-suppression
