"""Compiling rule patterns with RE2, a linear-time engine: no pattern can backtrack
catastrophically, because RE2 has no backtracking at all. Patterns it cannot run
(back-references, look-arounds) come back with the reason, so the loader can locate them."""

from __future__ import annotations

from functools import cache
from typing import Any

import re2


@cache
def options() -> Any:
    found = re2.Options()
    found.log_errors = False  # errors come back as values; nothing is printed
    return found


def compile_pattern(pattern: str) -> tuple[Any, str | None]:
    """The compiled pattern, or None and the reason RE2 refuses it."""
    try:
        return re2.compile(pattern, options=options()), None
    except re2.error as error:
        message = error.args[0] if error.args else str(error)
        if isinstance(message, bytes):
            message = message.decode("utf-8", "replace")
        return None, str(message)
