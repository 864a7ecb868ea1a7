"""Find quotations in story text and say who said each one.

Pure, rule-based and fast: no model, no network. The approach follows news style:
a quote is attributed by a cue after it (`"…," Trump said`, `"…," said Maria Okafor`),
before it (`Rubio said: "…"`), or by the sentence it sits in; pronouns and
descriptions (`he added`, `the Ukrainian leader said`) resolve to people named
earlier, and a surname maps back to the fullest name the article gives.
When the rules are unsure the speaker is None rather than a guess.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from bisect import bisect_left, bisect_right
from operator import itemgetter

from reader.model import Block, Quote
from reader.quote_words import (
    SPEECH_VERBS,
    NOUN_LIKE_VERBS,
    NAME_POSSESSORS,
    PARTICIPLES,
    SAYING_VERBS,
    INDEFINITES,
    TELL_VERBS,
    REPORTING_VERBS,
    PRONOUNS,
    PASSIVE,
    MODALS,
    AUXILIARIES,
    AUXILIARIES_OR_TIME,
    TIME_WORDS,
    BOUNDARY_WORDS,
    COMMON_SUBJECTS,
    CONJUNCTIONS,
    BODY_WORDS,
    COMPANY_NOUNS,
    COMPANY_TAILS,
    STATEMENTS,
    PLACE_BEFORE,
    PLACES,
    PORTFOLIOS,
    CONTRASTS,
    JOINERS,
    PREPOSITIONS,
    ARTICLES,
    FUNCTION_WORDS,
    NOT_NAMES,
    TITLES,
    TITLE_MODIFIERS,
    ROLE_TITLES,
    ORG_WORDS,
    PERSON_NOUNS,
    MALE_WORDS,
    FEMALE_WORDS,
    FEMALE_NAMES,
    KIN,
    MALE_NAMES,
    COMMON_SUFFIXES,
    DEMONYMS,
    NEWS_AGENCIES,
    MEDIA_WORDS,
    MEDIA_NOUNS,
    ABBREVIATIONS,
)

# --- marks -----------------------------------------------------------------------------------

OPENERS = "\u201c\u00ab\u201e\u201f"  # “ « „ ‟
CLOSERS = "\u201d\u00bb"  # ” »
STRAIGHT = '"'
MARK_RE = re.compile(f"[{OPENERS}{CLOSERS}{STRAIGHT}]")
MASK = "\ue000"  # stands in for quoted text while the prose around it is analysed

# Top-level single quotes are only trusted in subheads and headlines, where wire copy uses them.
SINGLE_SPAN = re.compile(
    r"(?<![\w\u2019'])['\u2018](?!\d0s\b|em\b|n\b|cause\b|til\b|tis\b)(?=\S)(.+?)(?<=\S)['\u2019](?!\w)"
)

# `X and his colleagues write`: the named lead speaks for them
TEAM_WORDS = frozenset({"colleagues", "team", "co-authors", "coauthors", "collaborators", "co-workers", "students"})

# --- patterns --------------------------------------------------------------------------------

# A token and the space after it (possessive: no backtracking)
TOKEN = re.compile(r"(?:\w++(?:['\u2019\-.]\w++)*+|" + MASK + r"++|--|[^\w\s])\s*+")
SENTENCE_STOPS = frozenset({".", "!", "?"})
POSSESSIVE_ENDS = frozenset({"'s", "\u2019s"})
OWNERS = frozenset({"his", "her", "their"})  # `his wife`, `her colleagues`: someone's people
ASKED = frozenset({"asked", "pressed", "questioned"})  # `Asked about his son, Rodel goes quiet`: an opening phrase
CLAUSE_OPENERS = frozenset("that the a an he she it they we i you there his her their its this these those".split())
COMPANY_ABBREVIATIONS = frozenset({"inc", "corp", "co", "ltd"})  # a company's stop may end the sentence too
CAPWORD = r"(?![a-z\u00df-\u00ff])[^\W\d_][\w'\u2019\-]*"
CONNECTORS = frozenset("of de da do van von der den des das bin ibn al el le la du di del dos".split())
# Small words inside a name: `Organization of the Petroleum ...`, `Institute for the Study of War`
NAME_JOINS = frozenset(CONNECTORS | {"the", "for"})
INITIAL = rf"[A-Z]\.(?= (?:(?:{'|'.join(sorted(CONNECTORS))}) )?[A-Z])"  # `S. Venkataraman`, `Pieter D. van Rensburg`
ARABIC_ARTICLES = frozenset("al el ad an ar as ash at az ed ul ud ur".split())
PARTICLE = rf"(?:{'|'.join(sorted(ARABIC_ARTICLES))})-(?=[A-Z\u00c0-\u00de])[\w'\u2019\-]+"  # `Nasser al-Kuwari`
# `Food and Drug Administration`: `and` joins words into a name only when a body's word ends it.
# (and what only a body's name ends with after `and`: `Customs and Border Protection`, `Disease Control and Prevention`)
AND_ONLY_TAILS = frozenset({"protection", "enforcement", "prevention"})
AND_TAILS = ORG_WORDS | AND_ONLY_TAILS
ORG_TAIL = rf" and (?:{CAPWORD} )*?(?:{'|'.join(sorted(w.capitalize() for w in AND_TAILS))})(?![\w'\u2019\-])"
# `Ministry of Industry and Information Technology`, `Minister of Health and Social Welfare X`: a body's or a
# title's `of` name runs on past `and`
BODY_OF = re.compile(r"\b(?:Ministry|Department|Bureau|Office|Institute|Agency|Commission|Council|Committee|Authority"
                     r"|Administration|Centre|Center|Directorate|Secretariat|Chamber|Minister|Secretary|Commissioner"
                     r"|Association|Federation|Confederation|Union|Society|Organisation|Organization)"
                     r" (?:of|for) [A-Z]")
# Capitalised at a sentence's start, never a name's first word
LEADING_PREPOSITIONS = (PREPOSITIONS - {"under"}) | {"near", "outside", "inside", "beyond", "behind", "along", "around",
                                                   "beside", "past"}
TITLES_OF = ("Minister ", "Secretary ", "Commissioner ")
PARTIES_BEFORE = ("between ", "between the ")  # `a deal between X and Y`: two parties, never one name
# A company's common noun opening a sentence before its name (`Operator Nihonkai Electric Power said`); as
# capitals begin the sentence, `Operator` is no crane operator there
OPENING_NOUNS = COMPANY_NOUNS | {"operator", "regulator", "watchdog", "broadcaster", "maker"}
# Forms too often nouns to be speech verbs anywhere, but verbs right after a quote and before a name
INVERTED_VERBS = frozenset("calls shouts yells laughs sighs jokes cries".split())
GEO_WORDS = frozenset("""delta river valley mountains mountain sea gulf lake bay island islands peninsula strait
province region district county prefecture street road avenue boulevard square bridge highway canal desert
plateau coast asia africa europe america americas balkans caribbean caucasus sahel glacier volcano canyon reef
basin fjord lagoon archipelago stadium arena""".split())
# `the Pacific Open`, `the Africa Cup`: events, which like places are where things happen, not who speaks
EVENT_WORDS = frozenset("""open cup games olympics paralympics championship championships festival summit expo
marathon tournament derby""".split())
# `Geneva-based`, `UN-endorsed`, `Iran-backed`: a modifier before a body's name, not part of it
MODIFIER_SUFFIXES = tuple(f"-{word}" for word in
                          "based endorsed backed led run owned funded linked affiliated allied controlled".split())
# `Hyun-joo`, `Min-seo`, `Ing-wen`: a given name of two romanised syllables, which a hyphen joins as it
# joins a modifier (`Second-tier`, `Kyiv-based`); not `Ten-man`, `Sit-in`
_SYLLABLE = r"[b-df-hj-np-tv-z]{0,3}[aeiouy]{1,3}(?:ng|[nklmpth])?"
GIVEN_SYLLABLES = re.compile(rf"{_SYLLABLE}-(?!(?:man|men|run|way|up|in|on|off|out)$){_SYLLABLE}")
REGIONS = frozenset("""Latin North South East West Central Southeast Southern Northern Eastern Western Gulf
Middle""".split())
TIME_ZONES = frozenset("GMT UTC EST EDT CST CDT PST PDT CET CEST BST JST KST IST AEST AEDT".split())
TITLE_ABBREVIATIONS = frozenset("""Gov Sen Rep Gen Col Lt Capt Maj Adm Sgt Prof Rev Dr Supt Insp Cmdr Brig Cpl Pvt
Cdr Det Atty Msgr""".split())
MEDIA_AFTER = re.compile(rf" (?:{'|'.join(sorted(MEDIA_NOUNS))}|news agency|state media)\b")  # not ` radioed`
MEDIA_STARTS = frozenset(f" {noun[0]}" for noun in (*MEDIA_NOUNS, "news", "state"))
AGE_AFTER = re.compile(r", (?:aged )?\d{1,3}[,.]")  # `Amina, 34, a mother of three`
ONLY_AS = ("only as ", "only as Dr ", "only as Dr. ", " named ") + tuple(
    f"only {by}{whose} {part}, " for by in ("", "by ") for whose in ("his", "her")
    for part in ("first name", "surname", "last name", "family name"))
NAMED_AS_OR_APPOSITIVE = ONLY_AS + (", ",)
# `Paris (AFP) Feb 14, 2025 - `, and AP's `KYIV, Ukraine (AP) — ` with no date
DATELINE = re.compile(r"[^()]{1,60}\([\w\-/ ]{2,24}\)(?: [A-Z][a-z]{2}\.? \d{1,2}(?:, \d{4})?)? ?"
                      r"(?:--|[-\u2013\u2014]) "
                      # `New Delhi, May 13 (PTI) The court …`: the Indian agencies' style, with no dash
                      r"|[^()]{1,40}, [A-Z][a-z]{2,8}\.? \d{1,2} \([A-Z]{2,6}\) (?=[A-Z])")
# a dateline with no agency: a place and a date, or a place in capitals, then a dash
MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
PLACE_WORDS = r"[A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*){0,3}"
PLAIN_DATELINE = re.compile(rf"(?:{PLACE_WORDS}, ){{1,2}}{MONTHS} \d{{1,2}}(?:, \d{{4}})? ?(?:--|[-\u2013\u2014]) "
                            rf"|[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){{0,3}}(?:, {PLACE_WORDS})? (?:--|[-\u2013\u2014]) "
                            r"(?=[A-Z\"\u201c])")
DASHES = (" - ", " -- ", " \u2013 ", " \u2014 ")
# Words before a quoted name of a thing or a work: `codenamed "Jade Shield-7"`, `the album "Northern Lights"`.
NAMING_WORDS = frozenset({"codenamed", "code-named", "titled", "entitled", "named", "nicknamed", "dubbed",
                          "christened", "sign", "callsign"})  # (`radio call sign "Iron Sentry"`)
WORK_NOUNS = frozenset("""album book film movie song novel report documentary series show play opera exhibition
operation exercise exercises drills mission project programme program campaign initiative slogan hashtag app
satellite rocket spacecraft probe rover telescope ship vessel""".split())
# Bodies named after the person who leads them: `the Biden administration` is no body called Biden.
LED_BY = frozenset({"administration", "government", "campaign", "team", "family", "camp", "cabinet"})
# `Committee on Restitution`, `US Embassy in Manila`: `on`, `in` inside a body's name, not `on Monday`
ON_IN_NAME = (r"(?:(?:(?<=Committee )|(?<=Commission )|(?<=Conference )|(?<=Council )|(?<=Panel )|(?<=Convention ))on"
              r"|(?:(?<=Embassy )|(?<=Consulate )|(?<=Force )|(?<=Mission )|(?<=operation ))in)"
              r"(?! (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May"
              r"|June|July|August|September|October|November|December)\b)")
# The run opens with a plain character class (the regex engine scans for it fast), then looks back
# one character past it: no word character or `'.-` may stand before a name.
NAME_RUN = re.compile(
    rf"[^\W\d_a-z\u00df-\u00ff](?<![\w'\u2019\-.].)(?:(?<=[A-Z])\.(?= [A-Z])|[\w'\u2019\-]*)"
    rf"(?: (?:(?:of the|for the|for|{'|'.join(CONNECTORS)}|{ON_IN_NAME}) )*"
    rf"(?:{INITIAL}|{PARTICLE}|{CAPWORD}))*(?:{ORG_TAIL})?"
)
POSSESSOR = re.compile(r"\b([A-Z][\w\-]+)['\u2019]s\b")  # `Teferi's`
# `he`, `his`, `him`, `she`, `her`, `hers`: opening on a plain character class (scanned for fast, as
# `NAME_RUN`'s), then looking back past it for a word's start
GENDERED = re.compile(r"[hs](?<!\w[hs])(?:(?<=h)(?:e|is|im|er|ers)|(?<=s)he)\b", re.IGNORECASE)
WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*")
RELATIVE = re.compile(r" (?:who|whose|which|whom) ")
# Offices that end a run only as a title (`Vektra President`), never as a surname (not `Cardinal`, `Un`)
OFFICES = frozenset("""president ceo chairman chairwoman director minister secretary governor founder spokesman
spokeswoman spokesperson executive commissioner""".split())
# What `the company`, `the medical charity` call a body that has just spoken in the same paragraph
KINDS_OF_BODY = frozenset({"charity", "ngo", "company", "firm", "group", "organisation", "organization"})
GENERIC_BODIES = KINDS_OF_BODY | {"agency"}  # what a body named by one word (`NASA`, `SpaceX`) may be called
CHARITY_NOUNS = frozenset({"charity", "ngo", "nonprofit", "non-profit"})  # `the Spanish charity Mar Abierta`
POSTNOMINALS = frozenset("KC QC SC MP MEP MSP OBE MBE CBE".split())
DOTTED_COUNTRIES = ("U.S. ", "U.K. ", "U.N. ", "E.U. ")
CLAIM_NOUNS = frozenset("charge claim accusation allegation assertion characterisation characterization".split())
REPORT_WORD = re.compile(r"\b[Rr]eport\b")
REPORT_BY = (" by ", " from ", " by the ", " from the ")  # `a report by X`
# ` lawyer, Elif`, ` longtime coach, X`, ` coach, former national champion X`
RELATION_NAMED = re.compile(r" (?:[a-z\-]+ ){0,2}?([a-z]+), (?:[a-z\-]+ ){0,4}[A-Z]")
RELATIVES = frozenset({"who", "whose", "which", "whom"})
TOP_COURT = frozenset({"top", "apex", "highest", "supreme"})
RELATION_AFTER = re.compile(r", (?:his|her|their|[A-Z][\w\-]*['\u2019]s) (\w+)")  # `, Zahra's mother`
PARTY_TAG = re.compile(r"[DRI]-[A-Z][A-Za-z]*")  # `Sen. Jamal Whitaker, D-Ga., said`
DECLARED_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*,?")
APPOSITIVE_END = re.compile(r"[,;]|\.(?!\w)")
ACRONYM_AFTER = re.compile(r" \(([A-Z][A-Za-z0-9&+\-]{1,11})\)")  # `(AFAD)`, `(PhilRice)`
BODY_SAID = re.compile(r"\b[Tt]he ((?:[\w\-]+ ){0,3}?[a-z]+) (?:said|says)\b")  # `the Israeli army said`
SAID_AFTER_COMMA = re.compile(r", (?:said|says|added|adds) ")
SAID_BEFORE = re.compile(r", (?:said|says|added|adds)((?: [\w'\u2019\-.]+){0,8}) $")
DOCUMENTS = STATEMENTS | frozenset("report study letter survey analysis assessment paper review audit".split())
ROLE_AFTER = re.compile(r"(?: [a-z][\w\-]*){1,3},")  # `'s health secretary,`: a role, then (its holder's name)
OPENING_ADVERBS = frozenset("however meanwhile separately still moreover nevertheless instead yet".split())
QUANTIFIERS = frozenset("some many several other few most two three four dozens hundreds".split())
# First words of a place's name: `Route de Delmas`, `Barangay Pangpang` (a Philippine village), `Kampung Baru`
PLACE_FIRST_WORDS = frozenset("""route rue avenida calle lake mount barangay kampung kampong sitio villa colonia barrio
el los las""".split())  # `Villa Independencia`, `El Olivar`
PLACE_PLURAL = re.compile(r" (?:districts|provinces|regions|counties|states|villages|towns|cities|municipalities"
                          r"|prefectures)\b")  # `Petaling, Hulu Langat and Klang districts`
DASH_ATTRIBUTION = re.compile(r"\s*(?:--|[-\u2013\u2014])\s*(?=[A-Z])")


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    closed: bool
    inner: str
    content_start: int  # offset of `inner` in the block

    @property
    def last_mark(self) -> str:
        """The quote's last character past any nested quote's closing mark (`… 'platforms,'` ends in `,`)."""
        return self.inner.rstrip("'\u2019")[-1:]


@dataclass(eq=False, slots=True)  # one per name: compared and hashed as itself
class _Person:
    name: str
    seen: tuple[int, int]  # (block, offset) of the first mention
    gender: str | None = None
    descriptors: set[str] = field(default_factory=set)
    titled: bool = False
    organisation: bool = False
    place: bool = False  # named after `in`, `at`...: `El Fasher`, `Port Sudan` are not people
    described: bool = False  # a body known only by what it is (`Israeli army`), not by a name
    media: bool = False  # a news agency or outlet: it reports what others say, it is never the speaker
    mentions: int = 0

    def __post_init__(self) -> None:
        self.organisation, self.media, self.place = _name_kinds(self.name)

    @property
    def is_person(self) -> bool:
        return not self.organisation and not self.media and (
            self.gender is not None or (not self.place and (self.titled or " " in self.name))
        )  # (a place is no one, even after a title's word: `Former Sri Lanka captain X`)

    @property
    def certainty(self) -> int:
        """2: titled, gendered or a known first name; 1: a multi-word name; 0: not a person."""
        if not self.is_person:
            return 0
        return 2 if self.titled or self.gender is not None else 1


@lru_cache(maxsize=4096)
def _name_kinds(name: str) -> tuple[bool, bool, bool]:
    """What a name alone says it is: (an organisation's, a news medium's, a place's)."""
    folded = name.casefold()
    words = folded.split()
    media = name in NEWS_AGENCIES or (not MEDIA_WORDS.isdisjoint(words) and not (
        len(words) == 2 and _given_name(words[0])))  # not `Emily Post`
    # `Burkina Faso`, `Port Sudan`: two words, no person; nor `Mekong Delta`, `Route de Delmas`
    place = folded in PLACES or (len(words) > 1 and (
        words[-1] in GEO_WORDS or words[-1] in EVENT_WORDS or words[0] in PLACE_FIRST_WORDS))
    return _names_body(name), media, place


# --- spans -----------------------------------------------------------------------------------


def _double_spans(text: str) -> list[_Span]:
    """Spans between double marks; an unbalanced mark closes at the paragraph end."""
    spans: list[_Span] = []
    # (open, end, closed) of each span, with its text cut out afterwards
    bounds: list[tuple[int, int, bool]] = []
    open_at = -1
    opener = ""
    last = len(text) - 1
    for mark in MARK_RE.finditer(text):
        index, ch = mark.start(), mark.group()
        if open_at < 0:
            if ch in CLOSERS:
                continue  # a stray closer opens nothing
            if ch == STRAIGHT and (index == last or text[index + 1].isspace() or text[index + 1] in ",.;:!?)"):
                continue  # a closer-looking straight mark (or an inch sign) opens nothing
            open_at, opener = index, ch
        elif (ch in CLOSERS or (opener == "\u201e" and ch == "\u201c") or (ch == STRAIGHT and not (
                index and text[index - 1].isspace() and index < last and text[index + 1].isalnum()))):
            bounds.append((open_at, index + 1, True))
            open_at = -1
        else:
            # A new opening mark while one is open: the earlier quote was never closed.
            bounds.append((open_at, index, False))
            open_at, opener = index, ch
    if open_at >= 0:
        bounds.append((open_at, len(text), False))
    for start, end, closed in bounds:
        inner = text[start + 1 : end - 1 if closed else end]
        stripped = inner.strip()
        if stripped:
            content_start = start + 1 + len(inner) - len(inner.lstrip())
            spans.append(_Span(start, end if closed else content_start + len(stripped), closed, stripped, content_start))
    return spans


def _single_spans(text: str) -> list[_Span]:
    return [
        _Span(m.start(), m.end(), True, m.group(1).strip(), m.start(1))
        for m in SINGLE_SPAN.finditer(text)
        if m.group(1).strip()
    ]


# --- prose analysis ------------------------------------------------------------------------


def _mask(text: str, spans: Sequence[_Span]) -> str:
    """The text with quoted words blanked out, so the prose around them can be read alone."""
    pieces: list[str] = []
    at = 0
    for span in spans:
        pieces += (text[at : span.start], MASK * (span.end - span.start))
        at = span.end
    pieces.append(text[at:])
    return "".join(pieces)


def _tokens(masked: str) -> tuple[list[str], list[str], list[int]]:
    """The words and marks of masked prose as parallel lists (text, folded text, start): a list per
    field rather than an object per token, as thousands are made for a long article."""
    texts: list[str] = []
    offsets: list[int] = []
    at = 0
    for chunk in masked.split(" "):
        # Most words stand alone between spaces, or end with a stop or comma: no pattern needed
        if chunk.isalnum():  # (the same characters as the pattern's `\w`, bar `_`)
            texts.append(chunk)
            offsets.append(at)
        elif chunk[-1:] in (",", ".", ":", ";") and chunk[:-1].isalnum():
            texts += (chunk[:-1], chunk[-1])
            offsets += (at, at + len(chunk) - 1)
        elif chunk:
            start = at + len(chunk) - len(chunk.lstrip())  # (past a `\n`)
            for piece in TOKEN.findall(chunk):
                texts.append(piece.rstrip())
                offsets.append(start)
                start += len(piece)
        at += len(chunk) + 1
    return texts, list(map(str.casefold, texts)), offsets


def _sentence_starts(texts: list[str], lows: list[str], offsets: list[int], spans: Sequence[_Span]) -> list[int]:
    """Token indexes where sentences begin."""
    closing: set[int] = set()  # the tokens masking a quote that ends with a full stop (`"… for all."`)
    for span in spans:
        if span.closed and span.last_mark in ".!?":
            token = bisect_left(offsets, span.end) - 1  # the last token to start in it
            if offsets[token] + len(texts[token]) == span.end:
                closing.add(token)
    starts = [0]
    # Only a full stop (or a quote ending in one) can end a sentence: look at the tokens after those.
    after_stops = [i for i, text in enumerate(texts, 1) if text in SENTENCE_STOPS]
    if closing:
        after_stops = sorted({*after_stops, *(token + 1 for token in closing)})
    for i in after_stops:
        if i == len(texts):
            break  # (the stop ends the paragraph)
        prev, text = texts[i - 1], texts[i]
        capital_next = text[0].isupper() or text[0] == MASK
        if prev in SENTENCE_STOPS and capital_next:
            word = lows[i - 2] if i >= 2 else ""
            if (word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())) and not (
                    text[0] == MASK and word in COMPANY_ABBREVIATIONS):  # (`… of Orbital Forge Inc. "It …`)
                continue
            starts.append(i)
        elif prev[0] == MASK and i - 1 in closing and capital_next and not _attribution_follows(texts, lows, i):
            starts.append(i)
    return starts


