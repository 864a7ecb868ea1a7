"""The state store (reader/state.py) and the state commands of the CLI.

Covers every operation, persistence, damaged and unreadable files, leftover temp files,
crash safety (SIGKILL at random moments), two processes writing at once, and the
bookmark / unbookmark / mark-read / mark-unread / bookmarks commands.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace

import orjson
import pytest

import reader.state
from reader.state import TEMP_PREFIX, Bookmark, StateError, StateStore, default_path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_0eb3d89bfb918848.txt"
FULL_ID = "81dad1acdfb81615"  # the seed's full story
BRIEF_ID = "75d569ba41f0cb8d"  # a related headline in the seed
FULL_TITLE = "US envoys head to Moscow for Ukraine ceasefire talks"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "state.json"


@pytest.fixture
def store(db: Path):
    opened = StateStore(db)
    yield opened
    opened.close()


def reopen(db: Path) -> StateStore:
    fresh = StateStore(db)
    assert fresh.problems == []
    return fresh


def corrupt_copies(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + ".corrupt-*"))


def raw(path: Path) -> bytes:
    """The file's bytes, bypassing a patched Path.read_bytes."""
    with open(path, "rb") as handle:
        return handle.read()


def parse_iso(text: str) -> datetime:
    when = datetime.fromisoformat(text)
    assert when.tzinfo is not None and when.utcoffset() == timedelta(0), text
    return when


# read / unread ----------------------------------------------------------------------------------


def test_set_read_on_and_off(store: StateStore, db: Path) -> None:
    assert store.read_ids() == set()
    assert not store.is_read("a1")
    store.set_read(["a1", "b2", "0c"])
    assert store.read_ids() == {"a1", "b2", "0c"}
    assert store.is_read("a1") and store.is_read("b2") and store.is_read("0c")
    assert not store.is_read("a2")
    store.set_read(["a1"], read=False)
    assert store.read_ids() == {"b2", "0c"}
    assert not store.is_read("a1")
    assert store.is_read("b2")
    # read state lives in shards by first hex digit, never in the main file
    assert sorted(p.name for p in db.parent.glob("state.read-*.json")) == [
        "state.read-0.json",
        "state.read-a.json",
        "state.read-b.json",
    ]
    assert orjson.loads((db.parent / "state.read-b.json").read_bytes()) == {"read": {"b2": {}}}
    assert orjson.loads((db.parent / "state.read-a.json").read_bytes()) == {"read": {}}
    assert "read" not in (orjson.loads(db.read_bytes()) if db.exists() else {})


def test_set_read_odd_ids_go_to_shard_zero(store: StateStore, db: Path) -> None:
    store.set_read(["Zebra", "AB12", "", "x"])
    assert store.read_ids() == {"Zebra", "AB12", "", "x"}
    assert store.is_read("AB12") and store.is_read("Zebra") and store.is_read("")
    assert set(orjson.loads((db.parent / "state.read-0.json").read_bytes())["read"]) == {"Zebra", "", "x"}
    assert set(orjson.loads((db.parent / "state.read-a.json").read_bytes())["read"]) == {"AB12"}


def test_set_read_is_set_not_toggle(store: StateStore, db: Path) -> None:
    store.set_read(["a1", "a2"])
    shard = db.parent / "state.read-a.json"
    before = (shard.read_bytes(), shard.stat().st_ino)
    store.set_read(["a1", "a2", "a1"])  # again, and a duplicate in one call
    assert store.read_ids() == {"a1", "a2"}
    assert (shard.read_bytes(), shard.stat().st_ino) == before, "a no-op must not rewrite the file"
    store.set_read(["a9"], read=False)  # unread something never read
    store.set_read(["a1"], read=False)
    store.set_read(["a1"], read=False)
    assert store.read_ids() == {"a2"}
    store.set_read([])
    assert store.read_ids() == {"a2"}


# bookmarks -------------------------------------------------------------------------------------------


