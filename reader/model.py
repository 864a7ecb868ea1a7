"""The story model: what the parser produces and everything downstream consumes."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date
from typing import Literal

from reader.digest import sha1_hex

BlockKind = Literal["paragraph", "subhead"]
QuoteKind = Literal["quote", "fragment"]
StoryKind = Literal["full", "brief"]


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph or subhead of a story body."""

    kind: BlockKind
    text: str


@dataclass(frozen=True, slots=True)
class Dateline:
    """`Washington (AFP) Mar 12, 2025`: where, which wire, and when."""

    place: str | None = None
    agency: str | None = None
    date: date | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {
            "place": self.place,
            "agency": self.agency,
            "date": self.date.isoformat() if self.date else None,
        }


@dataclass(frozen=True, slots=True)
class RelatedLink:
    """An entry under `Related Links`; the text dumps rarely carry the URL."""

    title: str
    url: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {"title": self.title, "url": self.url}


@dataclass(frozen=True, slots=True)
class RelatedStory:
    """A headline listed under `RELATED CONTENT`."""

    title: str
    section: str | None = None
    dateline: Dateline | None = None
    teaser: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "title": self.title,
            "section": self.section,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "teaser": self.teaser,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation inside one body block.

    `start`/`end` are offsets into that block's text and include the marks;
    `text` is the quoted words without them.
    """

    block: int
    start: int
    end: int
    text: str
    speaker: str | None
    kind: QuoteKind

    def to_dict(self) -> dict[str, object]:
        return {
            "block": self.block,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "speaker": self.speaker,
            "kind": self.kind,
        }


_NON_WORD = re.compile(r"[\W_]+")  # any script's letters and digits count


@lru_cache(maxsize=4096)
def normalise_title(title: str) -> str:
    """Fold case, accents, quote styles and punctuation so the same headline matches itself."""
    if not title.isascii():
        decomposed = unicodedata.normalize("NFKD", title)
        title = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", title.casefold()).strip()


def story_id(title: str, when: date | None) -> str:
    """Stable across runs and machines: a hash of the normalised title and the date."""
    key = f"{normalise_title(title)}|{when.isoformat() if when else ''}"
    return sha1_hex(key.encode("utf-8"))[:16]


@dataclass(slots=True)
class Story:
    """A news story, either the full article (`full`) or a headline seen in a related list (`brief`)."""

    title: str
    site: str | None = None
    section: str | None = None
    authors: list[str] = field(default_factory=list)
    dateline: Dateline | None = None
    body: list[Block] = field(default_factory=list)
    credits: str | None = None
    related_links: list[RelatedLink] = field(default_factory=list)
    related: list[RelatedStory] = field(default_factory=list)
    teaser: str | None = None
    kind: StoryKind = "full"
    source: str | None = None
    id: str = ""
    _key: str = field(default="", compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = story_id(self.title, self.date)

    @property
    def key(self) -> str:
        """What de-duplicates a brief against a full article: the normalised title, computed on
        first use (a 50,000-story list never needs most of them)."""
        if not self._key:
            self._key = normalise_title(self.title)
        return self._key

    @property
    def date(self) -> date | None:
        return self.dateline.date if self.dateline else None

    def absorb(self, brief: Story | RelatedStory) -> None:
        """Merge what a listing of this story (a brief, or a related headline) knows and it lacks."""
        if not self.section and brief.section:
            self.section = brief.section
        if self.dateline is None and brief.dateline is not None:
            self.dateline = brief.dateline
        if not self.teaser and brief.teaser:
            self.teaser = brief.teaser
