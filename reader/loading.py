"""Read article files from disk into text, refusing what is not text with a one-line reason."""

from __future__ import annotations

import codecs
import os
import re
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
        return _one_line(f"newsreader: skipped {self.path}: {self.reason}")


def _one_line(text: str) -> str:
    """A file name may hold line breaks; show them as symbols so one report stays one line."""
    return text.replace("\r", "\u240d").replace("\n", "\u240a")


# UTF-32 first: its little-endian BOM starts with UTF-16's.
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls that text files do not carry (tab, newlines, form feed and ESC aside).
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 or UTF-32 with a BOM, then cp1252, the usual scraped-text encodings."""
    if not data.strip():
        raise Unreadable("empty file")
    encoding = next((name for bom, name in _WIDE_BOMS if data.startswith(bom)), None)
    text = _decode_wide(data, encoding) if encoding else _decode_narrow(data)
    if len(_CONTROLS.findall(text)) > max(8, len(text) // 20):
        raise Unreadable("binary file, not text")
    if not text.strip():
        raise Unreadable("empty file")
    return text


def _decode_wide(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise Unreadable(f"broken {encoding.upper()} text") from exc


def _decode_narrow(data: bytes) -> str:
    if b"\x00" in data:
        raise Unreadable("binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise Unreadable("not UTF-8 or cp1252 text") from exc


def read_text(path: Path) -> str:
    """The file's text, or `Unreadable` with the reason."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise Unreadable(f"too large ({size:,} bytes; the limit is {MAX_BYTES:,} bytes)")
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise Unreadable(exc.strerror or str(exc)) from exc
    if len(data) > MAX_BYTES:  # grew since `stat`, or a device that reports no size
        raise Unreadable(f"too large (over the limit of {MAX_BYTES:,} bytes)")
    return decode(data)


def article_paths(paths: Iterable[Path]) -> Iterator[Path | Skipped]:
    """Files named directly, and `.txt` files found recursively in folders, in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(Path(file) for file in _files_in(path))
        elif path.exists():
            yield path
        else:
            yield Skipped(str(path), "no such file or folder")


def article_files(paths: Iterable[Path]) -> Iterator[str | Skipped]:
    """The same files as `article_paths`, as strings and in no particular order: a cheap walk."""
    for path in paths:
        if path.is_dir():
            yield from _files_in(path)
        elif path.exists():
            yield str(path)
        else:
            yield Skipped(str(path), "no such file or folder")


def _files_in(folder: Path) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith("."):
                yield os.path.join(root, name)
