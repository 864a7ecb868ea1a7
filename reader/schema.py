"""The public JSON form of a story, as printed by `newsreader parse --json` (see README)."""

from __future__ import annotations

from reader.model import Dateline, Story
from reader.quotes import find_quotes


_NO_DATELINE = Dateline()


def story_to_dict(story: Story) -> dict[str, object]:
    return {
        "id": story.id,
        "title": story.title,
        "site": story.site,
        "section": story.section,
        "authors": list(story.authors),
        "dateline": (story.dateline or _NO_DATELINE).to_dict(),
        "body": [{"kind": block.kind, "text": block.text} for block in story.body],
        "quotes": [quote.to_dict() for quote in find_quotes(story.body)],
        "credits": story.credits,
        "related_links": [link.to_dict() for link in story.related_links],
        "related": [item.to_dict() for item in story.related],
        "teaser": story.teaser,
        "kind": story.kind,
        "source": story.source,
    }

