"""Import the State Media Matrix (ASD-at-GMF, MIT) into rule files.

The table lists about 1,150 state-affiliated media assets with their company, URL and State
Media Monitor typology code. Each host becomes one source; rows that share a host become
editions of it, and rows without a URL become sources known by name only. Every source keeps
the rows it came from (`imported`), and every typology code becomes the three facts it stands
for, so that the default policy gives back exactly that code.

The data is hand-entered and uneven. Nothing is dropped silently: every row that cannot be
imported cleanly (no URL, no country, a code marked uncertain or missing, a footnote mark, a
status note, a host shared by two companies or carrying two codes) is listed in the report.
The output is deterministic: the same table and options always give byte-identical files.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from provenance.countries import Country, country_by_name
from provenance.names import is_ambiguous_name
from provenance.rules.models import SmmCode, name_alias, strictest_code
from provenance.urls import match_key, parse_url

DATASET = "state-media-matrix"
REPOSITORY = "https://github.com/ASD-at-GMF/state-media-profiles"
DEFAULT_COMMIT = "d878fee1e0aecce9bd63a65ae826df84c6d80e59"
CLASSIFIED_BY = "State Media Monitor"
TYPOLOGY_URL = "https://statemediamonitor.com/typology/"

# The typology's codes, in the order a host's two codes are resolved (`strictest_code`).
CODE_ORDER = tuple(code.value for code in SmmCode)

_TYPE_PREFIXES = {
    "news agency": "news-agency",
    "television": "broadcaster",
    "tv": "broadcaster",
    "radio": "broadcaster",
    "print": "newspaper",
    "print media": "newspaper",
    "online": "digital",
    "news portals": "digital",
}
_AGENCY = re.compile(
    r"news\s+agency|press\s+agency|\bagency\b|agencia|agence|agenzia|agentur|агентство|"
    r"وكالة|خبرگزاری|通讯社|通訊社|news\s+service",
    re.IGNORECASE,
)
_OTHER_MEDIUM = re.compile(r"\b(?:TV|television|radio|FM|daily|times|post)\b", re.IGNORECASE)
_FOOTNOTE = re.compile(r"\s*\*+\s*$")
_EDITION = re.compile(r"\bedition\b|\bversion\b", re.IGNORECASE)
_PARENTHESIS = re.compile(r"^(?P<name>.+?)\s*\((?P<inner>[^()]+)\)\s*$")


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the table; `line` is its line number in the CSV file (the header is 1)."""

    line: int
    region: str
    country: str
    company: str
    asset: str
    url: str
    code: str
    status: str
    notes: str


@dataclass
class Report:
    """What could not be imported cleanly, row by row, and the totals."""

    rows: int = 0
    sources: int = 0
    owners: int = 0
    issues: dict[str, list[tuple[int, str]]] = field(default_factory=dict)

    def add(self, kind: str, row: Row, detail: str = "") -> None:
        where = f"line {row.line} ({row.asset or row.company or 'blank'}, {row.country or '-'})"
        entry = (row.line, f"{where}{': ' + detail if detail else ''}")
        self.issues.setdefault(kind, []).append(entry)

    def render(self) -> str:
        lines = [f"{self.rows} rows -> {self.sources} sources and {self.owners} owners"]
        for kind in sorted(self.issues):
            entries = sorted(self.issues[kind])
            lines.append(f"\n{kind} ({len(entries)}):")
            lines += [f"  {text}" for _, text in entries]
        return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Options:
    commit: str = DEFAULT_COMMIT
    checked: str = "2026-11-27"


def read_rows(path: Path) -> tuple[list[Row], str]:
    """The table's rows and the SHA-256 of its bytes."""
    data = path.read_bytes()
    reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""))
    rows = [
        Row(
            line=reader.line_num,
            region=_clean(record.get("Region")),
            country=_clean(record.get("Country")),
            company=_clean(record.get("Media company")),
            asset=_clean(record.get("Main assets")),
            url=_clean(record.get("URL")),
            code=_clean(record.get("Typology")),
            status=_clean(record.get("Status")),
            notes=_clean(record.get("Notes")),
        )
        for record in reader
    ]
    return rows, hashlib.sha256(data).hexdigest()


