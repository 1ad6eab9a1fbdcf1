"""How long the audit takes on 10,000 sources (the issue's target: under 5 s).

.venv/bin/python benchmarks/audit.py [--sources N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from annotate import best_of, write_rule_set

from provenance.audit import AuditOptions, audit
from provenance.rules.load import shipped_rules


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=int, default=10_000)
    args = parser.parse_args()
    options = AuditOptions(today=date(2026, 11, 27))
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_rule_set(Path(tmp) / "rules", args.sources)
        seconds = best_of(3, lambda: audit([folder], options))
        report = audit([folder], options)
    print(
        f"audit of {args.sources} generated sources: {seconds:.2f} s, "
        f"{len(report.findings)} findings"
    )
    shipped = shipped_rules()
    seconds = best_of(3, lambda: audit([shipped], options))
    report = audit([shipped], options)
    counts = Counter(f.severity.value for f in report.findings)
    print(
        f"audit of the shipped rules ({report.sources} sources in {report.files} files): "
        f"{seconds:.2f} s, {counts['error']} errors, {counts['warning']} warnings"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