def _attribution_follows(texts: list[str], lows: list[str], i: int) -> bool:
    """`"…!" Okoro shouted` / `"…?" she asked`: a speech verb within the next few words."""
    for k in range(i, min(i + 8, len(texts))):
        if texts[k] == "." and k > i and _abbreviation(texts[k - 1], lows[k - 1]):
            continue  # `"…?" Assistant U.S. Attorney X asked`
        if texts[k] in (".", ",", ";", ":") or texts[k][0] == MASK:
            return False
        if lows[k] in SAYING_VERBS:
            # (not `"…." She said the territory had expanded …`: a verb opening a clause reports new speech)
            return lows[k] in TELL_VERBS or k + 1 == len(texts) or lows[k + 1] not in CLAUSE_OPENERS
    return False


@lru_cache(maxsize=256)
def _description_pattern(head: str, words: int = 3, plain: int = 3) -> re.Pattern[str]:
    """`the Ukrainian energy ministry`, `Peru's culture ministry`: `the` and one to `words` describing
    words, or a capitalised possessor and up to `plain` plain ones, then `head` (a head word, or a body
    described already: `health ministry` in `the Nigerian health ministry`)."""
    return re.compile(rf"(?:\b[Tt]he ((?:[\w\-]+ ){{1,{words}}}?)|\b((?:[A-Z][\w\-]* )?[A-Z][\w\-]*['\u2019]s "
                      rf"(?:[a-z][\w\-]* ){{0,{plain}}}?))({re.escape(head)})\b")


def _fields_of_body(texts: list[str], lows: list[str], after_and: int, core: int) -> bool:
    """`Indonesia's meteorology and geophysics agency said`, `the trade and industry ministry said`: the
    `and` before token `after_and` joins two fields of one body, whose word ends the subject at `core`."""
    fields = range(after_and, core - 1)
    before = after_and - 2  # the field before `and`
    return (0 < len(fields) <= 2 and before >= 1 and lows[core - 1] in BODY_WORDS and texts[core - 1].islower()
            and all(_plain_field(texts[k], lows[k]) for k in (*fields, before))
            and (lows[before - 1] == "the" or (_possessive(texts[before - 1]) and texts[before - 1][0].isupper())))


def _past_short_form(text: str, end: int) -> int:
    """Where a name ending at `end` ends with the short form after it (`the Agency (IAEA)`)."""
    return text.find(")", end) + 1 if ACRONYM_AFTER.match(text, end) else end


def _plain_field(text: str, low: str) -> bool:
    return text.isalpha() and text.islower() and low not in FUNCTION_WORDS and low not in BODY_WORDS


def _person_of(lows: list[str], words: list[int]) -> bool:
    """`the head of the UN nuclear watchdog`: a person described by the body they serve, not the body."""
    of = next((n for n, k in enumerate(words) if lows[k] == "of"), None)
    return of is not None and any(lows[k] in PERSON_NOUNS for k in words[:of])


def _inner_subject(texts: list[str], lows: list[str], words: list[int]) -> list[int]:
    """`a spacewalk the CMSA described as`: a second noun phrase right after a noun is the subject."""
    if len(words) < 2:
        return words
    inner = [n for n in range(1, len(words)) if lows[words[n]] in ("the", "a", "an")
             and texts[words[n - 1]].isalpha() and texts[words[n - 1]].islower()
             and lows[words[n - 1]] not in FUNCTION_WORDS and lows[words[n - 1]] not in AUXILIARIES]
    return words[inner[-1] :] if inner else words


@lru_cache(maxsize=256)
def _indefinite_pattern(head: str) -> re.Pattern[str]:
    """`a senior defence official`, `one Western diplomat`: an indefinite, up to three words, then `head`."""
    # (the words between hold no article: `a demand the Ukrainian leader` is no unnamed leader)
    return re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother) (?:(?!(?:the|a|an) )[\w\-]+ ){{0,3}}?{re.escape(head)}\b")


def _head_word(name: str) -> str:
    """What `the …` calls a body: its last body word (`Bank of England` is `the bank`), else its last word."""
    words = name.casefold().split()
    return next((w for w in reversed(words) if w in BODY_WORDS), words[-1])


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "\u2019s", "s'", "s\u2019"))


@lru_cache(maxsize=8192)
def _clean(word: str) -> str:
    """Drop a possessive `'s` (or the apostrophe of a plural's: `United Nations'`)."""
    if word.endswith(("'s", "\u2019s")):
        return word[:-2]
    return word[:-1] if word.endswith(("s'", "s\u2019")) else word


def _split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """`US Secretary of State Marco Rubio` -> (title words, name words); organisations keep theirs."""
    if len(words) == 1:
        return [], words  # a lone word is all name (and most runs are one word: `Fanelli`)
    folded = [word.casefold() for word in words]
    if len(words) > 2 and words[1] in ("of", "for") and folded[0] in ORG_WORDS:
        return [], words  # `Court of Justice of the European Union`, `Office of the US Trade Representative`
    # (most names hold no body's word: the set test spares looking for where one is)
    body = None if BODY_WORDS.isdisjoint(folded) else next(i for i, word in enumerate(folded) if word in BODY_WORDS)
    if body is None and folded[-1] in AND_ONLY_TAILS and "and" in folded:
        body = len(words) - 1  # `Customs and Border Protection`
    if body is not None and not any(_is_title(word) and word.casefold() not in TITLE_MODIFIERS
                                    and word not in ("of", "and", "for") for word in words[body + 1 :]):
        # a body's word and no role after it: `Monetary Authority of Singapore`, `US Forces Korea`,
        # `Institute for the Study of War` (but `White House Press Secretary X` is a person);
        # `Geneva-based` is no part of a name
        based = 1 if folded[0].endswith(MODIFIER_SUFFIXES) else 0
        if folded[0] in OPENING_NOUNS and words[1][0].isupper():
            return words[:1], words[1:]  # `Drugmaker Novamed` opening a sentence: what it is, then its name
        if _is_title(words[0]) and len(words) - body > 2 and "of" in words[1:body]:
            return words[: body + 1], words[body + 1 :]  # `Chief of the General Staff Gennady Voronin`
        return words[:based], words[based:]
    if len(words) > 2 and _acronym(words[0]) and not _is_title(words[0]):
        titles, name = _split_title(words[1:])  # `the ambassador to the IAEA Claire Dumoulin-Reyes`
        return words[:1] + titles, name
    cut = 0
    for index, word in enumerate(words[:-1]):
        if (_is_title(word) or (index == 0 and (_looks_common(word) or (word in ("U", "Nana") and len(words) > 2)))
                # a portfolio within a title chain (`Energy Minister X`, `adviser for Africa Mark Bellamy`), not
                # inside a body's name (`Tarang Energy Research`, `Refugee Rights Netherlands`)
                or (folded[index] in PORTFOLIOS and (index == cut or _is_title(words[index + 1])
                                                     or folded[index + 1] in PORTFOLIOS))
                or (index and word in ("Sri", "Seri") and words[index - 1] in ("Tan", "Puan", "Datuk", "Dato"))):
            cut = index + 1  # (`Tan Sri`, `Datuk Seri`: Malaysian honours; `Tan` alone is a name)
    while cut < len(words) - 1 and words[cut] == "the":
        cut += 1  # `Defence of the Homeland`: not `the Homeland`
    if cut and cut < len(words) - 2 and words[cut - 1] in ("for", "of", "and"):
        cut = _name_start(words, cut + 1)  # `Under Secretary of State for Arms Control Rachel Whitcomb`
    return words[:cut], words[cut:]


def _name_start(words: Sequence[str], first: int) -> int:
    """Where a person's name starts in `words` after a post's portfolio that runs into it (from `first`
    on): at a known first name, else at the last two words."""
    return next((k for k in range(first, len(words) - 1)
                 if _given_name(words[k])), len(words) - 2)


def _looks_common(word: str) -> bool:
    """A capitalised sentence opener that reads as a role or origin (`Hydrologist`, `Frenchman`, `Second-tier`)."""
    if _given_name(word):
        return False
    folded = word.casefold()
    if "-" in word and any(part[:1].islower() for part in word.split("-")[1:]):
        return GIVEN_SYLLABLES.fullmatch(folded) is None
    if folded.endswith("ese") and len(folded) < 8:
        return folded in DEMONYMS  # `Chinese` is; `Therese` is a name
    last = folded.rsplit("-", 1)[-1]  # (`Mei-Ling`: a given name's syllable)
    if last.endswith("ing") and len(last) > 5 and last[-4] not in "aeiou":
        return True  # `Neighbouring Iran`, `Outgoing President X`; not the Burmese name `Khaing`
    if folded.endswith("ist") and not folded.endswith("ologist"):
        return len(folded) > 6  # `Journalist`, `Dentist`; `Tigist` is a name
    return (len(folded) > 5 and folded.endswith(COMMON_SUFFIXES)) or folded in DEMONYMS


def _demonym(word: str) -> bool:
    folded = word.casefold().rsplit("-", 1)[-1]  # (`Franco-British`)
    # (`Qian`, `Tian` are family names: a demonym's suffix needs a longer word)
    # (-ish only as listed: `Hamish`, `Ashish`, `Satish` are given names)
    return folded in DEMONYMS or (len(folded) > 5 and folded.endswith(("ian", "ean", "ese"))
                                  and not _given_name(folded))


@lru_cache(maxsize=4096)
def _initials(name: str) -> str:
    return "".join([w[0] for w in name.split() if w[0].isupper()])


@lru_cache(maxsize=8192)
def _key(name: str) -> str:
    """Compare names regardless of case and apostrophe style (`O’Grady` is `O'Grady`)."""
    return name.casefold().replace("\u2019", "'")


def _top_court_first(courts: list[_Person], words: Sequence[str]) -> list[_Person]:
    """`the top court`, `the apex court`, `the country's highest court`: the supreme one named before."""
    if TOP_COURT.isdisjoint(words):
        return courts
    return [court for court in courts if court.name.startswith(("Supreme", "Constitutional"))] or courts


@lru_cache(maxsize=8192)
def _is_title(word: str) -> bool:
    """`President`, `Sen.`, `Co-author`, `US`: words that stand before a name but are not it."""
    folded = word.casefold().rstrip(".")
    if folded in TITLES or folded in PERSON_NOUNS:
        return True
    return "-" in folded and any(part in TITLES or part in PERSON_NOUNS for part in folded.split("-"))


def _stems(words: list[str]) -> dict[str, None]:
    """The describing words' stems, in order (a dict, not a set: who wins a tie must not depend on
    string hashing, which changes from run to run)."""
    return dict.fromkeys(stem for word in words for stem in _word_stems(word))


@lru_cache(maxsize=8192)
def _word_stems(word: str) -> tuple[str, ...]:
    """One describing word's stems: its first five letters (`Ukrainian` and `Ukraine` share `ukrai`),
    and for a demonym its country's first four too; none for a function word."""
    folded = word.casefold()
    if len(word) < 3 or folded in FUNCTION_WORDS:
        return ()
    stem = folded[:5]
    if len(stem) == 5 and folded.endswith(("an", "i")):
        return stem, stem[:4]  # `Peruvian`, `Iraqi`, `Cuban` also match `Peru`, `Iraq`, `Cuba`
    return (stem,)


@lru_cache(maxsize=8192)
def _given_name(word: str) -> bool:
    folded = _unaccented(word)
    return folded in FEMALE_NAMES or folded in MALE_NAMES


@lru_cache(maxsize=4096)
def _unaccented(word: str) -> str:
    """A first name as the name lists spell it: `Inés` is `ines`, `João` is `joao`."""
    folded = word.casefold()
    if folded.isascii():
        return folded
    return "".join(ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch))


@lru_cache(maxsize=8192)
def _gender_hint(word: str) -> str:
    """The gender a word before a name gives (`spokeswoman`, `Mr.`): "m", "f", or "" for none."""
    folded = word.casefold().rstrip(".")
    return "m" if folded in MALE_WORDS else "f" if folded in FEMALE_WORDS else ""


# --- the article's cast --------------------------------------------------------------------


