"""Search: query parsing, and a full-text index of titles, bylines, sections, bodies and quotes.

The index is SQLite FTS5 (in the standard library: fast, on disk, accent- and case-folding
through its unicode61 tokenizer), in a file beside the library index. It is built and kept
current by a separate process (`python -m reader.search build ...`), so parsing thousands of
bodies never slows the reader; until it is complete, titles and sections are still searched
in memory.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from contextlib import closing
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reader.loading import Unreadable, article_paths, read_text
from reader.model import Block, Story
from reader.parsing import parse

if TYPE_CHECKING:
    import sqlite3  # imported where used: the reader starts without it (0.9 MiB) until the first search

SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS docs USING fts5(
    id UNINDEXED, title, byline, section, body, quotes, speakers,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, mtime INTEGER, size INTEGER);
CREATE TABLE IF NOT EXISTS doc_files (docid INTEGER NOT NULL, path TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS doc_files_path ON doc_files (path);
CREATE INDEX IF NOT EXISTS doc_files_docid ON doc_files (docid);
CREATE TABLE IF NOT EXISTS briefs (id TEXT PRIMARY KEY, docid INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value);
"""
BATCH = 200  # files per transaction: a build that is stopped keeps what it committed
SCHEMA_VERSION = 4  # PRAGMA user_version; an index file of another version is rebuilt from scratch
TOKEN = re.compile(r'(\w+):("[^"]*"?|\S+)|"([^"]*)"?|(\S+)')
WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """Case- and accent-insensitive form, for matching in memory and highlighting.

    Not used to build FTS queries: the index's tokenizer folds the query text itself, and its
    folding differs from this one (it keeps `ß`, `й`, ligatures and full-width letters)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _folded(text: str) -> tuple[str, list[int] | None]:
    """`fold(text)` and, for each of its characters, the offset in `text` it came from (None: the same).

    Folding one character can give several (`ß` -> `ss`) or none (a combining accent in NFD text)."""
    if text.isascii():
        return text.lower(), None
    parts: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        folded = fold(ch)
        parts.append(folded)
        origin.extend([index] * len(folded))
    return "".join(parts), origin


def term_spans(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) offsets in `text` where a folded term occurs, in order."""
    if not terms:
        return []
    folded, origin = _folded(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        if not term:
            continue
        start = folded.find(term)
        while start >= 0:
            end = start + len(term)
            if origin is None:
                spans.append((start, end))
            else:
                first, last = origin[start], origin[end - 1] + 1
                while last < len(text) and unicodedata.combining(text[last]):
                    last += 1  # the accents on the last letter belong to the match
                spans.append((first, last))
            start = folded.find(term, end)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


@dataclass
class Query:
    """`putin "exact phrase" speaker:putin section:superpowers is:unread`."""

    words: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    speaker: list[str] = field(default_factory=list)
    section: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)  # unread, bookmarked, read

    @property
    def empty(self) -> bool:
        return not (self.words or self.phrases or self.speaker or self.section or self.flags)

    @property
    def text_terms(self) -> list[str]:
        """What to highlight: the words and phrases (folded)."""
        return [fold(t) for t in (*self.phrases, *self.words) if t.strip()]

    def fts(self) -> str | None:
        """The FTS5 MATCH expression, or None when only flags were given."""
        # Words go to FTS as typed (quoted): its tokenizer folds case and accents of the query
        # exactly as it did the text, which `fold` cannot match for every script.
        parts: list[str] = []
        for word in self.words:
            # While typing, short prefixes match most of the library and are the slowest queries:
            # one letter narrows nothing, and two letters look in titles and sections only.
            for w in WORD.findall(word):
                if len(w) > 2:
                    parts.append(f'"{w}"*')
                elif len(w) == 2:
                    parts.append(f'{{title section}} : "{w}"*')
        for phrase in self.phrases:
            words = WORD.findall(phrase)
            if words:
                parts.append('"' + " ".join(words) + '"')
        for column, values in (("speakers", self.speaker), ("section", self.section)):
            for value in values:
                words = WORD.findall(value)
                if words:
                    parts.append(f"{column} : (" + " ".join(f'"{w}"*' for w in words) + ")")
        return " AND ".join(parts) or None


