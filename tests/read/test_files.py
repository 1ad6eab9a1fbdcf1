"""Reading files and folders: each suffix by its reader, records and their failures."""

from __future__ import annotations

import json
from pathlib import Path

from provenance.read.article import Article, ArticleFailure
from provenance.read.files import read_paths


def read(*paths: Path, urls: dict[Path, str] | None = None) -> list[Article | ArticleFailure]:
    return list(read_paths(paths, urls))


def test_txt_is_read_unchanged(tmp_path: Path) -> None:
    text = "Line one\r\nLine two — with a dash\n"
    (tmp_path / "a.txt").write_bytes(text.encode("utf-8"))
    [article] = read(tmp_path / "a.txt")
    assert isinstance(article, Article) and article.text == text


def test_html_json_and_jsonl(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text("<p>Hello</p>", encoding="utf-8")
    records = [
        {"url": "https://a.example/1", "text": "one"},
        {"url": "https://a.example/2", "html": "<p>two</p>"},
    ]
    (tmp_path / "b.json").write_text(json.dumps(records), encoding="utf-8")
    (tmp_path / "c.json").write_text(json.dumps(records[0]), encoding="utf-8")
    lines = "\n".join(json.dumps(r) for r in records) + "\n\n"
    (tmp_path / "d.jsonl").write_text(lines, encoding="utf-8")
    found = read(tmp_path)
    assert all(isinstance(a, Article) for a in found)
    where = [(Path(a.path or "").name, a.record) for a in found]
    assert where == [
        ("a.html", None),
        ("b.json", 1),
        ("b.json", 2),
        ("c.json", None),
        ("d.jsonl", 1),
        ("d.jsonl", 2),
    ]


def test_trafilatura_and_news_please_fields() -> None:
    trafilatura = {
        "source": "https://rt.com/a",
        "source-hostname": "RT",
        "text": "t",
        "raw_text": "r",
    }
    article = Article.from_record(trafilatura)
    assert (article.url, article.site_name, article.text) == ("https://rt.com/a", "RT", "t")
    news_please = {
        "url": "https://rt.com/b",
        "maintext": "m",
        "title": "T",
        "source_domain": "rt.com",
    }
    article = Article.from_record(news_please)
    assert (article.url, article.text, article.title) == ("https://rt.com/b", "m", "T")


def test_a_source_that_is_not_a_url_is_not_taken_for_one() -> None:
    article = Article.from_record({"source": "RT", "text": "t"})
    assert article.url is None


def test_link_header_is_kept() -> None:
    article = Article.from_record(
        {"text": "t", "headers": {"Link": '<https://x.example/a>; rel="canonical"'}}
    )
    assert article.link_header == '<https://x.example/a>; rel="canonical"'


def test_record_without_text_fails_alone(tmp_path: Path) -> None:
    lines = [json.dumps({"url": "https://a.example"}), json.dumps({"text": "fine"}), "[1, 2]"]
    (tmp_path / "a.jsonl").write_text("\n".join(lines), encoding="utf-8")
    found = read(tmp_path / "a.jsonl")
    assert isinstance(found[0], ArticleFailure) and "needs `text` or `html`" in found[0].message
    assert isinstance(found[1], Article) and found[1].record == 2
    assert isinstance(found[2], ArticleFailure) and found[2].record == 3


def test_empty_binary_and_truncated_inputs_fail_and_the_rest_is_read(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n")
    (tmp_path / "image.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "good.txt").write_text("Fine text.", encoding="utf-8")
    (tmp_path / "records.jsonl").write_text('{"text": "ok"}\n{"text": "cut', encoding="utf-8")
    failures = {
        (Path(f.path).name, f.record, f.message)
        for f in read(tmp_path)
        if isinstance(f, ArticleFailure)
    }
    assert failures == {
        ("blank.txt", None, "empty file"),
        ("empty.txt", None, "empty file"),
        ("image.txt", None, "binary file, not text"),
        ("records.jsonl", 2, "invalid JSON, column 10: Unterminated string starting at"),
    }
    good = [a for a in read(tmp_path) if isinstance(a, Article)]
    assert len(good) == 2


def test_folders_skip_hidden_files_and_other_suffixes(tmp_path: Path) -> None:
    (tmp_path / ".hidden.txt").write_text("no", encoding="utf-8")
    (tmp_path / "notes.md").write_text("no", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.TXT").write_text("yes", encoding="utf-8")
    (tmp_path / "a.htm").write_text("<p>yes</p>", encoding="utf-8")
    assert [Path(a.path or "").name for a in read(tmp_path)] == ["a.htm", "b.TXT"]