class _Cast:
    """People (and organisations) the article names, and where it names them."""

    def __init__(self) -> None:
        self.people: dict[str, _Person] = {}
        self.by_part: dict[str, list[str]] = {}  # a surname (or later name part) -> full names
        self.by_first: dict[str, list[str]] = {}  # a first name -> full names
        self.by_initials: dict[str, list[str]] = {}  # `WHO` -> `World Health Organization`
        self.by_stem: dict[str, list[_Person]] = {}  # a descriptor -> people it describes
        self.by_head: dict[str, list[_Person]] = {}  # an organisation's head word -> organisations
        self.described: dict[str, _Person] = {}  # bodies known only by a description (`israeli army`)
        self.mentions: list[tuple[int, int, str]] = []  # (block, offset, name), in block order: `recent` bisects it
        # Names are mentioned again and again but new ones are rare: remember each answer until a
        # new name is registered (`version` counts registrations).
        self.version = 0
        self.answers: dict[str, tuple[int, str]] = {}
        self.registered: set[str] = set()  # names already filed under their parts by `_fullest`

    def canonical(self, name: str, words: Sequence[str]) -> str:
        """The fullest name seen so far for `name` (made of `words`): `Trump` -> `Donald Trump`,
        `Huamán` -> `Rosa Huamán Quispe`."""
        answer = self.answers.get(name)
        if answer is not None and answer[0] == self.version:
            return answer[1]
        fullest = self._fullest(words, name)
        self.answers[name] = (self.version, fullest)
        return fullest

    def _fullest(self, words: Sequence[str], name: str) -> str:
        folded = _key(name)
        if len(words) == 1:
            known = self.by_part.get(folded)
            if known:
                # the first one the story gave the name to (`Nowak said` is the player, not her father named
                # later), but a person before a body (`Diop said` is the fisherman Moustapha Diop, not the
                # `Cheikh Anta Diop University`)
                people = self.people
                if len(known) == 1:
                    return known[0]
                return next((name for name in known if name not in people or not people[name].organisation), known[0])
            if name.isupper() and len(name) >= 2:
                spelled = self.by_initials.get(name)
                if spelled:
                    return spelled[-1]  # `WHO` -> `World Health Organization`
            # `Donald` may be `Donald Trump`; `Philippine` is not the `Philippine Coast Guard`, and `Xi` after
            # the `Xi River` is still `Xi Jinping`
            firsts = self.by_first.get(folded, [])
            if len(firsts) > 1:
                firsts = [first for first in firsts if not (first in self.people and self.people[first].place)]
            # (but a company's short name is its first word: `Voltara` for `Voltara Motors`)
            body = len(firsts) == 1 and _names_body(firsts[0])
            short = body and firsts[0].rsplit(" ", 1)[-1].casefold() in COMPANY_TAILS and not _demonym(name)
            return firsts[0] if len(firsts) == 1 and (short or not body) else name
        particle = words[0].casefold() in CONNECTORS  # `De la Torre` is `Rosa Elena de la Torre Ibarra`
        for known_name in reversed(self.by_part.get(_key(words[-1]), ())):  # the latest fuller name wins
            fuller = _key(known_name)
            known = self.people.get(known_name)
            if len(known_name) > len(name) and (
                    fuller.endswith(folded) or (fuller.startswith(folded + " ") and (_names_body(known_name) or (
                        known is not None and (known.is_person or known.organisation))))
                    or (particle and f" {folded} " in fuller)):
                # `Trump` -> `Donald Trump`; `Joint Chiefs` -> `Joint Chiefs of Staff`; `Pasang Dorje` -> `Pasang
                # Dorje Sherpa`
                return known_name
        if name in self.registered:
            return name
        self.registered.add(name)
        for part in words[1:]:
            if part not in NAME_JOINS:
                folded_part = _key(part)
                article, _, bare = folded_part.partition("-")
                keys = (folded_part, bare) if article in ARABIC_ARTICLES and bare else (folded_part,)
                for key in keys:  # `Saqqaf` is `Mariam al-Saqqaf` too
                    named = self.by_part.setdefault(key, [])
                    if name not in named:
                        named.append(name)
                        self.version += 1
        firsts = self.by_first.setdefault(_key(words[0]), [])
        if name not in firsts:
            firsts.append(name)
            self.version += 1
            initials = _initials(name)
            self.by_initials.setdefault(initials, []).append(name)
            for cut in range(1, len(initials) - 2):
                # `FDA` is the `US Food and Drug Administration` too, `JCS` the `South Korean Joint Chiefs of
                # Staff`: a country's prefix may go
                self.by_initials.setdefault(initials[cut:], []).append(name)
        return name

    def person(self, name: str, at: tuple[int, int]) -> _Person:
        """The person (or organisation) called `name`, registered at its first mention `at`."""
        person = self.people.get(name)
        if person is None:
            person = self.people[name] = _Person(name, at)
            if person.organisation:
                self.by_head.setdefault(_head_word(name), []).append(person)
        return person

    def body(self, name: str, at: tuple[int, int]) -> _Person:
        """The body a description names: one named before with that head word (`the Paris-based agency`
        after the `International Energy Agency`), else a body called by the description (`Russian
        defence ministry`), the same one each time."""
        known = self.described.get(name.casefold())
        if known is None:
            head = name.rsplit(" ", 1)[-1].casefold()
            named = [p for p in self.by_head.get(head, ()) if p.seen < at and not p.described and not p.media]
            if head == "court":
                named = _top_court_first(named, name.casefold().split())
            if named:
                return named[-1]
            # `Vietnam's health ministry` after `Vietnam's Ministry of Health`: a body whose name holds
            # every lower-case word of the description
            plain = {w for w in name.split() if w.islower()}
            named = [p for p in self.people.values() if p.organisation and not p.described and p.seen < at
                     and plain <= set(p.name.casefold().split())]
            if plain and named:
                return named[-1]
            # `the air force` after `Ukraine's air force`: the body described more fully before
            folded = " " + name.casefold()
            fuller = [p for p in self.described.values() if p.seen < at and p.name.casefold().endswith(folded)]
            if fuller:
                return fuller[-1]
            known = self.described[name.casefold()] = self.person(name, at)
            known.described = True
        self.make_body(known)
        return known

    def make_body(self, person: _Person, company: bool = False) -> None:
        """`person` is an organisation after all (`drugmaker Novamed`); a company is also what `the
        company`, `the firm` and `the Duisburg-based group` mean."""
        if not person.organisation:
            person.organisation = True
            self.by_head.setdefault(_head_word(person.name), []).append(person)
        if company:
            for head in ("company", "firm", "group"):
                known = self.by_head.setdefault(head, [])
                if person not in known:
                    known.append(person)

    def alias(self, short: str, name: str) -> None:
        """`short` names `name` from now on, as an article's `Full Name (ACRONYM)` declares."""
        known = self.by_part.setdefault(_key(short), [])
        if name not in known:
            known.append(name)
            self.version += 1

    def describe(self, person: _Person, words: Sequence[str], titles: list[str], context: list[str]) -> None:
        """Learn a person's descriptors and gender from the titles and words around a mention."""
        if titles and not person.titled:
            person.titled = any(_is_title(t) for t in titles)  # `Second-tier Ashford Rovers` is no title
        descriptors, by_stem = person.descriptors, self.by_stem
        for word in (*titles, *context):
            for stem in _word_stems(word):
                if stem not in descriptors:
                    descriptors.add(stem)
                    by_stem.setdefault(stem, []).append(person)
        if person.gender is None:
            # a gendered word names this person only right before the name (`spokeswoman Ana Lee`, not
            # `the first woman to win an Olympic title`)
            hints = list(map(_gender_hint, titles + context[-1:]))
            first = _unaccented(words[0])
            if "m" in hints or ("f" not in hints and first in MALE_NAMES):
                person.gender = "m"
            elif "f" in hints or first in FEMALE_NAMES:  # (`spokeswoman Shafqat Baloch`: the word, not the list)
                person.gender = "f"

    def recent(self, block: int, offset: int, blocks_back: int = 2) -> list[_Person]:
        """People mentioned before (block, offset), most recent first."""
        found: list[_Person] = []
        mentions = self.mentions
        # (from the block's last mention back: not past every later block's, which made long texts quadratic)
        last = bisect_left(mentions, block + 1, key=itemgetter(0))
        for index in range(last - 1, -1, -1):
            b, off, name = mentions[index]
            if b == block and off >= offset:
                continue
            if b < block - blocks_back:
                break
            person = self.people[name]
            if person not in found:
                found.append(person)
        return found


class _Para:
    """One block, its quote spans, and (tokenised only when first needed) the prose around them."""

    __slots__ = ("index", "text", "kind", "spans", "masked", "name_at", "dateline_end",
                 "texts", "lows", "offsets", "starts", "names", "name_tokens")
    texts: list[str]  # the prose's tokens (each quote masked into one), as written
    lows: list[str]  # the same, case-folded
    offsets: list[int]  # each token's character offset
    starts: list[int]  # token indexes where sentences begin
    names: dict[int, str]  # token index of each name run's first token -> name
    name_tokens: list[int]  # the keys of `names`, in order

    def __init__(self, index: int, text: str, kind: str, spans: list[_Span], masked: str,
                 name_at: dict[int, tuple[str, int]], dateline_end: int) -> None:
        self.index, self.text, self.kind, self.spans, self.masked = index, text, kind, spans, masked
        self.name_at = name_at  # character offset of a name run -> (name, end offset)
        self.dateline_end = dateline_end  # where the story begins after `Paris (AFP) Feb 14, 2025 - `; 0 if none

    def __getattr__(self, attribute: str) -> object:
        """Tokenise on the first use of any token view; most paragraphs never need one."""
        if attribute not in ("texts", "lows", "offsets", "starts", "names", "name_tokens"):
            raise AttributeError(attribute)
        self.texts, self.lows, self.offsets = _tokens(self.masked)
        self.starts = _sentence_starts(self.texts, self.lows, self.offsets, self.spans)
        offsets = self.offsets
        self.names = {}
        for offset, (name, _) in self.name_at.items():
            at = bisect_left(offsets, offset)
            if at < len(offsets) and offsets[at] == offset:
                self.names[at] = name
        self.name_tokens = list(self.names)  # in order: names are found left to right
        return getattr(self, attribute)

    def sentence_of(self, token_index: int) -> tuple[int, int]:
        starts = self.starts
        index = bisect_right(starts, token_index)
        start = starts[index - 1] if index else 0
        end = starts[index] if index < len(starts) else len(self.texts)
        return start, end

    def quote_only_sentence(self, token_index: int) -> bool:
        start, end = self.sentence_of(token_index)
        return all(text[0] == MASK or text in ".,;:!?" for text in self.texts[start:end])

    def token_at(self, offset: int) -> int:
        return bisect_left(self.offsets, offset)

    def possessive(self, token_index: int) -> bool:
        """Whether the name starting at the token is a possessor (`South Korea's`)."""
        _, end = self.name_at[self.offsets[token_index]]
        return self.text[end - 2 : end] in ("'s", "\u2019s")

    def past_opening(self, start: int, end: int) -> int:
        """Where a clause begins after an opening phrase (`In neighbouring Austria, …`) in tokens [start, end)."""
        if start + 1 < end and self.lows[start] in OPENING_ADVERBS and self.texts[start + 1] == ",":
            start += 2  # `However, a senior official …`
        if start < end and (self.lows[start] in PREPOSITIONS or self.lows[start] in ASKED or (
                self.lows[start].endswith("ing") and self.texts[start][0].isupper() and start not in self.names)):
            # (`Appearing for the state government, X opposed the plea`: an opening participle's phrase too)
            return next((k + 1 for k in range(start, end) if self.texts[k] == ","), start)
        if start == 0 and self.dateline_end:  # `Paris (AFP) Feb 14, 2025 - Satellite operator X …`
            return min(self.token_at(self.dateline_end), end)
        return start

    def words_between(self, first: int, last: int) -> str:
        """Tokens `first` to `last` as the text writes them (`U.S. embassy`, not `U.S . embassy`)."""
        return " ".join(self.masked[self.offsets[first] : self.offsets[last] + len(self.texts[last])].split())

    def span_at(self, token_index: int) -> _Span:
        """The quote masked as the token."""
        offset = self.offsets[token_index]
        return next(span for span in self.spans if span.start == offset)

    def name_ending(self, token_index: int) -> str | None:
        """The name that ends right before the token, if any."""
        starts = self.name_tokens
        at = bisect_right(starts, token_index - 1)
        if not at:
            return None
        name, end = self.name_at[self.offsets[starts[at - 1]]]
        return name if self.token_at(end) == token_index else None

    def inside_name(self, token_index: int) -> bool:
        """Whether the token is part of a name (`and` in `Food and Drug Administration`)."""
        offset = self.offsets[token_index]
        return any(start < offset < end for start, (_, end) in self.name_at.items())


