"""What a change to the rules does: sources added, removed and merged into curated ones,
sources whose label, code, owner chain or domains changed, and how many annotations of the
shipped domains would get a different label. This is what a reviewer reads on a rules pull
request."""

from __future__ import annotations

from dataclasses import dataclass, field

from tabulate import tabulate

from provenance.annotate.annotator import Annotator
from provenance.rules.policy import Label
from provenance.rules.ruleset import RuleSet

SHOWN = 30


@dataclass
class SourceChange:
    id: str
    name: str
    changes: list[str]


@dataclass
class RulesDiff:
    added: list[tuple[str, str, str]] = field(default_factory=list)
    removed: list[tuple[str, str, str]] = field(default_factory=list)
    merged: list[tuple[str, str, str]] = field(default_factory=list)  # old id, into, label
    changed: list[SourceChange] = field(default_factory=list)
    urls_checked: int = 0
    relabelled: list[tuple[str, str, str]] = field(default_factory=list)


def diff_rules(old: RuleSet, new: RuleSet) -> RulesDiff:
    result = RulesDiff()
    for source_id in sorted(set(new.sources) - set(old.sources)):
        result.added.append((source_id, new.sources[source_id].name, _label(new.labels[source_id])))
    absorbed = {target: s.id for s in new.sources.values() for target in s.merges}
    for source_id in sorted(set(old.sources) - set(new.sources)):
        before = _label(old.labels[source_id])
        into = absorbed.get(source_id)
        if into is None:
            result.removed.append((source_id, old.sources[source_id].name, before))
            continue
        after = _label(new.labels[into])
        result.merged.append(
            (source_id, into, before if before == after else f"{before} -> {after}")
        )
    for source_id in sorted(set(old.sources) & set(new.sources)):
        changes = _changes(old, new, source_id)
        if changes:
            result.changed.append(SourceChange(source_id, new.sources[source_id].name, changes))
    _relabelled(old, new, result)
    return result


def _label(label: Label) -> str:
    return f"{label.id.value} ({label.code.value})" if label.code else label.id.value


def _changes(old: RuleSet, new: RuleSet, source_id: str) -> list[str]:
    changes = []
    before, after = _label(old.labels[source_id]), _label(new.labels[source_id])
    if before != after:
        changes.append(f"label {before} -> {after}")
    chains = [
        " > ".join(link.owner.name for link in rules.chains[source_id]) or "-"
        for rules in (old, new)
    ]
    if chains[0] != chains[1]:
        changes.append(f"owners {chains[0]} -> {chains[1]}")
    domains = [_domains(rules, source_id) for rules in (old, new)]
    gained, lost = sorted(domains[1] - domains[0]), sorted(domains[0] - domains[1])
    if gained or lost:
        changes.append(
            "domains " + " ".join([*(f"+{d}" for d in gained), *(f"-{d}" for d in lost)])
        )
    return changes


def _domains(rules: RuleSet, source_id: str) -> set[str]:
    return {rule.name + (rule.path or "") for rule in rules.sources[source_id].domains}


def _relabelled(old: RuleSet, new: RuleSet, result: RulesDiff) -> None:
    """Annotate a bare URL on every domain either rule set claims, with both, and compare."""
    targets = sorted(
        {
            rule.name + (rule.path or "")
            for rules in (old, new)
            for source in rules.sources.values()
            for rule in source.domains
        }
    )
    annotators = Annotator(old), Annotator(new)
    for target in targets:
        url = f"https://{target}/"
        labels = [annotator.annotate({"url": url, "text": "-"}).label for annotator in annotators]
        texts = [_label(label) if label else "-" for label in labels]
        if texts[0] != texts[1]:
            result.relabelled.append((target, texts[0], texts[1]))
    result.urls_checked = len(targets)


def render_diff(diff: RulesDiff) -> str:
    parts = [
        f"{len(diff.added)} sources added, {len(diff.removed)} removed, "
        f"{len(diff.merged)} merged, {len(diff.changed)} changed; "
        f"{len(diff.relabelled)} of {diff.urls_checked} shipped domains would get a different label"
    ]
    if diff.added:
        parts.append(
            tabulate(diff.added[:SHOWN], headers=("added", "name", "label")) + _more(diff.added)
        )
    if diff.removed:
        parts.append(
            tabulate(diff.removed[:SHOWN], headers=("removed", "name", "label"))
            + _more(diff.removed)
        )
    if diff.merged:
        parts.append(
            tabulate(diff.merged[:SHOWN], headers=("merged", "into", "label")) + _more(diff.merged)
        )
    if diff.changed:
        rows = [(c.id, c.name, "; ".join(c.changes)) for c in diff.changed[:SHOWN]]
        table = tabulate(rows, headers=("changed", "name", "what"), maxcolwidths=[None, 30, 70])
        parts.append(table + _more(diff.changed))
    if diff.relabelled:
        rows = diff.relabelled[:SHOWN]
        parts.append(
            tabulate(rows, headers=("domain", "label before", "label after"))
            + _more(diff.relabelled)
        )
    return "\n\n".join(parts) + "\n"


def _more(items: list[object] | list[tuple[str, str, str]] | list[SourceChange]) -> str:
    extra = len(items) - SHOWN
    return f"\n... and {extra} more" if extra > 0 else ""
