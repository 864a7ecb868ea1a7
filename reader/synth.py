"""Synthetic Space Media Network page dumps, for load and scale testing without real articles.

Every article is invented from word lists and laid out exactly like a real dump (see
`reader.parsing`), deterministically: the same seed gives the same bytes. A story's identity
(headline, site, section, dateline) depends on its index alone, so the RELATED CONTENT lists of a
library name stories that other files of the same library carry in full, as real dumps do, and
their briefs merge into them; the seed varies everything else (byline, body, related picks).

    python -m reader.synth DIR COUNT [--seed N]
"""

from __future__ import annotations

import argparse
import functools
import math
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

SHARD = 1000  # files per subfolder, so no folder gets unwieldy at 50,000 articles


@dataclass(frozen=True, slots=True)
class _Topic:
    """Word lists for one beat; a headline is `actor verb modifier+object[qualifier]`."""

    sites: tuple[str, ...]
    sections: tuple[str, ...]
    links: tuple[str, ...]
    actors: tuple[tuple[str, str], ...]  # (name, home city for the dateline)
    verbs: tuple[tuple[str, str], ...]  # (headline present tense, body past tense)
    objects: tuple[str, ...]  # singular noun phrases, none starting with a modifier word
    qualifiers: tuple[str, ...]
    field: str
    orgs: tuple[str, ...]
    people: tuple[str, ...]
    goals: tuple[str, ...]
    benefits: tuple[str, ...]
    setbacks: tuple[str, ...]
    roles: tuple[str, ...]


_SPACE_TOPIC = _Topic(
    sites=("Space Daily", "Space Travel", "Moon Daily", "Mars Daily", "Space Mart"),
    sections=("SPACE TRAVEL", "ROCKET SCIENCE", "LAUNCH PAD", "EARTH OBSERVATION", "SATELLITE INDUSTRY", "LUNAR DREAMS"),
    links=(
        "Learn about launch vehicles and spaceports at Space-Travel.com",
        "Satellite industry news at SpaceMart.com",
        "Lunar and planetary exploration at MoonDaily.com",
        "Space agency news and programme updates",
    ),
    actors=(
        ("Kenya", "Nairobi"), ("Nigeria", "Abuja"), ("Egypt", "Cairo"), ("India", "Bangalore"), ("Japan", "Tokyo"),
        ("South Korea", "Seoul"), ("Brazil", "Sao Paulo"), ("Argentina", "Buenos Aires"), ("Australia", "Sydney"),
        ("New Zealand", "Auckland"), ("Canada", "Montreal"), ("France", "Toulouse"), ("Germany", "Bremen"),
        ("Italy", "Rome"), ("Spain", "Madrid"), ("Poland", "Warsaw"), ("Norway", "Oslo"), ("Turkey", "Ankara"),
        ("UAE", "Dubai"), ("Saudi Arabia", "Riyadh"), ("Indonesia", "Jakarta"), ("Vietnam", "Hanoi"),
        ("Mexico", "Mexico City"), ("Chile", "Santiago"), ("China", "Beijing"), ("Russia", "Moscow"),
        ("Britain", "London"), ("Luxembourg", "Luxembourg"), ("Orbital Forge", "Cape Canaveral"),
        ("Helios Launch Systems", "Houston"), ("Northlight Aerospace", "Pasadena"), ("Vantor Orbital", "Kourou"),
    ),
    verbs=(
        ("launches", "launched"), ("unveils", "unveiled"), ("tests", "tested"), ("delays", "delayed"),
        ("completes", "completed"), ("readies", "readied"), ("scraps", "scrapped"), ("eyes", "set its sights on"),
        ("approves funding for", "approved funding for"), ("signs deal for", "signed a deal for"),
        ("showcases", "showcased"), ("orders", "ordered"), ("revives", "revived"), ("designs", "designed"),
    ),
    objects=(
        "Earth observation satellite", "lunar lander", "Mars orbiter", "crew capsule", "heavy-lift rocket",
        "reusable booster", "space station module", "weather satellite", "navigation satellite", "asteroid probe",
        "solar observatory", "space telescope", "cargo spacecraft", "methane rocket engine", "launch pad",
        "small satellite launcher", "radar imaging satellite", "communications satellite", "space tug", "Moon rover",
        "sample return mission", "deep space antenna", "spaceport", "astronaut training centre",
        "satellite constellation", "orbital refuelling demonstrator", "cubesat mission", "space debris tracker",
    ),
    qualifiers=(
        " after years of delays", " amid budget squeeze", " ahead of schedule", " with European help",
        " in push for self-reliance", " for climate monitoring", ": officials", ": report", " despite setbacks",
    ),
    field="space programme",
    orgs=("the national space agency", "the science ministry", "the Orbital Policy Institute", "the audit office"),
    people=("engineers", "scientists", "mission controllers", "suppliers", "technicians"),
    goals=("build a domestic launch capability", "reduce its reliance on foreign rockets", "send a crew to orbit",
           "map its territory from space", "compete for commercial launch contracts"),
    benefits=("improve crop forecasts", "cut launch costs", "sharpen weather warnings", "track illegal logging",
              "extend internet coverage to remote areas"),
    setbacks=("a fire at the test stand set the schedule back by months",
              "a software fault forced engineers to redesign key systems",
              "a supplier dispute delayed delivery of critical parts"),
    roles=("the agency's director general", "the mission's chief engineer", "a senior official at the science ministry",
           "an analyst at the Orbital Policy Institute", "a professor of aerospace engineering"),
)

