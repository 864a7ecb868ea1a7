"""Turn article text into `Story` objects.

Two formats: the Space Media Network page dump (site, section, headline, byline,
dateline, body, credits, related links and related content, then site boilerplate)
and, for anything else, plain text (first line is the title, then paragraphs).
"""

from __future__ import annotations

import re
from datetime import date

from reader.model import Block, Dateline, RelatedLink, RelatedStory, Story, normalise_title

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}

# `Washington (AFP) Mar 12, 2025`, `SEOUL (AFP) April 29, 2015`, `Paris (ESA) Sep. 3, 2024`, and
# `Bengaluru (IANS) Aug 15` with no year (the date is then unknown)
DATELINE = re.compile(
    r"^(?P<place>[^()\n]{1,80}?)\s*\((?P<agency>[^()\n]{1,40})\)\s*"
    r"(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:,?\s+(?P<year>\d{4}))?\s*$"
)
MAX_DATELINE = 160  # longer lines are text; the regex would only waste time on them
BYLINE = re.compile(r"^by\s+(?P<who>.+)$", re.IGNORECASE)
WRITERS = re.compile(r"^(?:\w+\s+)?(?:writers?|correspondents?|reporters?)\s+(?=\S)", re.IGNORECASE)
# `- 'Horrible bloodbath' -`: a subhead between dashes (checked without a regex: see `_subhead`).
DASHES = "-\u2013\u2014"
# AFP-style desk slugs (`burs-jc/tw/jgc`, `dk/sst`) and short copyright lines.
CREDITS = re.compile(r"^(?:[a-z]{2,8}(?:-[a-z]{1,8})*(?:/[a-z]{1,8}(?:-[a-z]{1,8})*)*|(?:©|\(c\)|copyright\b).{0,80})$", re.IGNORECASE)
# No leading `\s*`: on a long run of spaces it makes `search` quadratic; callers strip instead.
READ_MORE = re.compile(r"(?:\.\.\.|\u2026)\s*read more\s*$", re.IGNORECASE)
URL = re.compile(r"https?://\S+")

RELATED_LINKS = "related links"
RELATED_CONTENT = "related content"

# The site's furniture, never story text: whole lines, and lines starting with a phrase.
BOILERPLATE_LINES = frozenset({
    "tweet",
    "illustration only",
    "paypal only",
    "credit card or paypal",
    "privacy statement",
    "email this article",
    "comment on this article",
})
BOILERPLATE_PREFIXES = (
    "subscribe free to our daily newsletters",
    "the following news reports may link to other space media network websites",
    "the content herein, unless otherwise known to be public domain",
    "thanks for being here",
    "we need your help. the spacedaily news network",
    "with the rise of ad blockers",
    "our news coverage takes time and effort",
    "if you find our news sites informative and useful",
    "spacedaily contributor",
    "spacedaily monthly supporter",
    "$5 billed once",
    "$5+ billed once",
    "$5 billed monthly",
    "$5+ billed monthly",
    "share this article via these popular social media networks",
    "comment using your disqus",
    "advertising does not imply endorsement",
    "general data protection regulation (gdpr) statement",
    "all websites are published in australia",
)
FOOTER = "the content herein, unless otherwise known to be public domain"
# Once one of these is reached the story text is over.
END_HEADINGS = frozenset({RELATED_LINKS, RELATED_CONTENT})
END_PREFIXES = ("subscribe free to our daily newsletters", FOOTER)


def _fold(line: str) -> str:
    return line.strip().casefold()


def _is_boilerplate(line: str) -> bool:
    folded = _fold(line)
    return folded.rstrip(" .:") in BOILERPLATE_LINES or folded.startswith(BOILERPLATE_PREFIXES)


def _ends_body(line: str) -> bool:
    folded = _fold(line)
    return folded in END_HEADINGS or folded.startswith(END_PREFIXES)


def _ends_related(line: str) -> bool:
    """`Related Links` or the copyright footer: where a `RELATED CONTENT` list stops."""
    folded = _fold(line)
    return folded == RELATED_LINKS or folded.startswith(FOOTER)


def _is_byline(line: str) -> bool:
    """`By Jane Doe`, `by Staff Writers`; not a headline such as `By 2030, a base on the Moon`."""
    match = BYLINE.match(line)
    return bool(match) and match["who"][0].isupper() and not any(ch.isdigit() for ch in match["who"])


def _subhead(line: str) -> str | None:
    """The text of a `- 'Subhead' -` line, else None."""
    if len(line) < 5 or line[0] not in DASHES or line[-1] not in DASHES:
        return None
    if not (line[1].isspace() and line[-2].isspace()):
        return None
    return line[1:-1].strip() or None


