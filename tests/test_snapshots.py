"""What the screens look like, pinned with pytest-textual-snapshot (update with --snapshot-update)."""

from __future__ import annotations

import pytest

from reader.app import NewsReaderApp
from reader.library import load
from reader.resources import seeds_dir
from reader.state import StateStore


@pytest.fixture
def app(tmp_path):
    return NewsReaderApp(load([seeds_dir()]), StateStore(tmp_path / "state.json"))


@pytest.mark.parametrize("size", [(160, 45), (100, 30), (60, 20)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_main_screen(snap_compare, app, size):
    # open the full article, bookmark the next story, move back to the first
    assert snap_compare(app, press=["enter", "escape", "j", "b", "k"], terminal_size=size)


def test_reading_a_story_narrow(snap_compare, app):
    assert snap_compare(app, press=["enter", "space"], terminal_size=(60, 20))


def test_sidebar_overlay_at_80(snap_compare, app):
    assert snap_compare(app, press=["enter", "s"], terminal_size=(80, 24))


def test_help_screen(snap_compare, app):
    assert snap_compare(app, press=["question_mark"], terminal_size=(100, 30))