_MILITARY_TOPIC = _Topic(
    sites=("Space War", "Military Space News"),
    sections=("SUPERPOWERS", "MISSILE DEFENSE", "NUKEWARS", "MILITARY SPACE", "DRONE SPACE", "WAR REPORT"),
    links=(
        "Learn about the Superpowers of the 21st Century at SpaceWar.com",
        "Learn about missile defense at SpaceWar.com",
        "All about missiles at SpaceWar.com",
        "Learn about drone warfare at SpaceWar.com",
    ),
    actors=(
        ("Pentagon", "Washington"), ("NATO", "Brussels"), ("Poland", "Warsaw"), ("Japan", "Tokyo"),
        ("South Korea", "Seoul"), ("Taiwan", "Taipei"), ("Australia", "Canberra"), ("India", "New Delhi"),
        ("Turkey", "Ankara"), ("Germany", "Berlin"), ("France", "Paris"), ("Britain", "London"), ("Italy", "Rome"),
        ("Israel", "Jerusalem"), ("Ukraine", "Kyiv"), ("Russia", "Moscow"), ("China", "Beijing"),
        ("North Korea", "Seoul"), ("Iran", "Tehran"), ("Pakistan", "Islamabad"), ("Philippines", "Manila"),
        ("Sweden", "Stockholm"), ("Finland", "Helsinki"), ("Norway", "Oslo"), ("Denmark", "Copenhagen"),
        ("Greece", "Athens"), ("Romania", "Bucharest"), ("Estonia", "Tallinn"), ("Canada", "Ottawa"),
        ("Brazil", "Brasilia"), ("Lithuania", "Vilnius"), ("Netherlands", "The Hague"),
    ),
    verbs=(
        ("deploys", "deployed"), ("orders", "ordered"), ("tests", "tested"), ("unveils", "unveiled"),
        ("upgrades", "upgraded"), ("buys", "bought"), ("scraps", "scrapped"), ("fields", "fielded"),
        ("showcases", "showcased"), ("seeks", "sought"), ("approves funding for", "approved funding for"),
        ("signs deal for", "signed a deal for"), ("inspects", "inspected"), ("moves", "moved"),
    ),
    objects=(
        "hypersonic missile", "air defence system", "drone interceptor", "early warning radar", "attack submarine",
        "stealth fighter", "missile tracking satellite", "cruise missile", "armoured vehicle", "anti-drone laser",
        "naval patrol drone", "ballistic missile shield", "spy satellite", "artillery system", "military cargo plane",
        "frigate", "border surveillance network", "coastal defence battery", "surface-to-air missile",
        "reconnaissance drone", "military satellite network", "electronic warfare system", "rocket launcher",
        "helicopter fleet", "minesweeper", "tank regiment", "command centre", "ammunition factory",
    ),
    qualifiers=(
        " amid regional tensions", " after border clashes", " in record defence deal", " as tensions rise",
        " to counter drone threat", " despite budget row", ": defence ministry", ": report", " ahead of NATO summit",
    ),
    field="defence sector",
    orgs=("the defence ministry", "the parliamentary defence committee", "the Strategic Studies Forum",
          "the general staff"),
    people=("troops", "officers", "defence contractors", "military planners", "reservists"),
    goals=("modernise its armed forces", "close gaps in its air defences", "deter further attacks",
           "meet NATO spending targets", "build up its own arms industry"),
    benefits=("protect critical infrastructure", "extend radar coverage over the border",
              "cut response times for air defence units", "free up troops for frontline duty"),
    setbacks=("a dispute with the main contractor stalled deliveries",
              "a failed test launch forced a costly redesign",
              "shortages of components slowed production lines"),
    roles=("the defence minister", "a military spokesperson", "the army's chief of staff",
           "a senior fellow at the Strategic Studies Forum", "a retired general"),
)

