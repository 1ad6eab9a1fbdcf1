"""Manifests giving saved pages their URLs."""

from __future__ import annotations

import json
from pathlib import Path

from provenance.read.files import read_paths
from provenance.read.manifest import folder_manifests, read_manifest


def test_manifest_supplies_urls(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "p1.html").write_text("<p>x</p>", encoding="utf-8")
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text(
        json.dumps({"file": "pages/p1.html", "url": "https://a.example/1", "lang": "en"})
        + "\nnot json\n",
        encoding="utf-8",
    )
    urls, failures = read_manifest(manifest)
    assert [(f.record, f.message.split(":")[0]) for f in failures] == [(2, "bad manifest line")]
    found = list(read_paths([tmp_path], urls, skip=[manifest]))
    assert [(Path(a.path or "").name, getattr(a, "url", None)) for a in found] == [
        ("p1.html", "https://a.example/1")
    ]


def test_a_folders_own_manifest_is_found(tmp_path: Path) -> None:
    (tmp_path / "manifest.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "other").mkdir()
    assert folder_manifests([tmp_path, tmp_path / "other"]) == [tmp_path / "manifest.jsonl"]