def parse_query(text: str) -> Query:
    query = Query()
    for match in TOKEN.finditer(text):
        key, value, phrase, word = match.groups()
        if key is not None:
            value = value.strip('"')
            key = key.casefold()
            if key == "is" and value.casefold() in ("unread", "bookmarked", "read"):
                query.flags.add(value.casefold())
            elif key == "speaker":
                query.speaker.append(value)
            elif key == "section":
                query.section.append(value)
            else:
                query.words.append(f"{key} {value}")
        elif phrase is not None:
            query.phrases.append(phrase)
        elif word:
            query.words.append(word)
    return query


def matches_in_memory(story: Story, query: Query) -> bool:
    """Title and section only: what can be searched before the full-text index is ready."""
    if query.speaker:
        return False
    haystack = fold(f"{story.title} {story.section or ''} {story.teaser or ''}")
    words = WORD.findall(haystack)
    for term in query.words:
        for part in WORD.findall(fold(term)):
            if not any(w.startswith(part) for w in words):
                return False
    for phrase in query.phrases:
        if " ".join(WORD.findall(fold(phrase))) not in " ".join(words):
            return False
    return all(fold(s) in fold(story.section or "") for s in query.section)


class SearchIndex:
    """Read side, used by the app: ids of stories matching a query."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None
        self._version: int | None = None
        self._story_of: dict[int, str] = {}  # document rowid -> story id
        self._warmed: dict[int, str] | None = None

    def warm(self) -> None:
        """Load the rowid -> id table before the first query needs it (from a worker thread)."""
        if self._version is not None or not self.path.exists():
            return
        import sqlite3

        try:
            with closing(sqlite3.connect(self.path, timeout=0.2)) as db:
                self._warmed = dict(db.execute("SELECT rowid, id FROM docs"))
        except sqlite3.Error:
            self._warmed = None

    def ids(self, query: Query) -> set[str] | None:
        """Matching ids, or None when the index is not there (yet) or cannot be read."""
        expression = query.fts()
        if expression is None or not self.path.exists():
            return None
        import sqlite3

        try:
            if self._db is None:
                self._db = sqlite3.connect(self.path, timeout=0.2)
            complete = self._db.execute("SELECT value FROM meta WHERE key = 'complete'").fetchone()
            if complete is None or complete[0] != 1:
                return None  # still being built: a partial answer would hide stories not yet indexed
            # Reading the unindexed id column per hit is most of a query's cost; rowids are free,
            # so map them through a table loaded once and again whenever the builder commits.
            version = self._db.execute("PRAGMA data_version").fetchone()[0]
            if version != self._version:
                warmed, self._warmed = self._warmed, None
                first = self._version is None and warmed is not None
                self._story_of = warmed if first else dict(self._db.execute("SELECT rowid, id FROM docs"))  # type: ignore[assignment]
                self._version = version
            story_of = self._story_of
            rows = self._db.execute("SELECT rowid FROM docs WHERE docs MATCH ?", (expression,))
            return {story_of[rowid] for (rowid,) in rows if rowid in story_of}
        except sqlite3.Error:
            self._db = None  # a half-built or damaged index: search titles in memory instead
            return None


def _document(story: Story) -> tuple[str, ...]:
    from reader.quotes import find_quotes  # only the indexing process needs it, not the reader

    blocks = story.body if story.kind == "full" else [Block("paragraph", story.teaser or "")]
    quotes = find_quotes(blocks)
    return (
        story.id,
        story.title,
        " ".join(story.authors),
        story.section or "",
        "\n".join(block.text for block in blocks),
        "\n".join(q.text for q in quotes),
        " ; ".join(sorted({q.speaker for q in quotes if q.speaker})),
    )


def build(path: Path, roots: Sequence[Path]) -> int:
    """Bring the full-text index at `path` up to date with the article files; returns files parsed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = _open_for_writing(path)
    try:
        known = {row[0]: (row[1], row[2]) for row in db.execute("SELECT path, mtime, size FROM files")}
        current: dict[str, tuple[int, int]] = {}
        for item in article_paths(roots):
            if isinstance(item, Path):
                try:
                    st = item.stat()
                except OSError:
                    continue
                current[str(item)] = (st.st_mtime_ns, st.st_size)
        stale = [p for p, stamp in current.items() if known.get(p) != stamp]
        gone = [p for p in known if p not in current]
        if stale or gone:
            with db:
                _set_complete(db, False)
        for batch_start in range(0, max(len(stale), 1), BATCH):
            with db:
                if batch_start == 0:
                    _forget(db, gone)
                batch = stale[batch_start : batch_start + BATCH]
                _forget(db, batch)
                for file in batch:
                    _add(db, file, current[file])
        with db:
            _set_complete(db, True)
        return len(stale)
    finally:
        db.close()