_CLIMATE_TOPIC = _Topic(
    sites=("Terra Daily", "Seed Daily", "Water War"),
    sections=("CLIMATE SCIENCE", "FARM NEWS", "WATER WORLD", "DISASTER MANAGEMENT", "FOREST NEWS", "POLLUTION"),
    links=(
        "Climate science news at TerraDaily.com",
        "Farming and food security news at SeedDaily.com",
        "Water and flood management news at WaterWar.com",
        "Environment ministry announcements",
    ),
    actors=(
        ("Bangladesh", "Dhaka"), ("Kenya", "Nairobi"), ("Peru", "Lima"), ("Chile", "Santiago"), ("Vietnam", "Hanoi"),
        ("Indonesia", "Jakarta"), ("Philippines", "Manila"), ("Fiji", "Suva"), ("Netherlands", "The Hague"),
        ("Denmark", "Copenhagen"), ("Australia", "Sydney"), ("New Zealand", "Wellington"), ("Brazil", "Brasilia"),
        ("Colombia", "Bogota"), ("Morocco", "Rabat"), ("Egypt", "Cairo"), ("South Africa", "Johannesburg"),
        ("Pakistan", "Islamabad"), ("India", "New Delhi"), ("China", "Beijing"), ("Japan", "Tokyo"),
        ("Mexico", "Mexico City"), ("Canada", "Ottawa"), ("Norway", "Oslo"), ("EU", "Brussels"), ("Spain", "Madrid"),
        ("Italy", "Rome"), ("Greece", "Athens"), ("Senegal", "Dakar"), ("Ghana", "Accra"), ("Nepal", "Kathmandu"),
        ("Ecuador", "Quito"),
    ),
    verbs=(
        ("unveils", "unveiled"), ("launches", "launched"), ("expands", "expanded"), ("funds", "funded"),
        ("backs", "backed"), ("scraps", "scrapped"), ("delays", "delayed"), ("pledges", "pledged"),
        ("completes", "completed"), ("tests", "tested"), ("revives", "revived"), ("approves", "approved"),
        ("reviews", "reviewed"), ("extends", "extended"),
    ),
    objects=(
        "flood warning system", "mangrove restoration plan", "drought monitoring network", "glacier survey",
        "carbon capture pilot", "coral reef rescue scheme", "heatwave action plan", "wetland protection law",
        "air quality monitoring network", "reforestation drive", "coastal barrier project",
        "wildfire detection satellite", "methane tracking programme", "climate adaptation fund",
        "water recycling scheme", "desalination plant", "soil carbon study", "peatland survey", "storm surge model",
        "cyclone warning service", "plastic waste ban", "urban cooling project", "seed bank", "river clean-up plan",
        "green bond", "crop insurance scheme", "irrigation project", "landslide early warning system",
    ),
    qualifiers=(
        " as heatwave grips region", " after record floods", " amid drought", " ahead of climate talks",
        " to protect coastline", " in bid to cut emissions", ": minister", ": study", " despite opposition",
    ),
    field="climate policy",
    orgs=("the environment ministry", "the national weather service", "the Coastal Resilience Institute",
          "a coalition of local farmers' groups"),
    people=("farmers", "residents", "climate scientists", "fishing communities", "local officials"),
    goals=("cut emissions by half within a decade", "protect low-lying districts from flooding",
           "secure water supplies for its cities", "meet its pledges under the Paris accord"),
    benefits=("give villages hours more warning before floods", "cut water losses", "restore degraded land",
              "reduce heat deaths in crowded districts"),
    setbacks=("heavy rains washed away the first phase of work",
              "a court challenge by landowners froze the project for a year",
              "funding from international donors arrived late"),
    roles=("the environment minister", "a climate scientist at the national university", "a local mayor",
           "a researcher at the Coastal Resilience Institute", "the head of a farmers' cooperative"),
)

_ENERGY_TOPIC = _Topic(
    sites=("Energy Daily", "Solar Daily", "Wind Daily", "Nuclear Power Daily"),
    sections=("ENERGY TECH", "SOLAR DAILY", "WIND DAILY", "NUCLEAR DAILY", "OIL AND GAS", "CARBON WORLDS"),
    links=(
        "Powering the world in the 21st century at Energy-Daily.com",
        "Solar energy news at SolarDaily.com",
        "Wind energy news at WindDaily.com",
        "Nuclear power news at NuclearPowerDaily.com",
    ),
    actors=(
        ("Germany", "Berlin"), ("Spain", "Madrid"), ("Poland", "Warsaw"), ("Vietnam", "Hanoi"), ("India", "New Delhi"),
        ("Chile", "Santiago"), ("Morocco", "Rabat"), ("Australia", "Sydney"), ("Japan", "Tokyo"),
        ("South Korea", "Seoul"), ("Britain", "London"), ("France", "Paris"), ("Italy", "Rome"), ("Norway", "Oslo"),
        ("Denmark", "Copenhagen"), ("Netherlands", "Amsterdam"), ("Turkey", "Istanbul"), ("Saudi Arabia", "Riyadh"),
        ("UAE", "Abu Dhabi"), ("Egypt", "Cairo"), ("Kenya", "Nairobi"), ("Brazil", "Rio de Janeiro"),
        ("Mexico", "Mexico City"), ("Canada", "Calgary"), ("Indonesia", "Jakarta"), ("Philippines", "Manila"),
        ("Nordvik Energy", "Oslo"), ("Solaris Grid", "Madrid"), ("Meridian Power", "London"),
        ("Atlas Renewables", "Frankfurt"), ("Kestrel Hydrogen", "Rotterdam"), ("Brightwater Utilities", "Sydney"),
    ),
    verbs=(
        ("opens", "opened"), ("approves", "approved"), ("starts work on", "started work on"),
        ("switches on", "switched on"), ("expands", "expanded"), ("cancels", "cancelled"), ("delays", "delayed"),
        ("sells stake in", "sold a stake in"), ("funds", "funded"), ("unveils", "unveiled"),
        ("connects", "connected"), ("mothballs", "mothballed"), ("restarts", "restarted"), ("tenders", "tendered"),
    ),
    objects=(
        "offshore wind farm", "solar park", "nuclear reactor", "hydrogen plant", "battery storage project",
        "geothermal plant", "gas pipeline", "power grid link", "LNG terminal", "small modular reactor",
        "pumped hydro scheme", "floating solar array", "tidal energy project", "refinery", "lithium mine",
        "biofuel plant", "transmission line", "EV charging network", "wave power prototype", "uranium mine",
        "green ammonia plant", "district heating network", "heat pump factory", "fusion test reactor",
        "rooftop solar programme", "hydropower dam", "coal-to-gas conversion", "interconnector cable",
    ),
    qualifiers=(
        " amid power shortages", " to cut coal use", " in record auction", " despite local protests",
        " ahead of winter", " as prices soar", ": ministry", ": report", " after regulatory approval",
    ),
    field="energy sector",
    orgs=("the energy ministry", "the grid operator", "the Clean Power Council", "the national regulator"),
    people=("investors", "grid engineers", "households", "industrial users", "construction workers"),
    goals=("phase out coal-fired power", "cut its dependence on imported gas", "keep electricity prices stable",
           "reach net zero emissions by mid-century"),
    benefits=("power about a million homes", "stabilise the grid during peak demand", "cut carbon emissions",
              "lower bills for industrial users"),
    setbacks=("a shortage of turbines pushed back the first phase",
              "rising interest rates forced the developers to renegotiate",
              "a dispute over grid connection fees stalled construction"),
    roles=("the energy minister", "the company's chief executive", "an analyst at the Clean Power Council",
           "a spokesperson for the grid operator", "an economist specialising in energy markets"),
)

