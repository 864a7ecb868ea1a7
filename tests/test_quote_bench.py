"""The quote-speed benchmark's texts and table (its figures are printed by `python -m reader.quote_bench`,
never asserted)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader import quote_bench, quotes
from reader.quote_bench import WORDS, _words, annotated, main, seeds, synthetic
from reader.quotes import find_quotes

EVAL = Path(__file__).parent / "data" / "quotes_eval"


def test_each_text_is_whole_stories_of_at_least_the_target_size() -> None:
    for blocks in (synthetic(), seeds(), annotated(EVAL)):
        assert _words(blocks) >= WORDS
        assert _words(blocks[:-1]) < WORDS + 2_000  # stops soon after the target, not at the end of the supply
        assert find_quotes(blocks), "a text to time quotes on must quote someone"


def test_the_table_has_a_row_per_text_with_its_quote_count(capsys) -> None:
    assert main(["--runs", "2", "--eval", str(EVAL)]) == 0
    pattern = r"^(\w[\w ]+?)\s+([\d,]+)\s+([\d,]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)$"
    rows = re.findall(pattern, capsys.readouterr().out, re.M)
    assert [row[0] for row in rows] == ["synthetic wire copy", "seed articles repeated", "annotated stories together"]
    texts = (synthetic(), seeds(), annotated(EVAL))
    for (_, words, quoted, fastest, median, cold), blocks in zip(rows, texts):
        assert int(words.replace(",", "")) == _words(blocks)
        assert int(quoted.replace(",", "")) == len(find_quotes(blocks))
        assert 0 < float(fastest) <= float(median)
        assert float(cold) > 0


def test_a_cold_run_starts_with_the_caches_empty(monkeypatch) -> None:
    """The cold figure is the first story's: every cache of the quote finder is emptied before each call."""
    sizes: list[int] = []  # names cached when each call starts

    def counted(blocks):
        sizes.append(quotes._key.cache_info().currsize)
        return find_quotes(blocks)

    monkeypatch.setattr(quote_bench, "find_quotes", counted)
    blocks = synthetic()
    find_quotes(blocks)
    quote_bench.timings(blocks, 2, cold=True)
    assert sizes[0] > 0 and sizes[1:] == [0, 0]  # the warming call is not emptied; the timed ones are
    sizes.clear()
    quote_bench.timings(blocks, 2)
    assert all(size > 0 for size in sizes)


def test_a_folder_that_is_no_annotated_set_is_refused_with_a_message(tmp_path, capsys) -> None:
    (tmp_path / "001.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(SystemExit) as exited:
        main(["--runs", "1", "--eval", str(tmp_path)])
    assert exited.value.code == 2
    assert "not an annotated set" in capsys.readouterr().err