def _clean(value: str | None) -> str:
    return " ".join((value or "").split())


@dataclass
class _Group:
    """The rows that become one source: all rows on one host, or one row without a URL."""

    key: str
    host: str | None
    rows: list[Row]


def import_rows(
    rows: Sequence[Row], digest: str, options: Options
) -> tuple[dict[str, str], Report]:
    """Rule files (relative path -> YAML text) for the table's rows, and the import report."""
    report = Report(rows=len(rows))
    groups = _group(rows, report)
    owners: dict[str, dict[str, Any]] = {}
    by_country: dict[str, list[dict[str, Any]]] = {}
    taken: set[str] = set()
    for group in groups:
        source = _source(group, owners, report, options)
        if source["id"] in taken:  # two hosts can slug alike: actualidad.rt.com, actualidad-rt.com
            source["id"] = f"{source['id']}-{group.rows[0].line}"
        taken.add(source["id"])
        by_country.setdefault(str(source.get("country", "unassigned")).lower(), []).append(source)
    report.sources = len(groups)
    report.owners = len(owners)
    files = {
        f"sources/{country}.yaml": _dump({"sources": sources}, _header(digest, options, 2))
        for country, sources in sorted(by_country.items())
    }
    files["owners.yaml"] = _dump(
        {"owners": [owners[key] for key in sorted(owners)]}, _header(digest, options, 1)
    )
    files["citations.yaml"] = _dump({"citations": _citations(options)}, _header(digest, options, 1))
    return files, report


def _group(rows: Iterable[Row], report: Report) -> list[_Group]:
    groups: dict[str, _Group] = {}
    for row in rows:
        if not (row.asset or row.company):
            report.add("blank rows, skipped", row)
            continue
        host = _host(row, report)
        key = f"host:{host}" if host else f"row:{row.line}"
        groups.setdefault(key, _Group(key, host, [])).rows.append(row)
    return list(groups.values())


def _host(row: Row, report: Report) -> str | None:
    if not row.url:
        report.add("no URL: imported by name only, so no host will match it", row)
        return None
    if not re.match(r"^https?://", row.url, re.IGNORECASE):
        report.add("URL without a scheme, read as http", row, row.url)
    parts = parse_url(row.url)
    if parts is None:
        report.add("URL that is not a web address: imported by name only", row, row.url)
        return None
    return match_key(parts.host)


def _source(
    group: _Group, owners: dict[str, dict[str, Any]], report: Report, options: Options
) -> dict[str, Any]:
    first = group.rows[0]
    name, kind = _name_and_type(first.asset or first.company)
    kind = kind or _agency_by_name(name, _FOOTNOTE.sub("", first.company))
    found = _country(first, report)
    source: dict[str, Any] = {"id": _source_id(group, found, name), "name": name}
    if kind:
        source["type"] = kind
    if found:
        source["country"] = found.code
    aliases = _aliases(group.rows, name)
    if aliases:
        source["aliases"] = aliases
    if group.host:
        source["domains"] = [group.host]
    links = _owner_links(group.rows, found, owners, report)
    if links:
        source["owners"] = links
    code, uncertain, resolution = _code(group.rows, report)
    facts = facts_for(code, uncertain) if code else None
    if facts:
        source["facts"] = facts
    source["imported"] = [_provenance(row, options, report) for row in group.rows]
    if resolution:
        source["notes"] = resolution
    return source


def _name_and_type(asset: str) -> tuple[str, str | None]:
    """ "News agency: Xinhua" is Xinhua, a news agency."""
    prefix, colon, rest = asset.partition(":")
    kind = _TYPE_PREFIXES.get(prefix.strip().lower()) if colon else None
    return (rest.strip(), kind) if kind and rest.strip() else (asset, None)


def _agency_by_name(asset: str, company: str) -> str | None:
    """A news agency by its own name ("Bakhtar News Agency"), or an asset that names its
    agency company ("Anadolu" of "Anadolu Agency", "CNA" of "Central News Agency (CNA)")."""
    if _AGENCY.search(asset):
        return "news-agency"
    if not _AGENCY.search(company) or _OTHER_MEDIUM.search(asset):
        return None
    acronym = _PARENTHESIS.match(company)
    names_company = asset.split()[0] == company.split()[0] or (
        acronym is not None and asset == acronym["inner"]
    )
    return "news-agency" if names_company else None