_TOPICS = (_SPACE_TOPIC, _MILITARY_TOPIC, _CLIMATE_TOPIC, _ENERGY_TOPIC)
# Headline modifier -> how the body's lead introduces the object.
_MODIFIERS = {
    "": "a new ",
    "first ": "its first ",
    "second ": "its second ",
    "new ": "a new ",
    "next-generation ": "a next-generation ",
    "upgraded ": "an upgraded ",
}
_MODIFIER_KEYS = tuple(_MODIFIERS)

# Every (topic, actor, verb, modifier, object) is one headline core; indices map onto cores by
# `index * _STRIDE + offset mod _CORES`, a bijection that scatters neighbouring indices across topics.
_TOPIC_SIZES = tuple(len(t.actors) * len(t.verbs) * len(_MODIFIERS) * len(t.objects) for t in _TOPICS)
_CORES = sum(_TOPIC_SIZES)  # headlines are unique for the first _CORES indices (about 300,000)
_STRIDE = next(s for s in range(int(_CORES * 0.6180339887), _CORES) if math.gcd(s, _CORES) == 1)

_AGENCIES = ("AFP",) * 9 + ("SPX",) * 5 + ("UPI",) * 4 + ("IANS",) * 2  # wire copy mostly AFP, a quarter press releases
# Headline actors that take "the" in running text.
_ARTICLED = frozenset({"Pentagon", "EU", "UAE", "Netherlands", "Philippines"})
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_FIRST_DAY, _LAST_DAY = date(2010, 1, 1), date(2026, 12, 31)
_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with".split())

_WOMEN = ("Amina", "Sofia", "Priya", "Mei", "Laura", "Ingrid", "Fatima", "Elena", "Chiara", "Yuki", "Olga", "Grace",
          "Lucia", "Hannah", "Nadia", "Inès", "Ana", "Leila", "Marta", "Zanele")
_MEN = ("David", "Kenji", "Rahul", "Tomás", "Pierre", "Ahmed", "Jonas", "Mikhail", "Carlos", "Samuel", "Luca",
        "Oluwaseun", "Erik", "Hassan", "Daniel", "Jun", "Marco", "Felix", "Ravi", "Andrei")
_SURNAMES = ("Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Kowalski", "Ferreira", "Nakamura", "Osei",
             "Petrov", "Gallagher", "Bauer", "Rossi", "Mendoza", "Khan", "Novak", "Sato", "Adeyemi", "Laurent",
             "Kaya", "Fischer", "Quispe", "Varga", "Dubois", "Mwangi", "Horvat", "Reyes", "Chen", "Ibrahim",
             "Søndergaard", "Achterberg", "Oyelaran")

