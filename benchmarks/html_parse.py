"""Time ``provenance.html.parse_html`` over a folder of saved pages.

Usage: ``python benchmarks/html_parse.py [PAGES_DIR] [--rounds N]``

``PAGES_DIR`` defaults to ``../shared/eval-corpus/pages`` relative to the repository root.
Pages are decoded with ``bytes.decode("utf-8", "replace")`` whatever their encoding: the
timing only needs realistic markup. The first pass is reported on its own (the class-name
memo in ``provenance.html`` starts empty, as for a site seen for the first time); the
headline numbers are per-page means over the following ``N`` passes. Not imported by the
tests.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from provenance.read.html import parse_html

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PAGES = REPO_ROOT.parent / "shared" / "eval-corpus" / "pages"


def _time_pass(pages: list[str]) -> list[float]:
    times: list[float] = []
    for html in pages:
        start = time.perf_counter()
        parse_html(html)
        times.append(time.perf_counter() - start)
    return times


def _report(label: str, per_page: list[float]) -> None:
    mean_ms = statistics.fmean(per_page) * 1000
    median_ms = statistics.median(per_page) * 1000
    print(
        f"{label}: mean {mean_ms:.3f} ms/page, median {median_ms:.3f} ms/page, "
        f"{1000 / mean_ms:.0f} pages/s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="Time parse_html over saved pages.")
    parser.add_argument("pages", nargs="?", type=Path, default=DEFAULT_PAGES)
    parser.add_argument("--rounds", type=int, default=5, help="timed passes after the first")
    args = parser.parse_args()

    paths = sorted(p for p in args.pages.iterdir() if p.suffix in (".html", ".htm"))
    if not paths:
        raise SystemExit(f"no .html pages in {args.pages}")
    pages = [p.read_bytes().decode("utf-8", "replace") for p in paths]
    size_kb = statistics.fmean(len(h) for h in pages) / 1024
    print(f"{len(pages)} pages (mean {size_kb:.0f} K characters) from {args.pages}")

    _report("first pass   ", _time_pass(pages))
    rounds = [_time_pass(pages) for _ in range(max(1, args.rounds))]
    per_page = [statistics.fmean(times) for times in zip(*rounds, strict=True)]
    _report(f"next {len(rounds)} passes", per_page)


if __name__ == "__main__":
    main()