def _open_for_writing(path: Path) -> sqlite3.Connection:
    """The index, with the current schema; a damaged file or one of another schema version is
    started afresh (it is only a cache of the article files)."""
    import sqlite3

    for attempt in range(2):
        db = sqlite3.connect(path, timeout=30)
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version != SCHEMA_VERSION:
                with db:
                    for table in ("docs", "doc_files", "files", "briefs"):
                        db.execute(f"DROP TABLE IF EXISTS {table}")
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(SCHEMA)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            return db
        except sqlite3.DatabaseError:
            db.close()
            if attempt:
                raise
            for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                leftover.unlink(missing_ok=True)
    raise AssertionError("unreachable")


def _set_complete(db: sqlite3.Connection, complete: bool) -> None:
    db.execute("INSERT OR REPLACE INTO meta VALUES ('complete', ?)", (int(complete),))


def _forget(db: sqlite3.Connection, paths: Iterable[str]) -> None:
    """Drop what came from `paths`: by row, and a shared headline only once no file lists it."""
    for file in paths:
        rows = db.execute("SELECT docid FROM doc_files WHERE path = ?", (file,)).fetchall()
        db.execute("DELETE FROM doc_files WHERE path = ?", (file,))
        for (docid,) in rows:
            if db.execute("SELECT 1 FROM doc_files WHERE docid = ? LIMIT 1", (docid,)).fetchone() is None:
                db.execute("DELETE FROM docs WHERE rowid = ?", (docid,))
                db.execute("DELETE FROM briefs WHERE docid = ?", (docid,))
        db.execute("DELETE FROM files WHERE path = ?", (file,))


def _add(db: sqlite3.Connection, file: str, stamp: tuple[int, int]) -> None:
    try:
        stories = parse(read_text(Path(file)), source=file)
    except Unreadable:
        stories = []
    for story in stories:
        # A headline listed by many files is one document, shared; an article is always its own.
        shared = db.execute("SELECT docid FROM briefs WHERE id = ?", (story.id,)).fetchone() if story.kind == "brief" else None
        if shared is not None:
            row = shared[0]
        else:
            row = db.execute("INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?)", _document(story)).lastrowid
            if story.kind == "brief":
                db.execute("INSERT INTO briefs VALUES (?, ?)", (story.id, row))
        db.execute("INSERT INTO doc_files VALUES (?, ?)", (row, file))
    db.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?)", (file, *stamp))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.search")
    commands = parser.add_subparsers(dest="command", required=True)
    build_cmd = commands.add_parser("build", help="build or update a full-text index")
    build_cmd.add_argument("--index", type=Path, required=True)
    build_cmd.add_argument("roots", nargs="+", type=Path)
    query_cmd = commands.add_parser("query", help="print the ids matching a query")
    query_cmd.add_argument("--index", type=Path, required=True)
    query_cmd.add_argument("query")
    args = parser.parse_args(argv)
    if args.command == "build":
        print(f"parsed {build(args.index, args.roots)} files", file=sys.stderr)
    else:
        for story_id in sorted(SearchIndex(args.index).ids(parse_query(args.query)) or ()):
            print(story_id)
    return 0


if __name__ == "__main__":
    sys.exit(main())