_LEAD_TAILS = (
    "officials said", "the first such step since {y1}", "in what officials called a milestone for its {field}",
    "a move analysts said had been years in the making", "despite lingering questions over the cost",
    "as it seeks to {goal}",
)
_BACKGROUND = (
    "The project has cost an estimated {money} since it was first announced in {y1}.",
    "{org} said the {obj} would help {benefit} once fully operational.",
    "Work on the {obj} began in {y1}, but {setback}.",
    "Critics have questioned whether {A} can sustain the funding needed to {goal}.",
    "{A} has spent more than {n} years trying to {goal}, with mixed results.",
    "Officials said around {big} people had worked on the effort at its peak.",
    "Analysts said the decision reflected growing pressure on the {field} to deliver results.",
    "According to {org}, the {obj} is designed to remain in service until at least {y2}.",
    "{rival} has pursued a similar programme, although it has released few details.",
    "The {obj} is expected to {benefit}, officials said.",
    "{Ap} {field} has grown quickly over the past decade, drawing in private investors as well as state money.",
    "A report published by {org} last year warned that {issue} could undermine the plan.",
    "The government has set aside {money} for the next phase, according to budget documents.",
    "Earlier this year {A} said it hoped to {goal} by {y2}, a target some experts consider ambitious.",
    "{people} in {P} said preparations had gone more smoothly than expected.",
    "The latest step follows talks between {A} and {rival} on closer cooperation.",
    "Details of the contract were not disclosed, but industry sources put its value at about {money}.",
    "Opposition lawmakers have called for an inquiry into how the budget has been spent.",
    "Roughly {pct} percent of the components are now made locally, up from almost none in {y1}.",
    "{org} is due to publish a full assessment of the programme before the end of {yr}.",
    "A recent poll found {pct} percent of respondents in favour, although support has dipped since {y1}.",
    "The {obj} will be run from {P}, where a new control centre opened in {y1}.",
    "Previous attempts stalled in {y1} when {setback}.",
    "{org} has warned that {issue} remains the biggest risk to the timetable.",
    "The plan drew a cautious response from {people}, many of whom say they were not consulted.",
    "Similar efforts elsewhere have taken years longer than planned and cost far more than first budgeted.",
    "{A} first floated the idea in {y1}, but it was shelved amid a change of government.",
    "The next milestone, a review by {org}, is scheduled for {y2}.",
    "Independent experts said the real test would come once the {obj} had been running for a full year.",
    "Local media reported that {n} companies had bid for the main contract.",
    "Insurance costs alone are expected to reach {money} over the lifetime of the project.",
    "{A} has signed cooperation agreements with {rival} and {rival} in recent years.",
    "The budget for the {obj} was cut by {pct} percent in {y1} before being partly restored.",
    "Supporters say the {obj} will create skilled jobs, while critics argue the money would be better spent elsewhere.",
    "Officials declined to say when the {obj} would be fully operational.",
    "Training for the {people} who will run the {obj} began {n} months ago.",
)
_ISSUES = ("rising costs", "a shortage of skilled staff", "supply chain problems", "political uncertainty",
           "weak oversight", "currency swings")
_OPENERS = ("", "", "", "I think ", "We are confident that ", "Let me be clear: ", "What matters is that ",
            "To be honest, ", "I believe ", "The reality is that ")
_CLAIMS = (
    "this is the result of years of work by {people} who never gave up",
    "we still have a lot to prove before anyone calls this a success",
    "the schedule is tight but it is realistic",
    "nobody should pretend the money will be easy to find",
    "{people} deserve clear answers about what happens next",
    "we are not going to cut corners on safety",
    "the next {n} months will tell us whether this approach really works",
    "there is no shortcut to getting this right",
    "our partners have been patient and we owe them results",
    "the numbers are encouraging, but they are only a first step",
    "it would be a mistake to treat this as a one-off",
    "we learned more from the setbacks than from the successes",
    "this puts the whole {field} on a very different footing",
    "the hard part starts now",
    "the {obj} will help {benefit}, and that is what people will notice",
    "we cannot afford another delay like the one in {y1}",
    "everyone involved knows what is at stake",
    "we have listened to {people} and changed the plan where it made sense",
    "no one here is pretending this will be cheap",
    "this is about the next {n} years, not the next election",
    "if we get this right, others will follow",
    "there were moments when we thought it would never happen",
)
_FRAGMENTS = ("a turning point", "long overdue", "deeply worrying", "a wake-up call", "a step in the right direction",
              "too little, too late", "a huge relief", "an unacceptable risk", "a historic moment",
              "not good enough", "a calculated gamble", "just the beginning", "a test of credibility",
              "money well spent", "a race against time")
_SUBHEADS = ("Funding questions", "Regional rivalry", "Years of delays", "Next steps", "Growing pressure",
             "Mixed record", "Public support", "Local industry", "Cost overruns", "Political stakes")

FOOTER = (
    "The content herein, unless otherwise known to be public domain, are Copyright 1995-2024 - Space Media Network."
    " All websites are published in Australia and are solely subject to Australian law and governed by Fair Use"
    " principals for news reporting and research purposes. AFP, UPI and IANS news wire stories are copyright Agence"
    " France-Presse, United Press International and Indo-Asia News Service. ESA news reports are copyright European"
    " Space Agency. All NASA sourced material is public domain. Additional copyrights may apply in whole or part to"
    " other bona fide parties. All articles labeled \"by Staff Writers\" include reports supplied to Space Media"
    " Network by industry news wires, PR agencies, corporate press officers and the like. Such articles are"
    " individually curated and edited by Space Media Network staff on the basis of the report's information value"
    " to our industry and professional readership. Advertising does not imply endorsement, agreement or approval of"
    " any opinions, statements or information provided by Space Media Network on any Web page published or hosted"
    " by Space Media Network. General Data Protection Regulation (GDPR) Statement Our advertisers use various"
    " cookies and the like to deliver the best ad banner available at one time. All network advertising suppliers"
    " have GDPR policies (Legitimate Interest) that conform with EU regulations for data collection. By using our"
    " websites you consent to cookie based advertising. If you do not agree with this then you must stop using the"
    " websites from May 25, 2018. Privacy Statement. Additional information can be found here at About Us."
)