def test_set_bookmark_keeps_title_source_and_time(store: StateStore) -> None:
    before = datetime.now(timezone.utc).replace(microsecond=0)
    store.set_bookmark("abc123", True, title="A title", source="/news/a.txt")
    after = datetime.now(timezone.utc)
    [mark] = store.bookmarks()
    assert isinstance(mark, Bookmark)
    assert (mark.id, mark.title, mark.source) == ("abc123", "A title", "/news/a.txt")
    assert before <= parse_iso(mark.bookmarked_at) <= after
    assert mark.to_dict() == {
        "id": "abc123",
        "title": "A title",
        "source": "/news/a.txt",
        "bookmarked_at": mark.bookmarked_at,
    }
    assert store.is_bookmarked("abc123")
    assert store.bookmarked_ids() == {"abc123"}

    store.set_bookmark("abc123", False)
    assert store.bookmarks() == []
    assert store.bookmarked_ids() == set()
    assert not store.is_bookmarked("abc123")

    store.set_bookmark("def", True)  # no title or source known
    [mark] = store.bookmarks()
    assert (mark.id, mark.title, mark.source) == ("def", "", None)
    parse_iso(mark.bookmarked_at)


def test_set_bookmark_is_set_not_toggle(store: StateStore, db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store.set_bookmark("abc", True, title="First", source="a.txt")
    first = store.bookmarks()
    before = (db.read_bytes(), db.stat().st_ino)
    later = datetime.now(timezone.utc) + timedelta(days=3)
    monkeypatch.setattr(reader.state, "datetime", SimpleNamespace(now=lambda tz=None: later))
    store.set_bookmark("abc", True, title="Second", source="b.txt")  # again: keeps the original
    assert store.bookmarks() == first
    assert (db.read_bytes(), db.stat().st_ino) == before, "a no-op must not rewrite the file"
    store.set_bookmark("zzz", False)  # removing what is not there
    store.set_bookmark("abc", False)
    store.set_bookmark("abc", False)
    assert store.bookmarks() == []


def test_bookmarks_newest_first(store: StateStore, monkeypatch: pytest.MonkeyPatch) -> None:
    start = datetime(2025, 3, 12, 9, 30, 0, tzinfo=timezone.utc)
    clock = iter([start + timedelta(hours=h) for h in (5, 1, 9, 3)])
    monkeypatch.setattr(reader.state, "datetime", SimpleNamespace(now=lambda tz=None: next(clock)))
    for story_id in ("five", "one", "nine", "three"):
        store.set_bookmark(story_id, True, title=story_id.upper())
    marks = store.bookmarks()
    assert [m.id for m in marks] == ["nine", "five", "three", "one"]
    assert [m.bookmarked_at for m in marks] == [
        "2025-03-12T18:30:00+00:00",
        "2025-03-12T14:30:00+00:00",
        "2025-03-12T12:30:00+00:00",
        "2025-03-12T10:30:00+00:00",
    ]
    assert store.bookmarked_ids() == {"five", "one", "nine", "three"}


def test_bookmarks_made_in_the_same_second_newest_first(store: StateStore, monkeypatch: pytest.MonkeyPatch) -> None:
    same = datetime(2025, 3, 12, 9, 30, 0, tzinfo=timezone.utc)
    monkeypatch.setattr(reader.state, "datetime", SimpleNamespace(now=lambda tz=None: same))
    for story_id in ("a", "b", "c"):
        store.set_bookmark(story_id, True)
    assert [m.id for m in store.bookmarks()] == ["c", "b", "a"]
    store.set_bookmark("a", False)
    store.set_bookmark("a", True)  # re-bookmarked: now the newest
    assert [m.id for m in store.bookmarks()] == ["a", "c", "b"]


def test_bookmarks_with_hand_edited_fields_do_not_crash(db: Path) -> None:
    db.write_bytes(orjson.dumps({"bookmarks": {
        "x": {"title": 5, "source": ["no"], "bookmarked_at": None},
        "y": {"title": "Y", "bookmarked_at": "2025-01-01T00:00:00+00:00"},
        "z": {},
    }}))
    store = reopen(db)
    assert [(m.id, m.title, m.source) for m in store.bookmarks()] == [("y", "Y", None), ("z", "", None), ("x", "", None)]


# settings ----------------------------------------------------------------------------------------------


def test_settings(store: StateStore, db: Path) -> None:
    assert store.setting("theme") is None
    assert store.setting("theme", "dark") == "dark"
    store.set_setting("theme", "light")
    assert store.setting("theme", "dark") == "light"
    store.set_setting("theme", "solarized")
    assert store.setting("theme") == "solarized"
    store.set_setting("width", 88)
    store.set_setting("columns", ["title", "date"])
    store.set_setting("flags", {"wrap": True, "n": None})
    store.set_setting("nothing", None)
    assert store.setting("width") == 88
    assert store.setting("columns") == ["title", "date"]
    assert store.setting("flags") == {"wrap": True, "n": None}
    assert store.setting("nothing", "default") is None  # a stored None is a value, not "unset"
    before = (db.read_bytes(), db.stat().st_ino)
    store.set_setting("width", 88)  # the same value again: no rewrite
    assert (db.read_bytes(), db.stat().st_ino) == before
    # settings and bookmarks share the main file without disturbing each other
    store.set_bookmark("abc", True, title="T")
    assert store.setting("theme") == "solarized"
    assert store.bookmarked_ids() == {"abc"}


# persistence -------------------------------------------------------------------------------------------


def test_state_survives_close_and_reopen(db: Path) -> None:
    first = StateStore(db)
    first.set_read(["a1", "b2", "c3", "f4"])
    first.set_read(["c3"], read=False)
    first.set_bookmark("b2", True, title="Bee", source="b.txt")
    first.set_bookmark("c3", True, title="Sea")
    first.set_bookmark("c3", False)
    first.set_setting("theme", "light")
    marks = first.bookmarks()
    first.close()

    second = reopen(db)
    assert second.read_ids() == {"a1", "b2", "f4"}
    assert second.is_read("f4") and not second.is_read("c3")
    assert second.bookmarks() == marks
    assert second.bookmarked_ids() == {"b2"}
    assert second.setting("theme") == "light"
    second.set_read(["f4"], read=False)
    second.close()
    assert reopen(db).read_ids() == {"a1", "b2"}


def test_two_stores_on_one_file_see_each_other(db: Path) -> None:
    one, two = StateStore(db), StateStore(db)
    one.set_bookmark("a", True)
    assert two.bookmarked_ids() == {"a"}
    two.set_bookmark("b", True)
    one.set_read(["c1"])
    assert one.bookmarked_ids() == {"a", "b"}
    assert two.read_ids() == {"c1"}


def test_another_writer_is_noticed_even_when_file_stamps_repeat(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """os.replace recycles inodes and mtime can have a coarse tick: a store must not mistake
    another process's write for the file it last saw (that would lose the other's change)."""
    real_os = os

    class CoarseClockOs:  # every stat looks the same apart from size, like writes in one tick
        def __getattr__(self, name: str):
            return getattr(real_os, name)

        @staticmethod
        def stat(path, *args, **kwargs):
            st = real_os.stat(path, *args, **kwargs)
            return SimpleNamespace(st_ino=1, st_size=st.st_size, st_mtime_ns=0, st_mode=st.st_mode)

    monkeypatch.setattr(reader.state, "os", CoarseClockOs())
    monkeypatch.setattr(reader.state, "datetime", SimpleNamespace(now=lambda tz=None: datetime(2025, 1, 1, tzinfo=timezone.utc)))
    one, two = StateStore(db), StateStore(db)
    one.set_bookmark("a1", True, title="t")
    two.set_bookmark("b1", True, title="t")
    two.set_bookmark("a1", False)  # same size as what `one` last wrote
    one.set_bookmark("a2", True, title="t")
    assert reopen(db).bookmarked_ids() == {"b1", "a2"}


def test_default_path_follows_xdg_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_path() == tmp_path / "xdg" / "newsreader" / "state.json"
    store = StateStore()
    assert store.path == tmp_path / "xdg" / "newsreader" / "state.json"
    store.set_bookmark("abc", True)
    assert "abc" in orjson.loads((tmp_path / "xdg" / "newsreader" / "state.json").read_bytes())["bookmarks"]
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "other"))
    assert default_path() == tmp_path / "other" / "newsreader" / "state.json"


