"""Checks on YAML itself and on the shape the schema requires."""

from __future__ import annotations

from collections.abc import Iterable

from provenance.audit.base import Check, Context, FoundWhileReading
from provenance.audit.findings import Finding, Severity
from provenance.codes import Code
from provenance.rules.integrity import policy_count


class YamlSyntax(FoundWhileReading):
    """The file is not valid YAML.

    Bad:
        sources:
          - id: rt
            name: [RT
    Good:
        sources:
          - id: rt
            name: RT
    """

    code, name, severity = Code.Y101, "yaml-syntax", Severity.ERROR


class DuplicateKey(FoundWhileReading):
    """A mapping gives the same key twice; YAML would silently keep the last.

    Bad:
        - id: rt
          name: RT
          name: Russia Today
    Good:
        - id: rt
          name: RT
          aliases: [Russia Today]
    """

    code, name, severity = Code.Y102, "duplicate-key", Severity.ERROR


class YamlAnchor(FoundWhileReading):
    """An anchor or alias (`&name`, `*name`): refused, because aliases can expand without
    bound (billion laughs). Cite shared sources by id instead.

    Bad:
        citations: &smm [smm-rt]
        facts: {editorial: {control: state, citations: *smm}}
    Good:
        facts: {editorial: {control: state, citations: [smm-rt]}}
    """

    code, name, severity = Code.Y103, "yaml-anchor", Severity.ERROR


class YamlTag(FoundWhileReading):
    """A YAML tag such as `!!python/object`: only plain YAML data is accepted.

    Bad:
        name: !!python/object:os.system x
    Good:
        name: RT
    """

    code, name, severity = Code.Y104, "yaml-tag", Severity.ERROR


class NotUtf8(FoundWhileReading):
    """The file is not UTF-8 text.

    Bad:
        name: Caf\\xe9        (a Latin-1 byte)
    Good:
        name: Café           (saved as UTF-8)
    """

    code, name, severity = Code.Y105, "not-utf8", Severity.ERROR


class UnreadableFile(FoundWhileReading):
    """The file cannot be read at all (permissions, a broken link).

    Bad:
        (a rule file the audit is not allowed to open)
    Good:
        (a readable rule file)
    """

    code, name, severity = Code.Y106, "unreadable-file", Severity.ERROR


class Schema(FoundWhileReading):
    """The rule does not fit the rule format: an unknown key (with a suggestion), a wrong
    type, a missing field or a value out of range. The format is the JSON Schema that
    `provenance schema` prints.

    Bad:
        - id: rt
          name: RT
          aliasses: [Russia Today]
    Good:
        - id: rt
          name: RT
          aliases: [Russia Today]
    """

    code, name, severity = Code.S101, "schema", Severity.ERROR


class PolicyCount(Check):
    """A rule set needs exactly one `policy:`, to turn its facts into labels.

    Bad:
        (two files, each with a `policy:`)
    Good:
        (one `policy.yaml` at the top of the rules)
    """

    code, name, severity = Code.S102, "policy-count", Severity.ERROR

    def finish(self, context: Context) -> Iterable[Finding]:
        return self.report(policy_count(context.tree.valid, context.tree.parsed))
