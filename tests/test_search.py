"""Search: query parsing, the FTS5 index (build, update, damage), highlighting, and the `/` search in the app."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from rich.style import Style
from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import Input

import reader.search as search
from reader.app import NewsReaderApp
from reader.library import Library, load
from reader.loading import read_text
from reader.model import Story
from reader.parsing import parse
from reader.quotes import find_quotes
from reader.resources import seeds_dir
from reader.search import Query, SearchIndex, build, fold, matches_in_memory, parse_query, term_spans
from reader.state import StateStore
from reader.synth import write_library
from reader.widgets.story_list import StoryList
from reader.widgets.story_view import StoryView

SEED_TITLE = "US envoys head to Moscow for Ukraine ceasefire talks"

ZURICH = """Alpine Daily
GLACIER WATCH
Zürich researchers map shrinking Alpine glaciers
by Staff Writers
Zürich (SPX) Jun 05, 2024

Scientists in Zürich said the summer heat had thinned the Rhône glacier faster than any model predicted, leaving bare permafrost exposed along its flanks.

"The ice is retreating faster than we ever measured before," said glaciologist Anna Müller, who leads the survey team.

The team flew drones over the rapidly melting glacier every week, and compared the images with a century of survey photographs.

A second campaign will use ground radar to measure how much ice remains beneath the debris.

Related Links
Survey page https://example.org/glacier-survey
"""

HARBOUR = """Harbour tug fleet modernised

The port authority has replaced its oldest tugs with hybrid vessels, officials said on Monday.

Engineers praised the glacier melting data used to plan the harbour dredging schedule.
"""

MARKET = """Street market reopens after repairs