# damaged files -------------------------------------------------------------------------------------------

BAD_FILES = {
    "empty": b"",
    "whitespace": b"  \n",
    "truncated": b'{"bookmarks": {"abc": {"title": "Half a wri',
    "garbage": b"this is not json at all \xff\xfe",
    "nul-bytes": b"\x00" * 4096,
    "list": b"[1, 2, 3]",
    "number": b"42",
    "wrong-shape": b'{"bookmarks": [1, 2]}',
    "doc-not-object": b'{"bookmarks": {"abc": 5}}',
}


def make_history(db: Path) -> None:
    """Two sessions: the second one's start-up backs up the state the first one saved."""
    first = StateStore(db)
    first.set_bookmark("kept", True, title="Kept")
    first.set_setting("theme", "light")
    first.close()
    assert not db.with_name("state.json.bak").exists()  # the first session had nothing to back up
    second = reopen(db)
    second.close()
    assert db.with_name("state.json.bak").exists()


def assert_store_usable(db: Path, store: StateStore) -> None:
    store.set_bookmark("new", True, title="New")
    store.set_read(["a1"])
    store.close()
    again = reopen(db)
    assert "new" in again.bookmarked_ids()
    assert again.read_ids() == {"a1"}


@pytest.mark.parametrize("bad", list(BAD_FILES.values()), ids=list(BAD_FILES))
@pytest.mark.parametrize("with_backup", [False, True], ids=["fresh", "from-backup"])
def test_bad_main_file_is_kept_aside_and_replaced(db: Path, bad: bytes, with_backup: bool) -> None:
    if with_backup:
        make_history(db)
    db.write_bytes(bad)
    store = StateStore(db)

    [aside] = corrupt_copies(db)
    assert aside.read_bytes() == bad
    [problem] = store.problems
    assert str(db) in problem and aside.name in problem
    assert ("empty" if not bad.strip() else "damaged") in problem
    assert "Traceback" not in problem and "JSONDecodeError" not in problem
    if with_backup:
        assert "backup" in problem and "restored" in problem
        assert store.bookmarked_ids() == {"kept"}
        assert store.setting("theme") == "light"
    else:
        assert "fresh one was started" in problem
        assert store.bookmarks() == []
        assert store.setting("theme") is None
    assert orjson.loads(db.read_bytes()) is not None  # the main file is valid JSON again
    assert_store_usable(db, store)
    assert corrupt_copies(db) == [aside]  # reopening does not report or copy again


