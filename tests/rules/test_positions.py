from __future__ import annotations

import pytest
import yaml

from provenance.rules.positions import locate, locate_in_text

TEXT = """\
sources:
  - id: a
    name: A
    domains: [a.example, {domain: b.example, path: /x}]
  - id: b
    name: B
    facts:
      editorial:
        control: state
        citations:
          - one
          - two
owners:
  - {id: o, name: O, kind: company}
"""


@pytest.mark.parametrize(
    "loc",
    [
        (),
        ("sources",),
        ("sources", 0),
        ("sources", 0, "name"),
        ("sources", 0, "domains", 1),
        ("sources", 0, "domains", 1, "path"),
        ("sources", 1, "facts", "editorial", "citations", 1),
        ("sources", 1, "missing", "deeper"),
        ("sources", 7),
        ("owners", 0, "kind"),
        ("nothing",),
    ],
)
def test_events_and_node_tree_agree(loc: tuple[int | str, ...]) -> None:
    assert locate_in_text(TEXT, loc) == locate(yaml.compose(TEXT), loc)


def test_known_places() -> None:
    assert locate_in_text(TEXT, ("sources", 1, "facts", "editorial", "citations", 1)) == (12, 13)
    assert locate_in_text(TEXT, ("sources", 0, "domains", 1, "path")) == (4, 46)