def _is_section_label(line: str) -> bool:
    """Section labels are short all-capitals lines such as `SUPERPOWERS` or `SPACE TRAVEL`."""
    return 0 < len(line) <= 48 and line.isupper() and sum(map(str.isalpha, line)) >= 3


def parse_dateline(line: str) -> Dateline | None:
    """Parse `Place (AGENCY) Mon DD, YYYY`; None when the line is not a dateline."""
    line = line.strip()
    match = DATELINE.match(line) if "(" in line and len(line) <= MAX_DATELINE else None
    if not match:
        return None
    month = _MONTHS.get(match["month"].casefold())
    if month is None:
        return None
    year = match["year"]
    try:
        # with no year the date is unknown, but the day must still be one of that month's (2000 had a 29 February)
        day = date(int(year) if year else 2000, month, int(match["day"]))
    except ValueError:
        return None
    place = " ".join(match["place"].split()) or None
    return Dateline(place=place, agency=match["agency"].strip() or None, date=day if year else None)


def parse_authors(byline: str) -> list[str]:
    """`By Danny Kemp in Washington and Barbara WOJAZER in Kyiv` -> two names; `by Staff Writers` -> none."""
    match = BYLINE.match(byline.strip())
    text = match["who"] if match else byline
    authors: list[str] = []
    for part in re.split(r"\s*(?:,|;|&|\band\b|\bwith\b)\s*", text):
        name = re.split(r"\s+(?:in|for|at|from)\s+", part, maxsplit=1)[0].strip(" .")
        name = WRITERS.sub("", name)  # `Xinhua Writers Liu Chen`, `Staff Writer Jo Lee`: the name after it
        if not name or re.fullmatch(r"(?i)(?:staff|staff writers?|agencies|afp|upi|ians|spx|wire reports?)", name):
            continue
        authors.append(name)
    return authors


def _split_paragraphs(lines: list[str]) -> list[list[str]]:
    """Group lines into blank-line separated chunks."""
    chunks: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            chunks.append(current)
            current = []
    if current:
        chunks.append(current)
    return chunks


def _normalise_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    return "\n".join(line.rstrip() for line in text.split("\n"))


def parse(text: str, source: str | None = None, *, listing: bool = False) -> list[Story]:
    """Parse one file's text: the story first, then a brief for each related headline.

    `listing=True` keeps only what the library index needs: no body and no brief stories
    (the related headlines stay in the story's `related`); the text is parsed again when
    the story is opened. Never raises on any input; returns an empty list when the text
    holds no story.
    """
    lines = _normalise_text(text).split("\n")
    header = _find_header(lines)
    if header is None:
        story = _parse_plain(lines, source)
        return [story] if story else []
    return _parse_smn(lines, *header, source, listing)


def _find_header(lines: list[str]) -> tuple[int, bool] | None:
    """Where a Space Media Network page's header ends, and whether that line is its dateline: the
    dateline, else (a release with none) the headline printed twice, or the byline under it."""
    opening: list[int] = []  # the first non-empty lines
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if parse_dateline(line):
            return (index, True) if opening else None
        opening.append(index)
        if len(opening) > 6:
            break
    for first, second in zip(opening[1:], opening[2:]):  # (after the site's name at least)
        title = lines[first].strip()
        if len(title) > 15 and title == lines[second].strip() and not BYLINE.match(title):
            after = next((k for k in opening if k > second), None)
            return (after if after is not None and _is_byline(lines[after].strip()) else second), False
    return None


def _parse_smn(lines: list[str], header_end: int, dated: bool, source: str | None, listing: bool) -> list[Story]:
    head = [line.strip() for line in lines[: header_end + (0 if dated else 1)] if line.strip()]
    authors: list[str] = []
    if len(head) > 1 and _is_byline(head[-1]) and not _same_title(head[-1], head[-2]):
        authors = parse_authors(head.pop())
    site, section, title = _split_head(head)

    body_lines: list[str] = []
    index = header_end + 1
    while index < len(lines) and not _ends_body(lines[index]):
        body_lines.append(lines[index])
        index += 1
    credits = None
    blocks: list[Block] = []
    for chunk in () if listing else _split_paragraphs(body_lines):
        for para in _chunk_paragraphs(chunk):
            if _is_boilerplate(para):
                continue
            blocks.append(block_from_line(para))
    if blocks and blocks[-1].kind == "paragraph" and CREDITS.match(blocks[-1].text):
        credits = blocks.pop().text

    related_links: list[RelatedLink] = []
    related: list[RelatedStory] = []
    while index < len(lines):
        folded = _fold(lines[index])
        if folded == RELATED_LINKS:
            index = _parse_related_links(lines, index + 1, related_links)
        elif folded == RELATED_CONTENT:
            index = _parse_related_content(lines, index + 1, related)
        else:
            index += 1

    story = Story(
        title=title,
        site=site,
        section=section,
        authors=authors,
        dateline=parse_dateline(lines[header_end]) if dated else None,
        body=blocks,
        credits=credits,
        related_links=related_links,
        related=related,
        source=source,
    )
    if listing:
        return [story]
    briefs = [
        Story(
            title=item.title,
            section=item.section,
            dateline=item.dateline,
            teaser=item.teaser,
            kind="brief",
            source=source,
        )
        for item in related
        if normalise_title(item.title) != story.key
    ]
    return [story, *briefs]


