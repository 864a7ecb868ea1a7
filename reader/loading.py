"""Read article files from disk into text, refusing what is not text with a one-line reason."""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 4 * 1024 * 1024  # a news article is a few KiB; anything this big is not one
ARTICLE_SUFFIXES = (".txt",)


class Unreadable(Exception):
    """A file newsreader will not load; the message says why in plain words."""


@dataclass(frozen=True, slots=True)
class Skipped:
    path: str
    reason: str

    def __str__(self) -> str:
        return f"newsreader: skipped {self.path}: {self.reason}"


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, then cp1252, the usual scraped-text encodings."""
    if not data.strip():
        raise Unreadable("empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise Unreadable("broken UTF-16 text") from exc
    if b"\x00" in data[:8192]:
        raise Unreadable("binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise Unreadable("not UTF-8 or cp1252 text") from exc
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\n\r\f\x1b")
    if controls > max(8, len(text[:8192]) // 20):
        raise Unreadable("binary file, not text")
    if not text.strip():
        raise Unreadable("empty file")
    return text


def read_text(path: Path) -> str:
    """The file's text, or `Unreadable` with the reason."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise Unreadable(f"too large ({size // 1024} KiB; the limit is {MAX_BYTES // 1024} KiB)")
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise Unreadable(exc.strerror or str(exc)) from exc
    return decode(data)


def article_paths(paths: Iterable[Path]) -> Iterator[Path | Skipped]:
    """Files named directly, and `.txt` files found recursively in folders, in a stable order."""
    for path in paths:
        if path.is_dir():
            found: list[Path] = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(Path(root, f) for f in files if f.lower().endswith(ARTICLE_SUFFIXES) and not f.startswith("."))
            yield from sorted(found)
        elif path.exists():
            yield path
        else:
            yield Skipped(str(path), "no such file or folder")
