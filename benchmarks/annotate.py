"""How fast rules load and articles annotate, and whether the rule count changes that.

Generates rule sets of 10, 1,000 and 10,000 sources (the shipped rules plus generated
outlets, each with aliases, domains, an owner chain and cited facts), writes them as YAML,
then for each set measures the load time and how many seed-sized text articles one core
annotates per second. With a folder of real HTML pages (default: ../shared/eval-corpus),
it also measures HTML annotation and, when trafilatura is installed, its `extract_metadata`
on the same pages in the same run.

    .venv/bin/python benchmarks/annotate.py [--pages DIR] [--articles N]
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import yaml

from provenance import Annotator, Article, load_rules
from provenance.read.decode import decode_html
from provenance.rules.load import shipped_rules

ROOT = Path(__file__).resolve().parent.parent
SIZES = (10, 1_000, 10_000)
PER_FILE = 500


def generated_source(number: int, rng: random.Random) -> dict[str, object]:
    letters = "".join(rng.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(3))

    def citation() -> dict[str, str]:  # a fresh dict each time, or YAML writes anchors
        return {
            "url": f"https://registry.example/outlets/{number}",
            "title": f"Registry entry {number}",
            "checked": "2026-11-27",
        }

    return {
        "id": f"outlet-{number:05d}",
        "name": f"Outlet {number:05d} News",
        "type": "newspaper",
        "country": rng.choice(["DE", "FR", "BR", "IN", "NG", "JP", "US"]),
        "aliases": [
            f"{rng.choice(['Daily', 'Evening'])} {rng.choice(['Star', 'Post'])} {number}",
            {"text": f"{letters}{number % 100}", "case": "sensitive", "context": "credit"},
        ],
        "domains": [f"outlet{number:05d}.example", f"news.outlet{number:05d}.example/world"],
        "owners": [{"id": f"group-{number % 200:03d}", "share": 0.8, "citations": [citation()]}],
        "facts": {
            "funding": [
                {"kind": "commercial", "share": 1.0, "year": 2025, "citations": [citation()]}
            ],
            "governance": {"leadership_appointed_by": "owners", "citations": [citation()]},
            "editorial": {"control": "independent", "citations": [citation()]},
        },
        "reviewed": "2026-11-27",
    }


def generated_owners() -> list[dict[str, object]]:
    return [
        {"id": f"group-{n:03d}", "name": f"Media Group {n}", "kind": "company", "country": "DE"}
        for n in range(200)
    ]


SEED_RULES = ("curated/ru.yaml", "curated/ir.yaml", "curated/unsorted.yaml")
SHARED_RULES = ("policy.yaml", "curated/states.yaml")


def write_rule_set(folder: Path, size: int) -> Path:
    """The policy and the seed's outlets (without their merges of imported rows), plus
    enough generated sources to reach `size` in all."""
    shipped = shipped_rules()
    for part in (*SHARED_RULES, *SEED_RULES):
        target = folder / part
        target.parent.mkdir(parents=True, exist_ok=True)
        data = yaml.safe_load((shipped / part).read_text(encoding="utf-8"))
        for source in data.get("sources", []):
            source.pop("merges", None)
        target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    rng = random.Random(size)
    count = size - len(load_rules(folder))
    sources = [generated_source(n, rng) for n in range(count)]
    generated = folder / "generated"
    generated.mkdir()
    (generated / "owners.yaml").write_text(yaml.safe_dump({"owners": generated_owners()}), "utf-8")
    for start in range(0, len(sources), PER_FILE):
        chunk = {"sources": sources[start : start + PER_FILE]}
        (generated / f"sources-{start:05d}.yaml").write_text(
            yaml.safe_dump(chunk, allow_unicode=True), "utf-8"
        )
    return folder


def best_of(runs: int, task: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        task()
        times.append(time.perf_counter() - start)
    return min(times)


def rate(annotator: Annotator, articles: Sequence[Article]) -> float:
    seconds = best_of(3, lambda: [annotator.annotate(a) for a in articles])
    return len(articles) / seconds


def text_articles(count: int) -> list[Article]:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in seeds]
    return [Article(text=texts[n % len(texts)], path=f"seed-{n}") for n in range(count)]


def html_pages(folder: Path) -> list[Article]:
    manifest = folder / "manifest.jsonl"
    urls = {}
    if manifest.exists():
        for line in manifest.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            urls[entry["file"]] = entry["url"]
    pages = sorted(folder.rglob("*.htm*"))
    return [
        Article(html=decode_html(p.read_bytes()), url=urls.get(str(p.relative_to(folder))))
        for p in pages
    ]


def bench_rules(count: int) -> None:
    print(f"{'sources':>8} {'load s':>8} {'articles/s':>11} {'ms/article':>11}")
    rates: dict[int, float] = {}
    annotator = None
    articles = text_articles(count)
    with tempfile.TemporaryDirectory() as tmp:
        for size in SIZES:
            folder = write_rule_set(Path(tmp) / f"rules-{size}", size)
            load = best_of(3, lambda folder=folder: load_rules(folder))
            annotator = Annotator(load_rules(folder))
            assert len(annotator.rules) == size, len(annotator.rules)
            rates[size] = rate(annotator, articles)
            print(f"{size:>8} {load:>8.2f} {rates[size]:>11.0f} {1000 / rates[size]:>11.3f}")
    ratio = rates[SIZES[0]] / rates[SIZES[-1]]
    print(f"ratio of speed, {SIZES[0]} to {SIZES[-1]} sources: {ratio:.2f}")


def bench_html(folder: Path) -> None:
    """Each tool in a fresh process: a first pass sees every page once, as a pipeline does;
    later passes show warm caches (trafilatura memoises per page, so it gains the most)."""
    pages = html_pages(folder)
    if not pages:
        print(f"no HTML pages under {folder}; skipping the HTML benchmark")
        return
    sizes = [len(page.html or "") for page in pages]
    print(
        f"\nHTML: {len(pages)} pages, mean {statistics.mean(sizes) / 1000:.0f} KB, "
        f"median {statistics.median(sizes) / 1000:.0f} KB; ms/page (pages/s)"
    )
    print(f"{'':30} {'first pass':>18} {'warm (best of 3)':>20}")
    timings = {tool: _time_in_subprocess(tool, folder) for tool in ("provenance", "trafilatura")}
    for tool, found in timings.items():
        if found is None:
            print(f"{tool:30} not installed; pip install -e '.[bench]'")
            continue
        first, warm = found
        print(f"{tool:30} {first:8.2f} ({1000 / first:5.0f}/s) {warm:10.2f} ({1000 / warm:5.0f}/s)")
    ours, theirs = timings["provenance"], timings["trafilatura"]
    if ours and theirs:
        print(
            f"provenance annotate is {theirs[0] / ours[0]:.1f}x faster than trafilatura's "
            f"extract_metadata on a first pass, {theirs[1] / ours[1]:.1f}x with warm caches"
        )


def _time_in_subprocess(tool: str, folder: Path) -> tuple[float, float] | None:
    command = [sys.executable, __file__, "--time-html", tool, "--pages", str(folder)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return None
    first, warm = done.stdout.split()
    return float(first), float(warm)


def time_html(tool: str, folder: Path) -> int:
    """Print first-pass and warm ms/page for one tool; run in its own process."""
    pages = html_pages(folder)
    if tool == "provenance":
        annotator = Annotator(load_rules())

        def task() -> object:
            return [annotator.annotate(page) for page in pages]

    else:
        try:
            from trafilatura.metadata import extract_metadata  # type: ignore[import-not-found]
        except ImportError:
            return 1

        def task() -> object:
            return [extract_metadata(page.html, default_url=page.url) for page in pages]

    first = best_of(1, task)
    warm = best_of(3, task)
    print(f"{1000 * first / len(pages):.4f} {1000 * warm / len(pages):.4f}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=ROOT.parent / "shared" / "eval-corpus")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument(
        "--time-html", choices=("provenance", "trafilatura"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.time_html:
        return time_html(args.time_html, args.pages)
    print(f"Python {sys.version.split()[0]}, one thread\n")
    bench_rules(args.articles)
    bench_html(args.pages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
