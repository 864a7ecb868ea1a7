"""The library index: a fresh or updated index lists exactly what `load()` would, without reading unchanged files."""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import random
from pathlib import Path

import orjson
import pytest

import reader.index
import reader.library
import reader.loading
from reader.index import LibraryIndex, index_path
from reader.library import Library, load
from reader.loading import Unreadable
from reader.model import normalise_title
from reader.quotes import find_quotes
from reader.resources import seeds_dir
from reader.synth import article, headline, write_library

FIXTURES = Path(__file__).parent / "fixtures"
COUNT = 60


# helpers ------------------------------------------------------------------------------------------------


def signature(library: Library) -> list[tuple]:
    """Everything the list pane shows of each story, and what a brief shows once opened, order-free.
    (A full story's details come from its own file when opened, as `test_opened_story_has_its_details` checks.)"""
    rows = []
    for s in library.stories:
        row = (s.id, s.key, s.title, s.section, s.date, s.kind, s.source)
        if s.kind == "brief":
            opened = library.full(s)
            row += (opened.site, opened.dateline, opened.teaser or None)
        rows.append(row)
    return sorted(rows)


def skipped(library: Library) -> list[tuple[str, str]]:
    return sorted((item.path, item.reason) for item in library.skipped)


def assert_matches_load(index: LibraryIndex, roots: list[Path]) -> Library:
    expected = load(roots)
    got = index.library()
    assert signature(got) == signature(expected)
    assert skipped(got) == skipped(expected)
    assert len({s.id for s in got.stories}) == len(got.stories)
    return got


def fresh(tmp_path: Path, roots: list[Path], name: str = "state.json") -> LibraryIndex:
    index = LibraryIndex(index_path(tmp_path / name, roots))
    assert index.empty
    assert index.refresh(roots) is True
    return index


def reopen(index: LibraryIndex, roots: list[Path]) -> tuple[LibraryIndex, bool]:
    """Save, open the saved index as a new run would, and refresh it."""
    index.save()
    again = LibraryIndex.open(index.path)
    return again, again.refresh(roots)


async def settle(pilot, done, tries: int) -> None:
    """Let a running app work (background threads included) until `done()` or `tries` rounds pass."""
    for _ in range(tries):
        await pilot.pause()
        if done():
            return
        await asyncio.sleep(0.02)


def by_key(library: Library) -> dict[str, object]:
    return {story.key: story for story in library.stories}


def no_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: Path) -> str:
        raise AssertionError(f"read {path}")

    for module in (reader.index, reader.loading, reader.library):
        monkeypatch.setattr(module, "read_text", refuse)


def count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = reader.loading.read_text

    def spy(path: Path) -> str:
        seen.append(str(path))
        return real(path)

    monkeypatch.setattr(reader.index, "read_text", spy)
    return seen


def rewrite(path: Path, text: str, *, bump: int = 2) -> None:
    """Write `text` and move the mtime forward, so a same-second rewrite still counts as a change."""
    before = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + bump * 10**9, before + bump * 10**9))


SMN_TEMPLATE = """Space Daily
{section}
{title}
{title}
By Staff Writers
Paris (AFP) Mar {day}, 2024

{body}

RELATED CONTENT
The following news reports may link to other Space Media Network websites.
{section}
{related}
"""


def smn(title: str, related: list[str] = (), *, day: int = 3, section: str = "SPACE TRAVEL", body: str = "It flew.") -> str:
    return SMN_TEMPLATE.format(title=title, related="\n".join(related), day=day, section=section, body=body)


@pytest.fixture
def synth(tmp_path: Path) -> tuple[Path, list[Path]]:
    root = tmp_path / "lib"
    return root, write_library(root, COUNT)


# a fresh index equals load() -----------------------------------------------------------------------------


def test_fresh_index_of_seeds_matches_load(tmp_path: Path) -> None:
    roots = [seeds_dir()]
    library = assert_matches_load(fresh(tmp_path, roots), roots)
    assert len(library.stories) == 30
    assert sum(s.kind == "full" for s in library.stories) == 1