def test_each_corruption_gets_its_own_copy(db: Path) -> None:
    db.write_bytes(b"first")
    StateStore(db).close()
    db.write_bytes(b"second")
    StateStore(db).close()
    copies = corrupt_copies(db)
    assert sorted(c.read_bytes() for c in copies) == [b"first", b"second"]


def test_bad_backup_is_not_used(db: Path) -> None:
    make_history(db)
    db.with_name("state.json.bak").write_bytes(b"[]")
    db.write_bytes(b"{oops")
    store = StateStore(db)
    assert "fresh one was started" in store.problems[0]
    assert store.bookmarks() == []


@pytest.mark.parametrize("bad", [BAD_FILES[k] for k in ("empty", "truncated", "nul-bytes", "list", "wrong-shape")],
                         ids=["empty", "truncated", "nul-bytes", "list", "wrong-shape"])
@pytest.mark.parametrize("with_backup", [False, True], ids=["fresh", "from-backup"])
def test_bad_shard_is_kept_aside_and_replaced(db: Path, bad: bytes, with_backup: bool) -> None:
    first = StateStore(db)
    first.set_read(["a1", "b1", "c1"])
    first.set_bookmark("kept", True)
    first.close()
    if with_backup:
        second = reopen(db)
        second.set_read(["a2"])  # the first change to shard a in a session backs it up first ({a1})
        second.close()
    shard = db.parent / "state.read-a.json"
    shard.write_bytes(bad)

    store = StateStore(db)
    ids = store.read_ids()
    [aside] = corrupt_copies(shard)
    assert aside.read_bytes() == bad
    [problem] = store.problems
    assert str(shard) in problem and aside.name in problem
    if with_backup:
        assert "restored" in problem
        assert ids == {"a1", "b1", "c1"}
    else:
        assert "fresh one was started" in problem
        assert ids == {"b1", "c1"}  # the other shards are untouched
    assert store.bookmarked_ids() == {"kept"}
    store.set_read(["a3"])
    store.close()
    again = reopen(db)
    assert {"a3", "b1", "c1"} <= again.read_ids()
    assert again.is_read("a3")
    assert again.read_ids() == ids | {"a3"}