The weekly market on the Große Straße reopened on Saturday, selling bread, cheese and йогурт from nearby farms.
"""


def write_fixtures(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {"zurich": folder / "zurich.txt", "harbour": folder / "harbour.txt", "market": folder / "market.txt"}
    files["zurich"].write_text(ZURICH, encoding="utf-8")
    files["harbour"].write_text(HARBOUR, encoding="utf-8")
    files["market"].write_text(MARKET, encoding="utf-8")
    return files


def only_full(path: Path) -> Story:
    return next(s for s in parse(read_text(path), source=str(path)) if s.kind == "full")


class Corpus:
    """The bundled seeds plus the fixture articles, indexed once for the whole module."""

    def __init__(self, root: Path) -> None:
        self.lib_dir = root / "articles"
        self.files = write_fixtures(self.lib_dir)
        self.index = root / "search.sqlite"
        self.parsed = build(self.index, [seeds_dir(), self.lib_dir])
        self.search = SearchIndex(self.index)
        self.seeds = load([seeds_dir()])
        self.seed = next(s for s in self.seeds.stories if s.kind == "full")
        self.zurich = only_full(self.files["zurich"]).id
        self.harbour = only_full(self.files["harbour"]).id
        self.market = only_full(self.files["market"]).id

    def library(self) -> Library:
        return load([seeds_dir(), self.lib_dir])

    def ids(self, text: str) -> set[str] | None:
        return self.search.ids(parse_query(text))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Corpus:
    return Corpus(tmp_path_factory.mktemp("corpus"))


# query parsing ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "phrases", "speaker", "section", "flags"),
    [
        ("putin ceasefire", ["putin", "ceasefire"], [], [], [], set()),
        ('"exact phrase"', [], ["exact phrase"], [], [], set()),
        ('"still typing a phr', [], ["still typing a phr"], [], [], set()),
        ("speaker:putin", [], [], ["putin"], [], set()),
        ('speaker:"vladimir putin"', [], [], ["vladimir putin"], [], set()),
        ("Speaker:Putin", [], [], ["Putin"], [], set()),
        ("section:superpowers", [], [], [], ["superpowers"], set()),
        ('section:"space travel"', [], [], [], ["space travel"], set()),
        ("is:unread", [], [], [], [], {"unread"}),
        ("is:bookmarked", [], [], [], [], {"bookmarked"}),
        ("IS:Unread is:read", [], [], [], [], {"unread", "read"}),
        ("is:nonsense", ["is nonsense"], [], [], [], set()),
        ("foo:bar", ["foo bar"], [], [], [], set()),
        (
            'moscow "ceasefire talks" speaker:trump section:superpowers is:unread is:bookmarked zürich',
            ["moscow", "zürich"], ["ceasefire talks"], ["trump"], ["superpowers"], {"unread", "bookmarked"},
        ),
    ],
)
def test_parse_query_forms(text, words, phrases, speaker, section, flags):
    query = parse_query(text)
    assert query.words == words
    assert query.phrases == phrases
    assert query.speaker == speaker
    assert query.section == section
    assert query.flags == flags
    assert not query.empty


def test_parse_query_empty_and_flag_only():
    assert parse_query("").empty and parse_query("   ").empty
    only_flags = parse_query("is:unread is:bookmarked")
    assert only_flags.fts() is None  # nothing for the full-text index: flags are filtered in the app
    assert only_flags.text_terms == []


def test_text_terms_are_folded_words_and_phrases():
    query = parse_query('Zürich "Melting GLACIER" speaker:putin section:x is:unread')
    assert sorted(query.text_terms) == ["melting glacier", "zurich"]


# the full-text index ------------------------------------------------------------------------------------


def test_build_parses_every_file_once(corpus):
    assert corpus.parsed == 4  # the seed file and the three fixtures
    assert build(corpus.index, [seeds_dir(), corpus.lib_dir]) == 0  # nothing changed: nothing parsed


def test_index_ids_are_library_ids(corpus):
    library_ids = {s.id for s in corpus.library().stories}
    assert {corpus.seed.id, corpus.zurich, corpus.harbour, corpus.market} <= library_ids
    common = corpus.ids("the")
    assert len(common) > 4 and common <= library_ids


def test_body_only_word(corpus):
    assert "permafrost" not in only_full(corpus.files["zurich"]).title.lower()
    assert corpus.ids("permafrost") == {corpus.zurich}
    assert corpus.ids("hybrid") == {corpus.harbour}


@pytest.mark.parametrize("text", ["zurich", "Zurich", "ZURICH", "zürich", "ZÜRICH", "rhone"])
def test_case_and_accent_insensitive(corpus, text):
    assert corpus.ids(text) == {corpus.zurich}


@pytest.mark.parametrize("text", ["Straße", "straße", "STRAßE", "йогурт", "ЙОГУРТ"])
def test_words_the_tokenizer_keeps_as_they_are(corpus, text):
    """Typing the word exactly as printed finds it, in any case (ß and й are not folded away by FTS)."""
    assert corpus.ids(text) == {corpus.market}


def test_every_word_must_match(corpus):
    assert corpus.ids("glacier") == {corpus.zurich, corpus.harbour}
    assert corpus.ids("glacier radar") == {corpus.zurich}
    assert corpus.ids("glacier tugs") == {corpus.harbour}
    assert corpus.ids("glacier radar tugs") == set()


def test_exact_phrase_versus_words_out_of_order(corpus):
    assert corpus.ids("melting glacier") == {corpus.zurich, corpus.harbour}
    assert corpus.ids('"melting glacier"') == {corpus.zurich}
    assert corpus.ids('"glacier melting"') == {corpus.harbour}
    assert corpus.ids('"ceasefire talks"') == {corpus.seed.id}
    assert corpus.ids('"talks ceasefire"') == set()


def test_speaker(corpus):
    speakers = {q.speaker for q in find_quotes(corpus.seed.body)}
    assert "Vladimir Putin" in speakers
    assert corpus.ids("speaker:putin") == {corpus.seed.id}
    assert corpus.ids('speaker:"vladimir putin"') == {corpus.seed.id}
    assert corpus.ids("speaker:PUTIN") == {corpus.seed.id}
    assert corpus.ids("speaker:muller") == {corpus.zurich}
    assert corpus.ids("speaker:Müller glacier") == {corpus.zurich}
    assert corpus.ids("speaker:putin glacier") == set()
    # a name mentioned but never quoted is not a speaker
    assert "Gerasimov" in " ".join(b.text for b in corpus.seed.body)
    assert corpus.ids("speaker:gerasimov") == set()


def test_section(corpus):
    superpowers = {s.id for s in corpus.seeds.stories if s.section == "SUPERPOWERS"}
    assert len(superpowers) == 30
    assert corpus.ids("section:superpowers") == superpowers
    assert corpus.ids('section:"glacier watch"') == {corpus.zurich}
    assert corpus.ids("section:glacier radar") == {corpus.zurich}
    assert corpus.ids("section:superpowers glacier") == set()


@pytest.mark.parametrize("typed", ["ce", "cea", "ceasef", "ceasefir", "ceasefire"])
def test_prefix_while_typing(corpus, typed):
    assert corpus.seed.id in corpus.ids(typed)
    assert corpus.zurich not in corpus.ids(typed + " moscow")


def test_a_single_letter_does_not_narrow(corpus):
    """One letter matches nearly everything and is the slowest query, so it filters nothing."""
    assert corpus.ids("c") is None
    assert corpus.ids("c moscow") == corpus.ids("moscow")


def test_punctuation_only_is_not_an_error(corpus):
    for text in ['"', '""', "-", "*", "speaker:", "(", ")", "AND", "NOT", "OR", "NEAR", "_", "^", "a*b", "col:", ":"]:
        result = corpus.ids(text)
        assert result is None or isinstance(result, set), text


def test_rebuild_after_edit_and_delete(tmp_path):
    files = write_fixtures(tmp_path / "lib")
    index = tmp_path / "index.sqlite"
    zurich = only_full(files["zurich"]).id
    harbour = only_full(files["harbour"]).id
    assert build(index, [tmp_path / "lib"]) == 3
    assert build(index, [tmp_path / "lib"]) == 0
    found = SearchIndex(index)
    assert found.ids(parse_query("permafrost")) == {zurich}

    files["zurich"].write_text(ZURICH.replace("permafrost", "tundra"), encoding="utf-8")
    assert build(index, [tmp_path / "lib"]) == 1
    assert found.ids(parse_query("permafrost")) == set()
    assert found.ids(parse_query("tundra")) == {zurich}

    # same size, new time: still noticed
    text = files["harbour"].read_text(encoding="utf-8").replace("hybrid", "diesel")
    assert len("hybrid") == len("diesel")
    files["harbour"].write_text(text, encoding="utf-8")
    stat = files["harbour"].stat()
    os.utime(files["harbour"], ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    assert build(index, [tmp_path / "lib"]) == 1
    assert found.ids(parse_query("diesel")) == {harbour}
    assert found.ids(parse_query("hybrid")) == set()

    files["harbour"].unlink()
    assert build(index, [tmp_path / "lib"]) == 0  # a deletion needs no parsing
    assert found.ids(parse_query("tugs")) == set()
    assert found.ids(parse_query("glacier")) == {zurich}
    assert build(index, [tmp_path / "lib"]) == 0


def test_same_story_id_in_two_files_survives_changing_one(tmp_path):
    """Two files can carry a story of the same id (a headline with no date, a related listing):
    re-indexing or deleting one file must not drop the other file's text."""
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "a.txt").write_text("Shared headline\n\nThe first copy mentions alpaca.\n", encoding="utf-8")
    (lib / "b.txt").write_text("Shared headline\n\nThe second copy mentions bison.\n", encoding="utf-8")
    index = tmp_path / "index.sqlite"
    build(index, [lib])
    found = SearchIndex(index)
    shared = only_full(lib / "a.txt").id
    assert only_full(lib / "b.txt").id == shared
    assert found.ids(parse_query("bison")) == {shared}

    (lib / "a.txt").write_text("Shared headline\n\nThe first copy now mentions camel.\n", encoding="utf-8")
    assert build(index, [lib]) == 1
    assert found.ids(parse_query("bison")) == {shared}
    assert found.ids(parse_query("camel")) == {shared}
    assert found.ids(parse_query("alpaca")) == set()

    (lib / "a.txt").unlink()
    build(index, [lib])
    assert found.ids(parse_query("bison")) == {shared}
    assert found.ids(parse_query("camel")) == set()