def _same_title(first: str, second: str) -> bool:
    return normalise_title(first) == normalise_title(second)


def _split_head(head: list[str]) -> tuple[str | None, str | None, str]:
    """Site, section and title from the lines above the byline; the title may be printed twice."""
    while len(head) >= 2 and _same_title(head[-1], head[-2]):
        head.pop()
    if not head:
        return None, None, "Untitled"
    title = head[-1]
    rest = head[:-1]
    site = section = None
    if len(rest) >= 2:
        site, section = rest[0], rest[1]
    elif len(rest) == 1:
        if _is_section_label(rest[0]):
            section = rest[0]
        else:
            site = rest[0]
    return site, section, title


def _chunk_paragraphs(chunk: list[str]) -> list[str]:
    """A chunk is one paragraph, unless its lines are themselves subheads or boilerplate."""
    out: list[str] = []
    current: list[str] = []
    for line in chunk:
        if _subhead(line) or _is_boilerplate(line):
            if current:
                out.append(" ".join(current))
                current = []
            out.append(line)
        else:
            current.append(line)
    if current:
        out.append(" ".join(current))
    return out


def block_from_line(text: str) -> Block:
    """A body line as a block: `- 'Subhead' -` lines are subheads, the rest paragraphs."""
    subhead = _subhead(text)
    return Block("subhead", subhead) if subhead else Block("paragraph", text)


def _parse_related_links(lines: list[str], index: int, out: list[RelatedLink]) -> int:
    """Entries run until a blank line or the next part of the page."""
    while index < len(lines) and lines[index].strip():
        line = lines[index].strip()
        if _ends_body(line) or _is_boilerplate(line):
            break
        url_match = URL.search(line)
        url = url_match.group(0).rstrip(").,") if url_match else None
        title = URL.sub("", line).strip(" -:|") if url else line
        out.append(RelatedLink(title=title or (url or line), url=url))
        index += 1
    return index


def _parse_related_content(lines: list[str], index: int, out: list[RelatedStory]) -> int:
    """Groups headed by a section label; a featured headline has a dateline and a teaser."""
    section: str | None = None
    seen: set[str] = set()
    while index < len(lines):
        line = lines[index].strip()
        folded = line.casefold()
        if folded == RELATED_LINKS or folded.startswith(FOOTER):  # as `_ends_related`, folded once
            break
        index += 1
        if not line or folded.rstrip(" .:") in BOILERPLATE_LINES or folded.startswith(BOILERPLATE_PREFIXES):
            continue
        if _is_section_label(line):
            section = line
            continue
        dateline = parse_dateline(lines[index]) if index < len(lines) else None
        if dateline:
            index += 1
        teaser, index = _read_teaser(lines, index, dated=dateline is not None)
        key = normalise_title(line)
        if key and key not in seen:
            seen.add(key)
            out.append(RelatedStory(title=line, section=section, dateline=dateline, teaser=teaser))
    return index


def _read_teaser(lines: list[str], index: int, dated: bool) -> tuple[str | None, int]:
    """A featured headline's teaser and the index after it.

    Below a dateline: its lines up to a blank line, or through the one ending `... read more`.
    Below a bare headline: only a next line ending `... read more`; anything else is the next headline.
    """
    end = index
    while end < len(lines) and _in_teaser(lines[end]) and (dated or READ_MORE.search(lines[end])):
        end += 1
        if READ_MORE.search(lines[end - 1]):
            break
    text = READ_MORE.sub("", " ".join(line.strip() for line in lines[index:end])).strip()
    return text or None, end


def _in_teaser(line: str) -> bool:
    line = line.strip()
    return bool(line) and not (_is_section_label(line) or _is_boilerplate(line) or _ends_related(line))


def _parse_plain(lines: list[str], source: str | None) -> Story | None:
    """Plain text: the first non-empty line is the title; paragraphs by blank lines, else by lines."""
    chunks = _split_paragraphs(lines)
    if not chunks:
        return None
    title, *under_title = chunks[0]
    body = ([under_title] if under_title else []) + chunks[1:]
    paragraphs = body[0] if len(body) == 1 else [" ".join(chunk) for chunk in body]
    return Story(title=title, body=[block_from_line(p) for p in paragraphs], source=source)