def _country(row: Row, report: Report) -> Country | None:
    found = country_by_name(row.country)
    if found is None:
        report.add("country not recognised: imported without a country", row, row.country)
    return found


def _source_id(group: _Group, found: Country | None, name: str) -> str:
    if group.host:
        return "smm-" + _slug(group.host)
    country = found.code.lower() if found else "xx"
    return f"smm-{country}-{_slug(name)}-{group.rows[0].line}"


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > 60:
        slug = slug[:61].rsplit("-", 1)[0]  # cut at a word
    return slug or "outlet"


def _aliases(rows: Sequence[Row], name: str) -> list[dict[str, Any]]:
    """Every asset name on the host, and the parts of "Name (ACRONYM)", as aliases. Names from
    the table keep their letters' case, and a one-word name counts only inside a credit, so
    that an asset called "Gold" or "Mir" never matches the common word."""
    texts: list[str] = []
    for row in rows:
        asset, _ = _name_and_type(row.asset or row.company)
        texts.append(asset)
        match = _PARENTHESIS.match(asset)
        if match:
            texts.append(match["name"])
            if len(match["inner"].split()) <= 4:  # a name, not a description of the row
                texts.append(match["inner"])
    seen: set[str] = set()
    aliases: list[dict[str, Any]] = []
    for text in texts:
        if text in seen or text == name or _not_a_name(text):  # the name is always an alias
            continue
        seen.add(text)
        alias = name_alias(text, keep_case=True)
        aliases.append({"text": alias.text, "case": alias.case, "context": alias.context})
    return aliases


def _not_a_name(text: str) -> bool:
    """Row labels that name no outlet: "English", "Indian edition", "(Arabic)"."""
    return is_ambiguous_name(text) or bool(_EDITION.search(text))


def _owner_links(
    rows: Sequence[Row], found: Country | None, owners: dict[str, dict[str, Any]], report: Report
) -> list[dict[str, Any]]:
    links: list[dict[str, Any]] = []
    companies: list[str] = []
    for row in rows:
        company = _company(row, report)
        asset, _ = _name_and_type(row.asset)
        if not company or company == asset or company in companies:
            continue
        companies.append(company)
        owner_id = _owner(company, found, owners)
        links.append({"id": owner_id, "citations": ["state-media-matrix"]})
    if len(companies) > 1:
        report.add(
            "host listed under two companies: both kept as owners", rows[0], ", ".join(companies)
        )
    return links


def _company(row: Row, report: Report) -> str:
    company = _FOOTNOTE.sub("", row.company)
    if company != row.company:
        report.add("footnote mark removed from the company name", row, row.company)
    return company


def _owner(company: str, found: Country | None, owners: dict[str, dict[str, Any]]) -> str:
    country = found.code.lower() if found else "xx"
    owner_id = f"smm-co-{country}-{_slug(company)}"
    if owner_id not in owners:
        owner: dict[str, Any] = {"id": owner_id, "name": company, "kind": "unknown"}
        if found:
            owner["country"] = found.code
        owner["citations"] = ["state-media-matrix"]
        owners[owner_id] = owner
    return owner_id


def _code(rows: Sequence[Row], report: Report) -> tuple[str | None, bool, str | None]:
    """The host's code, whether it is uncertain, and why it was chosen if rows disagree."""
    codes: dict[str, bool] = {}
    for row in rows:
        code = row.code.rstrip("?")
        if not code:
            report.add("no typology code: imported without facts, labelled unknown", row)
            continue
        if code not in CODE_ORDER:
            report.add("unknown typology code: imported without facts", row, row.code)
            continue
        if row.code.endswith("?"):
            report.add("code marked with '?': imported as uncertain", row, row.code)
        codes[code] = codes.get(code, True) and row.code.endswith("?")
    if not codes:
        return None, False, None
    found = strictest_code(codes)
    assert found is not None  # every key of `codes` is a known code
    chosen = found.value
    if len(codes) == 1:
        return chosen, codes[chosen], None
    listed = ", ".join(f"{row.code} (line {row.line})" for row in rows if row.code)
    report.add("host carrying two codes: resolved", rows[0], f"{listed} -> {chosen}")
    resolution = (
        f"The table gives this host more than one code: {listed}. It takes {chosen}, the code "
        "with the most state control over the editorial line, then over management and money, "
        "so that the label never understates state involvement."
    )
    return chosen, codes[chosen], resolution


