from __future__ import annotations

import re
from pathlib import Path

import pytest

from provenance import Annotator, RuleSet, load_rules
from provenance.rules.load import shipped_rules
from provenance.rules.models import Facts, Source
from provenance.rules.policy import decide, summarize
from provenance.tools.importers.state_media_matrix import (
    CODE_ORDER,
    Options,
    Row,
    facts_for,
    import_rows,
    read_rows,
    write_files,
)

MATRIX = shipped_rules() / "state-media-matrix"
CSV = MATRIX / "State_Media_Matrix.csv"


def shipped_options() -> Options:
    text = (MATRIX / "citations.yaml").read_text(encoding="utf-8")
    checked = re.search(r"checked: '?(\d{4}-\d{2}-\d{2})", text)
    assert checked is not None
    return Options(checked=checked.group(1))


@pytest.mark.parametrize("code", CODE_ORDER)
@pytest.mark.parametrize("uncertain", [False, True])
def test_each_code_round_trips_through_the_policy(
    shipped: RuleSet, code: str, uncertain: bool
) -> None:
    facts = Facts.model_validate(_resolved(facts_for(code, uncertain)))
    label = decide(shipped.policy, summarize(facts, [], shipped.policy), None)
    assert label.code is not None and label.code.value == code
    assert label.uncertain is uncertain


def _resolved(data: object) -> object:
    """Citation ids replaced by inline citations, as the loader would."""
    if isinstance(data, dict):
        return {key: [] if key == "citations" else _resolved(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_resolved(item) for item in data]
    return data


def test_the_shipped_import_is_what_the_importer_makes() -> None:
    rows, digest = read_rows(CSV)
    files, _ = import_rows(rows, digest, shipped_options())
    for relative, text in files.items():
        assert (MATRIX / relative).read_text(encoding="utf-8") == text, relative
    shipped_files = {str(p.relative_to(MATRIX)) for p in MATRIX.rglob("*.yaml")}
    assert shipped_files == set(files)


def test_the_import_is_deterministic(tmp_path: Path) -> None:
    rows, digest = read_rows(CSV)
    first, _ = import_rows(rows, digest, Options(checked="2026-01-01"))
    second, _ = import_rows(list(rows), digest, Options(checked="2026-01-01"))
    assert first == second
    write_files(first, tmp_path)
    write_files(second, tmp_path)
    assert {p.name for p in (tmp_path / "sources").iterdir()} == {
        Path(name).name for name in first if name.startswith("sources/")
    }


@pytest.fixture(scope="module")
def table() -> list[Row]:
    rows, _ = read_rows(CSV)
    return [row for row in rows if row.asset or row.company]


def test_every_row_is_traceable_to_one_source(shipped: RuleSet, table: list[Row]) -> None:
    seen: dict[int, str] = {}
    for source in shipped.sources.values():
        for entry in source.imported:
            assert entry.row not in seen, (entry.row, seen.get(entry.row), source.id)
            seen[entry.row] = source.id
    assert set(seen) == {row.line for row in table}


def test_every_host_gives_its_code(shipped: RuleSet, table: list[Row]) -> None:
    """A bare URL on each host in the table gives the outlet of that row, with the row's code;
    a host with two codes gives the one its rule file says it resolved to."""
    annotator = Annotator(shipped)
    codes: dict[str, set[str]] = {}
    for row in table:
        if row.url and row.code:
            codes.setdefault(_host(row.url), set()).add(row.code.rstrip("?"))
    failures = []
    for row in table:
        if not (row.url and row.code):
            continue
        host = _host(row.url)
        annotation = annotator.annotate({"url": f"https://{host}/some/article", "text": "-"})
        origin, label = annotation.origin, annotation.label
        source = shipped.sources[origin.source] if origin and origin.source else None
        rows_of_source = {e.row for e in source.imported} if source else set()
        expected = _claimed(source) or min(codes[host], key=CODE_ORDER.index)
        got = label.code.value if label and label.code else None
        if row.line not in rows_of_source or got != expected:
            failures.append((row.line, host, origin.source if origin else None, got, expected))
        if len(codes[host]) > 1 and source is not None and not _claimed(source):
            assert "more than one code" in (source.notes or "")
    assert failures == []


def _claimed(source: Source | None) -> str | None:
    """A curated source may depart from the table's code, saying so with a cited claim."""
    claim = source.label if source else None
    if source is None or claim is None or claim.code is None:
        return None
    assert claim.note and claim.citations, f"{source.id}: a departure needs a note and citations"
    return claim.code.value


def _host(url: str) -> str:
    from provenance.urls import match_key, parse_url

    parts = parse_url(url)
    assert parts is not None
    return match_key(parts.host)


def test_messy_rows_are_reported_not_dropped(tmp_path: Path) -> None:
    csv = tmp_path / "table.csv"
    csv.write_text(
        "Region,Country,Media company,Main assets,URL,Typology,Status,Notes\n"
        "Asia,Ruritania,State TV*,News agency: Ruri News,,SC,,\n"
        "Asia,Russia,Group One,Outlet One,www.one.example,ISFM?,Currently Not Functional,\n"
        "Asia,Russia,Group Two,Outlet One Radio,https://one.example/radio,ISFM,,\n"
        "Asia,Russia,Group Three,Outlet Three,https://three.example,,,\n"
        "Asia,Russia,Group Four,Four TV,https://four.example,CaPr,,\n"
        "Asia,Russia,Group Four,Four Radio,https://www.four.example,ISM,,\n"
        ",,,,,,,\n",
        encoding="utf-8",
    )
    rows, digest = read_rows(csv)
    files, report = import_rows(rows, digest, Options(checked="2026-01-01"))
    kinds = {kind: [text for _, text in entries] for kind, entries in report.issues.items()}
    assert kinds["no URL: imported by name only, so no host will match it"] == [
        "line 2 (News agency: Ruri News, Ruritania)"
    ]
    assert len(kinds["country not recognised: imported without a country"]) == 1
    assert len(kinds["footnote mark removed from the company name"]) == 1
    assert kinds["URL without a scheme, read as http"] == [
        "line 3 (Outlet One, Russia): www.one.example"
    ]
    assert len(kinds["code marked with '?': imported as uncertain"]) == 1
    assert len(kinds["no typology code: imported without facts, labelled unknown"]) == 1
    assert len(kinds["status note kept with the row"]) == 1
    assert kinds["host listed under two companies: both kept as owners"] == [
        "line 3 (Outlet One, Russia): Group One, Group Two"
    ]
    assert kinds["host carrying two codes: resolved"] == [
        "line 6 (Four TV, Russia): CaPr (line 6), ISM (line 7) -> CaPr"
    ]
    assert report.sources == 4 and report.rows == 7
    write_files(files, tmp_path / "out")
    (tmp_path / "out" / "policy.yaml").write_text(
        (shipped_rules() / "policy.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    rules = load_rules(tmp_path / "out")
    one = rules.sources["smm-one-example"]
    assert [e.row for e in one.imported] == [3, 4]
    assert rules.labels["smm-one-example"].uncertain is False  # one of its two rows is certain
    assert rules.labels["smm-three-example"].id.value == "unknown"
    assert rules.labels["smm-four-example"].code.value == "CaPr"  # type: ignore[union-attr]
    ruri = next(s for s in rules.sources.values() if s.name == "Ruri News")
    assert ruri.type.value == "news-agency" and ruri.country is None and ruri.domains == ()