@dataclass(frozen=True, slots=True)
class _Identity:
    """What every page that mentions story `index` agrees on."""

    topic: _Topic
    title: str
    actor: str
    past: str
    modifier: str
    obj: str
    site: str
    section: str
    place: str
    agency: str
    when: date
    dateline: str


_T = TypeVar("_T")


def _pick(rng: random.Random, items: Sequence[_T]) -> _T:
    """`rng.choice`, several times faster: an article makes hundreds of picks and 10,000 must take seconds."""
    return items[int(rng.random() * len(items))]


def _between(rng: random.Random, low: int, high: int) -> int:
    """`rng.randint(low, high)`, fast for the same reason as `_pick`."""
    return low + int(rng.random() * (high - low + 1))


def _mix(value: int) -> int:
    """SplitMix64: cheap, well-spread bits per index, far faster than seeding a Random per story."""
    value = (value + 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
    value = ((value ^ (value >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
    value = ((value ^ (value >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
    return value ^ (value >> 31)


def _title_case(text: str) -> str:
    """Press releases (SPX) capitalise every major word; wire copy uses sentence case."""
    words = text.split(" ")
    return " ".join(
        word if index and word in _SMALL_WORDS else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


@functools.lru_cache(maxsize=1 << 14)  # related lists keep revisiting the neighbours
def _identity(index: int) -> _Identity:
    """Everything about story `index` that other pages quote, from the index alone."""
    core = (index * _STRIDE + _CORES // 7) % _CORES  # the offset keeps story 0 off the lists' first words
    for topic, size in zip(_TOPICS, _TOPIC_SIZES):
        if core < size:
            break
        core -= size
    core, obj = divmod(core, len(topic.objects))
    core, modifier = divmod(core, len(_MODIFIERS))
    actor, verb = divmod(core, len(topic.verbs))
    (name, city), (present, past) = topic.actors[actor], topic.verbs[verb]
    bits = _mix(index)
    # The qualifier may be picked freely: no object followed by a qualifier spells another object,
    # so distinct cores alone keep headlines distinct (checked over all cores when the lists were written).
    qualifier = topic.qualifiers[bits % 30] if bits % 30 < len(topic.qualifiers) else ""
    title = f"{name} {present} {_MODIFIER_KEYS[modifier]}{topic.objects[obj]}{qualifier}"
    agency = _AGENCIES[(bits >> 8) % len(_AGENCIES)]
    if agency == "SPX" and bits >> 16 & 1:
        title = _title_case(title)
    when = _FIRST_DAY + timedelta(days=(bits >> 20) % ((_LAST_DAY - _FIRST_DAY).days + 1))
    if bits >> 40 & 3:
        shown = f"{city} ({agency}) {_MONTHS[when.month - 1][:3]} {when.day:02d}, {when.year}"
    else:  # older pages spell the month out, and AFP's shout the place
        place = city.upper() if agency == "AFP" else city
        shown = f"{place} ({agency}) {_MONTHS[when.month - 1]} {when.day}, {when.year}"
    return _Identity(
        topic=topic,
        title=title,
        actor=name,
        past=past,
        modifier=_MODIFIER_KEYS[modifier],
        obj=topic.objects[obj],
        site=topic.sites[(bits >> 44) % len(topic.sites)],
        section=topic.sections[(bits >> 50) % len(topic.sections)],
        place=city,
        agency=agency,
        when=when,
        dateline=shown,
    )


def headline(index: int) -> str:
    """Story `index`'s headline; distinct indices below about 300,000 never share one, even after normalising."""
    return _identity(index).title


class _Slots(dict[str, str]):
    """Template values: fixed ones per story, and fresh random ones (numbers, orgs) on every use."""

    def __init__(self, fixed: dict[str, str], fresh: dict[str, Callable[[], str]]) -> None:
        super().__init__(fixed)
        self.fresh = fresh

    def __missing__(self, key: str) -> str:
        return self.fresh[key]()


class _Deck:
    """Draws without repeats until every card is used, so one article never says the same thing twice running.

    Picks lazily (swap the pick to the end and pop) rather than shuffling, since a teaser draws only a few cards.
    """

    def __init__(self, rng: random.Random, cards: Sequence[str]) -> None:
        self.rng, self.cards, self.pile = rng, cards, list[str]()

    def draw(self) -> str:
        if not self.pile:
            self.pile = list(self.cards)
        pick = _between(self.rng, 0, len(self.pile) - 1)
        self.pile[pick], self.pile[-1] = self.pile[-1], self.pile[pick]
        return self.pile.pop()


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _in_text(actor: str) -> str:
    """`Pentagon orders ...` in a headline, `the Pentagon ordered ...` in the story."""
    return f"the {actor}" if actor in _ARTICLED else actor


@dataclass(slots=True)
class _Speaker:
    name: str
    surname: str
    pronoun: str
    role: str
    named: bool = False  # wire style: full name and role first, surname alone after


class _Writer:
    """Sentences about one story, drawn from `rng`."""

    def __init__(self, rng: random.Random, story: _Identity) -> None:
        topic, year = story.topic, story.when.year
        self.rng, self.story = rng, story
        self.background, self.claims = _Deck(rng, _BACKGROUND), _Deck(rng, _CLAIMS)
        self.slots = _Slots(
            {
                "A": _in_text(story.actor),
                "Ap": _possessive(_in_text(story.actor)),
                "obj": story.obj,
                "P": story.place,
                "yr": str(year),
                "field": topic.field,
            },
            {
                "money": self._money,
                "n": lambda: str(_between(rng, 2, 18)),
                "big": lambda: f"{_between(rng, 2, 40) * 50:,}",
                "pct": lambda: str(_between(rng, 12, 88)),
                "y1": lambda: str(year - _between(rng, 2, 12)),
                "y2": lambda: str(year + _between(rng, 1, 9)),
                "org": lambda: _pick(rng, topic.orgs),
                "people": lambda: _pick(rng, topic.people),
                "goal": lambda: _pick(rng, topic.goals),
                "benefit": lambda: _pick(rng, topic.benefits),
                "setback": lambda: _pick(rng, topic.setbacks),
                "issue": lambda: _pick(rng, _ISSUES),
                "rival": self._rival,
            },
        )

    def _money(self) -> str:
        if self.rng.random() < 0.7:
            return f"${_between(self.rng, 12, 950)} million"
        return f"${_between(self.rng, 11, 95) / 10:.1f} billion"

    def _rival(self) -> str:
        name = self.story.actor
        while name == self.story.actor:
            name = _pick(self.rng, self.story.topic.actors)[0]
        return _in_text(name)

    def sentence(self) -> str:
        return _capital(self.background.draw().format_map(self.slots))

    def claim(self) -> str:
        return _capital(self.claims.draw().format_map(self.slots))

    def lead(self) -> str:
        """The wire lead restates the headline in the past tense, on the dateline's weekday or the day before."""
        story, rng = self.story, self.rng
        weekday = _WEEKDAYS[(story.when - timedelta(days=_between(rng, 0, 1))).weekday()]
        when = _pick(rng, ("on", "on", "late on", "early on")) + f" {weekday}"
        thing = _MODIFIERS[story.modifier] + story.obj
        tail = _pick(rng, _LEAD_TAILS).format_map(self.slots)
        return _capital(f"{_in_text(story.actor)} {story.past} {thing} {when}, {tail}.")

    def pad(self, text: str) -> str:
        """Add background sentences until the paragraph is wire length (about 25-60 words)."""
        words, target = text.count(" ") + 1, _between(self.rng, 25, 60)
        while words < target:
            sentence = self.sentence()
            extra = sentence.count(" ") + 1
            if words >= 25 and words + extra > 60:
                break
            text, words = f"{text} {sentence}", words + extra
        return text

    def quote(self) -> str:
        """One or two sentences of speech, without the closing punctuation the attribution style decides."""
        speech = _pick(self.rng, _OPENERS) + self.claims.draw().format_map(self.slots)
        if self.rng.random() < 0.4:
            speech = f"{_capital(speech)}. {self.claim()}"
        return _capital(speech)

    def quote_paragraph(self, speaker: _Speaker, follow_up: bool) -> str:
        """A quote in one of the usual wire attribution styles."""
        if follow_up:
            return f'"{self.quote()}," {speaker.pronoun} added.'
        first = not speaker.named
        speaker.named = True
        ref = f"{speaker.name}, {speaker.role}," if first else speaker.surname
        said = f"said {speaker.name}, {speaker.role}." if first else f"{speaker.surname} said."
        style = _between(self.rng, 0, 5)
        if style == 0:
            return f'"{self.quote()}," {said}'
        if style == 1:
            return f'{ref} told reporters: "{self.quote()}."'
        if style == 2:
            return self.pad(f'{ref} described the decision as "{_pick(self.rng, _FRAGMENTS)}".')
        if style == 3:
            return f'{ref} said in a statement: "{self.quote()}."'
        if style == 4:
            return f'"{self.quote()}," {said} "{self.claim()}."'
        return self.pad(f'Asked about the timetable, {ref} said: "{self.quote()}."')


def _speakers(rng: random.Random, topic: _Topic) -> list[_Speaker]:
    speakers: list[_Speaker] = []
    roles = rng.sample(topic.roles, _between(rng, 2, 4))
    for role, surname in zip(roles, rng.sample(_SURNAMES, len(roles))):  # distinct surnames: "Khan said" is unambiguous
        woman = rng.random() < 0.5
        first = _pick(rng, _WOMEN if woman else _MEN)
        speakers.append(_Speaker(f"{first} {surname}", surname, "she" if woman else "he", role))
    return speakers


def _byline(rng: random.Random, story: _Identity) -> str:
    if story.agency == "SPX" or rng.random() < 0.4:
        return "by Staff Writers"

    def author() -> str:
        surname = _pick(rng, _SURNAMES)
        if story.agency == "AFP" and rng.random() < 0.2:
            surname = surname.upper()
        return f"{_pick(rng, _WOMEN + _MEN)} {surname}"

    if rng.random() < 0.75:
        return f"By {author()} in {story.place}"
    elsewhere = _pick(rng, [city for _, city in story.topic.actors if city != story.place])
    return f"By {author()} in {story.place} and {author()} in {elsewhere}"


def _credits(rng: random.Random) -> str:
    """An AFP desk slug such as `burs-jc/tw/jgc`."""
    letters = "abcdefghijklmnoprstvwy"
    groups = ["".join(rng.choices(letters, k=_pick(rng, (2, 2, 3)))) for _ in range(_between(rng, 1, 3))]
    if rng.random() < 0.3:
        groups[0] = f"burs-{groups[0]}"
    return "/".join(groups)


def _related_content(rng: random.Random, index: int, story: _Identity) -> list[str]:
    """Groups of four headlines of nearby stories; the first one is featured with its dateline and a teaser."""
    picks: list[int] = []
    wanted = 4 * _between(rng, 2, 6)
    while len(picks) < wanted:
        other = _between(rng, max(0, index - 3000), index + 3000)
        if other != index and other not in picks:
            picks.append(other)
    lines = ["RELATED CONTENT", "The following news reports may link to other Space Media Network websites."]
    for start in range(0, wanted, 4):
        group = [_identity(other) for other in picks[start : start + 4]]
        lines.append(story.section if start == 0 else group[0].section)
        for position, item in enumerate(group):
            lines.append(item.title)
            if start == position == 0:
                writer = _Writer(rng, item)
                teaser = writer.lead()
                while len(teaser) < 520:
                    teaser += " " + writer.sentence()
                lines += [item.dateline, teaser[: _between(rng, 380, 500)].rstrip() + " ... read more"]
            lines.append("")
    return lines


def article(rng: random.Random, index: int) -> str:
    """Story `index` as a Space Media Network page dump of roughly 4-8 KB, drawing its text from `rng`."""
    story = _identity(index)
    head = [story.site, story.section, story.title, story.title, _byline(rng, story), story.dateline, ""]
    tail: list[str] = []
    if story.agency == "AFP" and rng.random() < 0.5:
        tail += [_credits(rng), ""]
    if rng.random() < 0.7:
        tail += ["Related Links", *rng.sample(story.topic.links, _between(rng, 1, 3)), ""]
    tail += ["Subscribe Free To Our Daily Newsletters", "Tweet", ""]
    tail += _related_content(rng, index, story)
    tail += [story.section, "Subscribe Free To Our Daily Newsletters", "", "", "", "", FOOTER, ""]
    budget = _between(rng, 4000, 8000) - len("\n".join(head + tail))

    writer = _Writer(rng, story)
    speakers = _speakers(rng, story.topic)
    paragraphs = [writer.pad(writer.lead())]
    forced_quote = _between(rng, 1, 3)
    quoted: _Speaker | None = None  # who spoke in the previous paragraph, if it was a fresh quote
    size = len(paragraphs[0])
    while len(paragraphs) < 30 and (len(paragraphs) < 8 or size < budget):
        if len(paragraphs) == forced_quote or rng.random() < 0.4:
            if quoted is not None and rng.random() < 0.4:
                text, quoted = writer.quote_paragraph(quoted, follow_up=True), None
            else:
                quoted = _pick(rng, speakers)
                text = writer.quote_paragraph(quoted, follow_up=False)
        else:
            text, quoted = writer.pad(writer.sentence()), None
        paragraphs.append(text)
        size += len(text) + 2

    for position in sorted(rng.sample(range(3, len(paragraphs) - 1, 3), _between(rng, 0, 2)), reverse=True):
        subhead = f"'{_capital(_pick(rng, _FRAGMENTS))}'" if rng.random() < 0.5 else _pick(rng, _SUBHEADS)
        paragraphs.insert(position, f"- {subhead} -")
    return "\n".join([*head, "\n\n".join(paragraphs), "", *tail])


def write_library(folder: Path, count: int, seed: int = 0) -> list[Path]:
    """Write stories 0..count-1 as `folder/000/000000.txt`, one shard folder per thousand files."""
    rng = random.Random(seed)
    paths: list[Path] = []
    for index in range(count):
        path = folder / f"{index // SHARD:03d}" / f"{index:06d}.txt"
        if index % SHARD == 0:
            path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(article(rng, index).encode("utf-8"))
        paths.append(path)
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.synth", description="Write a synthetic article library.")
    parser.add_argument("folder", type=Path, metavar="DIR", help="where to write the shard folders")
    parser.add_argument("count", type=int, metavar="COUNT", help="how many articles")
    parser.add_argument("--seed", type=int, default=0, metavar="N", help="random seed (default 0)")
    args = parser.parse_args(argv)
    if args.count < 0:
        parser.error("COUNT must not be negative")
    paths = write_library(args.folder, args.count, args.seed)
    print(f"wrote {len(paths)} articles to {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
