from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from provenance.cli import main
from tests.conftest import SEED, WriteRules


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_seed_as_jsonl() -> None:
    code, out, _ = run("annotate", str(SEED.parent), "--format", "jsonl")
    assert code == 0
    [line] = out.splitlines()
    record = json.loads(line)
    assert record["host"]["source"] == "libertarian-hub"
    assert record["origin"]["source"] == "rt"
    assert (record["label"]["id"], record["label"]["code"]) == ("state-controlled", "SC")
    assert record["republished"] is True
    assert record["rules_version"].startswith("sha256:")
    text = SEED.read_text(encoding="utf-8")
    for item in record["evidence"]:
        if item["start"] is not None:
            assert text[item["start"] : item["end"]] == item["text"]


def test_table_names_host_origin_and_label() -> None:
    code, out, _ = run("annotate", str(SEED), "--format", "table")
    assert code == 0
    assert "Libertarian Hub" in out and "RT (rt.com)" in out and "state-controlled (SC)" in out


@pytest.mark.parametrize("output_format", ["json", "csv"])
def test_json_and_csv(output_format: str) -> None:
    code, out, _ = run("annotate", str(SEED), "--format", output_format)
    assert code == 0
    if output_format == "json":
        assert json.loads(out)[0]["origin"]["source"] == "rt"
    else:
        header, row = out.splitlines()
        assert dict(zip(header.split(","), row.split(","), strict=False))["origin_source"] == "rt"


def test_bad_inputs_give_exit_1_and_everything_else_is_written(tmp_path: Path) -> None:
    (tmp_path / "a-empty.txt").write_bytes(b"")
    (tmp_path / "b-binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "c-records.jsonl").write_text('{"text": "fine"}\n{"text": "tru', encoding="utf-8")
    (tmp_path / "d-seed.txt").write_bytes(SEED.read_bytes())
    code, out, err = run("annotate", str(tmp_path), "--format", "jsonl")
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["error"] is not None for r in records] == [True, True, False, True, False]
    assert records[4]["origin"]["source"] == "rt"
    assert "a-empty.txt: empty file" in err
    assert "b-binary.txt: binary file" in err
    assert "c-records.jsonl:2: invalid JSON" in err


def test_broken_rules_give_exit_3_and_name_every_problem(write_rules: WriteRules) -> None:
    folder = write_rules(
        {
            "syntax.yaml": "sources:\n  - id: a\n    name: [unclosed\n",
            "dupe.yaml": "sources:\n  - id: b\n    name: B\n    name: C\n",
        }
    )
    code, out, err = run("annotate", str(SEED), "--rules", str(folder))
    assert code == 3 and out == ""
    assert "syntax.yaml:4:1:" in err and "dupe.yaml:4:5: duplicate key 'name'" in err


def test_usage_errors_give_exit_2(tmp_path: Path) -> None:
    assert run("annotate")[0] == 2
    assert run("annotate", str(tmp_path / "missing"))[0] == 2
    assert run("annotate", str(SEED), "--format", "xml")[0] == 2


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    code, out, _ = run("annotate", str(SEED), "--output", str(target))
    assert code == 0 and out == ""
    assert target.read_text(encoding="utf-8").startswith("path,record,")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_a_failed_run_leaves_no_output_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*_: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr("provenance.write.records.JsonLinesWriter.finish", explode)
    target = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["annotate", str(SEED), "--output", str(target)])
    assert result.exit_code != 0
    assert list(tmp_path.iterdir()) == []


def test_manifest_urls_set_the_host(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><article><p>Text of the story.</p></article></body></html>", "utf-8"
    )
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text(
        json.dumps({"file": "page.html", "url": "https://www.rt.com/news/1/"}) + "\n", "utf-8"
    )
    code, out, _ = run("annotate", str(tmp_path), "--manifest", str(manifest), "--format", "jsonl")
    assert code == 0
    [record] = [json.loads(line) for line in out.splitlines()]
    assert record["url"] == "https://www.rt.com/news/1/"
    assert record["host"]["source"] == "rt" and record["relation"] == "original"


def test_a_folders_own_manifest_is_used_and_not_read_as_articles(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(
        "<html><body><article><p>Text of the story.</p></article></body></html>", "utf-8"
    )
    (tmp_path / "manifest.jsonl").write_text(
        json.dumps({"file": "page.html", "url": "https://www.rt.com/news/1/"}) + "\n", "utf-8"
    )
    code, out, err = run("annotate", str(tmp_path), "--format", "jsonl")
    assert (code, err) == (0, "")
    [record] = [json.loads(line) for line in out.splitlines()]
    assert record["host"]["source"] == "rt"


def test_schema_command_prints_json_schema() -> None:
    code, out, _ = run("schema")
    assert code == 0 and json.loads(out)["$defs"]["Source"]["additionalProperties"] is False


def test_import_writes_rule_files_and_a_report(tmp_path: Path) -> None:
    table = tmp_path / "table.csv"
    table.write_text(
        "Region,Country,Media company,Main assets,URL,Typology,Status,Notes\n"
        "Europe,France,Groupe Un,Un Info,https://un.example,IP,,\n"
        "Europe,France,Groupe Deux,Deux Info,,SC,,\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    code, printed, _ = run(
        "import", "state-media-matrix", str(table), "--output", str(out), "--checked", "2026-01-01"
    )
    assert code == 0
    assert printed.startswith("2 rows -> 2 sources")
    assert "line 3 (Deux Info, France)" in printed
    assert sorted(p.name for p in out.rglob("*.yaml")) == [
        "citations.yaml",
        "fr.yaml",
        "owners.yaml",
    ]