class _Resolver:
    """Walks the article in order, keeping who spoke last, and resolves each quote."""

    def __init__(self, paras: list[_Para], cast: _Cast) -> None:
        self.paras = paras
        self.cast = cast
        self.last_speaker: _Person | None = None
        self.last_speaker_block = -10
        self.unnamed_block = -1  # the paragraph where an unnamed source (`a senior official`) spoke
        self.last_unknown: _Person | None = None  # the last speaker whose name tells no kind (`SpaceX`)
        self.last_unknown_block = -10
        self.speakers: set[_Person] = set()  # every person who has spoken so far
        self.last_body: _Person | None = None  # the organisation that spoke last, and where
        self.last_body_block = -10
        self.subjects: dict[tuple[int, int], _Person | None] = {}  # (block, verb token) -> its subject

    # subjects ---------------------------------------------------------------------------

    def _person_named(self, para: _Para, lo: int, hi: int) -> _Person | None:
        """The first (surest) person named in tokens [lo, hi), else the last organisation or place."""
        starts = para.name_tokens
        first, last = bisect_left(starts, lo), bisect_left(starts, hi)
        if first == last:
            return None
        people, names = self.cast.people, para.names
        if last - first == 1:  # most phrases name one
            name = names[starts[first]]
            return None if people[name].media else people[name]
        texts, lows = para.texts, para.lows
        found = [people[names[start]] for start, after in zip(starts[first:last], starts[first + 1 : last] + [hi])
                 if not people[names[start]].media and not (  # `Aguilar supporter Dania Reyes` is Reyes
                     after < hi and any(texts[k].islower() for k in range(start + 1, after)) and all(
                         texts[k][0].isupper() or (texts[k].isalpha() and lows[k] not in FUNCTION_WORDS
                                                   and lows[k] not in SPEECH_VERBS and lows[k] not in AUXILIARIES)
                         for k in range(start + 1, after)))]
        if not found:
            return None  # `told AFP`, `a report seen by AFP`: an agency reports, it does not speak
        best, certainty = found[0], found[0].certainty
        for person in found[1:]:
            if person.certainty > certainty:
                best, certainty = person, person.certainty
        if certainty:
            return best
        # no person: the first body that is not a possessor (`The Eastern Theater Command of China's
        # People's Liberation Army`, `The State Department in Washington`), else the last name
        bodies = [people[names[start]] for start in starts[first:last]
                  if people[names[start]].organisation and not para.possessive(start)]
        return bodies[0] if bodies else found[-1]

    def _phrase(self, para: _Para, lo: int, hi: int) -> _Person | None:
        """Resolve a subject phrase made of tokens [lo, hi)."""
        texts, lows = para.texts, para.lows
        words = [k for k in range(lo, hi) if texts[k] not in ("(", ")")]  # token indexes
        while words and (lows[words[-1]] in AUXILIARIES_OR_TIME or texts[words[-1]] == ","):
            words.pop()
        while words and (lows[words[0]] in JOINERS or (
            len(words) > 1 and lows[words[0]] in AUXILIARIES_OR_TIME
        )):
            words.pop(0)
        commas = [n for n, k in enumerate(words) if texts[k] == ","]
        if words and commas and lows[words[0]] in PREPOSITIONS:
            # `In neighbouring Austria, Environment Minister X said`: the subject follows the opening phrase
            words = words[commas[0] + 1 :]
            commas = [n - commas[0] - 1 for n in commas[1:]]
        if not commas and len(words) > 12:
            words = _inner_subject(texts, lows, words)  # `… shot down a missile in a test the Pentagon called`
        if not words or len(words) > (30 if commas else 12) or lows[words[0]] in PREPOSITIONS:
            return None
        if commas:
            # `Zelensky, the Ukrainian leader,` or `the head of NASA, Bill Nelson,`
            head = words[: commas[0]]
            tail = words[commas[-1] + 1 :] if commas[-1] + 1 < len(words) else words[commas[0] + 1 :]
            # `The army, led by General X, said`: the army speaks; the one who leads it is an aside (but
            # `The judges, chaired by X, praised` is X)
            head_named = self._person_named(para, head[0], head[-1] + 1) if head else None
            body = bool(head) and (lows[head[-1]] in BODY_WORDS or (head_named is not None and head_named.organisation))
            led = [part for part in (head, tail) if body and len(part) > 1 and lows[part[1]] == "by"
                   and (lows[part[0]].endswith(("ed", "en")) or lows[part[0]] == "run")]
            for part in (head, tail):  # a person named in either part beats a description in the other
                # (but not one inside a `whose`/`which` clause: `NASA, whose Artemis programme …, said`; `A man,
                # who gave his name only as Rubel, said` is Rubel)
                named = (self._person_named(para, part[0], part[-1] + 1)
                         if part and lows[part[0]] not in ("whose", "which") and part not in led else None)
                if named is not None and named.is_person:
                    return named
            for part in (head, tail):
                if (part and lows[part[0]] in RELATIVES) or part in led:
                    continue  # `, which brought the case …,` describes the name; it names no one
                found = self._simple_phrase(para, part)
                if found is not None and found.is_person:
                    return found
            named = self._person_named(para, head[0], head[-1] + 1) if head else None
            if named is not None and named.organisation and lows[head[0]] not in INDEFINITES:
                # `The European Space Agency, which works for the European Union, said`; not `An official
                # of the Agency, who asked not to be named, said`
                return named
            named = (self._person_named(para, tail[0], tail[-1] + 1)
                     if tail and tail not in led and lows[tail[0]] not in RELATIVES else None)
            if named is not None and (named.organisation or (head and lows[head[-1]] in BODY_WORDS)):
                return named  # `... by about 60 percent, NASA said`, `the rider's team, Solveo-Cycling, said`
            return self._simple_phrase(para, head)
        return self._simple_phrase(para, words)

    def _simple_phrase(self, para: _Para, words: list[int]) -> _Person | None:
        """Resolve a phrase given as token indexes, with no commas in it."""
        if not words:
            return None
        texts, lows = para.texts, para.lows
        words = _inner_subject(texts, lows, words)
        first, at = lows[words[0]], (para.index, para.offsets[words[0]])
        if len(words) == 1 and first in PRONOUNS:
            return self._pronoun(first, *at)
        if len(words) == 1 and first == "it":
            # `It said`: a body speaks; the one the sentence opens with (`The council ..., which it
            # said`), else the one that spoke in this paragraph or the one before, else the one named
            # last in this paragraph, else the one that spoke last, else one named the paragraph before
            start = para.sentence_of(words[0])[0]
            lead = self._person_named(para, start, min(start + 4, words[0])) if start < words[0] else None
            if lead is not None and lead.organisation:
                return lead
            if start + 1 < words[0] and lows[start] == "the" and lows[start + 1] in BODY_WORDS:
                return self._description([lows[start], lows[start + 1]], at)
            head = next((k for k in range(start + 2, min(start + 5, words[0])) if lows[k] in BODY_WORDS
                         and texts[k].islower()), None) if lows[start] == "the" else None
            if head is not None and all(texts[k].isalpha() for k in range(start, head)):
                # `The Sudanese foreign ministry, which is aligned with the army, condemned what it called`
                described = self._simple_phrase(para, list(range(start, head + 1)))
                if described is not None and described.organisation:
                    return described
            if self.last_body is not None and self.last_body_block >= at[0] - 1:
                return self.last_body  # `The Coast Guard (PCG) said … struck by a CCG vessel. …, it said`
            bodies = [p for p in self.cast.recent(*at, blocks_back=1) if p.organisation and not p.media]
            named_here = {name for start, (name, _) in para.name_at.items() if start < at[1]}
            here = [p for p in bodies if p.name in named_here]
            return here[0] if here else self.last_body or (bodies[0] if bodies else None)
        if first in ("they", "it", "we", "i", "you"):
            return None
        if len(words) > 3 and first in ARTICLES and lows[words[1]] in DOCUMENTS and lows[words[2]] in ("by", "from"):
            # `A report by the Mesopotamia Water Institute warned`: the body that wrote it
            author = self._person_named(para, words[3], words[-1] + 1)
            if author is not None and author.organisation and not author.media:
                return author
        if first in INDEFINITES:
            # `a manager`, `one Western diplomat`: someone new and unnamed, unless named (`a Kenyan, Jo Mwangi`)
            named = self._person_named(para, words[0], words[-1] + 1)
            if named is not None and para.name_ending(words[-1] + 1) != named.name:
                return None  # `a SpaceX flight controller`: the name only modifies who it is
            return named if named is not None and named.is_person else None
        if first in ARTICLES and not texts[words[-1]][0].isupper():
            if self._media(para, words[0], words[-1] + 1):
                return None  # `the state news agency`, `the newspaper`: media report, they do not speak
            if lows[words[-1]] in BODY_WORDS:
                named = self._person_named(para, words[0], words[-1] + 1)
                if named is not None and named.organisation:
                    return named  # `the OPEC oil cartel`
                if (named is not None and named.certainty < 2 and not named.place and lows[words[-1]] not in LED_BY
                        and (" " in named.name or _acronym(named.name)) and para.name_ending(words[-1]) == named.name):
                    self.cast.make_body(named)
                    return named  # `the IG Metall union`: the union is IG Metall
                if (first == "the" and len(words) >= 3 and not any(_possessive(texts[k]) for k in words)
                        and not _person_of(lows, words) and SPEECH_VERBS.isdisjoint([lows[k] for k in words])):
                    # (not `The watchdog said its team`: a clause, no body's name)
                    # `the Russian defence ministry`, `the Israeli army`: a body named by what it is; but `the
                    # medical charity` just after `Doctors Without Borders said` is that body
                    if (lows[words[-1]] in KINDS_OF_BODY and self.last_body is not None
                            and self.last_body_block == at[0] and not self.last_body.described):
                        return self.last_body
                    return self._body(para.words_between(words[1], words[-1]), at)
            return self._description([lows[k] for k in words], at)  # `the Ukrainian leader`
        if first == "the" and len(words) > 3:
            # `the Russian embassy in Warsaw`: a body described, then where it sits
            at_place = next((n for n in range(2, len(words) - 1) if lows[words[n]] in ("in", "at")
                             and lows[words[n - 1]] in BODY_WORDS and texts[words[n - 1]].islower()), None)
            if at_place is not None and all(texts[k][0].isupper() for k in words[at_place + 1 :]):
                # an embassy is known by where it is (`US embassy in Manila`); a ministry is not
                posted = lows[words[at_place - 1]] in ("embassy", "consulate", "mission", "delegation")
                return self.cast.body(para.words_between(words[1], words[-1] if posted else words[at_place - 1]), at)
        holder = self._role_holder(para, words)
        if holder is not None:
            return holder  # `Ember Thermal co-founder Alicia Marchetti-Dunn`: the person, not her company
        named = self._person_named(para, words[0], words[-1] + 1)
        if named is None and self._media(para, words[0], words[-1] + 1):
            return None  # `the North's official Korean Central News Agency warned`: media report
        if first == "the" and named is not None and not named.is_person and not named.organisation:
            # `the Jamaican said`, `the 79-year-old Republican said`: a description of someone introduced
            return self._description([lows[k] for k in words[1:]], at, person=True)
        owner = (next((n for n, k in enumerate(words[:3]) if _possessive(texts[k])), None)
                 if lows[words[-1]] in BODY_WORDS else None)
        if (owner is not None and 0 < len(words) - owner - 1
                and all(texts[k][0].isupper() for k in words[: owner + 1])
                and all(texts[k].islower() for k in words[owner + 1 :])
                and (named is None or (owner and not named.is_person and not named.organisation))):
            # `Ukraine's air force said`, `North Korea's defence ministry said`: a place's body
            return self.cast.body(para.words_between(words[0], words[-1]), at)
        if named is not None:
            # `Western governments say`: an unknown capitalised word before a common noun describes it
            unknown = not named.is_person and not named.organisation
            if unknown and (texts[words[-1]][0].islower() or any(lows[k] in PREPOSITIONS for k in words)):
                return None  # (nor is `officials in Kyiv` Kyiv)
            return named
        if any(texts[k][0].isupper() for k in words[1:]) and first not in ARTICLES:
            return None
        return self._description([lows[k] for k in words], at)

    def _role_holder(self, para: _Para, words: list[int]) -> _Person | None:
        """The person a phrase ends with when a lower-case role stands right before them and a capitalised
        word (the body or team) opens the phrase: `Ember Thermal co-founder X`, `Kings coach X`."""
        name = para.name_ending(words[-1] + 1)
        if name is None:
            return None
        start = para.name_tokens[bisect_right(para.name_tokens, words[-1]) - 1]  # where that name begins
        if start - 1 <= words[0] or not para.texts[words[0]][0].isupper() or not para.texts[start - 1].islower():
            return None
        role = para.lows[start - 1]
        if role not in PERSON_NOUNS and role.rsplit("-", 1)[-1] not in PERSON_NOUNS:  # (`co-founder`)
            return None
        person = self.cast.people[name]
        return person if person.is_person else None

    def _pronoun(self, pronoun: str, block: int, offset: int) -> _Person | None:
        return self._salient(block, offset, PRONOUNS[pronoun], pronoun=True)

    def _salient(self, block: int, offset: int, gender: str | None, pronoun: bool = False) -> _Person | None:
        """Who `he`, `she` or `the minister` means: whoever spoke in this paragraph, else the person the
        paragraph opens with, else (for a pronoun) the person the paragraph before opens with when the
        last speaker is further back, else the last speaker, else someone recent of that gender."""
        last = self.last_speaker

        def fits(person: _Person | None) -> bool:
            return person is not None and person.is_person and (gender is None or person.gender in (None, gender))

        if pronoun and self.unnamed_block == block and self.last_speaker_block != block:
            return None  # `A manager, who asked not to be named, told AFP …. "…," he said`
        para = self.paras[block]
        if pronoun and para.spans:
            here = para.token_at(offset)
            kin = next((start for start in reversed(para.starts) if start < here and start + 1 < len(para.lows)
                        and para.lows[start] in OWNERS and KIN.get(para.lows[start + 1]) == gender),
                       None)
            if kin is not None:
                return self._relative(para.lows[kin + 1], (block, offset))  # `Her husband came up. "…," he said`
        if self.last_speaker_block == block and fits(last):
            return self._subject_since(para, offset, last, fits) or last
        for start in para.name_at:  # in order: names are found left to right
            if start >= offset:
                break
            person = self.cast.people[para.name_at[start][0]]
            if person.is_person:
                if fits(person):
                    return person
                break
        if pronoun and block - self.last_speaker_block >= 2:
            opener = self.opener(block - 1)
            if opener is not None and fits(opener):
                return opener
        if gender is not None and block and not self.paras[block - 1].spans:
            # `Mahamat sits outside the tent with a glass of tea.` then `"…," she said`: a paragraph of prose
            # that leaves the last speaker for someone else of that gender moves the story on to them
            named = [self.cast.people[name] for name, _ in self.paras[block - 1].name_at.values()]
            if last not in named:
                mentioned = [person for person in named if person.is_person and person.gender == gender]
                people = {person.name: person for person in named if person.is_person}
                if not mentioned and len(people) == 1:  # else the one person it names, of no stated gender
                    mentioned = [person for person in people.values() if person.gender is None]
                owner = self._possessor_opening(block - 1) if not mentioned and not people else None
                if owner is not None and owner.gender == gender and owner is not last:
                    mentioned = [owner]  # `Byambasuren's two sons went to the city.` then `"…," he said`
                if mentioned:
                    return mentioned[-1]
        if gender is None and not pronoun and block and not self.paras[block - 1].spans:
            # `Markevich, who was bidding for a third title, was gracious in defeat.` then `"…," the top seed told
            # reporters`: a description after a paragraph of prose that opens with one person, and names no
            # other, is that person
            prose = self.paras[block - 1]
            opening = prose.name_at.get(prose.dateline_end)
            opener = self.cast.people[opening[0]] if opening is not None else None
            if opener is not None and opener.is_person and all(person is opener or not person.is_person for person in (
                    self.cast.people[name] for name, _ in prose.name_at.values())):
                return opener
        if fits(last) and block - self.last_speaker_block <= 3:
            return last
        if gender is not None:  # the nearest person of that gender, up to four paragraphs back
            for person in self.cast.recent(block, offset, blocks_back=4):
                if person.is_person and person.gender == gender:
                    return person
            # else the only person named here or just before, if nothing says they are of the other gender
            # (`… and nurse Ioana Dumitrescu has not sat down.` then `"…," she says`)
            near = [person for person in self.cast.recent(block, offset, blocks_back=1) if person.is_person]
            if len(near) == 1 and near[0].gender is None:
                return near[0]
        return None

    def _subject_since(self, para: _Para, offset: int, last: _Person,
                       fits: Callable[[_Person | None], bool]) -> _Person | None:
        """Someone else who fits and opens a sentence after the last speaker's mention, before the sentence at `offset`:
        `"Which job?" said Rokeya Begum. Shirin Akter looked worried. "Rokeya, be careful," she said.`"""
        found = None
        sentence = para.sentence_of(para.token_at(offset))[0]  # (not `Echeverría, he said, was right`)
        for token in para.name_tokens:
            if token >= sentence:
                break
            person = self.cast.people[para.names[token]]
            if person is last:
                found = None
            elif person.is_person and fits(person) and token in para.starts:
                found = person
        return found

    def _relative(self, kin: str, at: tuple[int, int]) -> _Person | None:
        """The person the story introduced before `at` as this relative (`his wife, Anouk de Vries,`), else
        the nearest other person of that gender (`Their father, Kim Dong-hyun, …` then `Her husband`)."""
        stems = _word_stems(kin)
        known = [p for p in self.cast.by_stem.get(stems[0], ()) if p.is_person and p.seen < at] if stems else []
        if known:
            return known[-1]
        gender = KIN[kin]
        return next((p for p in self.cast.recent(*at, blocks_back=2)
                     if p.is_person and p.gender == gender and p is not self.last_speaker), None)

    def _possessor_opening(self, block: int) -> _Person | None:
        """The person a paragraph opens with as a possessor by one name (`Byambasuren's sons …`), if known."""
        para = self.paras[block]
        owner = POSSESSOR.match(para.masked, para.dateline_end)
        if owner is None:
            return None
        key = _key(owner.group(1))
        names = self.cast.by_part.get(key) or self.cast.by_first.get(key)
        person = self.cast.people.get(names[0]) if names and len(names) == 1 else None
        return person if person is not None and person.is_person else None

    def _introduced_unnamed(self, head: str, at: tuple[int, int]) -> bool:
        """`A Western diplomat said …. "…," the diplomat said`: earlier in the paragraph someone new and
        unnamed (`a`, `one`) had this head word, and no one named since."""
        para = self.paras[at[0]]
        pattern = _indefinite_pattern(head)
        # (a plain look for the head word before the pattern's, which is tried at every offset)
        introduced = ([match.end() for match in pattern.finditer(para.masked, 0, at[1])]
                      if para.masked.find(head, 0, at[1]) != -1 else [])
        if not introduced and at[0] and not self._names_person(para, 0, at[1]):
            # or opening the paragraph before, which names no one: `A Gulf delegate, who asked not to be
            # named, told AFP …` then `"…," the delegate said`
            before = self.paras[at[0] - 1]
            return (head in before.masked and not self._names_person(before, 0, len(before.masked)) and any(
                match.start() == before.dateline_end or before.masked.endswith((". ", ", "), 0, match.start())
                for match in pattern.finditer(before.masked)))  # (opening a sentence, or after `In Doha, `)
        return bool(introduced) and not self._names_person(para, introduced[-1], at[1])

    def _names_person(self, para: _Para, start: int, end: int) -> bool:
        """Whether a person is named in the paragraph between character offsets `start` and `end`."""
        return any(start <= offset < end and self.cast.people[name].is_person
                   for offset, (name, _) in para.name_at.items())

    def _described_before(self, head: str, at: tuple[int, int], blocks_back: int) -> _Person | None:
        """The body last described as `the <…> <head>` (`the Ukrainian energy ministry`, `Peru's culture
        ministry`) before `at`, up to `blocks_back` paragraphs back."""
        found = self._last_description(_description_pattern(head), head, at, max(0, at[0] - blocks_back))
        return self.cast.body(found[1], found[0]) if found is not None else None

    def _last_description(self, pattern: re.Pattern[str], head: str, at: tuple[int, int], oldest: int,
                          plain: bool = False) -> tuple[tuple[int, int], str] | None:
        """Where (block, offset) and what the last match of a description `pattern` ending in `head` is,
        before `at` and back to block `oldest`; not one whose describing words hold a possessive (`the
        country's`) or, with `plain`, a function word (`the same`)."""
        for block in range(at[0], oldest - 1, -1):
            text = self.paras[block].text
            if head not in text:
                continue  # (most paragraphs: a plain look before the pattern's)
            text = text[: at[1] if block == at[0] else None]
            matches = [m for m in pattern.finditer(text) if m.group(2) or not any(
                _possessive(w) or (plain and w.casefold() in FUNCTION_WORDS) for w in m.group(1).split())]
            if matches:
                last = matches[-1]
                return (block, last.start()), (last.group(1) or last.group(2)) + last.group(3)
        return None

    def _body(self, name: str, at: tuple[int, int]) -> _Person:
        """The body `the health ministry` means: as the cast knows it, but one met so far only in prose
        keeps the fuller description the story gave it there (`the Nigerian health ministry`)."""
        if name.casefold() not in self.cast.described:
            fuller = self._last_description(_description_pattern(name, 2, 0), name, at, 0, plain=True)
            if fuller is not None:
                return self.cast.body(fuller[1], at)
        return self.cast.body(name, at)

    def _report_author(self, at: tuple[int, int]) -> _Person | None:
        """The body whose report `the report said` quotes: the one the story last tied to a report (`X said
        in its annual report`, `In a report seen by AFP, X said`, `a report by X`, `X's report`); None when
        no sentence about a report names its body."""
        for block in range(at[0], -1, -1):
            para = self.paras[block]
            masked = para.masked[: at[1] if block == at[0] else None]
            for match in reversed(list(REPORT_WORD.finditer(masked))):
                if _next_verb(masked, match.end()) is not None:
                    continue  # `…, the report said.`: the report speaking, not tied to its body
                start = masked.rfind(". ", 0, match.start()) + 1  # (0 with no stop before)
                stop = masked.find(". ", match.end())
                stop = len(masked) if stop == -1 else stop  # (never past the quote being resolved)
                bodies = [(offset, end, self.cast.people[name]) for offset, (name, end) in para.name_at.items()
                          if start <= offset < stop]
                bodies = [(offset, end, body) for offset, end, body in bodies if body.organisation and not body.media]
                speaking = [body for _, end, body in bodies
                            if _next_verb(para.masked, _past_short_form(para.masked, end))]
                by = [body for offset, _, body in bodies
                      if offset > match.start() and masked.endswith(REPORT_BY, 0, offset)]
                owner = [body for _, end, body in bodies
                         if end < match.start() <= end + 2 and _possessive(para.text[end - 2 : end])]
                for found in (by, owner, speaking):
                    if found:
                        return found[0]
        return None

    def opener(self, block: int) -> _Person | None:
        """The person a paragraph opens with (`Asante-Boateng, 22, joined ...`), if any."""
        if block < 0:
            return None
        para = self.paras[block]
        opening = para.dateline_end  # `Everest Base Camp, Nepal (Reuters) Apr 28 -` is no one
        if para.text[opening : opening + 12].split(" ", 1)[0].casefold() in PREPOSITIONS:
            comma = para.text.find(", ", opening, opening + 100)  # `At a food stall by the market, X, 61, …`
            opening = comma + 2 if comma != -1 else opening
        for start, (name, end) in para.name_at.items():
            person = self.cast.people[name]
            if start < opening:
                continue
            if start > opening + 40:
                return None
            if _possessive(para.text[end - 2 : end]) and ROLE_AFTER.match(para.masked, end):
                continue  # `Nuevo Leon's health secretary, Adriana Villarreal, urged`: the role's holder opens it
            if person.is_person:
                return person
        return None

    def _description(self, words: list[str], at: tuple[int, int], person: bool = False) -> _Person | None:
        """`the Ukrainian leader`, `the Swede`, `the ministry`: someone already introduced."""
        definite = words[0] == "the"
        if len(words) == 2 and words[0] in OWNERS and words[1] in KIN:
            relative = self._relative(words[1], at)  # `"…," her husband said`
            if relative is not None:
                return relative
        words = [w for w in words if w not in ARTICLES]
        if "of" in words[1:] and words[words.index("of") - 1] in PERSON_NOUNS:
            words = words[: words.index("of")]  # `the 36-year-old mother of five`: a mother
        if not words:
            return None
        head = words[-1]
        if head in PERSON_NOUNS and (
            (self.unnamed_block == at[0] and self.last_speaker_block != at[0]) or self._introduced_unnamed(head, at)
        ):
            return None  # `A local official, who asked not to be named, said … "…," the official said`
        if (person or head.endswith(("-old", "ist")) or head in PERSON_NOUNS or _demonym(head)  # `the hydrologist`
                or words[0].endswith("-year-old")):  # `the 71-year-old retired fish processor`
            scores: dict[_Person, int] = {}  # people introduced before `at` by how many of the words describe them
            for stem in _stems(words):
                for known in self.cast.by_stem.get(stem, ()):
                    if known.seen < at and known.is_person:
                        scores[known] = scores.get(known, 0) + 1
            if scores:
                best = max(scores.values())
                tied = [p for p, score in scores.items() if score == best]
                if self.last_speaker in tied or len(tied) == 1:
                    return self.last_speaker if self.last_speaker in tied else tied[0]
                # two ministers: the one this paragraph names before `the minister said`
                named_here = {name for start, (name, _) in self.paras[at[0]].name_at.items() if start < at[1]}
                here = [p for p in tied if p.name in named_here]
                if here:
                    return here[0] if len(here) == 1 else None
                # else the one of them named last, here or in the paragraph before (`Ukrainian President X
                # said …` just before `the Ukrainian leader`, not a Ukrainian spokesman further back)
                return next((p for p in self.cast.recent(*at, blocks_back=1) if p in tied), None)
            if definite and at[0] <= 1 and self.last_speaker is None:
                # a lede's `the finance minister accused … of "…"`, then `Finance Minister X said`: someone the
                # story names just after, whom every word of the description fits
                stems = _stems(words)
                ahead = [known for known in self.cast.by_stem.get(next(iter(stems), ""), ())
                         if at < known.seen and known.seen[0] <= at[0] + 2 and known.is_person
                         and all(stem in known.descriptors for stem in stems)]
                if ahead:
                    return min(ahead, key=lambda known: known.seen)
            if head in ("source", "sources", "insider", "insiders", "witness", "witnesses"):
                return None  # `said the source, who requested anonymity`: no one the story names
            gender = "f" if set(words) & FEMALE_WORDS else "m" if set(words) & MALE_WORDS else None
            aged = any(word.endswith("-year-old") for word in words)
            found = self._salient(*at, gender, pronoun=aged)
            if found is None and aged and self.unnamed_block != at[0]:
                # `said the 44-year-old taxi driver` names no one new: the person named last, here or just before
                found = next((p for p in self.cast.recent(*at, blocks_back=1)
                              if p.is_person and (gender is None or p.gender in (None, gender))), None)
            return found
        # a body named before (`the ministry` after the `Defence Ministry`); one only described (`the US
        # space agency`) is not what a later `the agency` means unless it was the last to speak
        organisations = [p for p in self.cast.by_head.get(head, ()) if p.seen < at and not p.described]
        if head == "court":
            organisations = _top_court_first(organisations, words)
        last_body = self.last_body
        if organisations and definite and last_body is not None and last_body not in organisations and (
                head in GENERIC_BODIES and self.last_body_block >= at[0] - 1 and not last_body.described
                and " " not in last_body.name):
            # `NASA said …` then `the agency said`: the one-word body that just spoke, not the `European Space
            # Agency` named before
            return last_body
        if organisations:
            # (not another company named before: `SKB said …. In a statement, the company was blunt`)
            spoke = (last_body is not None and self.last_body_block == at[0] and not last_body.described
                     and head in KINDS_OF_BODY)
            return last_body if spoke else organisations[-1]
        if definite and head in BODY_WORDS:
            # `the ministry said` just after `The Ukrainian energy ministry accused …`: that body
            described = self._described_before(head, at, 1)
            if described is not None:
                return described
            unknown = self.last_unknown
            if (unknown is not None and (head in GENERIC_BODIES or head in COMPANY_NOUNS)
                    and self.last_unknown_block >= max(at[0] - 1, self.last_body_block) and not unknown.is_person):
                # `SpaceX said …` then `the company said`: a name of no known kind that just spoke is that company
                self.cast.make_body(unknown, company=True)
                return unknown
            # `the agency said` after `NASA said`, else the body the story introduced first (its subject,
            # not `the collapse of FTX` after it); not `airport authorities said`
            if self.last_body is not None:
                return self.last_body
            bodies = [p for p in self.cast.recent(*at) if p.organisation and not p.media]
            if bodies:
                return min(bodies, key=lambda p: p.seen)
            return self._described_before(head, at, at[0])  # `Peru's culture ministry said` in the lede
        if definite and head in STATEMENTS:
            # `the statement said`: whoever just spoke issued it, a body or (`X said in a closing statement`) a person
            speaker_last = self.last_speaker_block > self.last_body_block and self.last_speaker_block >= at[0] - 1
            if len(words) == 1 and speaker_last:  # (not `the leaders' communiqué`)
                return self.last_speaker
            if self.last_body_block >= at[0] - 1:
                return self.last_body
        if definite and head == "report":
            return self._report_author(at)
        return None

    def _verb_subject(self, para: _Para, verb: int, floor: int) -> _Person | None:
        """Subject of the speech verb at token `verb`, looking back no further than `floor`. A verb is
        read once, where the walk through the text first meets it: the cue after a quote and the pass
        over indirect speech both look at `"…," X said`."""
        key = (para.index, verb)
        if key not in self.subjects:
            self.subjects[key] = self._read_verb_subject(para, verb, floor)
        return self.subjects[key]

    def _read_verb_subject(self, para: _Para, verb: int, floor: int) -> _Person | None:
        """Of `quoted` only in the passive: `X was quoted as saying` is X speaking, `Y quoted X` is not Y."""
        texts, lows = para.texts, para.lows
        lo = verb
        core = verb  # where the subject must end: only auxiliaries stand between it and the verb
        while core > floor and lows[core - 1] in AUXILIARIES_OR_TIME:
            core -= 1
        stepped = False
        while lo > floor:
            text = texts[lo - 1]
            if text == ")":
                opening = lo - 2
                while (opening > floor and opening > lo - 9 and texts[opening] not in ("(", ")")
                       and texts[opening][0] != MASK):
                    opening -= 1
                if opening >= floor and texts[opening] == "(":
                    lo = opening
                    continue  # step over `(RSF)`, `(pictured)` to the name before it
                break
            if text in (";", ":", "--", "-", "\u2013", "\u2014", "(") or (
                text[0] == MASK and not (lo - 1 > floor and texts[lo - 2][0].isupper() and texts[lo][0].isupper()
                                         and para.inside_name(lo - 1))  # (not `Jean-Baptiste "Ti Bwa" Cadet`'s nickname)
            ) or (
                lows[lo - 1] in BOUNDARY_WORDS and not _acronym(text)  # `the WHO said`
                and not para.inside_name(lo - 1)  # `the Food and Drug Administration said`
                and not (lows[lo - 1] == "and" and lows[core - 1] in TEAM_WORDS and (lo + 1 == core or (
                    lo + 2 == core and lows[lo] in OWNERS)))  # `Zhang and (his) colleagues write`
                and not (lows[lo - 1] == "and" and _fields_of_body(texts, lows, lo, core))
            ):
                break
            if text == "," and para.inside_name(lo - 1):
                lo -= 1  # `The Ministry of Trade, Industry and Energy said`: the comma is the name's
                continue
            if text == ",":
                if not stepped and lo < core:
                    break  # `…, a spacewalk the CMSA described`: the words after the comma are the subject
                appositive = self._appositive_start(para, lo - 1, floor)
                if appositive is None:
                    first = floor + 1 if lows[floor] == "the" else floor  # (`The Italian Farmers' Confederation, …`)
                    if first in para.names and para.token_at(para.name_at[para.offsets[first]][1]) == lo - 1:
                        lo = floor  # `Ravi Kulkarni, chief strategist at CAE, speaking ..., said`: the opening name
                    break
                opening = appositive
                earlier = self._appositive_start(para, opening, floor)
                if earlier is not None and (
                    (lows[opening + 1] in ("who", "which", "whose") and lows[earlier + 1] in PREPOSITIONS)
                    or all(_tag(texts[k]) for k in range(earlier + 1, opening))
                ):
                    # `Julia Hartmann, of the Natural History Museum, who …, said`: a clause after an aside;
                    # `Sen. Jamal Whitaker, D-Ga., a co-author of the bill, said`: an aside after a tag
                    opening = earlier
                lo, stepped = opening, True  # step over `, the Ukrainian leader,` to the name before it
                continue
            lo -= 1
        # skip auxiliaries between subject and verb: `Rubio also said`, `the US had indicated`
        hi = verb
        while hi > lo and lows[hi - 1] in AUXILIARIES_OR_TIME:
            hi -= 1
        if (lows[verb] == "quoted" and not (verb > floor and lows[verb - 1] in PASSIVE)) or lows[verb] in PARTICIPLES:
            return None
        if hi > floor and lows[hi - 1] in PRONOUNS:
            return self._pronoun(lows[hi - 1], para.index, para.offsets[hi - 1])  # `Afterwards she said`
        if hi - 1 > lo and lows[hi - 1] == "it":
            return self._simple_phrase(para, [hi - 1])  # `… on facilities it said supplied …`: it, the body
        if hi == lo and hi > floor + 1 and lows[hi - 1] in ("who", "which"):
            return self._antecedent(para, hi - 1, floor)  # `according to Dufresne, who said`
        if hi == lo:
            return None
        return self._phrase(para, lo, hi)

    def _antecedent(self, para: _Para, who: int, floor: int) -> _Person | None:
        """Who a relative `who` or `which` refers to: the name just before it (`Dufresne, who`, `the
        Rice Research Institute (PhilRice), which`): a person for `who`, a body for `which`."""
        k = who - 1 if para.texts[who - 1] == "," else who
        for start, name in reversed(para.names.items()):
            if floor <= start < k:
                person = self.cast.people[name]
                if person.media:
                    return None  # `a draft seen by AFP, which says`: the draft says it, no one named
                if para.lows[who] == "which":
                    return person if person.organisation else None
                if person.is_person:
                    return person
                if not (person.organisation or person.place):
                    return None
                # `Willem Bakker, director of the Van Houten Museum, who`: past the body to the person
        return None

    def _appositive_start(self, para: _Para, comma: int, floor: int) -> int | None:
        """If the comma closes an appositive (`Zelensky, the Ukrainian leader, said`), its opening comma."""
        texts, lows = para.texts, para.lows
        k = comma - 1
        while k > floor and texts[k] != "," and k > comma - 26:
            if texts[k][0] == MASK or texts[k] in (";", ":"):
                return None
            if (texts[k] == "." and not _abbreviation(texts[k - 1], lows[k - 1]) and not texts[k - 1].isupper()
                    and not PARTY_TAG.fullmatch(texts[k - 1])):  # `D-Ga.` ends no sentence
                return None
            k -= 1
        if k <= floor or texts[k] != "," or (texts[k - 1][-1].isdigit() and texts[k + 1][0].isdigit()):
            return None  # (nor is the comma in `40,000`)
        encloses_name = self._person_named(para, k + 1, comma) is not None
        described = (lows[k + 1] in ARTICLES or not texts[k + 1][0].isupper() or _possessive(texts[k + 1])
                     or all(_tag(text) for text in texts[k + 1 : comma]))  # `, 41,`, `, D-Ga.,`
        aside = lows[k + 1] in PREPOSITIONS or lows[k + 1] in ("who", "which", "whose")  # `, for her part,`
        # (after a name, or after an aside of its own: `X, 58, a former finance minister, told`)
        if encloses_name or (described and (texts[k - 1][0].isupper() or _tag(texts[k - 1]) or aside)):
            return k
        return None

    def _sentence_subject(self, para: _Para, lo: int, before: int) -> _Person | None:
        """Who the sentence is about: the subject of its first speech verb, else its first name."""
        texts, lows = para.texts, para.lows
        for i in range(lo, before):
            if lows[i] in SAYING_VERBS and lows[i] != "quoted" and not (i > lo and lows[i - 1] in PASSIVE):
                # (`More cases have been reported, the WHO said …, adding`: a passive verb has no speaker)
                found = self._verb_subject(para, i, lo)
                if found is None and (i == lo or texts[i - 1] == "," or texts[i - 1][0] == MASK):
                    found = self._after_verb(para, i + 1, before)  # `"…," said Erik Rönnberg, …, warning`
                if found is not None:
                    return found
                break
        start = para.past_opening(lo, before)
        if start < before and lows[start] in INDEFINITES:
            return None  # `A Philippine military officer, who ..., said`: someone new and unnamed
        if start < before and lows[start] == "the":
            # `The Russian defence ministry made no mention …, saying`: a body the sentence opens with
            head = next((i for i in range(start + 1, min(before, start + 5)) if lows[i] in BODY_WORDS), None)
            if head is not None and all(texts[k].isalpha() or "-" in texts[k] for k in range(start, head + 1)):
                found = self._simple_phrase(para, list(range(start, head + 1)))
                if found is not None and found.organisation:
                    return found
        # `The army's Arabic-language spokesman, Colonel Amir Dagan, issued …`: a role, then the person
        comma = next((k for k in range(start + 1, min(before, start + 9)) if texts[k] == ","), None)
        if comma is not None and any(lows[k] in PERSON_NOUNS for k in range(start, comma)) and not any(
                k in para.names and (self.cast.people[para.names[k]].is_person or para.possessive(k))
                for k in range(start, comma)):
            close = next((k for k in range(comma + 2, min(before, comma + 7)) if texts[k] == ","), None)
            named = self._person_named(para, comma + 1, close) if close is not None else None
            if named is not None and named.is_person:
                return named
        for i in range(start, min(before, start + 4)):
            if texts[i] == "." and i > start and _abbreviation(texts[i - 1], lows[i - 1]):
                continue  # `Sen. Rodrigo Macaraeg-Tan, a close ally of …, moved to …, calling it "…"`
            if lows[i] in PRONOUNS:
                return self._pronoun(lows[i], para.index, para.offsets[i])
            if i in para.names:
                if not para.possessive(i):
                    found = self.cast.people[para.names[i]]
                    # `CNE president Ana Lucia Bonilla blamed …`: the person a body's title leads on to
                    later = next((k for k in range(i + 1, min(before, i + 5)) if k in para.names), None)
                    if not found.is_person and later is not None and all(  # (`captain and commentator X`)
                            _is_title(texts[k]) or lows[k] == "and" for k in range(i + 1, later)
                            if k not in para.names):
                        person = self.cast.people[para.names[later]]
                        if person.is_person:
                            return person
                    return found
                # `South Korea's security adviser, Kang Do-yun, convened …`: the one named after the comma
                comma = next((k for k in range(i + 1, min(before, i + 9)) if texts[k] == ","), None)
                if comma is None or comma + 1 not in para.names:
                    return None
                named = self.cast.people[para.names[comma + 1]]
                return named if named.is_person else None
            if (lows[i] not in ARTICLES and not texts[i][0].isupper() and not _is_title(texts[i])
                    and lows[i] not in BODY_WORDS and not (lows[i + 1] in BODY_WORDS or _is_title(texts[i + 1]))):
                break  # `NATO chief Mark Rutte …, saying`, `satellite operator Orbitalis`: leads on to the name
        return None

    def _according_to(self, para: _Para, lo: int, hi: int) -> _Person | None:
        texts, lows = para.texts, para.lows
        for i in range(lo, hi - 1):
            if lows[i] == "according" and lows[i + 1] == "to":
                end = i + 2
                while end < hi and texts[end] not in (",", ".", ";") and texts[end][0] != MASK:
                    end += 1
                source = self._phrase(para, i + 2, end)
                if (source is None and end - i > 5 and lows[i + 2] in ("a", "the") and lows[i + 3] in STATEMENTS
                        and lows[i + 4] in ("from", "by")):
                    issuer = self._phrase(para, i + 5, end)  # `according to a statement from the X Office`
                    source = issuer if issuer is not None and not issuer.media else None
                if source is None and self._media(para, i + 2, end):
                    # `X ordered agencies to "…", according to the state-run BSS news agency`: media relay X
                    return self._sentence_subject(para, para.sentence_of(i)[0], i)
                return source
        return None

    def _media(self, para: _Para, lo: int, hi: int) -> bool:
        """Whether tokens [lo, hi) name a news outlet (`KCNA`, `the state news agency`, `state media`)."""
        lows = para.lows
        return hi > lo and (lows[hi - 1] in MEDIA_NOUNS or lows[hi - 2 : hi] in (["news", "agency"], ["state", "media"])
                            or self._media_named(para, lo, hi))

    def _media_named(self, para: _Para, lo: int, hi: int) -> bool:
        """Whether a news outlet is named in tokens [lo, hi) (`told AFP`, `state broadcaster CCTV reported`)."""
        return any(k in para.names and self.cast.people[para.names[k]].media for k in range(lo, hi))

    # cues ---------------------------------------------------------------------------------

    def aside(self, para: _Para, span: _Span, q_tok: int) -> tuple[bool, _Person | None]:
        """Quotes no cue attributes: a term after `so-called` or `known as`, or a name before a noun (`the
        "Golden Dome" shield`), is the writer's; one inside an opening `Asked (by X) whether …` clause is
        the question, the asker's words."""
        lows, texts = para.lows, para.texts
        if q_tok > 0 and lows[q_tok - 1] == "so-called":
            return True, None
        if q_tok > 1 and lows[q_tok - 1] in ("as", "the") and "known" in lows[max(0, q_tok - 6) : q_tok]:
            return True, None  # `targets known in official jargon as the "dual carbon" goals`: a name for it
        if _names_a_thing(para, span, q_tok):
            return True, None
        start, _ = para.sentence_of(q_tok)
        if lows[start] == "asked" and "," not in texts[start:q_tok]:
            if start + 2 < q_tok and lows[start + 1] == "by":
                asker = self._person_named(para, start + 2, q_tok)
                return True, asker if asker is not None and asker.is_person else None
            return True, None
        return False, None

    def unnamed_subject(self, para: _Para, q_tok: int) -> bool:
        """The quote's sentence opens with someone unnamed (`A manager …`, `At the plant, one worker …`)."""
        start = para.past_opening(para.sentence_of(q_tok)[0], q_tok)  # `At the plant in Lower Saxony, a member …`
        return para.lows[start] in INDEFINITES

    def cue_after(self, para: _Para, span: _Span, q_tok: int) -> tuple[bool, _Person | None]:
        """`"…," Trump said` / `"…," said Maria Okafor` / `"…" -Name`. Returns (cue found, speaker)."""
        texts, lows = para.texts, para.lows
        dash = DASH_ATTRIBUTION.match(para.text, span.end)
        if dash:
            start = para.token_at(dash.end())
            end = start
            while end < len(texts) and texts[end] not in (",", ".", ";", "(") and texts[end][0] != MASK:
                end += 1
            named = self._person_named(para, start, end)  # `- Rovers supporter Gary Whitlock, 61`
            if named is not None:
                return True, named
        lo = q_tok + 1
        sent_start, sent_end = para.sentence_of(q_tok)
        hi = lo
        while hi < sent_end and texts[hi][0] != MASK:
            hi += 1
        if lo < hi < sent_end and hi - lo <= 2 and all(lows[k] in ("and", "or", ",") for k in range(lo, hi)):
            return self.cue_after(para, para.span_at(hi), hi)  # `"A" and "B," the command said`: A's cue too
        ends_clause = span.last_mark in ",?!-\u2014\u2013\u2026" or span.inner.endswith("--")
        if lo < hi and texts[lo] == ",":
            ends_clause = True
        # (a sentence that cues the quote before it: `a trip X described as "…." Beijing had warned …`)
        cued_before = not ends_clause and q_tok > sent_start and (
            not SPEECH_VERBS.isdisjoint(lows[sent_start:q_tok]) or "according" in lows[sent_start:q_tok])
        if not ends_clause and not (span.closed and hi - lo <= 9 and hi == sent_end and not cued_before):
            if hi == sent_end and not cued_before:
                # `"…" efforts to end it, Kremlin spokesman X told reporters.`, `… can evade "any existing or
                # future" defence, President X said.`: the attribution closes the sentence
                commas = [k for k in range(hi - 1, lo, -1) if texts[k] == ","]
                closing = next((k for k in range(commas[0] + 1, hi) if lows[k] in SAYING_VERBS),
                               None) if commas else None
                if closing is not None:
                    # `… "comprehensive control" of the area, said Senior Colonel X.`: the verb before its subject
                    inverted = self._inverted_attribution(para, commas[0], hi) if closing == commas[0] + 1 else None
                    return True, inverted or self._verb_subject(para, closing, commas[0] + 1)
                # `… was "essentially empty" for the summer, Sesay said, with one maker supplying …`: the
                # attribution, a clause of its own, followed by another
                for comma, comma_after in zip(commas[1:], commas):
                    closing = comma_after - 1 if lows[comma_after - 1] in SAYING_VERBS else None
                    if closing is not None and 1 <= closing - comma - 1 <= 4:
                        return True, self._verb_subject(para, closing, comma + 1)
                    inverted = self._inverted_attribution(para, comma, comma_after)
                    if inverted is not None:
                        return True, inverted  # `…, said X, a spokesman for the command.`
            return False, None
        if not ends_clause and lo < hi and lows[lo] in TELL_VERBS:
            return False, None  # `"China's provocations" threatened peace`: the quote is what threatened
        first = lo + 1 if lo + 1 < hi and texts[lo] == "," else lo
        put = next((k for k in range(first + 2, min(hi - 1, first + 8)) if lows[k] == "put" and lows[k + 1] == "it"),
                   None) if first < hi and lows[first] == "as" else None
        if put is not None:
            return True, self._phrase(para, first + 1, put)  # `"…," as the agency put it`
        if first + 1 < hi and lows[first] in ARTICLES and lows[first + 1] in CLAIM_NOUNS:
            return False, None  # `accused Chisinau of "…", a charge Casian rejected`: the reply, not the cue
        if first < hi and (lows[first] in CONJUNCTIONS or lows[first] in CONTRASTS):
            # `called it "…" and promised …`, `called it "…," while X accused …`: the sentence goes on
            # with another clause; no attribution follows
            return False, None
        # (not a verb after a preposition or an article: `"…", after repeated delays`)
        verb = next((i for i in range(lo, min(hi, lo + 20)) if lows[i] in SAYING_VERBS
                     and not (i > lo and (lows[i - 1] in PREPOSITIONS or lows[i - 1] in ARTICLES))), None)
        if verb is None and lo + 1 < hi and lows[lo] in INVERTED_VERBS and (
                texts[lo + 1][0].isupper() or lows[lo + 1] in PERSON_NOUNS):
            verb = lo  # `"Phones in your bags," calls Olena Kravchenko`, `"Jab, jab!" shouts coach X`
        if verb is None and lo + 1 < hi and (lows[lo] in PRONOUNS or lo in para.names):
            subject_end = lo + 1 if lows[lo] in PRONOUNS else para.token_at(para.name_at[para.offsets[lo]][1])
            if subject_end < hi and lows[subject_end] in NOUN_LIKE_VERBS:
                verb = subject_end  # `"Everything," he repeats.`, `"The soap is fine!" Khaled calls out.`
        # `"…," she said, according to CCTV`: `according to` counts only before any speech verb
        according = self._according_to(para, lo, hi if verb is None else verb)
        if according is not None:
            return True, according
        if verb is None:
            return False, None
        if verb == lo or all(texts[k] == "," or lows[k] in AUXILIARIES_OR_TIME
                             for k in range(lo, verb)):
            if lows[verb] in TELL_VERBS:
                # `"…?" asked Park Soo-ah`: a person after the verb asked; `"…," told AFP` names no one
                told = lows[verb] in ("told", "tell", "tells", "telling")
                after = None if told else self._after_verb(para, verb + 1, hi)
                return True, after if after is not None and after.is_person else None
            return True, self._after_verb(para, verb + 1, hi)
        saying = next((k for k in range(verb + 2, min(hi, verb + 14)) if lows[k] == "saying" and lows[k - 1] == "as"),
                      None) if lows[verb] in ("quoted", "cited") else None
        quoted = self._quoted_as(para, saying, lo) if saying is not None else None
        if quoted:
            return True, quoted[0]  # `"…," KCNA quoted Kim as saying`: Kim, not the agency
        if lows[verb] in ("reported", "reports") or self._media_named(para, lo, verb):
            return False, None  # `called for "restraint", state broadcaster CCTV reported`: media relay it
        subject = self._verb_subject(para, verb, lo)
        if subject is None and self._coordinated(para, verb, lo) and texts[verb - 1] != ",":
            return False, None  # `said his forces had "liberated" El-Fasher and promised …`: the sentence goes on
        return True, subject

    def _inverted_attribution(self, para: _Para, comma: int, hi: int) -> _Person | None:
        """The person in `, said X` closing a sentence, the verb right after the comma at `comma`."""
        verb = comma + 1
        if verb + 1 >= hi or para.lows[verb] not in SAYING_VERBS or para.lows[verb] in TELL_VERBS:
            return None
        named = self._after_verb(para, verb + 1, hi)
        return named if named is not None and named.is_person else None

    def _after_verb(self, para: _Para, lo: int, hi: int) -> _Person | None:
        """`said Maria Okafor, the mission's engineer` / `said the minister` / `said Monday the ..."""
        texts, lows = para.texts, para.lows
        while lo < hi and lows[lo] in AUXILIARIES_OR_TIME:
            lo += 1
        end = lo
        while end < hi and lows[end] not in BOUNDARY_WORDS:
            text = texts[end]
            if text in (",", ";", ":", "--") or (text == "." and not _abbreviation(texts[end - 1], lows[end - 1])):
                break
            end += 1
        if lo >= end or lows[lo] in PREPOSITIONS:
            return None
        before = self._person_named(para, lo, end) if end < hi and lows[end] == "and" else None
        if end < hi and lows[end] == "and" and (before is None or not before.is_person or texts[end - 1].islower()):
            # `said Vektra President and CEO Marisol Quintanilla-Park`: titles joined, then the name
            titled = end + 1  # (a name's run starts at its titles)
            while titled < min(hi, end + 4) and titled not in para.names and _is_title(texts[titled]):
                titled += 1
            named = self.cast.people[para.names[titled]] if titled in para.names else None
            if named is not None and named.is_person and all(
                    texts[k][0].isupper() or lows[k] in PERSON_NOUNS or lows[k] in ROLE_TITLES or _is_title(texts[k])
                    for k in range(lo, end)):
                # (`said Kuroshio Orbital co-founder and CEO X`, `said founder and chief executive X` too; not
                # `said residents and Mayor X`: two sources)
                return named
        if lows[lo] in INDEFINITES or lows[lo] == "the":
            # `said a woman selling vegetables, who gave only her first name, Marta`, `said the association's
            # treasurer, a man who gave only his first name, Ernesto`
            given = next((k for k in range(end, hi) if k in para.names
                          and para.masked.endswith(ONLY_AS, 0, para.offsets[k])), None)
            if given is not None:
                return self.cast.people[para.names[given]]
        named_at = end + 1
        while (named_at < min(hi, end + 6) and texts[named_at].islower() and texts[named_at].isalpha()
               and lows[named_at] not in FUNCTION_WORDS):
            named_at += 1  # `said her coach, former national champion X`: the role runs into the name
        if named_at > end + 1 and not (lows[named_at - 1] in PERSON_NOUNS or lows[named_at - 1] in ROLE_TITLES):
            named_at = end + 1  # (not `said the 46-year-old, as his wife X poured tea`)
        if named_at < hi and texts[end] == "," and named_at in para.names:
            before = self._person_named(para, lo, end)
            if before is None or (not before.is_person and not para.possessive(named_at)
                                  and any(lows[k] in PERSON_NOUNS for k in range(lo, end))):
                # `said WFP's regional director, Cécile Ndiaye`; `said the AU's special envoy for Sudan, X`
                # (the names before her are a body's and a place's); not `said Tesla, Elon Musk's company`
                named = self.cast.people[para.names[named_at]]
                if named.is_person:
                    return named
        return self._phrase(para, lo, end)

    def cue_before(self, para: _Para, q_tok: int) -> tuple[bool, _Person | None]:
        """`Rubio said: "…"` / `Putin called them "terrorists."` / `…, saying: "…"`."""
        sent_start, _ = para.sentence_of(q_tok)
        lo = sent_start
        texts, lows = para.texts, para.lows
        for i in range(q_tok - 1, sent_start - 1, -1):
            if texts[i][0] == MASK and not _names_a_thing(para, para.span_at(i), i):
                lo = i + 1  # back to the quote before, but past a name (`the drills, codenamed "X", were "…"`)
                break
        cued = False
        place: _Person | None = None
        for i in range(q_tok - 1, lo - 1, -1):
            low = lows[i]
            if low == "according" and i + 1 < q_tok and lows[i + 1] == "to":
                return True, self._according_to(para, i, q_tok)
            if low in ("calls", "call") and i == q_tok - 1 and i - 2 >= lo and lows[i - 2] == "what":
                subject = self._simple_phrase(para, [i - 1])  # `what Ashcroft-Mbeki calls "radio ghosts"`
                return True, subject if subject is not None and (subject.is_person or subject.organisation) else None
            if low not in SPEECH_VERBS:
                continue
            if i > lo and lows[i - 1] in MODALS:
                continue  # `… that Moscow should respond "…"`: what is to be said, not who says this
            if low in PARTICIPLES:
                quoted = self._quoted_as(para, i, lo)
                if quoted:
                    return True, quoted[0]
                before = para.name_ending(i)  # `…, with senior official Khalil Darwish saying "…"`
                if before is not None and (self.cast.people[before].is_person or self.cast.people[before].organisation):
                    return True, self.cast.people[before]
                with_at = next((k for k in range(i - 2, max(lo, i - 6) - 1, -1) if lows[k] == "with"), None)
                unnamed_at = with_at if with_at is not None else next(
                    (k for k in range(i - 2, max(lo, i - 4) - 1, -1) if lows[k] == "and"), None
                ) if with_at is not None or lows[i - 1].endswith("s") else None  # (a plural: not `and began saying`)
                if (unnamed_at is not None and lows[unnamed_at + 1] != "the" and texts[unnamed_at + 1].islower()
                        and "," not in texts[unnamed_at:i] and self._person_named(para, unnamed_at + 1, i) is None):
                    # `with a French official saying`, `with eastern members accusing`, `… and southern members
                    # warning of`: someone unnamed
                    return True, None
                if with_at is not None and lows[with_at + 1] == "the":
                    described = self._simple_phrase(para, list(range(with_at + 1, i)))  # `with the minister accusing`
                    if described is not None and described.is_person:
                        return True, described
                if i > lo and lows[i - 1] in BODY_WORDS:  # `a statement from the X defence ministry warning that`
                    article = next((k for k in range(i - 2, max(lo, i - 6) - 1, -1) if lows[k] == "the"), None)
                    body = self._simple_phrase(para, list(range(article, i))) if article is not None else None
                    if body is not None and body.organisation:
                        return True, body
                if lows[i + 1] == "from" and i + 2 < q_tok:
                    source = self._person_named(para, i + 2, min(q_tok, i + 9))  # `a warning from the X Ministry that`
                    if source is not None and (source.is_person or source.organisation):
                        return True, source
                return True, self._sentence_subject(para, sent_start, i)
            if low == "quoted":
                return True, self._sentence_subject(para, sent_start, i)
            if i + 2 < q_tok and lows[i + 1] == "by":
                return True, self._after_verb(para, i + 2, q_tok)  # `hailed by Finance Minister Sérgio Moura as "…"`
            subject = self._verb_subject(para, i, sent_start)
            if (subject is None and i == lo and lo > sent_start and texts[lo - 1][0] == MASK
                    and texts[q_tok - 1] == "," and not any(lows[k] in BOUNDARY_WORDS for k in range(i + 1, q_tok))):
                # `"A," said X, a spokeswoman, "B."`: X's too; not `said X, who runs one of the "ghettos"`
                subject = self._after_verb(para, i + 1, q_tok)
            if (subject is None and lows[i] != "quoted" and lows[para.past_opening(sent_start, i)] in INDEFINITES
                    and not self._names_person(para, para.offsets[sent_start], para.offsets[i])):
                return True, None  # `A senior official of the X Department, which runs the lake, said`: unnamed
            if subject is None and self._coordinated(para, i, sent_start):
                # `…, after President X pulled out … and dismissed it as "…"`: the clause's subject
                subject = self._clause_subject(para, i, sent_start) or self._sentence_subject(para, sent_start, i)
            if subject is not None and (not (subject.is_person or subject.organisation) or (
                    subject.organisation and lows[i - 1] in BODY_WORDS and para.name_ending(i) is None)):
                # `The State Department said … that Washington urged Beijing to "…"`: a place speaks only
                # for want of a speaker in the clause around it; so does a body only described (`A
                # spokeswoman, X, said the department welcomed "…"`: her words)
                place = place or subject
                cued = True
                continue
            if subject is not None:
                return True, subject
            if _unnamed_group_before(lows, i, lo):
                return True, None  # `…, which some athletes complained was "rough"`: theirs, and unnamed
            # `The UCI said that a sample had revealed … "…"`: no one behind the nearer verb; look further
            cued = True
        if cued:
            return True, place
        verb = (para.span_at(q_tok).inner if sent_start < q_tok <= sent_start + 6 and q_tok < len(texts)
                and texts[q_tok][0] == MASK else "")
        if verb.isalpha() and verb.islower() and verb.endswith("ed") and all(
                texts[k].isalpha() for k in range(sent_start, q_tok)):
            # `The French foreign ministry "condemned" the launch`: the quoted word is what the subject did
            subject = self._simple_phrase(para, list(range(sent_start, q_tok)))
            if subject is not None and (subject.is_person or subject.organisation):
                return True, subject
        if q_tok - 1 > sent_start and texts[q_tok - 1] == ":":
            subject = self._sentence_subject(para, sent_start, q_tok - 1)  # `the Secretariat was blunt: "…"`
            if subject is not None:
                return True, subject
        _, sent_end = para.sentence_of(q_tok)
        according = self._according_to(para, q_tok + 1, sent_end)  # `"dead in the water" since May, according to X`
        return according is not None, according

    def _clause_subject(self, para: _Para, verb: int, floor: int) -> _Person | None:
        """The person named right after the subordinating word that opens the clause the verb ends
        (`after President X pulled out … and dismissed`); None when a pronoun or anything else stands
        there (`whether he would speak with Putin, but added` is not Putin's)."""
        lows = para.lows
        opening = next((k for k in range(verb - 1, floor - 1, -1)
                        if (lows[k] in BOUNDARY_WORDS and lows[k] not in CONJUNCTIONS)
                        or (lows[k] == "," and k + 1 in para.names)), None)  # (`Asked …, Taha smiled and said`)
        if opening is None:
            return None
        subject = opening + 1  # past `the` and lower-case titles: `that leader Ri Myong Chol had …`
        while (subject < verb and (lows[subject] in ARTICLES or lows[subject] in ROLE_TITLES)
               and subject not in para.names):
            subject += 1
        if subject not in para.names or para.possessive(subject):
            return None
        person = self.cast.people[para.names[subject]]
        return person if person.is_person else None

    def _quoted_as(self, para: _Para, saying: int, floor: int) -> tuple[_Person | None] | None:
        """`X was quoted (by Y) as saying`: X spoke; `Y quoted X as saying`: X spoke, not Y.
        None when `saying` is not in such a phrase, else (speaker,)."""
        lows = para.lows
        if saying - 2 < floor or lows[saying - 1] != "as":
            return None
        for k in range(saying - 2, max(floor, saying - 16) - 1, -1):
            if lows[k] not in ("quoted", "cited"):
                continue
            if k > floor and lows[k - 1] in PASSIVE:
                return (self._verb_subject(para, k, floor),)
            spoken_of = lows[k + 1 : saying - 1]
            if spoken_of in (["him"], ["her"]):
                return (self._pronoun("he" if spoken_of == ["him"] else "she", para.index, para.offsets[k + 1]),)
            return (self._phrase(para, k + 1, saying - 1),)
        return None

    def _coordinated(self, para: _Para, verb: int, floor: int) -> bool:
        """`… but added: "…"`: the verb shares the sentence's subject."""
        k = verb - 1
        lows = para.lows
        while k >= floor and lows[k] in AUXILIARIES_OR_TIME:
            k -= 1
        return k < floor or lows[k] in CONJUNCTIONS or para.texts[k] == ","

    def view_of(self, para: _Para, q_tok: int) -> _Person | None:
        """`For Pape Samba Guèye, spokesman of the coalition, the walkout was "pure theatre"`: a sentence
        that opens with `For` and a person gives that person's view, in their words."""
        start = para.sentence_of(q_tok)[0] or para.token_at(para.dateline_end)  # (past `Dakar (AFP) - `)
        if start + 2 >= q_tok or para.lows[start] != "for" or start + 1 not in para.names:
            return None
        person = self.cast.people[para.names[start + 1]]
        _, end = para.name_at[para.offsets[start + 1]]
        return person if person.is_person and para.masked.startswith(",", end) else None

    def previous_sentence(self, para: _Para, q_tok: int) -> _Person | None:
        """A quote standing alone as a sentence belongs to whoever spoke in the sentence before."""
        sent_start, _ = para.sentence_of(q_tok)
        if sent_start == 0 or not para.quote_only_sentence(q_tok):
            return None
        prev_start, _ = para.sentence_of(sent_start - 1)
        lows = para.lows
        for i in range(sent_start - 1, prev_start - 1, -1):
            if lows[i] in SAYING_VERBS:
                return self._verb_subject(para, i, prev_start) or (
                    self._sentence_subject(para, prev_start, i) if self._coordinated(para, i, prev_start) else None
                )
        if prev_start == 0 and not any(text[0] == MASK for text in para.texts[:sent_start]):
            subject = self._sentence_subject(para, prev_start, sent_start)
            if subject is not None and subject in self.speakers:
                return subject  # `Asked about his son, Rodel goes quiet. "He is a good boy."`: someone quoted before
            # `Whitcombe cut him off. "That is not an answer."`: the one person the paragraph opens with
            named = [self.cast.people[name] for offset, (name, _) in para.name_at.items()
                     if offset < para.offsets[sent_start]]
            opener = self.cast.people[para.name_at[para.dateline_end][0]] if para.dateline_end in para.name_at else None
            if (opener is not None and opener.is_person
                    and all(person is opener or not person.is_person for person in named)):
                return opener
        return None

    def note_indirect_speech(self, para: _Para, lo: int, hi: int | None) -> None:
        """`Zelensky said the United States would…` makes Zelensky the last speaker."""
        if not para.spans and (" statement from " not in para.masked or "ccording to" not in para.masked):
            # Prose alone: only `Name [also] said`, `the Israeli army said` and `according to a statement
            # from X` matter, so skip tokenising the paragraph.
            said = SAID_AFTER_COMMA.search(para.masked) is not None  # (a cheap look before `_said_before`)
            for start, (name, end) in para.name_at.items():
                # (after a comma the name is an appositive: `The principal, Michiko Takahashi, said`)
                verb = _next_verb(para.masked, end, start)
                if verb in REPORTING_VERBS or (said and start > 6 and _said_before(para.masked, start)):
                    self.spoke(self.cast.people[name], para.index)
            if _body_before_said(para.masked):
                for match in BODY_SAID.finditer(para.masked):
                    words = match.group(1).split()
                    if len(words) > 1 and words[-1] in BODY_WORDS:
                        self.spoke(self._body(match.group(1), (para.index, match.start(1))), para.index)
            return
        lows = para.lows
        end = len(lows) if hi is None else hi
        for i in range(lo, end):
            if lows[i] in REPORTING_VERBS:
                start = para.sentence_of(i)[0]
                subject = self._verb_subject(para, i, start)
                if subject is None and lows[i] != "quoted" and lows[para.past_opening(start, i)] in INDEFINITES:
                    self.unnamed_block = para.index  # `In Ségou, a trader said …. "…," he said`: still the trader
                self.spoke(subject, para.index)
            elif lows[i] == "according" and i + 1 < end and lows[i + 1] == "to":
                self.spoke(self._according_to(para, i, end), para.index)  # `according to MEG, …`

    def spoke(self, person: _Person | None, block: int) -> None:
        if person is not None and person.is_person:
            self.last_speaker = person
            self.last_speaker_block = block
            self.speakers.add(person)
        elif person is not None and person.organisation and not person.media:
            self.last_body, self.last_body_block = person, block  # `the agency said` later means it
        elif person is not None and not (person.place or person.media):
            self.last_unknown, self.last_unknown_block = person, block  # `SpaceX said`: a body, or a person


