"""The `provenance` command: a thin layer that parses options, calls the library, and turns
the outcome into an exit code. Data goes to stdout (or `--output`), diagnostics to stderr.

Exit codes, one meaning each across every command:
    0  success: everything was annotated, or the audit found nothing at --fail-on
    1  some inputs could not be read; every other article was still written
    2  usage error
    3  the rules failed to load; every problem is listed as file:line:col
    4  the audit found problems at or above --fail-on
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, NoReturn

import click

from provenance import __version__
from provenance.annotate.annotation import Annotation
from provenance.annotate.annotator import Annotator
from provenance.audit import AuditOptions, audit, check_by_code
from provenance.audit.catalog import render_checks, render_explanation
from provenance.audit.formats import FORMAT_NAMES, formatter_for
from provenance.errors import RulesError
from provenance.read.article import Article, ArticleFailure
from provenance.read.files import read_paths
from provenance.read.manifest import folder_manifests, read_manifests
from provenance.rules.load import load_rules, shipped_rules
from provenance.rules.ruleset import RuleSet
from provenance.rules.schema import rules_schema_text
from provenance.tools.evaluate import LabelsError, evaluate, read_labels
from provenance.tools.evaluate import render as render_evaluation
from provenance.tools.importers.state_media_matrix import (
    DEFAULT_COMMIT,
    Options,
    import_rows,
    read_rows,
    write_files,
)
from provenance.tools.rules_diff import diff_rules, render_diff
from provenance.tools.stats import render_stats, rule_stats
from provenance.write import WRITERS, format_for
from provenance.write.atomic import atomic_output

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_RULES, EXIT_FINDINGS = 0, 1, 2, 3, 4


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="provenance")
def main() -> None:
    """Who stands behind the news you ingest: host, origin, owners and a label per article."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--rules",
    type=click.Path(exists=True, path_type=Path),
    help="Rule folder or file (default: the shipped rules).",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(list(WRITERS)),
    help="Output format (default: table on a terminal, else from --output's suffix, else jsonl).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write here instead of stdout; the file appears only when the run completes.",
)
@click.option(
    "--manifest",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help='JSON Lines of {"file", "url"} giving URLs to saved pages that have none '
    "(default: manifest.jsonl at the top of each folder given).",
)
def annotate(
    paths: tuple[Path, ...],
    rules: Path | None,
    output_format: str | None,
    output: Path | None,
    manifest: Path | None,
) -> None:
    """Annotate articles: .txt, .html, .json and .jsonl files, or folders of them."""
    command = AnnotateCommand(
        paths, rules, output_format or _default_format(output), output, manifest
    )
    sys.exit(command.run())


def _default_format(output: Path | None) -> str:
    if output is not None:
        return format_for(output) or "jsonl"
    return "table" if sys.stdout.isatty() else "jsonl"


def _rules_or_exit(path: Path | None) -> RuleSet:
    """The rules, or every problem on stderr and exit code 3."""
    try:
        return load_rules(path)
    except RulesError as error:
        _rules_failed(error)


def _rules_failed(error: RulesError) -> NoReturn:
    for problem in error.problems:
        click.echo(str(problem), err=True)
    count = len(error.problems)
    click.echo(f"provenance: the rules failed to load ({count} problems)", err=True)
    sys.exit(EXIT_RULES)


def _today(value: str | None, option: str = "--today") -> date:
    """A date option, or today; a malformed date is a usage error."""
    try:
        return date.fromisoformat(value) if value else date.today()
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint=option) from error


@dataclass(frozen=True)
class AnnotateCommand:
    paths: tuple[Path, ...]
    rules: Path | None
    output_format: str
    output: Path | None
    manifest: Path | None

    def run(self) -> int:
        annotator = Annotator(_rules_or_exit(self.rules))
        # The rules live as long as the process: keep the collector from walking them again.
        gc.freeze()
        manifests = [self.manifest] if self.manifest else folder_manifests(self.paths)
        urls, manifest_failures = read_manifests(manifests)
        for failure in manifest_failures:
            click.echo(f"{failure}", err=True)
        articles = read_paths(self.paths, urls, skip=manifests)
        with self._stream() as stream:
            errors = self._write(annotator, articles, stream)
        return EXIT_SOME_FAILED if errors or manifest_failures else EXIT_OK

    def _write(
        self,
        annotator: Annotator,
        articles: Iterable[Article | ArticleFailure],
        stream: IO[bytes],
    ) -> int:
        writer = WRITERS[self.output_format](stream)
        writer.start()
        errors = 0
        for annotation in annotator.annotate_many(articles):
            if annotation.error:
                errors += 1
                where = _where(annotation)
                click.echo(f"{where}: {annotation.error}", err=True)
            writer.write(annotation)
        writer.finish()
        return errors

    @contextmanager
    def _stream(self) -> Iterator[IO[bytes]]:
        if self.output is None:
            sys.stdout.flush()  # the writers write bytes under the text layer
            yield sys.stdout.buffer
        else:
            with atomic_output(self.output) as stream:
                yield stream