def test_missing_or_damaged_index_gives_none(tmp_path):
    query = parse_query("ceasefire")
    assert SearchIndex(tmp_path / "nowhere.sqlite").ids(query) is None
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"this is not a database at all\x00" * 200)
    assert SearchIndex(garbage).ids(query) is None
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    assert SearchIndex(empty).ids(query) is None
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE docs (id TEXT)")
    assert SearchIndex(other).ids(query) is None


def test_build_over_a_damaged_index_starts_afresh(tmp_path):
    index = tmp_path / "index.sqlite"
    index.write_bytes(b"garbage" * 1000)
    write_fixtures(tmp_path / "lib")
    assert build(index, [tmp_path / "lib"]) == 3
    assert SearchIndex(index).ids(parse_query("permafrost")) == {only_full(tmp_path / "lib" / "zurich.txt").id}


def test_index_being_built_gives_none_until_complete(tmp_path, monkeypatch):
    """A build stopped half-way (the reader quit) leaves a partial index: until a build completes,
    the app must fall back to searching titles in memory rather than miss unindexed stories."""
    files = write_fixtures(tmp_path / "lib")
    index = tmp_path / "index.sqlite"
    real_add = search._add
    added: list[str] = []

    def add_then_stop(db, file, stamp):
        if len(added) == 1:
            raise KeyboardInterrupt
        added.append(file)
        real_add(db, file, stamp)

    monkeypatch.setattr(search, "BATCH", 1)
    monkeypatch.setattr(search, "_add", add_then_stop)
    with pytest.raises(KeyboardInterrupt):
        build(index, [tmp_path / "lib"])
    assert len(added) == 1
    found = SearchIndex(index)
    assert found.ids(parse_query("glacier")) is None
    monkeypatch.setattr(search, "_add", real_add)
    assert build(index, [tmp_path / "lib"]) == 2  # carries on from what was committed
    assert found.ids(parse_query("glacier")) == {only_full(files["zurich"]).id, only_full(files["harbour"]).id}


