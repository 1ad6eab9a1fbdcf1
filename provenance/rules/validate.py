"""Validating a rule file's data into the rule models, with each error at its place.

Citations may be written once, with an id, in any file's `citations:` list and cited by that
id anywhere; ids are resolved while validating, so an unknown id is a located problem too.
A misspelt key gets a "did you mean", found by walking the models.
"""

from __future__ import annotations

import difflib
import types
import typing
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from provenance.codes import Code
from provenance.rules.models import Citation, NamedCitation, RuleFile
from provenance.rules.positions import Loc
from provenance.rules.yaml_file import ParsedFile, read_file


def parse_file(path: Path, display: str | None = None) -> ParsedFile:
    """Read and validate one rule file on its own. Problems are recorded, never raised.
    Citation ids stay unresolved: they may name citations in other files."""
    parsed = read_file(path, display)
    validate(parsed, None)
    return parsed


def named_citations(files: Iterable[ParsedFile]) -> dict[str, Citation]:
    """Every well-formed named citation in these files, by id. A malformed one is left out
    here and reported when its file is validated."""
    named: dict[str, Citation] = {}
    for parsed in files:
        entries = parsed.content.get("citations") if isinstance(parsed.content, dict) else None
        for entry in entries if isinstance(entries, list) else ():
            try:
                citation = NamedCitation.model_validate(entry)
            except ValidationError:
                continue
            named.setdefault(citation.id, Citation(**citation.model_dump(exclude={"id"})))
    return named


def validate(parsed: ParsedFile, citations: Mapping[str, Citation] | None) -> None:
    """Validate a file's data into a `RuleFile`, resolving citation ids against `citations`
    (when given: an unknown id is then a problem)."""
    if parsed.problems or not isinstance(parsed.content, dict):
        return
    try:
        parsed.model = RuleFile.model_validate(parsed.content, context={"citations": citations})
    except ValidationError as error:
        for item in error.errors(include_url=False):
            loc = tuple(item["loc"])
            code = _ERROR_CODES.get(item["type"], Code.S101)
            parsed.problems.append(parsed.problem(loc, _explain(item, loc), code))


# Validation errors that belong to a check of their own rather than to the schema check.
_ERROR_CODES = {"dangling_citation": Code.R404, "invalid_pattern": Code.P701}


def _explain(item: Any, loc: Loc) -> str:
    where = ".".join(str(part) for part in loc) or "file"
    message = str(item["msg"]).removeprefix("Value error, ")
    if item["type"] == "extra_forbidden":
        message = f"unknown key {loc[-1]!r}"
        guess = difflib.get_close_matches(str(loc[-1]), _allowed_keys(loc[:-1]), n=1)
        if guess:
            message += f"; did you mean {guess[0]!r}?"
        where = ".".join(str(part) for part in loc[:-1]) or "file"
    return f"{where}: {message}"


def _allowed_keys(loc: Loc) -> list[str]:
    """The keys the model at `loc` accepts, found by walking the model classes."""
    model: type[BaseModel] | None = RuleFile
    for part in loc:
        if model is None:
            return []
        if isinstance(part, str):
            info = model.model_fields.get(part)
            model = _model_in(info.annotation) if info else None
    return list(model.model_fields) if model else []


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (tuple, list, typing.Union, types.UnionType, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found:
                return found
    return None