def test_fresh_index_of_synthetic_library_matches_load(tmp_path: Path, synth) -> None:
    root, paths = synth
    library = assert_matches_load(fresh(tmp_path, [root]), [root])
    fulls = [s for s in library.stories if s.kind == "full"]
    assert len(fulls) == COUNT
    assert {s.source for s in fulls} == {str(p) for p in paths}
    assert any(s.kind == "brief" and s.teaser for s in library.stories)  # featured headlines keep their teasers
    assert not any(s.body for s in library.stories)  # bodies are not indexed


def test_fresh_index_of_several_roots_matches_load(tmp_path: Path, synth) -> None:
    root, _ = synth
    roots = [seeds_dir(), root, FIXTURES]
    assert_matches_load(fresh(tmp_path, roots), roots)


def test_unreadable_files_are_skipped_as_load_skips_them(tmp_path: Path, synth) -> None:
    root, _ = synth
    (root / "000" / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_bytes(b"  \n\n ")
    roots = [root, tmp_path / "no-such-folder"]
    library = assert_matches_load(fresh(tmp_path, roots), roots)
    reasons = dict(skipped(library))
    assert reasons[str(root / "000" / "binary.txt")] == "binary file, not text"
    assert reasons[str(root / "empty.txt")] == "empty file"
    assert reasons[str(tmp_path / "no-such-folder")] == "no such file or folder"
    assert sum(s.kind == "full" for s in library.stories) == COUNT


def test_broken_symlink_is_skipped_as_load_skips_it(tmp_path: Path, synth) -> None:
    root, _ = synth
    (root / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    index = fresh(tmp_path, [root])
    library = assert_matches_load(index, [root])
    assert str(root / "dangling.txt") in dict(skipped(library))
    assert index.refresh([root]) is False  # and it is not re-read every time


def test_file_order_follows_load_not_string_order(tmp_path: Path) -> None:
    """`a/x.txt` comes before `a-b.txt` as load() walks them (path order, not string order):
    the first file listing a headline gives the brief its teaser and source."""
    root = tmp_path / "ord"
    (root / "a").mkdir(parents=True)
    text = article(random.Random(1), 100)
    (root / "a" / "x.txt").write_text(text)
    (root / "a-b.txt").write_text(text.replace("... read more", "Another teaser ... read more"))
    assert_matches_load(fresh(tmp_path, [root]), [root])


def test_same_title_twice_matches_load(tmp_path: Path) -> None:
    """Two full articles of one headline on different days: the first absorbs the brief's teaser, as in load()."""
    root = tmp_path / "dup"
    root.mkdir()
    (root / "1.txt").write_text(smn("Same title here", day=3))
    (root / "2.txt").write_text(smn("Same title here", day=4))
    listing = ["Same title here", "Paris (AFP) Mar 3, 2024", "A teaser ... read more", "", "Unrelated bare headline", ""]
    (root / "3.txt").write_text(smn("Another story", listing, day=5, section="OTHER SECTION"))
    index = fresh(tmp_path, [root])
    library = assert_matches_load(index, [root])
    same = sorted((s for s in library.stories if s.key == "same title here"), key=lambda s: s.source)
    assert [s.kind for s in same] == ["full", "full"]
    teasers = sorted((row[10], row[9]) for row in index.stories if row[1] == "same title here")  # [*row, source]
    assert [teaser for _, teaser in teasers] == ["A teaser", None]


# saved and opened again ----------------------------------------------------------------------------------


def test_saved_index_opens_without_reading_any_article(tmp_path: Path, synth, monkeypatch) -> None:
    root, _ = synth
    roots = [seeds_dir(), root]
    index = fresh(tmp_path, roots)
    index.save()
    assert index.path is not None and index.path.is_file()
    expected = signature(index.library())

    no_reading(monkeypatch)
    again = LibraryIndex.open(index.path)
    assert not again.empty
    assert signature(again.library()) == expected
    assert again.refresh(roots) is False  # nothing changed: only stat() calls
    assert signature(again.library()) == expected
    assert again.skipped == index.skipped
    monkeypatch.undo()
    assert_matches_load(again, roots)


def test_unchanged_library_is_checked_without_the_side_files(tmp_path: Path, synth, monkeypatch) -> None:
    """The start-up check walks and stats; it reads no per-file stamps or details (megabytes at 50,000 files)."""
    root, paths = synth
    index = fresh(tmp_path, [root])
    index.save()
    read = reader.index._read
    opened: list[str] = []

    def spy(path: Path | None) -> dict | None:
        opened.append(path.name if path else "")
        return read(path)

    monkeypatch.setattr(reader.index, "_read", spy)
    again = LibraryIndex.open(index.path)
    again.library()
    assert again.refresh([root]) is False
    assert not any(name.endswith((".stamps.json", ".files.json")) for name in opened), opened
    rewrite(paths[2], paths[2].read_text() + "\nOne more paragraph.\n")
    assert LibraryIndex.open(index.path).refresh([root]) is True


def test_opening_a_missing_index_gives_an_empty_one(tmp_path: Path) -> None:
    index = LibraryIndex.open(tmp_path / "index" / "nothing.json")
    assert index.empty and index.library().stories == []
    assert LibraryIndex.open(None).empty


# keeping it current --------------------------------------------------------------------------------------


def test_changed_content_is_parsed_again(tmp_path: Path, synth, monkeypatch) -> None:
    root, paths = synth
    index, _ = reopen(fresh(tmp_path, [root]), [root])
    target = paths[5]
    old_title = headline(5)
    text = target.read_text()
    changed = text.replace(old_title, "Completely new headline about lunar gardens")
    changed = changed.replace("... read more", "with an edited teaser ... read more", 1)  # a listed headline changes too
    assert len(changed) != len(text)
    reads = count_reads(monkeypatch)
    target.write_text(changed)
    index, changed_flag = reopen(index, [root])
    assert changed_flag is True
    assert reads == [str(target)]  # only the changed file is read
    titles = {s.title for s in index.library().stories if s.kind == "full"}
    assert "Completely new headline about lunar gardens" in titles
    assert old_title not in titles
    monkeypatch.undo()
    assert_matches_load(index, [root])
    index, changed_flag = reopen(index, [root])
    assert changed_flag is False


def test_touching_mtime_only_parses_the_file_again(tmp_path: Path, synth, monkeypatch) -> None:
    root, paths = synth
    index, _ = reopen(fresh(tmp_path, [root]), [root])
    before = signature(index.library())
    st = paths[9].stat()
    os.utime(paths[9], ns=(st.st_atime_ns, st.st_mtime_ns + 5 * 10**9))
    reads = count_reads(monkeypatch)
    index, changed = reopen(index, [root])
    assert changed is True
    assert reads == [str(paths[9])]
    assert signature(index.library()) == before
    assert reopen(index, [root])[1] is False  # the new stamp was saved


def test_deleted_file_drops_its_story_and_the_briefs_only_it_listed(tmp_path: Path, synth) -> None:
    root, paths = synth
    index = fresh(tmp_path, [root])
    library = index.library()
    victim = str(paths[7])
    listed_by = {}  # brief key -> files listing it
    for path in paths:
        story = load([path]).stories
        for brief in story[1:]:
            listed_by.setdefault(brief.key, set()).add(str(path))
    fulls = {s.key for s in library.stories if s.kind == "full"}
    only_victim = {key for key, files in listed_by.items() if files == {victim}} - fulls
    shared = {key for key, files in listed_by.items() if victim in files and len(files) > 1}
    assert only_victim  # the synthetic library gives both kinds
    keys = set(by_key(library))
    assert only_victim <= keys

    paths[7].unlink()
    index, changed = reopen(index, [root])
    assert changed is True
    after = index.library()
    assert all(s.source != victim for s in after.stories)  # briefs it listed first now name the next file listing them
    assert normalise_title(headline(7)) not in {s.key for s in after.stories if s.kind == "full"}
    assert not only_victim & set(by_key(after))
    assert shared <= set(by_key(after))
    assert_matches_load(index, [root])


def test_added_file_adds_its_story(tmp_path: Path, synth) -> None:
    root, _ = synth
    index, _ = reopen(fresh(tmp_path, [root]), [root])
    extra = root / "001" / "extra.txt"
    extra.parent.mkdir()
    extra.write_text(smn("Freshly added story about comets", ["Some listed headline", ""]))
    index, changed = reopen(index, [root])
    assert changed is True
    added = [s for s in index.library().stories if s.source == str(extra)]
    assert {(s.title, s.kind) for s in added} == {("Freshly added story about comets", "full"), ("Some listed headline", "brief")}
    assert_matches_load(index, [root])


def test_brief_becomes_full_story_when_its_article_arrives(tmp_path: Path, synth) -> None:
    root, _ = synth
    index, _ = reopen(fresh(tmp_path, [root]), [root])
    library = index.library()
    briefs = {s.key: s for s in library.stories if s.kind == "brief"}
    number = next(i for i in range(COUNT, COUNT + 3000) if normalise_title(headline(i)) in briefs)
    key = normalise_title(headline(number))
    brief = briefs[key]

    (root / "001").mkdir()
    newcomer = root / "001" / f"{number:06d}.txt"
    newcomer.write_text(article(random.Random(number), number))
    index, changed = reopen(index, [root])
    assert changed is True
    now = [s for s in index.library().stories if s.key == key]
    assert len(now) == 1
    (full,) = now
    assert full.kind == "full" and full.key == brief.key and full.source == str(newcomer)
    assert full.title == headline(number)
    assert_matches_load(index, [root])

    newcomer.unlink()  # and back to a brief when it goes again
    index, changed = reopen(index, [root])
    assert changed is True
    assert [s.kind for s in index.library().stories if s.key == key] == ["brief"]
    assert_matches_load(index, [root])


def test_many_changes_in_a_row_stay_equal_to_load(tmp_path: Path, synth) -> None:
    """Edit, delete, add and re-add files over several runs; after each run the index equals load()."""
    root, paths = synth
    roots = [root]
    index, _ = reopen(fresh(tmp_path, roots), roots)
    rng = random.Random(3)
    for step in range(6):
        for path in rng.sample([p for p in paths if p.exists()], 3):
            text = path.read_text()
            rewrite(path, text.replace("... read more", f"step {step} ... read more").replace("RELATED CONTENT", "RELATED CONTENT\nTECH SECTION\nShared new headline\n"))
        gone = rng.choice([p for p in paths if p.exists()])
        gone.unlink()
        back = rng.choice([p for p in paths if not p.exists()])
        back.write_text(article(random.Random(step), int(back.stem)))
        index, changed = reopen(index, roots)
        assert changed is True
        assert_matches_load(index, roots)


# damaged index files ---------------------------------------------------------------------------------------


DAMAGED = [
    b"",
    b"{\"version\": 2, \"stories\": [[",
    b"\x00\xff garbage",
    b"[]",
    b"null",
    orjson.dumps({"version": -1, "stories": [], "skipped": []}),
    orjson.dumps({"version": reader.index.INDEX_VERSION, "stories": "nope", "skipped": []}),
    orjson.dumps({"version": reader.index.INDEX_VERSION, "stories": [["short row"]], "skipped": []}),
    orjson.dumps({"version": reader.index.INDEX_VERSION, "stories": [], "skipped": [[1, 2, 3]]}),
]


@pytest.mark.parametrize("damage", DAMAGED, ids=range(len(DAMAGED)))
def test_damaged_main_file_is_rebuilt(tmp_path: Path, synth, damage: bytes) -> None:
    root, _ = synth
    index = fresh(tmp_path, [root])
    index.save()
    index.path.write_bytes(damage)
    again = LibraryIndex.open(index.path)
    assert again.empty
    assert again.library().stories == []
    assert again.refresh([root]) is True  # the caller learns the list changed and saves it
    assert_matches_load(again, [root])
    again.save()
    third = LibraryIndex.open(index.path)
    assert not third.empty
    assert third.refresh([root]) is False
    assert_matches_load(third, [root])


SPOILED = {
    "section code past the table": lambda d: d.update(section_codes=[len(d["sections"]), *d["section_codes"][1:]]),
    "negative section code": lambda d: d.update(section_codes=[-1, *d["section_codes"][1:]]),
    "a source that is no text": lambda d: d.update(sources=[None, *d["sources"][1:]]),
    "a date that is no date": lambda d: d.update(dates="2024-13-45" + d["dates"][10:]),
    "dates cut short": lambda d: d.update(dates=d["dates"][:-1]),
    "unknown kind": lambda d: d.update(kinds="x" + d["kinds"][1:]),
    "one title missing": lambda d: d.update(titles=d["titles"][:-1]),
    "an id that is a number": lambda d: d.update(ids=[7, *d["ids"][1:]]),
}


@pytest.mark.parametrize("spoil", SPOILED.values(), ids=SPOILED.keys())
def test_inconsistent_main_file_is_rebuilt(tmp_path: Path, synth, spoil) -> None:
    """Well-formed JSON whose columns do not fit together is treated as damaged, never half-used."""
    root, _ = synth
    index = fresh(tmp_path, [root])
    index.save()
    data = orjson.loads(index.path.read_bytes())
    spoil(data)
    index.path.write_bytes(orjson.dumps(data))
    again = LibraryIndex.open(index.path)
    assert again.empty and again.library().stories == []
    assert again.refresh([root]) is True
    assert_matches_load(again, [root])


def side_files(index: LibraryIndex) -> list[Path]:
    """The index's files other than the main one (per-file details, stamps)."""
    assert index.path is not None
    return sorted(p for p in index.path.parent.iterdir() if p != index.path and p.name.startswith(index.path.stem + "."))


@pytest.mark.parametrize("damage", [None, b"", b"{\"version\": 2, \"files\": {", b"[1, 2]",
                                     orjson.dumps({"version": -1, "files": {}, "headlines": {}})],
                         ids=["missing", "empty", "truncated", "list", "old-version"])
@pytest.mark.parametrize("which", ["files", "every"])
def test_missing_or_damaged_details_are_rebuilt(tmp_path: Path, synth, damage: bytes | None, which: str) -> None:
    root, paths = synth
    roots = [root]
    index = fresh(tmp_path, roots)
    index.save()
    damaged = [p for p in side_files(index) if which == "every" or p.name.endswith(".files.json")]
    assert any(p.name.endswith(".files.json") for p in damaged)

    def spoil() -> None:
        for path in damaged:
            if damage is None:
                path.unlink(missing_ok=True)
            else:
                path.write_bytes(damage)

    spoil()  # nothing changed: the saved list is still right
    again = LibraryIndex.open(index.path)
    again.refresh(roots)
    assert_matches_load(again, roots)

    again.save()
    spoil()  # then files change while the details are unusable
    rewrite(paths[3], paths[3].read_text().replace(headline(3), "Rewritten headline over damaged details"))
    paths[4].unlink()
    (root / "new.txt").write_text(smn("Brand new after damage"))
    third = LibraryIndex.open(index.path)
    assert third.refresh(roots) is True
    library = assert_matches_load(third, roots)
    assert sum(s.kind == "full" for s in library.stories) == COUNT
    third.save()
    fourth = LibraryIndex.open(index.path)
    assert fourth.refresh(roots) is False
    assert_matches_load(fourth, roots)


def test_details_with_damaged_entries_do_not_raise(tmp_path: Path, synth) -> None:
    root, paths = synth
    index = fresh(tmp_path, [root])
    index.save()
    details = next(p for p in side_files(index) if p.name.endswith(".files.json"))
    data = orjson.loads(details.read_bytes())
    for entry in list(data["files"].values())[:5]:
        entry[2:] = ["not a row", 7]
    details.write_bytes(orjson.dumps(data))
    paths[0].unlink()
    again = LibraryIndex.open(index.path)
    again.refresh([root])
    assert_matches_load(again, [root])


# where the index lives -------------------------------------------------------------------------------------


def test_index_path_depends_on_the_set_of_roots(tmp_path: Path) -> None:
    state = tmp_path / "state" / "state.json"
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    assert index_path(state, [a, b]) == index_path(state, [b, a])
    assert index_path(state, [a]) != index_path(state, [b])
    assert index_path(state, [a, b]) != index_path(state, [a, c])
    assert index_path(state, [a, b]) != index_path(state, [a])
    assert index_path(state, [a]).parent.parent == state.parent
    assert index_path(state, [tmp_path / "x" / ".." / "a"]) == index_path(state, [a])  # resolved first


# opening a story -------------------------------------------------------------------------------------------------


def test_full_parses_the_body_on_open_and_caches_it(tmp_path: Path, synth) -> None:
    root, paths = synth
    library = fresh(tmp_path, [root]).library()
    story = next(s for s in library.stories if s.kind == "full" and s.source == str(paths[2]))
    assert not story.body
    full = library.full(story)
    assert full.id == story.id and full.title == story.title and full.key == story.key
    paragraphs = [b for b in full.body if b.kind == "paragraph"]
    assert paragraphs and all(b.text for b in paragraphs)
    assert find_quotes(full.body)
    loaded = load([paths[2]]).stories[0]
    assert full.body == loaded.body and full.related == loaded.related and full.authors == loaded.authors
    assert library.full(story) is full  # cached
    brief = next(s for s in library.stories if s.kind == "brief")
    assert library.full(brief) is brief  # a brief has no file of its own to parse

    paths[2].unlink()
    assert library.full(story) is full  # still cached in this library
    other = Library(list(library.stories))
    with pytest.raises(Unreadable):
        other.full(story)


# building in worker processes --------------------------------------------------------------------------------------


def test_parallel_build_equals_serial_build(tmp_path: Path, synth, monkeypatch) -> None:
    root, _ = synth
    monkeypatch.setattr(reader.index, "PARALLEL_FROM", 20)
    monkeypatch.setattr(reader.index, "CHUNK", 16)
    monkeypatch.setattr(reader.index.os, "cpu_count", lambda: 2)
    pools = []
    real_pool = concurrent.futures.ProcessPoolExecutor

    def pool(*args, **kwargs):
        pools.append(kwargs)
        return real_pool(*args, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", pool)  # imported when first needed

    serial_progress: list[tuple[int, int]] = []
    serial = LibraryIndex(tmp_path / "serial" / "i.json")
    serial.refresh([root], progress=lambda done, total: serial_progress.append((done, total)), parallel=False)
    assert pools == []

    parallel_progress: list[tuple[int, int]] = []
    parallel = LibraryIndex(tmp_path / "parallel" / "i.json")
    parallel.refresh([root], progress=lambda done, total: parallel_progress.append((done, total)), parallel=True)
    assert len(pools) == 1

    assert parallel.stories == serial.stories and parallel.skipped == serial.skipped
    assert_matches_load(parallel, [root])
    for progress in (serial_progress, parallel_progress):
        assert progress[-1] == (COUNT, COUNT)
        assert len(progress) == -(-COUNT // 16)
        assert [done for done, _ in progress] == sorted(done for done, _ in progress)

    small = LibraryIndex(tmp_path / "small" / "i.json")  # below PARALLEL_FROM: no pool
    small.refresh([seeds_dir()], parallel=True)
    assert len(pools) == 1


def test_reader_start_holds_collection_but_not_in_parsing_workers() -> None:
    import gc

    from reader.cli import _held_collection

    assert gc.isenabled()
    with pytest.raises(RuntimeError), _held_collection():
        assert not gc.isenabled()
        pool = reader.index.worker_pool()  # forked while collection is held, as on a first run
        try:
            assert pool.submit(gc.isenabled).result() is True
        finally:
            pool.shutdown()
        raise RuntimeError("start-up failed")
    assert gc.isenabled()  # back on, even after an error
    gc.unfreeze()


# the reader picks up a changed library ----------------------------------------------------------------------------------


async def test_app_shows_the_refreshed_library(tmp_path: Path) -> None:
    from reader.app import NewsReaderApp
    from reader.state import StateStore
    from reader.widgets.story_list import StoryList

    root = tmp_path / "lib"
    write_library(root, 5)
    roots = [root]
    index = fresh(tmp_path, roots)
    index.save()
    index = LibraryIndex.open(index.path)
    before = len(index.library().stories)
    calls = []

    def refresh(report) -> Library | None:
        calls.append(1)
        (root / "late.txt").write_text(smn("A late arrival about asteroids", day=9))
        if not index.refresh(roots):
            return None
        index.save()
        return index.library()

    app = NewsReaderApp(index.library(), StateStore(tmp_path / "state.json"), refresh=refresh)
    async with app.run_test(size=(120, 40)) as pilot:
        story_list = app.query_one(StoryList)
        await settle(pilot, lambda: len(story_list.stories) > before, tries=100)
        assert calls == [1]
        assert len(story_list.stories) == before + 1
        assert any(s.title == "A late arrival about asteroids" for s in story_list.stories)
        assert app.sub_title.startswith(f"{before + 1} stories \u00b7 {before + 1} unread")
        late = next(s for s in story_list.stories if s.title == "A late arrival about asteroids")
        assert app.library.full(late).body  # opened from the new library, parsed from its file


async def test_first_run_lists_stories_while_it_indexes(tmp_path: Path, monkeypatch) -> None:
    """A new library: the reader is up at once, shows the stories parsed so far with the progress in
    the title bar, ends with the whole list (briefs included), saves the index, then starts search."""
    from concurrent.futures import ThreadPoolExecutor

    import reader.cli
    from reader.app import NewsReaderApp
    from reader.cli import library_refresh
    from reader.state import StateStore
    from reader.widgets.story_list import StoryList

    root = tmp_path / "lib"
    write_library(root, 40)
    monkeypatch.setattr(reader.index, "PARALLEL_FROM", 1)
    monkeypatch.setattr(reader.index, "CHUNK", 8)
    monkeypatch.setattr(reader.cli, "PARTIAL_LIST_EVERY", 0)
    index = LibraryIndex.open(index_path(tmp_path / "state.json", [root]))
    assert index.empty
    seen: list[tuple[int, int, int, str]] = []

    class Recording(NewsReaderApp):
        def _indexed_so_far(self, done: int, total: int, so_far: Library | None) -> None:
            super()._indexed_so_far(done, total, so_far)
            seen.append((done, total, len(self.query_one(StoryList).stories), self.sub_title))

    searching: list[int] = []
    app = Recording(index.library(), StateStore(tmp_path / "state.json"),
                    refresh=library_refresh(index, [root], first_run=True, pool=ThreadPoolExecutor(2)),
                    build_search=lambda: searching.append(1), first_run=True)  # type: ignore[arg-type,return-value]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, lambda: bool(searching), tries=300)
        shown = list(app.query_one(StoryList).stories)
        final_title = app.sub_title
    assert [(done, total) for done, total, _, _ in seen] == [(n, 40) for n in (8, 16, 24, 32, 40)]
    counts = [count for _, _, count, _ in seen]
    assert counts[0] > 0 and counts == sorted(counts)  # stories appear as they are parsed
    assert all("indexing" in title and f"{done}/40 files" in title for done, _, _, title in seen)
    assert "indexing" not in final_title and searching == [1]
    expected = load([root])
    assert sorted(s.id for s in shown) == sorted(s.id for s in expected.stories)  # briefs too, once merged
    assert any(s.kind == "brief" for s in shown)
    assert not LibraryIndex.open(index.path).empty  # saved for the next start-up


async def test_quitting_stops_a_first_run_index_at_once(tmp_path: Path) -> None:
    """The indexing thread stops at its next report when the reader closes: `q` never waits for it."""
    import time

    from reader.app import NewsReaderApp
    from reader.state import StateStore

    reports: list[int] = []

    def refresh(report) -> Library | None:
        for done in range(1000):
            report(done, 1000, None)
            reports.append(done)
            time.sleep(0.01)
        return None

    app = NewsReaderApp(Library([]), StateStore(tmp_path / "state.json"), refresh=refresh, first_run=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, lambda: len(reports) > 3, tries=100)
        assert "indexing" in app.sub_title
    at_exit = len(reports)
    await asyncio.sleep(0.3)
    assert len(reports) <= at_exit + 1 < 500


def test_stopped_first_run_saves_nothing(tmp_path: Path, synth, monkeypatch) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from reader.app import Quitting
    from reader.cli import library_refresh

    root, _ = synth
    monkeypatch.setattr(reader.index, "PARALLEL_FROM", 1)
    monkeypatch.setattr(reader.index, "CHUNK", 8)
    index = LibraryIndex.open(index_path(tmp_path / "state.json", [root]))
    pool = ThreadPoolExecutor(2)

    def report(done: int, total: int, so_far: Library | None) -> None:
        if done >= 16:
            raise Quitting

    with pytest.raises(Quitting):
        library_refresh(index, [root], first_run=True, pool=pool)(report)
    assert pool._shutdown  # the pool is let go, its queued batches cancelled
    assert LibraryIndex.open(index.path).empty


def test_saved_list_knows_which_headlines_have_their_full_text(tmp_path: Path, synth) -> None:
    """The index saves digests of the full articles' keys; the reopened list answers as load() does."""
    root, _ = synth
    index = fresh(tmp_path, [root])
    index.save()
    loaded = load([root])
    reopened = LibraryIndex.open(index.path).library()
    headlines = {item.title for story in loaded.stories if story.kind == "full" for item in story.related}
    headlines |= {story.title for story in loaded.stories}
    for title in headlines:
        key = normalise_title(title)
        assert reopened.has_full_text(key) == loaded.has_full_text(key) == any(
            s.kind == "full" and s.key == key for s in loaded.stories), title


def test_saved_list_is_already_newest_first(tmp_path: Path, synth) -> None:
    """The list is saved sorted, so start-up skips sorting; the order is the one sorting gives."""
    root, _ = synth
    index = fresh(tmp_path, [root])
    index.save()
    for library in (index.library(), LibraryIndex.open(index.path).library()):
        assert library.sorted_newest_first
        resorted = Library(list(library.stories)).newest_first()
        assert [s.id for s in library.newest_first()] == [s.id for s in resorted]


async def test_first_run_reports_what_it_skipped(tmp_path: Path) -> None:
    """Unreadable files and missing roots are only known once a first run has read everything."""
    from reader.app import NewsReaderApp
    from reader.cli import library_refresh
    from reader.state import StateStore

    root = tmp_path / "lib"
    write_library(root, 3)
    (root / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    roots = [root, tmp_path / "no-such-folder"]
    index = LibraryIndex.open(index_path(tmp_path / "state.json", roots))
    searching: list[int] = []
    app = NewsReaderApp(index.library(), StateStore(tmp_path / "state.json"), refresh=library_refresh(index, roots, first_run=True),
                        build_search=lambda: searching.append(1), first_run=True)  # type: ignore[arg-type,return-value]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, lambda: bool(searching), tries=200)
        notes = [(n.title, n.message) for n in app._notifications]
    skipped = [message for title, message in notes if title.startswith("Skipped 2 unreadable")]
    assert skipped and "binary.txt" in skipped[0] and "no-such-folder" in skipped[0]


def test_damaged_full_keys_mean_indexing_again(tmp_path: Path, synth) -> None:
    root, _ = synth
    index = fresh(tmp_path, [root])
    index.save()
    data = orjson.loads(index.path.read_bytes())
    assert isinstance(data["full_keys"], str) and len(data["full_keys"]) == 16 * COUNT
    data["full_keys"] = data["full_keys"][:-1]
    index.path.write_bytes(orjson.dumps(data))
    assert LibraryIndex.open(index.path).empty
