"""Synthetic articles: they parse like the real pages, and libraries of them are unique and reproducible."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest

from reader import synth
from reader.library import load
from reader.model import Story, normalise_title
from reader.parsing import parse

AGENCIES = {"AFP", "SPX", "UPI", "IANS"}
FURNITURE = ("Subscribe", "Tweet", "Space Media Network", "Related Links", "RELATED CONTENT", "read more")


@pytest.fixture(scope="module")
def articles() -> list[str]:
    rng = random.Random(7)
    return [synth.article(rng, index) for index in range(2000)]


@pytest.fixture(scope="module")
def parsed(articles: list[str]) -> list[tuple[str, list[Story]]]:
    return [(text, parse(text)) for text in articles[:200]]


def byline_names(byline: str) -> list[str]:
    """What the byline promises: `By A in X and B in Y` names A and B; staff copy names nobody."""
    if byline == "by Staff Writers":
        return []
    assert byline.startswith("By ")
    return [part.split(" in ")[0] for part in byline.removeprefix("By ").split(" and ")]


def test_articles_parse_into_full_stories(parsed: list[tuple[str, list[Story]]]) -> None:
    for text, (story, *briefs) in parsed:
        lines = text.split("\n")
        assert story.kind == "full"
        assert story.title == lines[2] == lines[3]
        assert (story.site, story.section) == (lines[0], lines[1])
        assert story.authors == byline_names(lines[4])
        assert story.dateline is not None and story.dateline.place and story.dateline.agency in AGENCIES
        assert story.date is not None and date(2010, 1, 1) <= story.date <= date(2026, 12, 31)
        assert 4_000 <= len(text.encode("utf-8")) <= 9_000

        paragraphs = [block.text for block in story.body if block.kind == "paragraph"]
        assert 8 <= len(paragraphs) <= 30
        assert len(story.body) - len(paragraphs) <= 2
        assert any('"' in paragraph for paragraph in paragraphs)
        assert not any(marker in block.text for block in story.body for marker in FURNITURE)
        assert story.credits is None or story.dateline.agency == "AFP"

        assert len(story.related) in (8, 12, 16, 20, 24)
        assert all(item.section for item in story.related)
        assert story.related[0].dateline is not None and story.related[0].teaser
        assert [brief.title for brief in briefs] == [item.title for item in story.related]
        assert all(brief.kind == "brief" for brief in briefs)


def test_optional_parts_all_occur(parsed: list[tuple[str, list[Story]]]) -> None:
    stories = [stories[0] for _, stories in parsed]
    assert any(story.credits for story in stories)
    assert any(story.related_links for story in stories)
    assert any(block.kind == "subhead" for story in stories for block in story.body)
    assert {len(story.authors) for story in stories} == {0, 1, 2}
    assert {story.dateline.agency for story in stories if story.dateline} == AGENCIES


def test_titles_are_unique_after_normalising(articles: list[str]) -> None:
    titles = [text.split("\n", 3)[2] for text in articles]  # the parser's title, as checked above
    assert len({normalise_title(title) for title in titles}) == len(titles)


def test_headlines_are_unique_for_a_large_library() -> None:
    assert len({normalise_title(synth.headline(index)) for index in range(50_000)}) == 50_000


def test_same_seed_same_bytes() -> None:
    def run(seed: int) -> list[str]:
        rng = random.Random(seed)
        return [synth.article(rng, index) for index in range(30)]

    assert run(3) == run(3)
    assert run(3) != run(4)


def test_write_library_shards_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = synth.write_library(tmp_path / "plain", 12, seed=1)
    assert paths == [tmp_path / "plain" / "000" / f"{index:06d}.txt" for index in range(12)]
    assert all(path.is_file() for path in paths)

    monkeypatch.setattr(synth, "SHARD", 5)
    sharded = synth.write_library(tmp_path / "sharded", 12, seed=1)
    assert sorted({path.parent.name for path in sharded}) == ["000", "001", "002"]
    assert [path.read_bytes() for path in sharded] == [path.read_bytes() for path in paths]


def test_written_library_loads_with_every_story(tmp_path: Path) -> None:
    synth.write_library(tmp_path, 100, seed=2)
    library = load([tmp_path])
    full = [story for story in library.stories if story.kind == "full"]
    assert not library.skipped
    assert len(full) == 100
    # Related lists name the library's own stories, so some briefs merge into them.
    assert any(story.teaser for story in full)


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert synth.main([str(tmp_path / "cli"), "3", "--seed", "9"]) == 0
    assert "wrote 3 articles" in capsys.readouterr().out
    expected = synth.write_library(tmp_path / "api", 3, seed=9)
    written = sorted((tmp_path / "cli").rglob("*.txt"))
    assert [path.read_bytes() for path in written] == [path.read_bytes() for path in expected]
