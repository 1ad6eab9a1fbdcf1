"""What an audit reports: findings, each a value with a check, a severity and a place."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 2, "warning": 1, "info": 0}[self.value]


@dataclass(frozen=True, slots=True, order=True)
class Finding:
    """One problem at one place. Lines and columns are 1-based; every finding has both."""

    path: str
    line: int
    col: int
    code: str
    name: str
    severity: Severity
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.col}"
        return f"{where}: [{self.severity}] {self.message} ({self.code} {self.name})"