def test_bad_shard_found_by_set_read(db: Path) -> None:
    StateStore(db).set_read(["a1"])
    (db.parent / "state.read-a.json").write_bytes(b"\x00\x00")
    store = StateStore(db)
    store.set_read(["a5"])
    assert len(store.problems) == 1 and "state.read-a.json" in store.problems[0]
    assert reopen(db).read_ids() == {"a5"}


# unreadable files ------------------------------------------------------------------------------------------


@pytest.fixture
def unreadable(monkeypatch: pytest.MonkeyPatch):
    """As root, chmod 000 does not stop reads; make Path.read_bytes refuse the given paths."""
    refused: set[Path] = set()
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self in refused:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    return refused


def test_unreadable_main_file_is_reported_and_never_overwritten(db: Path, unreadable: set[Path]) -> None:
    make_history(db)
    original, backup = db.read_bytes(), db.with_name("state.json.bak").read_bytes()
    unreadable.add(db)
    store = StateStore(db)
    [problem] = store.problems
    assert "Cannot read" in problem and str(db) in problem and "Permission denied" in problem
    assert "not be saved" in problem
    assert store.bookmarks() == []
    with pytest.raises(StateError, match="could not be read"):
        store.set_bookmark("new", True, title="New")
    with pytest.raises(StateError):
        store.set_setting("theme", "dark")
    assert store.bookmarked_ids() == set(), "a refused change must not look saved"
    assert not store.is_bookmarked("new")
    assert store.setting("theme") is None
    assert len(store.problems) == 1, "reported once, not at every call"
    store.set_read(["a1"])  # the read shards are separate files and still work
    assert store.read_ids() == {"a1"}
    assert raw(db) == original
    assert db.with_name("state.json.bak").read_bytes() == backup
    assert corrupt_copies(db) == []
    unreadable.clear()
    assert reopen(db).bookmarked_ids() == {"kept"}


def test_unreadable_shard_is_reported_and_never_overwritten(db: Path, unreadable: set[Path]) -> None:
    StateStore(db).set_read(["a1", "b1"])
    shard = db.parent / "state.read-a.json"
    original = shard.read_bytes()
    unreadable.add(shard)
    store = StateStore(db)
    assert store.problems == []  # shards are opened when first used
    assert store.read_ids() == {"b1"}
    assert len(store.problems) == 1 and "Cannot read" in store.problems[0] and str(shard) in store.problems[0]
    with pytest.raises(StateError):
        store.set_read(["a2"])
    assert not store.is_read("a2")
    store.set_read(["b2"])
    assert raw(shard) == original
    assert corrupt_copies(shard) == []
    unreadable.clear()
    assert reopen(db).read_ids() == {"a1", "b1", "b2"}


# leftover temp files --------------------------------------------------------------------------------------


def test_leftover_temp_files_are_removed_on_open(db: Path) -> None:
    StateStore(db).set_bookmark("abc", True)
    leftovers = [db.parent / f"{TEMP_PREFIX}{db.stem}.{name}" for name in ("json-a1b2c3", "read-0.json-xyz_", "json.bak-0")]
    for leftover in leftovers:
        leftover.write_bytes(b'{"bookmarks": {"half')
    unrelated = db.parent / "notes.txt"
    unrelated.write_text("mine")
    neighbours = db.parent / f"{TEMP_PREFIX}other.json-q1w2e3"  # another store's write in progress
    neighbours.write_bytes(b"{}")
    store = reopen(db)
    assert [p for p in leftovers if p.exists()] == []
    assert unrelated.read_text() == "mine" and neighbours.exists()
    assert store.bookmarked_ids() == {"abc"}


def test_atomic_write_leaves_nothing_behind_on_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "file.json"
    target.write_bytes(b"old")

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(reader.state.os, "replace", fail)
    with pytest.raises(OSError):
        reader.state.atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert list(tmp_path.glob(TEMP_PREFIX + "*")) == []


