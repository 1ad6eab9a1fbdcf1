"""The problems no single rule file shows: duplicate ids, owners defined nowhere, not exactly
one policy, and domains claimed twice. A rule tree with any of them does not load, and the
audit reports each under its own check, which calls the function here that finds it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from provenance.codes import Code
from provenance.errors import Problem
from provenance.rules.domains import DomainConflict
from provenance.rules.models import NetworkLink, Owner, OwnerKind, OwnerLink, Source
from provenance.rules.positions import Loc
from provenance.rules.yaml_file import ParsedFile

_KINDS = ("sources", "owners", "citations")


def duplicate_ids(valid: Sequence[ParsedFile]) -> list[Problem]:
    """A second source, owner or named citation with an id already taken, at the second."""
    return [problem for kind in _KINDS for problem in _duplicates(valid, kind)]


def _duplicates(valid: Sequence[ParsedFile], kind: str) -> list[Problem]:
    first: dict[str, tuple[ParsedFile, int]] = {}
    problems: list[Problem] = []
    for item in valid:
        for index, entry in enumerate(getattr(item.rule_file, kind)):
            if entry.id not in first:
                first[entry.id] = (item, index)
                continue
            where = first[entry.id][0].problem((kind, first[entry.id][1], "id"), "")
            message = f"duplicate {kind[:-1]} id {entry.id!r}; first at {where.path}:{where.line}"
            problems.append(item.problem((kind, index, "id"), message, Code.I101))
    return problems


def dangling_owners(valid: Sequence[ParsedFile]) -> list[Problem]:
    """An owner link, of a source or an owner, to an owner no file defines, and a network
    link to no network. A network owns nothing, so an owner link to one dangles too."""
    kinds = {owner.id: owner.kind for item in valid for owner in item.rule_file.owners}
    problems: list[Problem] = []
    for item in valid:
        for kind in ("sources", "owners"):
            for index, entry in enumerate(getattr(item.rule_file, kind)):
                for field, links in _links(entry):
                    for number, link in enumerate(links):
                        message = _dangling(link.id, kinds.get(link.id), field == "networks")
                        if message:
                            loc = (kind, index, field, number, "id")
                            problems.append(item.problem(loc, message, Code.R401))
    return problems


def _dangling(target: str, found: OwnerKind | None, network: bool) -> str | None:
    wanted = "network" if network else "owner"
    if found is None:
        return f"{wanted} {target!r} is not defined"
    if (found is OwnerKind.NETWORK) != network:
        return f"{target!r} is a {found}, not {'a' if network else 'an'} {wanted}"
    return None


def _links(entry: Source | Owner) -> Iterator[tuple[str, Sequence[OwnerLink | NetworkLink]]]:
    yield "owners", entry.owners
    if isinstance(entry, Source):
        yield "networks", entry.networks


def policy_count(valid: Sequence[ParsedFile], parsed: Sequence[ParsedFile]) -> list[Problem]:
    """No policy in a tree whose files all validated, or a second one anywhere."""
    holders = [item for item in valid if item.rule_file.policy is not None]
    if not holders and len(valid) == len(parsed):
        where = parsed[0].path if parsed else "rules"
        return [Problem(where, 1, 1, "no `policy:` found in any rule file", Code.S102)]
    message = f"a second `policy:`; the first is in {holders[0].path}" if holders else ""
    return [item.problem(("policy",), message, Code.S102) for item in holders[1:]]


def domain_problems(
    valid: Sequence[ParsedFile], conflicts: Sequence[DomainConflict]
) -> list[Problem]:
    """A located problem for each claim in a conflict that no `overrides` settles. Merging
    keeps the rule objects, so each still knows the place it was written."""
    if not conflicts:
        return []
    places: dict[int, tuple[ParsedFile, Loc]] = {}
    for item in valid:
        for position, source in enumerate(item.rule_file.sources):
            for number, rule in enumerate(source.domains):
                places[id(rule)] = (item, ("sources", position, "domains", number))
    problems: list[Problem] = []
    for conflict in conflicts:
        names = sorted({source_id for source_id, _ in conflict.claims})
        message = (
            f"{conflict.key}{conflict.path or ''} is claimed by {', '.join(names)}; settle it "
            "with `overrides` and a `reason` on the claim that should win"
        )
        for _, rule in conflict.claims:
            item, loc = places[id(rule)]
            problems.append(item.problem(loc, message, Code.D201))
    return problems