def _names_a_thing(para: _Para, span: _Span, q_tok: int) -> bool:
    """`the US "Golden Dome" project`, `drills codenamed "Jade Shield-7"`, `the album "Northern Lights"`: a
    quoted name of a thing or a work (capitalised words, no sentence) names it; no one says it."""
    inner = span.inner
    # (`codenamed "Azure Shield-2026,"`: the comma is the sentence's; a seventh piece is the rest, one too many)
    words = inner.rstrip(",.").split(None, 6)
    if not 0 < len(words) <= 6 or not all(
            w[0].isupper() or w[0].isdigit() or w in NAME_JOINS or w in ("and", "a", "in", "on", "to") for w in words):
        return False
    texts, lows = para.texts, para.lows
    if q_tok > 0:
        before = lows[q_tok - 1]
        if before in NAMING_WORDS or before in WORK_NOUNS:
            return True
        if before == "called" and q_tok > 1 and texts[q_tok - 2] == ",":
            return True  # `the satellite, called "VAYU-1", …`
    if inner[-1] in ".,;:!?":
        return False
    after = q_tok + 1
    if after >= len(texts):
        return False
    word, low = texts[after], lows[after]
    return (word.isalpha() and word.islower() and low not in FUNCTION_WORDS and low not in AUXILIARIES
            and low not in SPEECH_VERBS and low not in TIME_WORDS)