def _where(annotation: Annotation) -> str:
    path = annotation.path or "-"
    return f"{path}:{annotation.record}" if annotation.record is not None else path


@main.command()
def schema() -> None:
    """Print the JSON Schema of rule files (for editors, via yaml-language-server)."""
    click.echo(rules_schema_text(), nl=False)


@main.group(name="import")
def import_group() -> None:
    """Turn public tables into rule files."""


@import_group.command(name="state-media-matrix")
@click.argument(
    "csv_path", metavar="CSV", type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "--output",
    "-o",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the generated rule files (e.g. rules/state-media-matrix).",
)
@click.option("--commit", default=DEFAULT_COMMIT, show_default=True, help="The table's commit.")
@click.option(
    "--checked",
    default=lambda: date.today().isoformat(),
    help="The date the table was checked, for the citations (default: today).",
)
def import_state_media_matrix(csv_path: Path, output: Path, commit: str, checked: str) -> None:
    """Import the State Media Matrix CSV; print what could not be imported cleanly."""
    rows, digest = read_rows(csv_path)
    files, report = import_rows(rows, digest, Options(commit=commit, checked=checked))
    write_files(files, output)
    click.echo(report.render(), nl=False)


@main.group()
def rules() -> None:
    """Look at rule sets."""


@rules.command()
@click.option("--rules", "rules_path", type=click.Path(exists=True, path_type=Path))
@click.option("--today", help="The date reviews are aged against (default: today).")
@click.option(
    "--stale-after", default=365, show_default=True, help="Days before a review is stale."
)
def stats(rules_path: Path | None, today: str | None, stale_after: int) -> None:
    """Print what the rules cover: labels, codes, countries, owner chains, citations, reviews."""
    when = _today(today)
    ruleset = _rules_or_exit(rules_path)
    click.echo(render_stats(rule_stats(ruleset, when, stale_after)), nl=False)


@main.command(name="evaluate")
@click.argument("cases", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--labels",
    "labels_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="JSON Lines of {file, republished, origin, relation?, cited?, url?}.",
)
@click.option("--rules", "rules_path", type=click.Path(exists=True, path_type=Path))
def evaluate_command(cases: Path, labels_path: Path, rules_path: Path | None) -> None:
    """Measure the annotator on labelled articles: origin accuracy, republished precision
    and recall, citations promoted to origin, relation confusion, and every miss."""
    annotator = Annotator(_rules_or_exit(rules_path))
    try:
        labels = read_labels(labels_path)
    except LabelsError as error:
        raise click.UsageError(str(error)) from error
    click.echo(render_evaluation(evaluate(annotator, cases, labels)), nl=False)


@rules.command(name="diff")
@click.argument("old", type=click.Path(exists=True, path_type=Path))
@click.argument("new", type=click.Path(exists=True, path_type=Path))
def rules_diff(old: Path, new: Path) -> None:
    """Compare two rule trees (say, two checkouts): what a rules change does to labels."""
    click.echo(render_diff(diff_rules(_rules_or_exit(old), _rules_or_exit(new))), nl=False)


@main.command(name="audit")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--format", "output_format", type=click.Choice(FORMAT_NAMES), default="auto", show_default=True
)
@click.option(
    "--select", multiple=True, help="Only these checks: codes, names or code prefixes (D2)."
)
@click.option("--ignore", multiple=True, help="Leave out these checks: codes, names or prefixes.")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "never"]),
    default="error",
    show_default=True,
    help="The least severe finding that fails the run (exit 4).",
)
@click.option("--today", help="The date reviews are aged against (default: today).")
@click.option("--stale-days", default=365, show_default=True, help="Days before a review is stale.")
def audit_command(
    paths: tuple[Path, ...],
    output_format: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str,
    today: str | None,
    stale_days: int,
) -> None:
    """Audit rule files (default: the shipped rules): every problem, at its line."""
    options = AuditOptions(_today(today), stale_days, _split(select), _split(ignore))
    report = audit(paths or (shipped_rules(),), options)
    formatter = formatter_for(output_format, sys.stdout.isatty())
    click.echo(formatter.render(report), nl=False)
    sys.exit(EXIT_FINDINGS if report.failing(fail_on) else EXIT_OK)


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(item.strip() for value in values for item in value.split(",") if item.strip())


@main.command(name="checks")
@click.option("--explain", metavar="CODE", help="Print one check's documentation.")
def checks_command(explain: str | None) -> None:
    """List every audit check, or explain one."""
    if explain:
        check = check_by_code(explain)
        if check is None:
            raise click.BadParameter(f"no check {explain!r}", param_hint="--explain")
        click.echo(render_explanation(check), nl=False)
        return
    click.echo(render_checks(), nl=False)