def test_command_line_build_and_query(tmp_path, capsys):
    write_fixtures(tmp_path / "lib")
    index = tmp_path / "index.sqlite"
    assert search.main(["build", "--index", str(index), str(tmp_path / "lib")]) == 0
    assert "parsed 3 files" in capsys.readouterr().err
    assert search.main(["query", "--index", str(index), "zurich"]) == 0
    assert capsys.readouterr().out.split() == [only_full(tmp_path / "lib" / "zurich.txt").id]


# highlighting and in-memory matching ------------------------------------------------------------------------


def test_term_spans_accents_and_case():
    assert term_spans("Zürich", [fold("zurich")]) == [(0, 6)]
    assert term_spans("ZÜRICH and zürich and Zurich", [fold("Zürich")]) == [(0, 6), (11, 17), (22, 28)]
    assert term_spans("Scientists in Zürich", []) == []
    assert term_spans("nothing here", ["zurich"]) == []
    # overlapping or adjacent terms merge into one span
    assert term_spans("ceasefire talks", ["cease", "fire", "ceasefire t"]) == [(0, 11)]
    # a phrase term
    text = "the rapidly melting glacier"
    start = text.index("melting")
    assert term_spans(text, parse_query('"Melting Glacier"').text_terms) == [(start, len(text))]


def test_term_spans_map_back_to_the_original_characters():
    decomposed = "Zu\u0308rich"  # NFD text, as some editors save it
    assert term_spans(decomposed, [fold("zurich")]) == [(0, 7)]
    assert term_spans(decomposed, [fold("zü")]) == [(0, 3)]  # with the accent on the last letter
    text = "Die Große Straße"
    spans = term_spans(text, [fold("Straße")])
    assert [text[a:b] for a, b in spans] == ["Straße"]
    spans = term_spans(text, [fold("strasse"), fold("GROSSE")])
    assert [text[a:b] for a, b in spans] == ["Große", "Straße"]
    text = "İstanbul ﬁles"
    assert [text[a:b] for a, b in term_spans(text, [fold("istanbul"), fold("files")])] == ["İstanbul", "ﬁles"]