def _kind(para: _Para, span: _Span, q_tok: int) -> str:
    first_letter = next((ch for ch in span.inner if ch.isalpha()), "")
    if first_letter.islower():
        return "fragment"
    if para.kind == "subhead":
        return "quote"
    if q_tok > 0 and len(span.inner.split(None, 4)) <= 4:  # (four words at most: a fifth piece is the rest)
        if para.texts[q_tok - 1][0].isalnum() and para.lows[q_tok - 1] not in SPEECH_VERBS:
            return "fragment"
    return "quote"


def _build(blocks: Sequence[Block]) -> tuple[list[_Para], _Cast]:
    paras: list[_Para] = []
    cast = _Cast()
    for index, block in enumerate(blocks):
        spans = _double_spans(block.text)
        if block.kind == "subhead":
            taken = [(s.start, s.end) for s in spans]
            spans += [s for s in _single_spans(block.text) if not any(a < s.end and s.start < b for a, b in taken)]
            spans.sort(key=lambda s: s.start)
        # (the stand-in for quoted words must not come from the text itself: article text is data)
        masked = _mask(block.text.replace(MASK, "\ufffd") if MASK in block.text else block.text, spans)
        opening = _dateline_end(block.text, lede=index == 0)
        para = _Para(index, block.text, block.kind, spans, masked, _names(index, block.text, masked, cast, opening),
                     opening)
        if para.name_at and PLACE_PLURAL.search(masked):
            _listed_places(para, cast)
        _learn_gender(para, cast)
        paras.append(para)
    return paras, cast


