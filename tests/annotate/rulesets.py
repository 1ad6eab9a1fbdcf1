"""Small rule sets the annotate tests share: made-up outlets on .example domains."""

from __future__ import annotations

AGENCY = """
  - id: north-wire
    name: North Wire Agency
    type: news-agency
    aliases: [{text: NWA, case: sensitive, context: credit}]
    domains: [northwire.example]
"""


def rule_files(*sources: str) -> dict[str, str]:
    """One rule file holding these sources (each a YAML list item, indented two spaces)."""
    return {"a.yaml": "sources:" + "".join(sources)}
