"""The writer contract: annotations in, bytes out, one annotation at a time.

A writer is made on a binary stream, started once, given each annotation, and finished once.
Streaming formats write as annotations arrive; the table has to see every row first. Text
formats write UTF-8 through `TextWriter`; a binary format (Parquet, say) writes to the stream
itself. A writer never closes its stream: the caller owns it.
"""

from __future__ import annotations

from typing import IO, ClassVar

from provenance.annotate.annotation import Annotation


class Writer:
    """Writes annotations to a binary stream."""

    name: ClassVar[str]
    suffixes: ClassVar[tuple[str, ...]] = ()  # file suffixes that choose this format

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream

    def start(self) -> None:
        """Called once before the first annotation."""

    def write(self, annotation: Annotation) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        """Called once after the last annotation."""
        self.stream.flush()


class Utf8:
    """A text sink that encodes to a binary stream it does not own (unlike a TextIOWrapper,
    which closes its stream when it is collected)."""

    __slots__ = ("stream",)

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(text.encode("utf-8"))
        return len(text)


class TextWriter(Writer):
    """A writer of UTF-8 text: subclasses write to `self.text`."""

    def __init__(self, stream: IO[bytes]) -> None:
        super().__init__(stream)
        self.text = Utf8(stream)
