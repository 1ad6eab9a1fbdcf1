"""What a rule set covers: labels and codes, countries, owner chains, citations and reviews."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from tabulate import tabulate

from provenance.rules.models import Source
from provenance.rules.ruleset import RuleSet

STALE_SHOWN = 20


@dataclass(frozen=True)
class RuleStats:
    sources: int
    curated: int
    imported: int
    by_label: list[tuple[str, int]]
    by_code: list[tuple[str, int]]
    countries: int
    with_chain: int
    facts: int
    cited_facts: int
    stale: list[tuple[str, date]]
    unreviewed: int
    stale_after: int


def rule_stats(rules: RuleSet, today: date, stale_after: int = 365) -> RuleStats:
    sources = list(rules.sources.values())
    labels = Counter(rules.labels[s.id].id.value for s in sources)
    codes = Counter(_code(rules, s.id) for s in sources)
    facts = [fact for s in sources for fact in _facts(s)]
    cutoff = today - timedelta(days=stale_after)
    stale = sorted(
        ((s.id, s.reviewed) for s in sources if s.reviewed and s.reviewed < cutoff),
        key=lambda item: (item[1], item[0]),
    )
    curated = sum(1 for s in sources if not s.imported or s.reviewed)
    return RuleStats(
        sources=len(sources),
        curated=curated,
        imported=len(sources) - curated,
        by_label=labels.most_common(),
        by_code=sorted(codes.items(), key=lambda item: (-item[1], item[0])),
        countries=len({s.country for s in sources if s.country}),
        with_chain=sum(1 for s in sources if rules.chains[s.id]),
        facts=len(facts),
        cited_facts=sum(1 for cited in facts if cited),
        stale=stale,
        unreviewed=sum(1 for s in sources if s.reviewed is None),
        stale_after=stale_after,
    )


def _code(rules: RuleSet, source_id: str) -> str:
    code = rules.labels[source_id].code
    return code.value if code else "(none)"


def _facts(source: Source) -> list[bool]:
    """Whether each of the source's facts on the three axes has a citation."""
    return [bool(fact.citations) for fact in source.cited_facts() if fact.axis]


def render_stats(stats: RuleStats) -> str:
    share = _share
    summary = [
        ("sources", stats.sources),
        ("  curated (reviewed by hand)", stats.curated),
        ("  imported only", stats.imported),
        ("countries", stats.countries),
        (
            "sources with an owner chain",
            f"{stats.with_chain} ({share(stats.with_chain, stats.sources)})",
        ),
        (
            "facts with a citation",
            f"{stats.cited_facts} of {stats.facts} ({share(stats.cited_facts, stats.facts)})",
        ),
        ("sources never reviewed by hand", stats.unreviewed),
        (f"reviews older than {stats.stale_after} days", len(stats.stale)),
    ]
    parts = [
        tabulate(summary, headers=("rule set", ""), tablefmt="simple"),
        tabulate(stats.by_label, headers=("label", "sources"), tablefmt="simple"),
        tabulate(stats.by_code, headers=("State Media Monitor code", "sources"), tablefmt="simple"),
    ]
    if stats.stale:
        rows = [
            (source_id, reviewed.isoformat()) for source_id, reviewed in stats.stale[:STALE_SHOWN]
        ]
        more = len(stats.stale) - len(rows)
        table = tabulate(rows, headers=("stale review", "reviewed"), tablefmt="simple")
        parts.append(table + (f"\n... and {more} more" if more > 0 else ""))
    return "\n\n".join(parts) + "\n"


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"