def test_matches_in_memory_titles_sections_teasers(corpus):
    zurich = only_full(corpus.files["zurich"])
    assert matches_in_memory(zurich, parse_query("zurich"))
    assert matches_in_memory(zurich, parse_query("ZÜR glac"))  # prefixes, accents folded
    assert matches_in_memory(zurich, parse_query("section:glacier"))
    assert matches_in_memory(zurich, parse_query('"shrinking alpine"'))
    assert not matches_in_memory(zurich, parse_query("permafrost"))  # the body is not searched in memory
    assert not matches_in_memory(zurich, parse_query("speaker:muller"))
    assert not matches_in_memory(zurich, parse_query("section:superpowers"))
    assert not matches_in_memory(zurich, parse_query('"alpine shrinking"'))


# a large synthetic library ---------------------------------------------------------------------------------


def test_two_thousand_story_library_gives_correct_results(tmp_path, monkeypatch):
    paths = write_library(tmp_path / "lib", 2000)
    index = tmp_path / "index.sqlite"
    parsed: dict[Path, list[Story]] = {}

    def parse_and_keep(text, source):
        parsed[Path(source)] = stories = parse(text, source=source)
        return stories

    monkeypatch.setattr(search, "parse", parse_and_keep)  # what the build parsed, to check it against
    assert build(index, [tmp_path / "lib"]) == 2000
    found = SearchIndex(index)
    assert sorted(parsed) == sorted(paths)

    # every document the index should hold (each file's article; a headline listed by several
    # files once, as its first listing gives it), as sets of folded words
    docs: list[tuple[Story, set[str], set[str]]] = []
    listed: set[str] = set()
    for stories in parsed.values():
        for story in stories:
            if story.kind == "brief":
                if story.id in listed:
                    continue
                listed.add(story.id)
            text = " ".join([story.title, *story.authors, story.section or "",
                             *(b.text for b in story.body), story.teaser or ""])
            words = set(search.WORD.findall(fold(text)))
            docs.append((story, words, set(search.WORD.findall(fold(story.section or "")))))
    full = {story.id: story for story, _, _ in docs if story.kind == "full"}
    assert len(full) == 2000
    counts: dict[str, int] = {}
    for _, words, _ in docs:
        for word in words:
            counts[word] = counts.get(word, 0) + 1

    def expected(*terms: str, section: bool = False) -> set[str]:
        """Brute force: the documents in which every term starts a word (as FTS prefix queries do)."""
        starting = [{w for w in counts if w.startswith(fold(t))} for t in terms]
        return {story.id for story, words, in_section in docs
                if all((in_section if section else words) & each for each in starting)}

    # a rare word, a common one, two words together, prefixes
    rare = next(w for w, n in sorted(counts.items(), key=lambda kv: (kv[1], kv[0])) if n >= 2 and len(w) > 6 and w.isalpha())
    common = max((w for w in counts if len(w) > 5 and w.isalpha()), key=counts.__getitem__)
    for terms in ([rare], [common], [common, rare], ["satellit"], ["launch", "orbiter"]):
        result = found.ids(parse_query(" ".join(terms)))
        assert result, terms
        assert result == expected(*terms), terms

    # full stories are found by their exact headline; a section query finds exactly that section
    for number in (0, 777, 1999):
        story = parsed[paths[number]][0]
        assert story.kind == "full"
        assert story.id in found.ids(parse_query(f'"{story.title}"'))
        in_section = found.ids(parse_query(f'section:"{story.section}"'))
        assert story.id in in_section
        assert in_section == expected(*story.section.split(), section=True)

    # a story's quoted speaker finds it
    story, speaker = next(
        (s, q.speaker) for s in (parsed[p][0] for p in paths[:50]) for q in find_quotes(s.body) if q.speaker
    )
    assert story.id in found.ids(parse_query(f'speaker:"{speaker}"'))

    # re-indexing a file that lists another story (same id) as related keeps that story's own text
    listing, listed = next(
        (path, brief) for path in paths for brief in parsed[path][1:] if brief.id in full and brief.id != parsed[path][0].id
    )
    body_words = set(search.WORD.findall(fold(" ".join(b.text for b in full[listed.id].body))))
    teaser_words = set(search.WORD.findall(fold(f"{listed.title} {listed.teaser or ''}")))
    own = min((w for w in body_words - teaser_words if w.isalpha() and len(w) > 4), key=lambda w: (counts[w], w))
    before = found.ids(parse_query(own))
    assert listed.id in before
    lead = parsed[listing][0].body[0].text
    text = listing.read_text(encoding="utf-8")
    assert lead in text
    listing.write_text(text.replace(lead, lead + " A zyzzogeton was seen.", 1), encoding="utf-8")
    assert build(index, [tmp_path / "lib"]) == 1
    assert found.ids(parse_query(own)) == before
    assert found.ids(parse_query("zyzzogeton")) == {parsed[listing][0].id}