def _provenance(row: Row, options: Options, report: Report) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "dataset": DATASET,
        "commit": options.commit,
        "row": row.line,
        "classified_by": CLASSIFIED_BY,
    }
    if row.code:
        entry["code"] = row.code
    notes = []
    if row.status:
        notes.append(f"status: {row.status}")
        report.add("status note kept with the row", row, row.status)
    if row.notes:
        notes.append(f"notes: {row.notes}")
    if notes:
        entry["note"] = "; ".join(notes)
    return entry


def facts_for(code: str, uncertain: bool = False) -> dict[str, Any]:
    """The three facts a State Media Monitor code stands for; the policy maps them back."""
    state_money = {"kind": "state-budget", "basis": f"State Media Monitor code {code}"}
    other_money = {"kind": "non-state", "basis": f"State Media Monitor code {code}"}
    appointed = {
        "SC": "state",
        "CaPu": "state",
        "CaPr": "owners",
        "ISFM": "state",
        "ISF": "independent-body",
        "ISM": "state",
        "IP": "independent-body",
    }[code]
    funding = {"SC": [state_money], "ISFM": [state_money], "ISF": [state_money]}.get(code)
    if code in ("ISM", "IP"):
        funding = [other_money]
    governance: dict[str, Any] = {"leadership_appointed_by": appointed}
    if code in ("CaPu", "IP"):
        governance["public_service"] = True
    control = "state" if code in ("SC", "CaPu", "CaPr") else "independent"
    facts: dict[str, Any] = {}
    if funding:
        facts["funding"] = [_cited(fact, uncertain) for fact in funding]
    facts["governance"] = _cited(governance, uncertain)
    facts["editorial"] = _cited({"control": control}, uncertain)
    return facts


def _cited(fact: dict[str, Any], uncertain: bool) -> dict[str, Any]:
    cited = {**fact, "citations": ["state-media-matrix", "smm-typology"]}
    if uncertain:
        cited["uncertain"] = True
    return cited


def _citations(options: Options) -> list[dict[str, Any]]:
    return [
        {
            "id": "state-media-matrix",
            "url": f"{REPOSITORY}/blob/{options.commit}/State_Media_Matrix.csv",
            "title": "State Media Matrix (State_Media_Matrix.csv)",
            "publisher": "Alliance for Securing Democracy at the German Marshall Fund",
            "checked": options.checked,
            "note": "Classified by State Media Monitor; a source's `imported` gives its lines.",
        },
        {
            "id": "smm-typology",
            "url": TYPOLOGY_URL,
            "title": "State Media Matrix typology",
            "publisher": "State Media Monitor (Media and Journalism Research Center)",
            "checked": options.checked,
        },
    ]


def _header(digest: str, options: Options, depth: int) -> str:
    schema = "../" * depth + "rules.schema.json"
    return (
        f"# yaml-language-server: $schema={schema}\n"
        "# Generated by `provenance import state-media-matrix`: do not edit by hand.\n"
        f"# Source: {REPOSITORY} at commit {options.commit},\n"
        f"# State_Media_Matrix.csv (sha256 {digest}).\n"
        "# Copyright (c) 2023 ASD-at-GMF, MIT licence: see LICENSE in this folder.\n"
    )


def _dump(data: dict[str, Any], header: str) -> str:
    # Lists and mappings of plain values go on one line: `citations: [a, b]`.
    text = yaml.safe_dump(
        data, sort_keys=False, allow_unicode=True, width=100, default_flow_style=None
    )
    return header + text


def write_files(files: dict[str, str], output: Path) -> None:
    """Write the generated files under `output`. Generated files of an earlier run that this
    one does not produce (a country no longer in the table) are removed."""
    for stale in sorted((output / "sources").glob("*.yaml")):
        if f"sources/{stale.name}" not in files:
            stale.unlink()
    for relative in sorted(files):
        target = output / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(files[relative], encoding="utf-8")
