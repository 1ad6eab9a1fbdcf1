"""Check one folder of curated rules against the shipped rules, before it joins rules/.

    .venv/bin/python scripts/check_curated.py rules/curated/agencies

Loads the folder with the rest of the shipped rules (it replaces its shipped copy, so it
can live anywhere), then prints each curated source's label and owner chain and everything
that needs fixing: load problems, facts without citations, citations that are not https,
sources without an editorial fact, and merged sources whose label disagrees with the State
Media Monitor code of the rows they absorb (unless a cited label claim explains why).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from provenance import RulesError, load_rules
from provenance.rules.models import Citation, Source
from provenance.tools.importers.state_media_matrix import CODE_ORDER

ROOT = Path(__file__).resolve().parent.parent
EXCLUDED = shutil.ignore_patterns("*.csv", "LICENSE", "*.md")


def main(folder: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        rules_dir = Path(tmp) / "rules"
        # The whole shipped tree, with the folder under check in place of its shipped copy.
        shipped = (ROOT / "rules").resolve()
        shutil.copytree(shipped, rules_dir, ignore=_without(folder.resolve(), shipped))
        shutil.copytree(folder, rules_dir / "under-check" / folder.name)
        try:
            rules = load_rules(rules_dir)
        except RulesError as error:
            for problem in error.problems:
                print(str(problem).replace(str(rules_dir / "under-check"), str(folder.parent)))
            return 1
        ids = _ids_in(folder)
        troubles = 0
        for source_id in sorted(ids):
            source = rules.sources[source_id]
            label = rules.labels[source_id]
            chain = " > ".join(link.owner.name for link in rules.chains[source_id]) or "-"
            code = label.code.value if label.code else "-"
            print(f"{source_id:28} {label.id.value:17} {code:5} {chain}")
            for trouble in _troubles(source, code):
                troubles += 1
                print(f"    ! {trouble}")
        print(f"\n{len(ids)} sources, {troubles} things to fix")
        return 1 if troubles else 0


def _without(folder: Path, shipped: Path):  # type: ignore[no-untyped-def]
    """A copytree filter leaving out the folder under check and files that are not rules."""

    def ignore(directory: str, names: list[str]) -> set[str]:
        skipped = set(EXCLUDED(directory, names))
        return skipped | {name for name in names if (Path(directory) / name).resolve() == folder}

    return ignore


def _ids_in(folder: Path) -> set[str]:
    import yaml

    ids: set[str] = set()
    for path in folder.rglob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        ids |= {entry["id"] for entry in data.get("sources", [])}
    return ids


def _troubles(source: Source, code: str) -> list[str]:
    found: list[str] = []
    facts = source.facts
    cited = [(f"funding {f.kind.value}", f.citations) for f in facts.funding]
    cited += [
        (name, fact.citations)
        for name, fact in (("governance", facts.governance), ("editorial", facts.editorial))
        if fact
    ]
    cited += [(f"owner link {link.id}", link.citations) for link in source.owners]
    for what, citations in cited:
        if not citations:
            found.append(f"{what} has no citation")
        for citation in citations:
            if isinstance(citation, Citation) and not citation.url.startswith("https://"):
                found.append(f"{what}: citation is not https: {citation.url}")
    if facts.editorial is None:
        found.append("no editorial fact, so the label is unknown")
    codes = {row.code.rstrip("?") for row in source.imported if row.code}
    claim = source.label.code.value if source.label and source.label.code else None
    if claim:
        if claim != code:
            found.append(f"the label claim says {claim}, but the facts give {code}")
    elif codes:
        expected = min(codes, key=CODE_ORDER.index)
        if code != expected:
            found.append(
                f"merged rows have State Media Monitor code {expected}, but the facts give {code}"
            )
    return found


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