# the search in the app ------------------------------------------------------------------------------------------


def make_app(tmp_path: Path, corpus: Corpus, search_index: SearchIndex | None | str = "corpus") -> NewsReaderApp:
    index = corpus.search if search_index == "corpus" else search_index
    return NewsReaderApp(corpus.library(), StateStore(tmp_path / "state.json"), search=index)


def listed(app: NewsReaderApp) -> list[str]:
    return [s.id for s in app.query_one(StoryList).stories]


async def type_query(pilot, app: NewsReaderApp, text: str) -> None:
    """Replace the search text, as typing would, and let the list catch up."""
    app.query_one("#search", Input).value = text
    await pilot.pause()


def styled_chars(strip: Strip) -> list[tuple[str, Style]]:
    return [(ch, segment.style) for segment in strip for ch in segment.text]


def rendered(widget) -> list[list[tuple[str, Style]]]:
    width, height = widget.size
    return [styled_chars(strip) for strip in widget.render_lines(Region(0, 0, width, height))]


def styles_of(line: list[tuple[str, Style]], word: str, start_at: int = 0) -> tuple[set[Style], set[Style]]:
    """The styles of `word`'s characters in `line`, and those of the rest of the word after it."""
    text = "".join(ch for ch, _ in line)
    start = text.index(word, start_at)
    inside = {style for _, style in line[start : start + len(word)]}
    after_end = text.find(" ", start + len(word) + 1)
    outside = {style for _, style in line[start + len(word) + 1 : after_end]}
    return inside, outside


async def test_typing_narrows_the_list_for_every_query_form(tmp_path, corpus):
    app = make_app(tmp_path, corpus)
    async with app.run_test(size=(160, 45)) as pilot:
        total = len(listed(app))
        assert total == 33
        await pilot.press("slash")
        seed_ids = {s.id for s in corpus.seeds.stories}
        cases = {
            "permafrost": {corpus.zurich},
            "ZÜRICH": {corpus.zurich},
            "zurich": {corpus.zurich},
            "glacier radar": {corpus.zurich},
            "melting glacier": {corpus.zurich, corpus.harbour},
            '"melting glacier"': {corpus.zurich},
            '"glacier melting"': {corpus.harbour},
            "speaker:putin": {corpus.seed.id},
            "section:superpowers": seed_ids,
            "ceasef": {corpus.seed.id},
            "straße": {corpus.market},
            "nothing-like-this-anywhere": set(),
        }
        for text, ids in cases.items():
            await type_query(pilot, app, text)
            shown = listed(app)
            assert set(shown) == ids, text
            assert len(shown) == len(ids)
            assert app.sub_title.endswith(f"\u00b7 {len(ids)} found"), text
        # the list keeps its newest-first order while filtered
        await type_query(pilot, app, "section:superpowers")
        assert listed(app)[0] == corpus.seed.id
        await type_query(pilot, app, "")
        assert len(listed(app)) == total
        assert "found" not in app.sub_title