def test_failed_write_is_not_remembered(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = StateStore(db)
    store.set_bookmark("a", True)
    real_replace = os.replace

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(reader.state.os, "replace", fail)
    with pytest.raises(OSError):
        store.set_bookmark("b", True)
    assert store.bookmarked_ids() == {"a"}
    monkeypatch.setattr(reader.state.os, "replace", real_replace)
    store.set_bookmark("c", True)
    assert reopen(db).bookmarked_ids() == {"a", "c"}


# crashes -----------------------------------------------------------------------------------------------------

CRASH_CHILD = textwrap.dedent(
    """
    import random, sys
    from reader.state import StateStore

    store = StateStore(sys.argv[1])
    rng = random.Random(int(sys.argv[2]))
    ids = ["0a", "3b", "3c", "7d", "9e", "af", "c0", "ff"]
    print("ready", flush=True)
    while True:
        kind, story, on = rng.choice("br"), rng.choice(ids), rng.random() < 0.5
        print("start", kind, story, int(on), flush=True)
        if kind == "b":
            store.set_bookmark(story, on, title="Title " + story, source="s.txt")
        else:
            store.set_read([story], on)
        print("done", kind, story, int(on), flush=True)
    """
)


def on_disk(db: Path) -> tuple[StateStore, set[str], set[str]]:
    store = StateStore(db)
    return store, store.bookmarked_ids(), store.read_ids()


def test_sigkill_at_random_moments_loses_nothing_that_was_reported(db: Path) -> None:
    rng = random.Random(20250312)
    marks: set[str] = set()
    reads: set[str] = set()
    kills = applied_total = 0
    deadline = time.monotonic() + 15
    while kills < 40 and (kills < 30 or time.monotonic() < deadline):
        child = subprocess.Popen(
            [sys.executable, "-c", CRASH_CHILD, str(db), str(rng.randrange(1 << 30))],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert child.stdout is not None
        assert child.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0.005, 0.080))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        # read through the same buffered file as readline() (communicate() would skip what it buffered)
        out, err = child.stdout.read(), child.stderr.read()  # type: ignore[union-attr]
        child.stdout.close()
        child.stderr.close()  # type: ignore[union-attr]
        kills += 1
        assert child.returncode == -signal.SIGKILL, err.decode()
        lines = [line.split() for line in out.decode().split("\n")[:-1]]  # a cut-off last line is dropped
        in_flight = None
        for word, kind, story, on in lines:
            target = marks if kind == "b" else reads
            if word == "start":
                in_flight = (target, story, on == "1")
            else:
                (target.add if on == "1" else target.discard)(story)
                in_flight = None
                applied_total += 1

        store, got_marks, got_reads = on_disk(db)
        assert store.problems == [], f"after kill {kills}: {store.problems}"
        assert list(db.parent.glob("*.corrupt-*")) == []
        assert list(db.parent.glob(TEMP_PREFIX + "*")) == []  # the open removed any left by the kill
        if (got_marks, got_reads) != (marks, reads):
            # only the change that was under way when the process died may differ
            assert in_flight is not None, f"after kill {kills}: a reported change is missing"
            target, story, on = in_flight
            (target.add if on else target.discard)(story)
            assert (got_marks, got_reads) == (marks, reads), f"after kill {kills}"
        for mark in store.bookmarks():
            assert mark.title == "Title " + mark.id and mark.source == "s.txt"
            parse_iso(mark.bookmarked_at)
        store.close()
    assert kills >= 30
    assert applied_total > 30, "the kills should land while changes are being made"


# two writers ---------------------------------------------------------------------------------------------------

WRITER_CHILD = textwrap.dedent(
    """
    import sys
    from reader.state import StateStore

    who = sys.argv[2]
    sys.stdin.readline()  # wait for the go
    store = StateStore(sys.argv[1])
    for i in range(200):
        story = f"{i % 16:x}{who}{i:04d}"
        if i % 2 == 0:
            store.set_bookmark(story, True, title=f"Story {story}")
        else:
            store.set_read([story])
    print("finished", flush=True)
    """
)


