"""The one store for reading state: read/unread, bookmarks and settings, in TinyDB.

Stock TinyDB rewrites its file in place and trusts whatever it finds, so a crash
mid-write or a second terminal can lose a reader's bookmarks. This store adds what
TinyDB's maintainers advise (a custom Storage) and what a reader needs:

* atomic writes: temp file in the same folder, fsync, `os.replace`, fsync the folder;
* corruption is detected, copied aside as `<file>.corrupt-<timestamp>`, reported, and
  the store carries on from `<file>.bak` (made at start-up) or fresh, with every complete
  entry the damaged file still holds before the damage merged over it;
* an exclusive `fcntl` lock on `<file>.lock` around every read-modify-write, and a
  reload whenever another process changed the file since we last read it (checked by
  content once per lock: inode, size and mtime can all repeat after an `os.replace`);
* read-state sharded by the first hex digit of the story id into `<file>.read-X.json`
  beside the main file, so a toggle rewrites a small file even after years of use.

The main file (`--db PATH`) keeps bookmarks (with title and source, so the list works
when an article file is gone) and settings; bookmarks are never pruned.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import orjson
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Document, Table

APP_NAME = "newsreader"
_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"\s*")
SHARDS = "0123456789abcdef"
TEMP_PREFIX = ".newsreader-tmp-"


class StateError(Exception):
    """The state cannot be saved (for example the file is unreadable); the message says why."""


def default_path() -> Path:
    """`$XDG_DATA_HOME/newsreader/state.json` (platformdirs' user data dir)."""
    import platformdirs

    return platformdirs.user_data_path(APP_NAME) / "state.json"


@dataclass(frozen=True, slots=True)
class Bookmark:
    id: str
    title: str
    source: str | None
    bookmarked_at: str  # ISO 8601, UTC

    def to_dict(self) -> dict[str, str | None]:
        return {"id": self.id, "title": self.title, "source": self.source, "bookmarked_at": self.bookmarked_at}


class StrIdTable(Table):
    """Story ids are hex strings; using them as document ids makes a lookup a dict access."""

    document_id_class = str


def _valid(data: Any) -> bool:
    """TinyDB's shape: {table name: {doc id: {field: value}}}."""
    return isinstance(data, dict) and all(
        isinstance(table, dict) and all(isinstance(doc, dict) for doc in table.values()) for table in data.values()
    )


def _bookmark_fields(doc: dict[str, Any]) -> tuple[str, str | None, str]:
    """title, source, bookmarked_at; a hand-edited wrong type reads as missing, not a crash."""
    title, source, when = doc.get("title"), doc.get("source"), doc.get("bookmarked_at")
    return (
        title if isinstance(title, str) else "",
        source if isinstance(source, str) else None,
        when if isinstance(when, str) else "",
    )


def _salvage(raw: bytes) -> dict[str, dict[str, Any]]:
    """Every complete document a damaged file still holds before the damage, in TinyDB's shape: a
    file cut off by a crash or a full disk keeps the bookmarks written before the cut."""
    text = raw.decode("utf-8", errors="replace")
    found: dict[str, dict[str, Any]] = {}

    def skip(at: int, expected: str = "") -> int:
        at = _SPACE.match(text, at).end()  # type: ignore[union-attr]
        if expected:
            if text[at : at + 1] != expected:
                raise ValueError(expected)
            at = _SPACE.match(text, at + 1).end()  # type: ignore[union-attr]
        return at

    try:
        at = skip(0, "{")
        while text[at : at + 1] == '"':
            name, at = _DECODER.raw_decode(text, at)
            at = skip(skip(at, ":"), "{")
            docs = found.setdefault(name, {})
            while text[at : at + 1] == '"':
                doc_id, at = _DECODER.raw_decode(text, at)
                doc, at = _DECODER.raw_decode(text, skip(at, ":"))
                if isinstance(doc, dict):
                    docs[doc_id] = doc
                at = skip(at)
                at = skip(at, ",") if text[at : at + 1] == "," else at
            at = skip(at, "}")
            at = skip(at, ",") if text[at : at + 1] == "," else at
    except (ValueError, RecursionError):
        pass  # the damage: keep what came before it
    return found


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new file, never half."""
    fd, temp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{path.name}-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _fsync_dir(path.parent)


class SafeStorage(Storage):
    """A TinyDB Storage that writes atomically, never trusts a damaged file, and reloads on change.

    The cache is compared with the file again after each `invalidate()`, which the store calls
    whenever it takes or releases its lock (in between, only the lock holder can write).

    `problems` collects plain-language reports of what was found wrong and what was done.
    """

    def __init__(self, path: Path, backup: Path | None = None, problems: list[str] | None = None) -> None:
        self.path = path
        self.backup = backup
        self.problems = problems if problems is not None else []
        self._cache: dict[str, dict[str, Any]] | None = None
        self._raw: bytes | None = None  # the file's bytes that _cache matches (None: no file)
        self._checked = False  # _cache was compared with the file since the lock was last taken
        self.read_only = False

    def invalidate(self) -> None:
        """Another process may change the file now; compare before trusting the cache again.

        Called whenever the store's lock is taken or released. A comparison of (inode, size,
        mtime) is not enough: `os.replace` recycles inodes (two alternate), a toggle back
        restores the size, and mtime has a coarse tick on many kernels, so another process's
        write could go unnoticed and be overwritten. Comparing bytes once per lock is cheap.
        """
        self._checked = False

    def read(self) -> dict[str, dict[str, Any]] | None:
        if self._cache is not None and self._checked:
            return self._cache
        try:
            raw: bytes | None = self.path.read_bytes()
        except FileNotFoundError:
            raw = None
        except OSError as exc:
            if not self.read_only:
                self.read_only = True
                self.problems.append(
                    f"Cannot read the state file {self.path} ({exc.strerror or exc}); it was left untouched and "
                    "changes made now will not be saved."
                )
            self._cache, self._raw, self._checked = {}, None, True
            return self._cache
        if self._cache is None or raw != self._raw:
            if raw is None:
                self._cache, self._raw = {}, None
            else:
                self._cache = self._load(raw)  # sets _raw to what the file now holds
        self._checked = True
        return self._cache

    def _load(self, raw: bytes) -> dict[str, dict[str, Any]]:
        self._raw = None
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError:
            data = None
        if _valid(data):
            self._raw = raw
            return data
        return self._recover(raw)

    def _recover(self, raw: bytes) -> dict[str, dict[str, Any]]:
        """Keep the damaged bytes aside, then carry on from the backup or fresh."""
        try:
            return self._set_aside(raw)
        except OSError as exc:
            self.read_only = True
            self.problems.append(
                f"The state file {self.path} is damaged and could not be set aside ({exc.strerror or exc}); "
                "it was left untouched and changes made now will not be saved."
            )
            return {}

    def _set_aside(self, raw: bytes) -> dict[str, dict[str, Any]]:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        counter = 1
        while aside.exists():
            aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{counter}")
            counter += 1
        atomic_write(aside, raw)
        what = "empty" if not raw.strip() else "damaged"
        backup = self._from_backup()
        data = backup if backup is not None else {}
        # what the damaged file still holds is newer than the backup (made at the session's start):
        # a bookmark made since then must not be lost with the part of the file that is cut off
        kept = 0
        for name, docs in _salvage(raw).items():
            table = data.setdefault(name, {})
            kept += sum(table.get(doc_id) != doc for doc_id, doc in docs.items())
            table.update(docs)
        self._raw = orjson.dumps(data)
        atomic_write(self.path, self._raw)
        started = (f"the backup {self.backup.name if self.backup else ''} was restored" if backup is not None
                   else "a fresh one was started")
        entries = f"{kept} {'entry' if kept == 1 else 'entries'}"
        salvaged = f", with {entries} still readable in the damaged file" if kept else ""
        self.problems.append(
            f"The state file {self.path} was {what}; it was kept as {aside.name} and {started}{salvaged}.")
        return data

    def _from_backup(self) -> dict[str, dict[str, Any]] | None:
        if self.backup is None:
            return None
        try:
            data = orjson.loads(self.backup.read_bytes())
        except (OSError, orjson.JSONDecodeError):
            return None
        return data if _valid(data) else None

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        if self.read_only:
            # TinyDB has already changed the cached dict in place: forget it, so the refused
            # change is not shown as if it had been saved.
            self._cache, self._raw, self._checked = None, None, False
            raise StateError(f"the state file {self.path} could not be read, so it is not overwritten")
        raw = orjson.dumps(data)
        try:
            atomic_write(self.path, raw)
        except BaseException:
            self._cache, self._raw, self._checked = None, None, False  # the file is as it was: re-read it
            raise
        self._cache, self._raw = data, raw

    def make_backup(self) -> None:
        """Copy the (valid) file to its backup; called once per session before it changes."""
        if self.backup is None or self.read_only or not self.path.exists():
            return
        data = self.read()
        if data:
            atomic_write(self.backup, orjson.dumps(data))

    def close(self) -> None:
        self._cache, self._raw, self._checked = None, None, False


class StateStore:
    """Every read and write of reading state goes through here."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.problems: list[str] = []
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StateError(f"cannot create the folder for {self.path}: {exc.strerror or exc}") from exc
        self._lock_path = self.path.with_name(self.path.name + ".lock")
        self._dbs: dict[str, TinyDB] = {}
        self._backed_up: set[str] = set()
        with self._locked():
            self._clean_temp_files()
            main = self._db("main")
            main.storage.read()
            self._backup("main")

    # files -------------------------------------------------------------------------------

    def _file(self, part: str) -> Path:
        return self.path if part == "main" else self.path.with_name(f"{self.path.stem}.read-{part}.json")

    def _db(self, part: str) -> TinyDB:
        db = self._dbs.get(part)
        if db is None:
            file = self._file(part)
            backup = file.with_name(file.name + ".bak")
            db = TinyDB(storage=SafeStorage, path=file, backup=backup, problems=self.problems)
            db.table_class = StrIdTable
            self._dbs[part] = db
        return db

    def _table(self, part: str, name: str) -> Table:
        return self._db(part).table(name, cache_size=0)

    def _backup(self, part: str) -> None:
        if part not in self._backed_up:
            self._backed_up.add(part)
            self._db(part).storage.make_backup()

    def _clean_temp_files(self) -> None:
        """Remove half-written files a killed process left behind: this store's only, not a neighbour's."""
        for leftover in self.path.parent.glob(f"{TEMP_PREFIX}{self.path.stem}.*"):
            with contextlib.suppress(OSError):
                leftover.unlink()

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Exclusive across processes: one read-modify-write at a time."""
        with open(self._lock_path, "a+b") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            self._invalidate()
            try:
                yield
            finally:
                self._invalidate()
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _invalidate(self) -> None:
        for db in self._dbs.values():
            db.storage.invalidate()

    @staticmethod
    def _shard(story_id: str) -> str:
        first = story_id[:1].lower()
        return first if first and first in SHARDS else "0"  # ("" is `in` every string)

    # reading state ---------------------------------------------------------------------------

    def read_ids(self) -> set[str]:
        """Every story id marked read (all shards, one bulk load)."""
        ids: set[str] = set()
        with self._locked():
            for part in SHARDS:
                if self._file(part).exists():
                    data = self._db(part).storage.read() or {}
                    ids.update(data.get("read", {}))
        return ids

    def is_read(self, story_id: str) -> bool:
        with self._locked():
            return self._table(self._shard(story_id), "read").contains(doc_id=story_id)

    def set_read(self, story_ids: Iterable[str], read: bool = True) -> None:
        """Set (not toggle) the read flag, so repeating it is harmless."""
        by_shard: dict[str, list[str]] = {}
        for story_id in story_ids:
            by_shard.setdefault(self._shard(story_id), []).append(story_id)
        with self._locked():
            for part, ids in by_shard.items():
                table = self._table(part, "read")
                self._backup(part)
                if read:
                    missing = [i for i in ids if not table.contains(doc_id=i)]
                    if missing:
                        table.insert_multiple(Document({}, doc_id=i) for i in missing)
                else:
                    present = [i for i in ids if table.contains(doc_id=i)]
                    if present:
                        table.remove(doc_ids=present)

    # bookmarks ----------------------------------------------------------------------------------

    def bookmarks(self) -> list[Bookmark]:
        """Newest first (bookmarks made within the same second: the later one first)."""
        with self._locked():
            docs = self._table("main", "bookmarks").all()  # in the order they were made
        marks = [Bookmark(str(doc.doc_id), *_bookmark_fields(doc)) for doc in docs]
        order = sorted(range(len(marks)), key=lambda i: (marks[i].bookmarked_at, i), reverse=True)
        return [marks[i] for i in order]

    def bookmarked_ids(self) -> set[str]:
        with self._locked():
            data = self._db("main").storage.read() or {}
        return set(data.get("bookmarks", {}))

    def is_bookmarked(self, story_id: str) -> bool:
        with self._locked():
            return self._table("main", "bookmarks").contains(doc_id=story_id)

    def set_bookmark(self, story_id: str, on: bool, title: str = "", source: str | None = None) -> None:
        """Set (not toggle); keeps the title and source so the list outlives the article file."""
        with self._locked():
            table = self._table("main", "bookmarks")
            present = table.contains(doc_id=story_id)
            if on and not present:
                now = datetime.now(timezone.utc).isoformat(timespec="seconds")
                table.insert(Document({"title": title, "source": source, "bookmarked_at": now}, doc_id=story_id))
            elif not on and present:
                table.remove(doc_ids=[story_id])

    # settings -------------------------------------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        with self._locked():
            doc = self._table("main", "settings").get(doc_id=key)
        return doc["value"] if doc is not None and "value" in doc else default

    def set_setting(self, key: str, value: Any) -> None:
        with self._locked():
            table = self._table("main", "settings")
            doc = table.get(doc_id=key)
            if doc is None or doc.get("value") != value:
                table.upsert(Document({"value": value}, doc_id=key))

    def close(self) -> None:
        for db in self._dbs.values():
            db.close()
        self._dbs.clear()