async def test_flags_combine_with_words(tmp_path, corpus):
    app = make_app(tmp_path, corpus)
    async with app.run_test(size=(160, 45)) as pilot:
        story_list = app.query_one(StoryList)
        story_list.cursor = listed(app).index(corpus.harbour)
        await pilot.press("m")  # harbour: read
        story_list.cursor = listed(app).index(corpus.zurich)
        await pilot.press("b")  # zurich: bookmarked
        assert corpus.harbour in app.read_ids and corpus.zurich in app.bookmarked
        await pilot.press("slash")
        for text, ids in {
            "glacier": {corpus.zurich, corpus.harbour},
            "is:unread glacier": {corpus.zurich},
            "glacier is:unread": {corpus.zurich},
            "is:read glacier": {corpus.harbour},
            "is:bookmarked glacier": {corpus.zurich},
            "is:bookmarked tugs": set(),
            "is:bookmarked": {corpus.zurich},
            "is:bookmarked is:unread": {corpus.zurich},
            "is:bookmarked is:read": set(),
            "is:unread speaker:putin": {corpus.seed.id},
        }.items():
            await type_query(pilot, app, text)
            assert set(listed(app)) == ids, text
            assert app.sub_title.endswith(f"\u00b7 {len(ids)} found"), text
        await type_query(pilot, app, "is:unread")
        assert len(listed(app)) == 32 and corpus.harbour not in listed(app)


async def test_slash_opens_the_search_and_matches_are_highlighted(tmp_path, corpus):
    app = make_app(tmp_path, corpus)
    async with app.run_test(size=(160, 45)) as pilot:
        search_input = app.query_one("#search", Input)
        assert not search_input.display
        await pilot.press("slash")
        await pilot.pause()
        assert app.has_class("-searching")
        assert search_input.display and search_input.region.height > 0
        assert app.focused is search_input
        await pilot.press("z", "u", "r")
        assert search_input.value == "zur"
        assert listed(app) == [corpus.zurich]  # a prefix, while typing
        assert app.sub_title.endswith("\u00b7 1 found")
        await pilot.press("backspace")
        assert search_input.value == "zu" and corpus.zurich in listed(app)
        await type_query(pilot, app, "zurich")
        assert listed(app) == [corpus.zurich]
        row = rendered(app.query_one(StoryList))[0]
        inside, outside = styles_of(row, "Zürich")
        assert len(inside) == 1 and len(outside) == 1
        assert inside != outside  # "Zürich" stands out from "researchers"
        (match,) = inside
        assert match.bgcolor is not None and match.bgcolor != next(iter(outside)).bgcolor

        await pilot.press("enter")  # from the input to the list
        assert isinstance(app.focused, StoryList)
        await pilot.press("enter")  # open the hit
        await pilot.pause()
        view = app.query_one(StoryView)
        assert view.story is not None and view.story.id == corpus.zurich
        lines = rendered(view)
        body = next(line for line in lines if "".join(ch for ch, _ in line).lstrip().startswith("Scientists in Z"))
        inside, outside = styles_of(body, "Zürich")
        assert len(inside) == 1 and inside != outside
        before = styles_of(body, "in")[0]
        assert before != inside  # the text around it is plain

        # a later query re-highlights: the old term is no longer marked
        await pilot.press("slash")
        await type_query(pilot, app, "glacier")
        lines = rendered(view)
        body = next(line for line in lines if "".join(ch for ch, _ in line).lstrip().startswith("Scientists in Z"))
        assert styles_of(body, "Zürich")[0] == styles_of(body, "in")[0]  # no longer marked
        body = next(line for line in lines[3:] if " glacier " in "".join(ch for ch, _ in line))
        glacier, after = styles_of(body, "glacier", "".join(ch for ch, _ in body).index(" glacier ") + 1)
        assert glacier == inside and glacier != after