def test_two_processes_writing_at_once_lose_nothing(db: Path) -> None:
    StateStore(db).close()
    children = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER_CHILD, str(db), who],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for who in ("p", "q")
    ]
    time.sleep(0.3)  # both have imported everything and wait on stdin
    for child in children:
        assert child.stdin is not None
        child.stdin.write(b"go\n")
        child.stdin.flush()
    for child in children:
        out, err = child.communicate(timeout=60)
        assert child.returncode == 0, err.decode()
        assert out == b"finished\n"

    expected_marks = {f"{i % 16:x}{who}{i:04d}" for who in "pq" for i in range(0, 200, 2)}
    expected_reads = {f"{i % 16:x}{who}{i:04d}" for who in "pq" for i in range(1, 200, 2)}
    store = reopen(db)
    assert store.bookmarked_ids() == expected_marks
    assert store.read_ids() == expected_reads
    assert len(expected_marks) + len(expected_reads) == 400
    assert {m.title for m in store.bookmarks()} == {f"Story {s}" for s in expected_marks}


# the command line ------------------------------------------------------------------------------------------------


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    copy = folder / SEED.name
    shutil.copyfile(SEED, copy)
    return copy


def cli(db: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    command, *rest = args
    return subprocess.run(
        [sys.executable, "-m", "reader", str(command), "--db", str(db), *map(str, rest)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def listed(db: Path) -> list[dict]:
    result = cli(db, "bookmarks", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_cli_bookmark_and_unbookmark_are_set_not_toggle(db: Path, library: Path) -> None:
    for _ in range(2):
        result = cli(db, "bookmark", "--library", library, FULL_ID, BRIEF_ID)
        assert (result.returncode, result.stderr) == (0, "")
    first = listed(db)
    assert {m["id"] for m in first} == {FULL_ID, BRIEF_ID}
    assert cli(db, "bookmark", "--library", library, FULL_ID).returncode == 0
    assert listed(db) == first  # the time and title of the first bookmark are kept

    for _ in range(2):
        result = cli(db, "unbookmark", "--library", library, FULL_ID)
        assert (result.returncode, result.stderr) == (0, "")
    assert [m["id"] for m in listed(db)] == [BRIEF_ID]


def test_cli_mark_read_and_unread_are_set_not_toggle(db: Path, library: Path) -> None:
    for _ in range(2):
        result = cli(db, "mark-read", "--library", library, FULL_ID, BRIEF_ID)
        assert (result.returncode, result.stderr) == (0, "")
    assert reopen(db).read_ids() == {FULL_ID, BRIEF_ID}
    for _ in range(2):
        result = cli(db, "mark-unread", "--library", library, BRIEF_ID)
        assert (result.returncode, result.stderr) == (0, "")
    assert reopen(db).read_ids() == {FULL_ID}
    assert listed(db) == []  # reading does not bookmark


def test_cli_unknown_id_is_reported_and_the_rest_applied(db: Path, library: Path) -> None:
    result = cli(db, "bookmark", "--library", library, "deadbeefdeadbeef", FULL_ID)
    assert result.returncode == 1
    assert "unknown story id deadbeefdeadbeef" in result.stderr
    assert [m["id"] for m in listed(db)] == [FULL_ID]

    result = cli(db, "mark-read", "--library", library, BRIEF_ID, "nope")
    assert result.returncode == 1
    assert "unknown story id nope" in result.stderr
    assert reopen(db).read_ids() == {BRIEF_ID}

    result = cli(db, "unbookmark", "--library", library, "nope")
    assert result.returncode == 1 and "nope" in result.stderr
    assert [m["id"] for m in listed(db)] == [FULL_ID]


def test_cli_bookmarks_json_schema(db: Path, library: Path) -> None:
    result = cli(db, "bookmarks", "--json")
    assert (result.returncode, json.loads(result.stdout)) == (0, [])
    assert cli(db, "bookmark", "--library", library, BRIEF_ID).returncode == 0
    time.sleep(1.05)  # a later second, so "newest first" is by time, not only by order
    assert cli(db, "bookmark", "--library", library, FULL_ID).returncode == 0
    marks = listed(db)
    assert isinstance(marks, list) and len(marks) == 2
    for mark in marks:
        assert isinstance(mark, dict)
        assert set(mark) == {"id", "title", "source", "bookmarked_at"}
        assert all(isinstance(mark[key], str) for key in mark)
        parse_iso(mark["bookmarked_at"])
        assert Path(mark["source"]).resolve() == library.resolve()
    assert [m["id"] for m in marks] == [FULL_ID, BRIEF_ID]
    assert marks[0]["title"] == FULL_TITLE
    assert parse_iso(marks[0]["bookmarked_at"]) > parse_iso(marks[1]["bookmarked_at"])
    text = cli(db, "bookmarks")
    assert text.returncode == 0
    assert text.stdout.splitlines()[0].split(None, 2)[1:] == [FULL_ID, FULL_TITLE]


def test_cli_corrupt_state_file(db: Path, library: Path) -> None:
    db.write_bytes(b'{"bookmarks": {"abc": ')
    result = cli(db, "bookmarks", "--json")
    assert result.returncode == 3
    assert "newsreader:" in result.stderr and "damaged" in result.stderr and "corrupt-" in result.stderr
    assert json.loads(result.stdout) == []
    [aside] = corrupt_copies(db)
    assert aside.read_bytes() == b'{"bookmarks": {"abc": '
    assert aside.name in result.stderr

    db.write_bytes(b"\x00\x00\x00")
    result = cli(db, "bookmark", "--library", library, FULL_ID)
    assert result.returncode == 3 and "damaged" in result.stderr
    assert len(corrupt_copies(db)) == 2
    assert [m["id"] for m in listed(db)] == [FULL_ID]  # the change was still made, and the file is fine now


def test_cli_damaged_read_shard_is_reported(db: Path, library: Path) -> None:
    assert cli(db, "mark-read", "--library", library, FULL_ID).returncode == 0
    shard = db.parent / f"state.read-{FULL_ID[0]}.json"
    shard.write_bytes(b"garbage")
    result = cli(db, "mark-read", "--library", library, FULL_ID)
    assert corrupt_copies(shard) != []
    assert result.returncode == 3
    assert "damaged" in result.stderr


def test_cli_bookmark_outlives_its_article_file(db: Path, library: Path) -> None:
    assert cli(db, "bookmark", "--library", library, FULL_ID, BRIEF_ID).returncode == 0
    before = listed(db)
    library.unlink()
    after = listed(db)
    assert after == before
    full = next(m for m in after if m["id"] == FULL_ID)
    assert full["title"] == FULL_TITLE
    # and it can still be removed, though no library knows the id any more
    result = cli(db, "unbookmark", "--library", library.parent, FULL_ID)
    assert result.returncode == 0, result.stderr
    assert [m["id"] for m in listed(db)] == [BRIEF_ID]


def test_a_cut_off_file_keeps_the_bookmarks_written_before_the_cut(db: Path) -> None:
    """A crash or a full disk that cuts the file after a bookmark was saved must not lose it: the
    backup is from the session's start, so what the damaged file still holds is merged over it."""
    make_history(db)  # the backup holds `kept`
    store = reopen(db)
    store.set_bookmark("newer", True, title="Newer")
    store.set_setting("theme", "dark")
    store.close()
    raw = db.read_bytes()
    db.write_bytes(raw[: raw.index(b'"settings"')])  # everything from the settings on is lost
    store = StateStore(db)
    [problem] = store.problems
    assert "restored, with 1 entry still readable in the damaged file" in problem
    assert [(m.id, m.title) for m in store.bookmarks()] == [("newer", "Newer"), ("kept", "Kept")]
    assert store.setting("theme") == "light"  # from the backup: the cut took the newer value
    store.close()
    assert reopen(db).bookmarked_ids() == {"kept", "newer"}  # and it was written back


def test_a_damaged_file_without_a_backup_keeps_what_it_still_holds(db: Path) -> None:
    db.write_bytes(b'{"bookmarks": {"a1": {"title": "One", "source": null, '
                   b'"bookmarked_at": "2025-01-01T00:00:00+00:00"}, "b2": {"title": "Tw\xff\x00garbage')
    store = StateStore(db)
    [problem] = store.problems
    assert "a fresh one was started, with 1 entry still readable" in problem
    assert [m.id for m in store.bookmarks()] == ["a1"]
    assert_store_usable(db, store)
