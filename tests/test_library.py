"""The library: related headlines as brief stories, merged across files, with stable ids."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from reader.library import Library, Listing, full_titles, ids_of, key_array, load, merge, titles_of, where
from reader.digest import key_digest
from reader.model import Dateline, Story, normalise_title, story_id
from reader.resources import seeds_dir

FIXTURES = Path(__file__).parent / "fixtures"
SMN = FIXTURES / "smn"


def by_title(library: Library) -> dict[str, Story]:
    return {story.title: story for story in library.stories}


def test_seed_library() -> None:
    library = load([seeds_dir()])
    assert library.skipped == []
    assert len(library.stories) == 30
    assert [story.kind for story in library.stories] == ["full"] + ["brief"] * 29
    full = library.stories[0]
    assert full.title == "US envoys head to Moscow for Ukraine ceasefire talks"
    assert [story.title for story in library.stories[1:]] == [item.title for item in full.related]
    assert len({story.id for story in library.stories}) == 30
    assert all(library.get(story.id) is story for story in library.stories)


@pytest.fixture(scope="module")
def fixtures_library() -> Library:
    return load([FIXTURES])


def test_fixture_library_counts(fixtures_library: Library) -> None:
    stories = fixtures_library.stories
    assert fixtures_library.skipped == []
    assert sum(story.kind == "full" for story in stories) == 6
    # afp_seoul lists 6, spx 6 (2 of them full articles here), upi 3 (2 already listed): 6 + 4 + 1
    assert sum(story.kind == "brief" for story in stories) == 11
    assert len({story.key for story in stories}) == len(stories)
    assert len({story.id for story in stories}) == len(stories)


def test_brief_deduplicated_across_files(fixtures_library: Library) -> None:
    """`Coastal radar ...` is listed bare in afp_seoul and featured, in other case and with a full stop, in upi_crlf."""
    radar = [story for story in fixtures_library.stories if story.key == "coastal radar upgrade finishes ahead of schedule"]
    assert len(radar) == 1
    (brief,) = radar
    assert brief.kind == "brief"
    assert brief.title == "Coastal radar upgrade finishes ahead of schedule"
    assert brief.source == str(SMN / "afp_seoul.txt")
    assert brief.section == "DISASTER MANAGEMENT"
    assert brief.dateline == Dateline("Norfolk", "UPI", date(2025, 3, 10))
    assert brief.teaser is not None and brief.teaser.startswith("A coastal radar chain upgraded")
    assert brief.id == story_id("Coastal radar upgrade finishes ahead of schedule", date(2025, 3, 10))


def test_brief_deduplicated_across_quote_styles(fixtures_library: Library) -> None:
    sonar = [story for story in fixtures_library.stories if "sonar buoys" in story.title.casefold()]
    assert [story.title for story in sonar] == ["Navy\u2019s new sonar buoys pass sea trials"]


def test_full_article_wins_and_keeps_its_own_fields(fixtures_library: Library) -> None:
    stories = by_title(fixtures_library)
    assert "Cryogenic Upper Stage Clears Final Hot-Fire Test" not in stories
    stage = stories["Cryogenic upper stage clears final hot-fire test"]
    assert stage.kind == "full"
    assert stage.source == str(SMN / "ians_three_authors.txt")
    assert stage.section == "ROCKET SCIENCE"
    assert stage.dateline == Dateline("New Delhi", "IANS", date(2024, 6, 5))
    assert stage.authors == ["Asha Rao", "Vikram Sethi", "Leela Menon"]
    assert len(stage.body) == 4
    assert stage.teaser is not None and stage.teaser.startswith("The cryogenic upper stage of a heavy launcher")


def test_brief_fills_the_gaps_of_a_plain_full_article(fixtures_library: Library) -> None:
    stories = by_title(fixtures_library)
    lunar = stories["Lunar greenhouse experiment yields first harvest"]
    assert lunar.kind == "full"
    assert lunar.source == str(FIXTURES / "plain" / "blank_separated.txt")
    assert lunar.section == "SPACE TRAVEL"
    assert lunar.dateline == Dateline("Houston", "SPX", date(2024, 8, 30))
    assert lunar.teaser is not None and lunar.teaser.endswith("The module recycles all of its water and")
    assert len(lunar.body) == 3
    assert not any("Lunar Greenhouse" in title for title in stories)


def test_full_article_ids_do_not_depend_on_other_files(fixtures_library: Library) -> None:
    for path in sorted(FIXTURES.rglob("*.txt")):
        alone = load([path]).stories[0]
        assert fixtures_library.get(alone.id) is not None, path
        assert fixtures_library.get(alone.id).title == alone.title  # type: ignore[union-attr]


def test_ids_survive_moving_and_renaming_files(tmp_path: Path, fixtures_library: Library) -> None:
    """Other folders and names that sort the other way round give the same ids."""
    shutil.copytree(FIXTURES, tmp_path / "copy")
    for path in sorted((tmp_path / "copy").rglob("*.txt")):
        path.rename(path.with_name(f"{'z' if 'afp' in path.name else 'a'}_{path.name}"))
    moved = load([tmp_path / "copy"])
    assert moved.skipped == []
    assert {s.id for s in moved.stories} == {s.id for s in fixtures_library.stories}
    for story in moved.stories:  # the same stories; a brief may show another file's spelling of its headline
        assert fixtures_library.get(story.id).key == story.key  # type: ignore[union-attr]


def test_same_article_in_two_places_is_one_story(tmp_path: Path) -> None:
    for folder in ("inbox", "archive"):
        (tmp_path / folder).mkdir()
        shutil.copy(SMN / "upi_crlf.txt", tmp_path / folder / f"{folder}.txt")
    library = load([tmp_path])
    assert [story.kind for story in library.stories] == ["full", "brief", "brief", "brief"]
    assert library.stories[0].source == str(tmp_path / "archive" / "archive.txt")
    alone = load([SMN / "upi_crlf.txt"])
    assert [story.id for story in library.stories] == [story.id for story in alone.stories]


def test_brief_id_does_not_depend_on_file_order(tmp_path: Path) -> None:
    bare = "SpaceDaily\nSPACE TRAVEL\nStory {n}\nParis (AFP) Mar {n}, 2025\n\nBody.\n\nRELATED CONTENT\nSPACE TRAVEL\nComet tail photographed\n"
    dated = bare.replace("Comet tail photographed\n", "Comet tail photographed\nTucson (SPX) Jan 9, 2025\nA teaser ... read more\n")
    ids = []
    for first, second in ((bare, dated), (dated, bare)):
        folder = tmp_path / str(len(ids))
        folder.mkdir()
        (folder / "a.txt").write_text(first.format(n=1))
        (folder / "b.txt").write_text(second.format(n=2))
        comet = by_title(load([folder]))["Comet tail photographed"]
        assert comet.dateline == Dateline("Tucson", "SPX", date(2025, 1, 9))
        ids.append(comet.id)
    assert ids == [story_id("Comet tail photographed", date(2025, 1, 9))] * 2


def test_merge_brief_before_full() -> None:
    brief = Story(
        title="Rover \u201cfinds\u201d clay!",
        section="MARS NEWS",
        dateline=Dateline("Pasadena", "SPX", date(2025, 1, 2)),
        teaser="A teaser.",
        kind="brief",
    )
    full = Story(title="Rover finds clay", section="TECH SPACE")
    (merged,) = merge([brief, full])
    assert merged is full
    assert (merged.kind, merged.title, merged.section, merged.teaser) == ("full", "Rover finds clay", "TECH SPACE", "A teaser.")
    assert merged.dateline == Dateline("Pasadena", "SPX", date(2025, 1, 2))


def test_merge_keeps_different_articles_with_one_headline() -> None:
    first = Story(title="Launch delayed", dateline=Dateline("A", "AFP", date(2024, 1, 1)))
    second = Story(title="Launch delayed", dateline=Dateline("B", "AFP", date(2025, 1, 1)))
    again = Story(title="Launch Delayed", dateline=Dateline("C", "UPI", date(2024, 1, 1)))
    assert merge([first, second, again]) == [first, second]


def test_newest_first() -> None:
    old = Story(title="Old", dateline=Dateline(date=date(2024, 1, 1)))
    undated = Story(title="Undated")
    brief = Story(title="Brief", dateline=Dateline(date=date(2025, 1, 1)), kind="brief")
    new = Story(title="New", dateline=Dateline(date=date(2025, 1, 1)))
    library = Library([old, undated, brief, new])
    assert [story.title for story in library.newest_first()] == ["New", "Brief", "Old", "Undated"]


def _columns(rows: list[tuple[str, str, str, str, str | None, str]]) -> dict:
    """Index columns (as `index._listing` lays them out) for rows of (id, title, date, kind, section, source)."""
    sections: dict[str | None, int] = {}
    return {
        "ids": [row[0] for row in rows],
        "titles": [row[1] for row in rows],
        "dates": "".join(row[2] or " " * 10 for row in rows),
        "kinds": "".join(row[3] for row in rows),
        "section_codes": [sections.setdefault(row[4], len(sections)) for row in rows],
        "sections": list(sections),
        "sources": [row[5] for row in rows],
        "full_keys": "".join(sorted({f"{key_digest(normalise_title(row[1])):016x}" for row in rows if row[3] == "f"})),
    }


LISTED = [
    ("a" * 16, "Plain title", "2025-03-02", "f", "SPACE", "/lib/a.txt"),
    ("b" * 16, "Zürich’s “quoted” 🚀 headline", "", "b", None, "/lib/a.txt"),
    ("c" * 16, "Third", "2024-12-31", "f", "SPACE", "/lib/d\udcffir/c.txt"),  # an undecodable file name
]


def test_listing_makes_stories_from_the_columns_on_demand() -> None:
    listing = Listing(_columns(LISTED))
    assert len(listing) == 3
    assert [s.title for s in listing] == [row[1] for row in LISTED]
    assert [s.source for s in listing] == [row[5] for row in LISTED]
    assert [s.date for s in listing] == [date(2025, 3, 2), None, date(2024, 12, 31)]
    assert [s.kind for s in listing] == ["full", "brief", "full"]
    assert [s.section for s in listing] == ["SPACE", None, "SPACE"]
    assert list(listing.ids) == [row[0] for row in LISTED]
    assert list(listing.titles) == [row[1] for row in LISTED]
    assert listing[-1].title == "Third" and [s.title for s in listing[1:]] == ["Zürich’s “quoted” 🚀 headline", "Third"]


def test_listing_keeps_each_story_it_made() -> None:
    """The reader holds on to stories (the one open) and fills briefs in: a row is one object."""
    listing = Listing(_columns(LISTED))
    brief = listing[1]
    brief.teaser = "filled in"
    assert listing[1] is brief and listing[1].teaser == "filled in"
    view = listing.where(lambda story_id: story_id != "a" * 16)
    assert view[0] is brief  # a filtered view shares the stories


def test_listing_views_filter_by_id_without_making_stories() -> None:
    listing = Listing(_columns(LISTED))
    view = listing.where({"c" * 16, "a" * 16}.__contains__)
    assert list(view.ids) == ["a" * 16, "c" * 16]
    assert list(view.titles) == ["Plain title", "Third"]
    assert list(view.full_titles()) == [(0, "Plain title"), (1, "Third")]
    assert list(view.where(lambda story_id: story_id.startswith("c")).ids) == ["c" * 16]
    assert listing._columns.made == {}  # nothing above needed a Story


def test_library_questions_answered_alike_for_a_listing_and_a_list() -> None:
    listing = Listing(_columns(LISTED))
    plain = list(Listing(_columns(LISTED)))
    for stories in (listing, plain):
        library = Library(stories)
        assert library.get("c" * 16).title == "Third"
        assert library.get("x" * 16) is None
        assert library.count_known({"a" * 16, "b" * 16, "gone"}) == 2
        assert list(ids_of(where(stories, {"b" * 16}.__contains__))) == ["b" * 16]
        assert list(titles_of(stories))[1] == "Zürich’s “quoted” 🚀 headline"
        assert [at for at, _ in full_titles(stories)] == [0, 2]


def test_full_text_is_known_alike_from_a_listing_and_a_list() -> None:
    listing = Listing(_columns(LISTED))
    for stories in (listing, list(Listing(_columns(LISTED)))):
        library = Library(stories)
        assert library.has_full_text(normalise_title("Plain title"))
        assert library.has_full_text(normalise_title("THIRD"))  # keys are normalised titles
        assert not library.has_full_text(normalise_title("Zürich’s “quoted” 🚀 headline"))  # a brief
        assert not library.has_full_text("never listed")
    assert listing._columns.made == {}  # answered without making stories


@pytest.mark.parametrize("digests", ["abc", "zz" * 8, "f" * 16 + "0" * 16, "1" * 16 + "1" * 16])
def test_damaged_full_keys_are_refused(digests: str) -> None:
    """Odd length, not hex, out of order, repeated: the index is read as damaged (and rebuilt)."""
    assert key_array(digests) is None


def test_full_keys_read_as_the_numbers_written() -> None:
    keys = sorted(key_digest(k) for k in ("a", "b", "c"))
    assert list(key_array("".join(f"{k:016x}" for k in keys))) == keys