async def test_n_and_shift_n_jump_between_hits_then_n_is_next_unread(tmp_path, corpus):
    app = make_app(tmp_path, corpus)
    async with app.run_test(size=(160, 45)) as pilot:
        story_list = app.query_one(StoryList)
        assert story_list.current.id == corpus.seed.id
        await pilot.press("slash")
        await type_query(pilot, app, "zelensky")
        assert corpus.seed.id in listed(app)
        await pilot.press("enter")  # to the list; the cursor stayed on the seed story
        assert story_list.current.id == corpus.seed.id
        await pilot.press("enter")
        await pilot.pause()
        view = app.query_one(StoryView)
        assert view.story.id == corpus.seed.id and view.scroll_y == 0

        def paragraph_at_top() -> str:
            """The paragraph starting on the view's second line (a hit is scrolled to there)."""
            lines = ["".join(ch for ch, _ in line).strip() for line in rendered(view)[1:]]
            return " ".join(lines[: lines.index("")] if "" in lines else lines)

        positions = []
        for _ in range(3):
            await pilot.press("n")
            await pilot.pause()
            positions.append(view.scroll_y)
            assert "zelensky" in paragraph_at_top().lower()  # the hit paragraph is at the top
        assert positions[0] > 0 and positions == sorted(set(positions))
        assert app.open_story.id == corpus.seed.id  # n moved within the story, not to another one
        await pilot.press("N")
        await pilot.pause()
        assert view.scroll_y == positions[1]
        await pilot.press("N")
        await pilot.pause()
        assert view.scroll_y == positions[0]

        await pilot.press("escape")
        await pilot.pause()
        assert not app.has_class("-searching")
        await pilot.press("n")  # next unread again
        await pilot.pause()
        assert app.open_story.id != corpus.seed.id
        assert app.open_story.id == story_list.current.id == listed(app)[1]
        assert view.scroll_y == 0


async def test_escape_clears_the_search_and_restores_the_cursor(tmp_path, corpus):
    app = make_app(tmp_path, corpus)
    async with app.run_test(size=(160, 45)) as pilot:
        story_list = app.query_one(StoryList)
        everything = listed(app)
        story_list.cursor = 5
        before = story_list.current
        await pilot.press("slash")
        await type_query(pilot, app, "glacier")
        assert set(listed(app)) == {corpus.zurich, corpus.harbour}
        await pilot.press("escape")  # straight from the input
        await pilot.pause()
        search_input = app.query_one("#search", Input)
        assert search_input.value == "" and app.query == Query()
        assert not app.has_class("-searching") and not search_input.display
        assert listed(app) == everything
        assert story_list.current is before and story_list.cursor == 5
        assert isinstance(app.focused, StoryList)
        assert "found" not in app.sub_title

        # again, leaving from the list after moving in the results
        await pilot.press("slash")
        await type_query(pilot, app, "glacier")
        await pilot.press("enter", "down")
        assert isinstance(app.focused, StoryList)
        await pilot.press("escape")
        await pilot.pause()
        assert listed(app) == everything and story_list.current is before
        await pilot.press("escape")  # a second escape is harmless
        assert story_list.current is before


async def test_without_an_index_titles_still_match_in_memory(tmp_path, corpus):
    app = make_app(tmp_path, corpus, search_index=None)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("slash")
        await type_query(pilot, app, "zurich")
        assert listed(app) == [corpus.zurich]
        in_title = {s.id for s in corpus.library().stories if "ceasefire" in s.title.lower()}
        await type_query(pilot, app, "ceasefire")
        assert corpus.seed.id in listed(app) and in_title <= set(listed(app))
        await type_query(pilot, app, "permafrost")  # body only: needs the index
        assert listed(app) == []
        await type_query(pilot, app, "section:glacier")
        assert listed(app) == [corpus.zurich]
        await type_query(pilot, app, "speaker:putin")
        assert listed(app) == []
        assert app.sub_title.endswith("\u00b7 0 found")


async def test_damaged_index_falls_back_to_titles(tmp_path, corpus):
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not sqlite" * 100)
    app = make_app(tmp_path, corpus, search_index=SearchIndex(broken))
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("slash")
        await type_query(pilot, app, "zurich")
        assert listed(app) == [corpus.zurich]
        assert not [n for n in app._notifications if n.severity == "error"]