def _listed_places(para: _Para, cast: _Cast) -> None:
    """`Petaling, Hulu Langat and Klang districts`: the names listed before a plural of places are places."""
    names = list(para.name_at.items())
    for plural in PLACE_PLURAL.finditer(para.masked):
        at = plural.start()
        for offset, (name, end) in reversed(names):
            if end > at:
                continue
            if end < at and para.masked[end:at] not in (", ", " and ", ", and "):
                break
            cast.people[name].place = True
            at = offset


def _split_run(run: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """One regex run as (offset in it, words) parts: leading ordinary words dropped, split after
    possessives (`Ukraine's | President X`) and at a person's `of` (`Hollister | Kansas`)."""
    if " " not in run:  # (most runs are one word: no parts to find)
        return () if _ordinary_opener(run) else ((0, (run,)),)
    parts: list[tuple[int, tuple[str, ...]]] = []
    offset = 0
    words: list[str] = []
    run_words = run.split(" ")
    if (len(run_words) > 2 and run_words[1] == "of" and run_words[0].casefold() in OFFICES
            and run_words[-1].casefold() in BODY_WORDS):
        # `CEO of Orbital Forge Inc`, `President of the European Commission`: the office is no part of the name
        skip = 3 if run_words[2] == "the" and len(run_words) > 3 else 2
        offset = len(" ".join(run_words[:skip])) + 1
        run_words = run_words[skip:]
    # `Joint Chiefs of Staff`: `of` and a body's one word end a name (`Maria Lopez of Oxford University` parts)
    body = len(run_words) > 2 and (run_words[-2] == "of" and _clean(run_words[-1]).casefold() in ORG_WORDS or (
        "and" in run_words and _clean(run_words[-1]).casefold() in AND_ONLY_TAILS))  # `… Control and Prevention`
    last = len(run_words) - 1
    for index, word in enumerate(run_words):
        if not words and _ordinary_opener(word):
            offset += len(word) + 1
            continue
        if (word in ("of", "for") and words and not body and words[-1].casefold() not in TITLES
                and not any(w.casefold() in BODY_WORDS for w in words)):
            # `Margaret Hollister of Kansas` is a person and a place; `Bank of England`, `Institute for
            # the Study of War` are one name
            parts.append((offset, tuple(words)))
            offset += len(" ".join(words)) + len(word) + 2
            words = []
            continue
        words.append(word)
        if word.endswith(("'s", "\u2019s")) and (word[:-2].casefold() not in NAME_POSSESSORS or "of" in words):
            if "of" in words[1:-1] and index < last:
                # `Eastern Theater Command of China's People's Liberation Army`: the body, then the possessor;
                # but `The Bank of Mexico's board` is the bank's
                cut = words.index("of", 1)
                parts.append((offset, tuple(words[:cut])))
                offset += len(" ".join(words[:cut])) + 4
                words = words[cut + 1 :]
                if words[0] == "the":  # `Command of the People's Liberation Army`
                    offset += 4
                    words = words[1:]
            parts.append((offset, tuple(words)))
            offset += len(" ".join(words)) + 1
            words = []
    while words and words[-1] in NAME_JOINS:
        words.pop()
    if words:
        parts.append((offset, tuple(words)))
    return tuple(parts)


def _ordinary_opener(word: str) -> bool:
    """A word before a run's name that is no part of it (`The`, `Near` in `Near Pokrovsk, …`)."""
    return (word.casefold() in NOT_NAMES and not _acronym(word)) or not word[0].isupper() or (
        word.casefold() in LEADING_PREPOSITIONS)


def _names_body(name: str) -> bool:
    """`Sudan Doctors Network`, `UCI`: the name is an organisation's (a body word, or an acronym), not a person's."""
    folded = name.casefold()
    words = folded.replace("-", " ").split()
    return (not ORG_WORDS.isdisjoint(words) or (name.isupper() and len(name) >= 2)
            or (words[-1] in AND_ONLY_TAILS and " and " in folded)  # `Immigration and Customs Enforcement`
            or (folded.endswith("bank") and len(folded) > 6))  # `Riksbank`, `Bundesbank`


def _acronym(word: str) -> bool:
    """`WHO`, `FIA`: capitals that name a body, even when they spell an ordinary word."""
    return len(word) >= 3 and word.isupper()


def _name_parts(raw: tuple[str, ...]) -> tuple[list[str], list[str]] | None:
    """(titles, name words) of a capitalised run, or None when the run cannot name a speaker."""
    while len(raw) > 2 and raw[-1] in POSTNOMINALS:
        raw = raw[:-1]  # `Philippa Denholm KC`, `Jane Hart MP`: letters after the name are no part of it
    # (what the run alone rules out goes first, before the run is split)
    if raw[-1] in TIME_ZONES:
        return None  # `(0100 GMT)` names no body
    if all(map(str.isupper, raw)) and (len(raw) > 1 or len(raw[0]) > 8):
        return None  # `PORT SUDAN`, `WASHINGTON`: a dateline's place; `MONUSCO`, `FRONTEX` are bodies
    if len(raw) == 1 and _possessive(raw[0]):
        return None  # `Ukraine's` is a possessor
    titles, name_words = _split_title([*raw[:-1], _clean(raw[-1])])  # `Alzheimer's Association` keeps its `'s`
    if titles and len(name_words) == 1 and name_words[0] in ("Jr", "Sr"):
        titles, name_words = [], [*titles, *name_words]  # `Martin Luther King Jr`: no king, and not `Jr` alone
    acronym = len(raw) == 1 and _acronym(raw[0]) and raw[0].casefold() not in OFFICES  # (`CEO` is no body)
    if not name_words or (name_words[-1].casefold() in NOT_NAMES and not acronym) or (
            len(raw) == 1 and _is_title(raw[0]) and not acronym):  # (`NATO said`: an acronym that titles is a body)
        return None
    if len(name_words) == 1:
        word = name_words[0]
        if _is_title(word) and not _acronym(word):
            return None  # `MDA Director Lt(. Gen. X)`: titles, with the name after their stops
        if len(word) == 1:
            return None  # `U` of `U.S. District Judge X`, `Assistant U.S. Attorney Y`: an initial names no one
        if _demonym(word):
            return None  # `the Swede`, `Former Czech player X`: a description
    elif name_words[-1].casefold() in OFFICES and not any(w.casefold() in BODY_WORDS for w in name_words):
        return None  # `Vektra President (and CEO X)`: a company's office, no one's name
    elif len(name_words) == 2 and name_words[0] in REGIONS and _demonym(name_words[1]):
        return None  # `one Latin American delegate`, `a South African official`
    return titles, name_words


@lru_cache(maxsize=8192)
def _run_names(run: str) -> tuple[tuple[int, int, str, tuple[str, ...], list[str], str | None], ...]:
    """The parts of one regex run that can name a speaker: (offset in the run, length, name,
    name words, titles, and for a lone plain untitled word its key). Runs repeat through an article,
    so this is worked out once per run."""
    named = []
    for part_offset, raw in _split_run(run):
        parts = _name_parts(raw)
        if parts is not None:
            titles, name_words = parts
            # a lone plain word (`Critics`) may open a sentence; `ESA`, `Météo-France` are names anywhere
            plain = len(name_words) == 1 and not titles and name_words[0][1:].islower()
            lone = _key(name_words[0]) if plain else None
            named.append((part_offset, len(" ".join(raw)), " ".join(name_words), tuple(name_words), titles, lone))
    return tuple(named)


def _names(block: int, text: str, masked: str, cast: _Cast, after_dateline: int) -> dict[int, tuple[str, int]]:
    """Register every person or organisation named in the block (none inside its dateline, which ends at
    `after_dateline`: `Ben Tre, Vietnam (AFP) Mar 3 -` names no one); returns offset -> name."""
    found: dict[int, tuple[str, int]] = {}
    people, answers, by_part, by_first = cast.people, cast.answers, cast.by_part, cast.by_first
    previous_end = joined_to = 0
    previous: _Person | None = None  # the person named last in the block, whose name ends at `previous_end`
    for match in NAME_RUN.finditer(masked):
        (run_start, run_end), run = match.span(), match.group()
        if run_start < joined_to:
            continue  # the second half of a body's name, joined to the first
        follow = masked[run_end : run_end + 5]
        body_of = (BODY_OF.search(run) if (follow == " and " or follow[:2] == ", ") and (" of " in run or " for " in run)
                   else None)
        if (body_of is not None and (follow == " and " or not body_of.group().startswith(TITLES_OF))
                and not masked.endswith(PARTIES_BEFORE, 0, run_start)):
            # (a title's fields run on only past `and`: `Minister of Tourism, Arts and Culture, X` is a person)
            listed = _listed_fields_end(masked, run_end, people)
            if listed:
                run, joined_to = masked[run_start:listed], listed
        nickname = _nickname_after(masked, run_end) if follow[:2] == " " + MASK else None
        if nickname is not None:
            # `Guadalupe "Lupita" Hernández`: one name around the nickname, which stays a quote of its own
            run, joined_to = f"{run} {nickname.group()}", nickname.end()
        if " and " in run and masked.endswith(PARTIES_BEFORE, 0, run_start):
            # `signed between the Ministry of Lands and Tristar Data Systems`: two parties, not one body
            cut = run.index(" and ") + 5
            named = _run_names(run[: cut - 5]) + tuple(
                (offset + cut, length, *rest) for offset, length, *rest in _run_names(run[cut:]))
        else:
            named = _run_names(run)
        if not named and " " not in run and _key(run) in by_part and _demonym(run) and run.casefold() not in DEMONYMS:
            # `Casian said` after `Dorin Casian`: a surname that looks like a demonym (`Petrosian`)
            named = ((0, len(run), run, (run,), [], None),)
        if not named:
            continue
        if run_start < after_dateline:
            continue
        if nickname is not None and (len(named) != 1 or named[0][0] != 0):
            named = _run_names(match.group())  # the parts did not come out as one name: leave them apart
            joined_to, nickname = 0, None
        for part_offset, length, words_name, name_words, titles, lone in named:
            offset = run_start + part_offset
            end = nickname.end() if nickname is not None else offset + length
            if (lone is not None and lone not in by_part and lone not in by_first and words_name not in people
                    and _opens_sentence(text, masked, offset, after_dateline)
                    and (lone in COMMON_SUBJECTS or _next_verb(masked, end) is None)
                    and not _described_after(masked, end) and not _given_name(words_name)):
                # a lone capitalised word opening a sentence may be an ordinary word (`Critics`), unless it
                # speaks (`Hamas denied`) or is someone's first name (`Rania shakes her head.`)
                continue
            if offset == 0 and words_name.isupper() and (text.startswith(" (", end) or (
                    text.startswith(", ", end) and "(" in text[end : end + 40])):
                continue  # `VIENNA (AFP) -`, `KYIV, Ukraine (AP) -`: a dateline's place; not `NASA, whose …`
            if name_words[-1] in TITLE_ABBREVIATIONS and len(name_words) > 1 and masked.startswith(".", end):
                continue  # `Iloilo Gov. Antonio Lim`: a title, with the name after its stop
            if len(name_words) > 2 and not titles and masked.endswith((" for ", " to "), 0, offset):
                portfolio = _portfolio_before(masked, offset, name_words)
                if portfolio:
                    # `coordinator for Sudan Denise Okafor`: the country is the post's, the rest the person
                    offset += len(" ".join(name_words[:portfolio])) + 1
                    name_words = name_words[portfolio:]
                    words_name = " ".join(name_words)
            if (not titles and offset > 4 and masked[offset - 2] == "." and masked.endswith(DOTTED_COUNTRIES, 0, offset)
                    and (offset == 5 or masked[offset - 6] in " (") and _names_body(words_name)):
                # `U.S. Space Command`: the country's initials are the body's name too (as in `US Space Command`)
                offset -= 5
                name_words = (masked[offset : offset + 4], *name_words)
                words_name = " ".join(name_words)
            if name_words[-1] in ("Jr", "Sr") and masked.startswith(".", end):
                name_words = (*name_words[:-1], name_words[-1] + ".")  # `Walter P. Haskins Jr.`
                words_name += "."
            answer = answers.get(words_name)  # `canonical`'s memo, looked at here: names recur
            name = answer[1] if answer is not None and answer[0] == cast.version else cast.canonical(words_name, name_words)
            person = people.get(name) or cast.person(name, (block, offset))
            person.mentions += 1
            if (not person.place and not titles and masked[end:end + 1] != "'"
                    and masked[end - 2 : end] not in POSSESSIVE_ENDS
                    and (masked.endswith(PLACE_BEFORE, 0, offset) or (offset == 3 and masked[:3] in ("In ", "At ")))):
                # (a possessive after `in` or `at` is someone's: `in Donald Trump's first term`, `at Ewa Nowicka's`)
                person.place = True
            if not person.titled and " " not in name and not person.organisation and not person.place and (
                    _described_after(masked, end) or masked.endswith(ONLY_AS, 0, offset)):
                person.titled = True  # `Amina, 34,`, `identified only as Zahra`: a person, first name alone
            if previous is not None and 0 < offset - previous_end < 32 and not titles:
                gap = masked[previous_end:offset].split(" ")
                if (len(gap) in (3, 4) and gap[0] == "" and gap[-1] == "" and previous.certainty == 1
                        and gap[-2] in PERSON_NOUNS
                        and all(word in ROLE_TITLES or word in PERSON_NOUNS for word in gap[1:-1])):
                    # `West Indies head coach X`, `Orbital Forge chief executive Y`: the name before a
                    # role and its holder is the team's or the body's, no one's
                    cast.make_body(previous)
            if titles or person.mentions <= 3:
                # the words just before, not reaching back into the name before (`Jamaica's X and American Y`)
                context = list(map(_clean, WORD.findall(masked, max(0, offset - 48, previous_end), offset)[-4:]))
                cut = next((k for k in range(len(context) - 1, -1, -1) if context[k] in SPEECH_VERBS
                            or context[k] in AUXILIARIES), None)
                if cut is not None:
                    del context[: cut + 1]  # `the lay judge had called X`: the judge is not X
                before = context[-1].casefold() if context else ""
                if (before in PERSON_NOUNS or (before in ROLE_TITLES and before not in TITLE_MODIFIERS)
                        or ("-" in before and before.split("-", 1)[0] in PERSON_NOUNS)):  # `sister-in-law Neema`
                    person.titled = True  # `activist Njeri Kamau`, `manager Declan O'Grady`; not `senior Hezbollah`
                else:
                    company = (((before in COMPANY_NOUNS or masked.endswith(" operated by ", 0, offset)) and not titles)
                               or (len(titles) == 1 and titles[0].casefold() in OPENING_NOUNS))
                    if (before in BODY_WORDS and not titles and not person.is_person) or (
                            (company or before in CHARITY_NOUNS) and person.certainty < 2):
                        # `drugmaker Novamed`, `chemicals group Chimirex`; a common noun for a company before
                        # two words too (`firm Tianlan Aerospace`), but not every body (`military
                        # administration, Mykola X`); a company is also what `the group` means
                        cast.make_body(person, company=company or before == "group")
                after = masked[end : end + 2]  # (most names are followed by neither)
                if ((before in MEDIA_NOUNS and not titles and person.certainty < 2)
                        or (after in MEDIA_STARTS and MEDIA_AFTER.match(masked, end))
                        or (after == " (" and MEDIA_AFTER.match(masked, masked.find(")", end) + 1))):
                    # `broadcaster RTS`, `the Global New Light of Myanmar newspaper`, `X (BSS) news agency`
                    person.media = True
                appositive = WORD.match(masked, end + 2) if masked.startswith(", ", end) else None
                if appositive and appositive.group().casefold() not in ("who", "whose", "which", "whom", "where"):
                    # `X, the mission's engineer,` / `said X, a barge captain.` / a long one's first words
                    close = APPOSITIVE_END.search(masked, end + 2, end + 80)
                    described = WORD.findall(masked, end + 2, close.start() if close is not None else end + 80)
                    if not (described[0] in ARTICLES and not SAYING_VERBS.isdisjoint(described)
                            and RELATIVES.isdisjoint(described)):
                        context += described  # (not `…Launching Ground, the official news agency said.`: a cue)
                    if (close is not None and described[0] in ("a", "an", "the") and described[-1] in BODY_WORDS
                            and person.certainty < 2 and not any(
                                w in PREPOSITIONS or w in PERSON_NOUNS or _possessive(w) for w in described)):
                        cast.make_body(person)  # `Refugee Rights Netherlands, an advocacy group,`
                cast.describe(person, name_words, titles, context)
            found[offset] = (name, end)
            previous_end, previous = end, person
            cast.mentions.append((block, offset, name))
            if masked.startswith(", or ", end) and _acronym(name):
                spelled = NAME_RUN.match(masked, end + 5)  # `The ELN, or National Liberation Army, said`
                if spelled is not None and " " in spelled.group() and masked.startswith(",", spelled.end()):
                    cast.make_body(person)
                    cast.alias(name, spelled.group())
            short = ACRONYM_AFTER.match(masked, end) if masked.startswith(" (", end) else None
            if short is None:
                continue
            declared = _declared_name(masked, end)
            if declared is not None and declared[0] < offset:
                # `The Ministry of Economy, Trade and Industry (METI)`: the whole name the short form declares,
                # though its runs were cut at the comma and the `and`
                start, name = declared
                for inner in [at for at, (_, inner_end) in found.items() if inner_end > start and at <= offset]:
                    del found[inner]  # (and `Al-Qaeda-affiliated Group for the Support of Islam` before it)
                person = people.get(name) or cast.person(name, (block, start))
                cast.make_body(person)
                found[start] = (name, end)
                name_words = tuple(name.split())
            if len(name_words) > 1 and (sum(ch.isupper() for ch in short.group(1)) >= 2 or person.organisation):
                cast.alias(short.group(1), name)  # `the Disaster Management Authority (AFAD)`, `(Ofwat)`
                if short.group(1).isupper() and person.certainty < 2:
                    cast.make_body(person)  # `Doctors Without Borders (MSF)`: a body, though no body's word says so
    return found


def _portfolio_before(masked: str, offset: int, words: tuple[str, ...]) -> int:
    """How many of `words` (a name after `for`/`to`) belong to a post before them (`envoy for | Sudan Denise
    Okafor`, `ambassador to | Japan Rahm Emanuel`); 0 when no role stands before `for`."""
    role = WORD.findall(masked, max(0, offset - 30), offset)[-2:-1]
    if not role or not (_is_title(role[0]) or role[0].endswith(("or", "eur", "ative"))):  # `coordinator`, `rapporteur`
        return 0
    return _name_start(words, 1)


def _nickname_after(masked: str, end: int) -> re.Match[str] | None:
    """The surname after a short quoted nickname that follows a given name (`Guadalupe "Lupita" Hernández`)."""
    close = end + 1
    while close < len(masked) and masked[close] == MASK:
        close += 1
    if close - end > 24 or not masked.startswith(" ", close):
        return None
    tail = NAME_RUN.match(masked, close + 1)
    if tail is None or len(tail.group().split()) > 2 or _possessive(tail.group()):
        return None
    return tail


def _listed_fields_end(masked: str, at: int, people: dict[str, _Person]) -> int:
    """Where a body's `of` name that lists its fields ends (`Ministry of Trade|, Industry and Energy`,
    `Ministry of Industry| and Information Technology`); 0 when what follows is not part of it."""
    end = at
    for _ in range(4):
        joiner = next((j for j in (" and ", ", and ", ", ") if masked.startswith(j, end)), None)
        if joiner is None:
            return 0
        field = NAME_RUN.match(masked, end + len(joiner))
        if field is None or not _continues_body(field.group(), people):
            return 0
        end = field.end()
        if joiner != ", ":
            return end
    return 0


def _continues_body(tail: str, people: dict[str, _Person]) -> bool:
    """Whether the run after `Ministry of Industry and` ends the body's name (`Information Technology`)
    rather than naming someone else (`President Ruto`, `Ukraine's army`, `the Kremlin`, a known person)."""
    words = tuple(tail.split(" "))
    parts = _name_parts(words)
    known = people.get(tail)
    # (not a portfolio, `Information`, nor the `of` in `Towns of Slovenia`)
    titled = parts is not None and any(_is_title(title) for title in parts[0] if title not in ("of", "and", "for"))
    return not (titled or words[0] == "The" or words[0].casefold() in ORG_WORDS
                or tail.endswith(("'s", "\u2019s")) or (known is not None and known.is_person))


def _declared_name(text: str, end: int) -> tuple[int, str] | None:
    """The body's name that ends at `end`, before a `(SHORT)`: capitalised words joined by `of`, `the`,
    `for`, `and`, `on` and commas (`Meteorology, Climatology and Geophysical Agency`), back to the
    first word that cannot be part of it; (start, name), or None when no body's word is in it."""
    words = list(DECLARED_WORD.finditer(text, max(0, end - 160), end))
    start = None
    expected = end
    after = ""  # the word after the one looked at
    for match in reversed(words):
        word = match.group().rstrip(",")
        if match.end() != expected and text[match.end():expected].strip(" ,"):
            break  # something else stands between
        if (word == "and" or match.group().endswith(",")) and not after[:1].isupper():
            break  # `Malaysia, the Department of Environment`, `Paris and the European Commission`: two names
        after = word
        if word in ("of", "the", "The", "for", "and", "on"):
            expected = match.start()
            continue
        if all(part[:1].isupper() for part in word.split("-")) and not _possessive(word):
            expected = start = match.start()
            continue
        break
    if start is None:
        return None
    name = text[start:end]
    head, of, rest = name.partition(" of ")
    if of and not any(w.casefold() in ORG_WORDS for w in head.replace(",", " ").split()):
        # `biologist Susana Correia of the Portuguese Institute for Sea and Atmosphere (IPMA)`: a person of it
        start += len(head) + len(of) + (4 if rest.startswith("the ") else 0)
        name = text[start:end]
    if "," not in name and " and " not in name:
        return None  # a plain run: the name found already is the whole of it
    if not any(w.casefold() in ORG_WORDS for w in name.replace(",", " ").split()):
        return None
    return start, name


def _dateline_end(text: str, lede: bool) -> int:
    """Where a block's `City (AGENCY) Mon DD, YYYY - ` dateline ends (or, in the lede, one with no agency:
    `Huaraz, Peru, Oct 11 - `, `GENEVA - `); 0 when it has none."""
    dateline = DATELINE.match(text) if "(" in text[:64] else None
    if dateline is None and lede and any(dash in text[:72] for dash in DASHES):
        dateline = PLAIN_DATELINE.match(text)
    return dateline.end() if dateline is not None else 0


def _tag(token: str) -> bool:
    """A token of a short tag after a name: an age, initials, a party and state (`41`, `AP`, `D-Ga.`)."""
    return token.isupper() or token[0].isdigit() or token == "." or PARTY_TAG.fullmatch(token) is not None


def _described_after(text: str, end: int) -> bool:
    """`Amina, 34,`, `Aminata, a schoolteacher who …`, `Zarghuna, a 34-year-old widow`, `Maryam, Zahra's
    mother,`: an age, a role or a relation follows the name, so it is a person's."""
    if not text.startswith(", ", end):
        return False
    if AGE_AFTER.match(text, end):
        return True
    if not text.startswith((", a ", ", an "), end):
        relation = RELATION_AFTER.match(text, end)
        return relation is not None and relation.group(1).casefold() in PERSON_NOUNS
    return any(w in PERSON_NOUNS or w.endswith(("-year-old", "er", "ist", "or", "wife"))
               for w in WORD.findall(text, end + 4, end + 48)[:3] if w.islower())  # `schoolteacher`, `midwife`


def _unnamed_group_before(lows: list[str], verb: int, lo: int) -> bool:
    """`…, which some athletes complained was`, `what critics call`: an unnamed group is the subject of the
    verb in a clause of its own."""
    k = verb - 1
    while k > lo and lows[k] in AUXILIARIES_OR_TIME:
        k -= 1
    if k > lo and lows[k].endswith("s") and lows[k - 1] in QUANTIFIERS:
        k -= 1  # `some athletes`
    elif not (k > lo and lows[k] in COMMON_SUBJECTS and lows[k] != "others"):
        return False
    return k > lo and lows[k - 1] in ("which", "that", "what", "who")


def _said_before(text: str, start: int) -> bool:
    """`…, said state health committee chairman Rosnah Kamaruddin.`: the name at `start` comes right after
    `said` and the words of a role (not `…, said the team had requested more Webb time`)."""
    said = SAID_BEFORE.search(text, max(0, start - 90), start)
    if said is None:
        return False
    role = said.group(1).split()
    if not all(word.islower() or _is_title(word) for word in role):
        return False  # (titles may stand before the name: `chairman Datuk Dr Rosnah Kamaruddin`)
    lower = [word for word in role if word.islower()]
    return not lower or lower[-1] in PERSON_NOUNS or lower[-1] in ROLE_TITLES


def _body_before_said(text: str) -> bool:
    """Whether a body's word stands right before `said`/`says` (`the Israeli army said`): a cheap look
    before the pattern is searched for."""
    for verb in (" said", " says"):
        at = text.find(verb)
        while at != -1:
            word = text[text.rfind(" ", 0, at) + 1 : at]
            if word in BODY_WORDS:
                return True
            at = text.find(verb, at + 5)
    return False


def _next_verb(text: str, offset: int, name_start: int | None = None) -> str | None:
    """The speech verb right after a name (`Rubio also said`, `Ishag, 41, who fled ..., said`), if any;
    given where the name starts, a comma may also close what stands before it (`…, identified only as
    Zahra, said`)."""
    groups = 0
    for _ in range(5):
        # `Ishag, 41, who fled ..., said`: the clause after the age
        if text.startswith(", ", offset) and (groups or (
                name_start is not None and text.endswith(NAMED_AS_OR_APPOSITIVE, 0, name_start))):
            # a clause's closing comma: `Ishag, 41, who fled …, said`, `…, identified only as Zahra, said`
            match = WORD.match(text, offset + 2)
            word = match.group().casefold() if match else ""
            if word in SPEECH_VERBS:
                return None if word in PARTICIPLES else word
        if groups < 2 and (text.startswith(", ", offset) or (groups and RELATIVE.match(text, offset))):
            groups += 1
            close = text.find(",", offset + 2, offset + 240)
            if close == -1 or "." in text[offset:close]:
                return None
            offset = close + 1
            continue
        match = WORD.match(text, offset + 1) if text.startswith(" ", offset) else None
        if match is None:
            return None
        word = match.group().casefold()
        if word in SPEECH_VERBS:
            return None if word in PARTICIPLES else word
        if word not in AUXILIARIES_OR_TIME:
            return None
        offset = match.end()
    return None


def _abbreviation(text: str, low: str) -> bool:
    return low in ABBREVIATIONS or (len(text) == 1 and text.isupper())


def _opens_sentence(text: str, masked: str, offset: int, dateline_end: int) -> bool:
    """Whether a sentence starts at `offset` (after `.`, or after a quote that ends with `.`)."""
    index = offset - 1
    while index >= 0 and masked[index].isspace():
        index -= 1
    if index < 0:
        return True
    if masked[index] == MASK:
        return text[index - 1 : index + 1].rstrip("\"'\u201d\u00bb\u2019")[-1:] in (".", "!", "?")
    if masked[index] in "-\u2013\u2014" and offset < 100:
        return dateline_end == offset  # `Montevideo (AFP) Dec 20, 2025 - Leaders of …`
    return masked[index] in ".!?"


def _learn_gender(para: _Para, cast: _Cast) -> None:
    """A block naming one person and using `he`/`his` or `she`/`her` hints at that person's gender."""
    people = cast.people
    person: _Person | None = None
    for name, _ in para.name_at.values():
        named = people[name]
        if named is not person and named.is_person:
            if person is not None or named.gender is not None:
                return  # a second person, or one whose gender is known already
            person = named
    if person is None:
        return
    words = {word.casefold() for word in GENDERED.findall(para.masked)}
    if "his" in words or "her" in words:  # (not `His lawyer, Elif Aydın, said`: that `his` is someone else's)
        words = {match.group().casefold() for match in GENDERED.finditer(para.masked)
                 if not _relation_named_after(para.masked, match.end())}
    male, female = bool(words & {"he", "his"}), bool(words & {"she", "her", "hers"})  # (`accused him`: another)
    if male == female:
        return
    if any(_key(match.group(1)) in cast.by_part for match in POSSESSOR.finditer(para.masked)):
        return  # `Teferi's coach, Getachew Wolde, said … when she dropped out`: `she` may be Teferi
    person.gender = "m" if male else "f"


def _relation_named_after(text: str, end: int) -> bool:
    """`his lawyer, X`, `her longtime coach, X`: after a possessive pronoun ending at `end`, a role and the
    name of whoever holds it."""
    role = RELATION_NAMED.match(text, end)
    return role is not None and role.group(1).casefold() in PERSON_NOUNS


def find_quotes(blocks: Sequence[Block]) -> list[Quote]:
    """Every quotation in `blocks`, in order, with its speaker where the text says who it is."""
    paras, cast = _build(blocks)
    resolver = _Resolver(paras, cast)
    found_quotes: list[tuple[_Para, _Span, str, str | None]] = []  # (para, span, kind, speaker)
    chain_of_open: int | None = None
    chains: dict[int, list[int]] = {}
    cued: set[int] = set()  # quotes whose speaker a cue names, not the last speaker carried on
    for para in paras:
        cursor = 0
        previous_open, chain_of_open = chain_of_open, None
        previous: tuple[int, _Person | None] | None = None  # (token, speaker) of the last quote here
        for n, span in enumerate(para.spans):
            q_tok = para.token_at(span.start)
            resolver.note_indirect_speech(para, cursor, q_tok)
            cursor = q_tok + 1
            speaker: _Person | None = None
            aside = False
            if para.kind == "paragraph":
                aside, speaker = resolver.aside(para, span, q_tok)
                found = aside
                if not found:
                    found, speaker = resolver.cue_after(para, span, q_tok)
                if not found:
                    found, speaker = resolver.cue_before(para, q_tok)
                if found and speaker is not None and not aside:
                    cued.add(len(found_quotes))
                if found and speaker is None and resolver.unnamed_subject(para, q_tok):
                    resolver.unnamed_block = para.index  # `"…," he said` next is still that source
                if not found and previous is not None and (
                    para.sentence_of(previous[0]) == para.sentence_of(q_tok) or para.quote_only_sentence(q_tok)
                ):
                    found, speaker = True, previous[1]  # `"A," said X. "B."`: B is X's too
                if not found:
                    speaker = resolver.view_of(para, q_tok) or resolver.previous_sentence(para, q_tok)
                if speaker is None and not found and _alone(para):
                    # `Planetary scientist X, who leads the drill team, laid out the plan.` (or `X read a
                    # statement.`) then a paragraph of quotation alone: the person that paragraph opens with
                    opener = (resolver.opener(para.index - 1)
                              if para.index and not paras[para.index - 1].spans else None)
                    if resolver.last_speaker_block >= para.index - 2 and opener is None:
                        speaker = resolver.last_speaker
                    else:
                        speaker = opener
            chain = None
            if n == 0 and previous_open is not None and q_tok == 0:
                chain = previous_open
            if not span.closed and n == len(para.spans) - 1:
                chain = chain if chain is not None else len(found_quotes)
                chain_of_open = chain
            if chain is not None:
                chains.setdefault(chain, []).append(len(found_quotes))
            resolver.spoke(speaker, para.index)
            if not aside:  # `the military said it targeted "terrorists" past the so-called "yellow line" and "…"`
                previous = (q_tok, speaker)
            found_quotes.append((para, span, _kind(para, span, q_tok), speaker.name if speaker else None))
        resolver.note_indirect_speech(para, cursor, None)
    speakers = [speaker for _, _, _, speaker in found_quotes]
    for members in chains.values():
        # a quote running over paragraphs is its cued part's (`"…` then `"…," X told AFP.`), else its first named
        chain_speaker = next((speakers[i] for i in members if i in cued), None) or next(
            (speakers[i] for i in members if speakers[i]), None)
        for i in members:
            speakers[i] = chain_speaker or speakers[i]
    # `Trump` quoted before the article gives `Donald Trump` still gets the full name.
    # In order of first appearance, not a set's: `canonical` learns names as it goes, so the order
    # must not depend on string hashing, which changes from run to run.
    fullest = {name: cast.canonical(name, name.split()) for name in dict.fromkeys(speakers) if name}
    return [
        Quote(para.index, span.start, span.end, span.inner, fullest[speaker] if speaker else None, kind)  # type: ignore[arg-type]
        for (para, span, kind, _), speaker in zip(found_quotes, speakers)
    ]


def _alone(para: _Para) -> bool:
    """The paragraph is nothing but quotation."""
    return all(text[0] == MASK or text in ".,;:!?" for text in para.texts)
