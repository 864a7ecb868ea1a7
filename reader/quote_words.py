"""The words news copy uses around quotations, for `reader.quotes`: speech verbs in all their
forms, titles and roles, the nouns that name people and bodies, first names that tell a gender,
and the small words that end a subject. Data, not rules: the rules are in `reader.quotes`."""

from __future__ import annotations

import re
from importlib.resources import files


def _given_names(file: str) -> frozenset[str]:
    """A list in `reader/names/`: one name a line, `#` comments."""
    text = files("reader").joinpath("names", file).read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


_VERB_BASES = """
say tell add ask warn insist stress note write tweet call declare explain argue acknowledge
announce recall urge concede reply caution claim comment continue remark admit observe suggest
predict promise vow pledge indicate affirm assert contend maintain emphasise emphasize underline
underscore describe quip joke exclaim shout respond answer counter retort confirm deny
mention conclude complain lament boast accuse demand plead threaten hail praise criticise
criticize slam reiterate repeat agree disagree whisper post report testify recount reveal
estimate acknowledge point object protest state yell murmur explain inform brief assess
dismiss brand dub label term condemn denounce decry rule shrug sigh laugh scoff reject advise blame welcome interrupt
order instruct confess radio text email message submit
""".split()
_IRREGULAR = {"say": ["said", "says", "saying"], "tell": ["told", "tells", "telling"],
              "write": ["wrote", "writes", "writing", "written"],
              "label": ["labels", "labelled", "labeled", "labelling", "labeling"],
              # a stressed last syllable doubles its consonant, which the rule below sees only in one syllable
              "admit": ["admits", "admitted", "admitting"],
              "quip": ["quips", "quipped", "quipping"],
              "submit": ["submits", "submitted", "submitting"]}  # (`submitted`: counsel's word in court)
# Forms that are too often nouns to count as verbs in their base or -s form.
_NOUN_LIKE = {"state", "states", "post", "posts", "report", "reports", "call", "calls", "answer", "answers",
              "note", "notes", "point", "points", "object", "objects", "comment", "comments", "brief", "briefs", "briefing",
              "joke", "jokes", "estimate", "estimates", "protest", "protests", "demand", "demands", "hail",
              "continue", "continues", "counter", "counters", "tweet", "tweets", "slam", "slams", "promise",
              "pledge", "pledges", "vow", "vows", "boast", "boasts", "repeat", "repeats", "shout", "shouts",
              "praise", "add", "ask", "agree", "plead", "mention", "mentions", "threaten", "yell", "yells",
              "brand", "brands", "branding", "dub", "label", "labels", "term", "terms", "rule", "rules", "ruling",
              "shrug", "shrugs", "sigh", "sighs", "laugh", "laughs", "laughing", "welcome", "welcomes", "welcoming",
              "order", "orders", "ordering", "radio", "radios", "text", "texts", "texting", "email", "emails",
              "message", "messages", "messaging"}


def _inflect(base: str) -> list[str]:
    if base in _IRREGULAR:
        return [base, *_IRREGULAR[base]]
    stem = base[:-1] if base.endswith("e") else base
    if base.endswith("y") and base[-2] not in "aeiou":
        return [base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    third = base + ("es" if base.endswith(("s", "sh", "ch", "x")) else "s")
    double = base + base[-1] if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", base) else base
    return [base, third, stem + "ed" if not base.endswith("e") else base + "d",
            double + "ed" if double != base else stem + "ed", stem + "ing", double + "ing"]


SPEECH_VERBS = frozenset(
    form for base in _VERB_BASES for form in _inflect(base) if form not in _NOUN_LIKE
) | {"quoted"}
PARTICIPLES = frozenset(v for v in SPEECH_VERBS if v.endswith("ing"))
# Right after a quote and its subject (`he`, `she`, a name) a noun-like form can only be the verb:
# `"Everything," he repeats.`, `"The soap is fine!" Khaled calls out.`
NOUN_LIKE_VERBS = frozenset(form for form in _NOUN_LIKE if form.endswith("s") and not form.endswith("ss"))
SAYING_VERBS = SPEECH_VERBS - PARTICIPLES  # the forms that attribute: `said`, `says`, not `saying`
TELL_VERBS = frozenset({"told", "tell", "tells", "telling", "informed", "briefed", "asked", "urged", "warned",
                        "accused", "called", "described", "hailed", "praised", "slammed", "criticised", "criticized",
                        "threatened", "mentioned", "dismissed", "branded", "dubbed", "labelled", "labeled", "termed",
                        "condemned", "denounced", "decried", "advised", "blamed", "welcomed",
                        "ordered", "instructed"})

# A verb that makes its subject the last speaker even with no quote (`Zelensky said the US would…`);
# `told` counts, but `asked`/`urged` someone does not report speech.
REPORTING_VERBS = SAYING_VERBS - (TELL_VERBS - {"told", "described"})
PRONOUNS = {"he": "m", "she": "f"}
MODALS = frozenset({"should", "would", "could", "will", "must", "may", "might", "can", "to"})
INDEFINITES = frozenset({"a", "an", "one", "another"})  # `a manager`, `one official`: someone new
PASSIVE = frozenset({"was", "were", "is", "are", "been", "being", "be"})
AUXILIARIES = frozenset("""has had have having was were is are be been would will could should can may might
must did does do also later then again further earlier once previously repeatedly reportedly simply
recently subsequently just still had already separately meanwhile however only once quickly
angrily flatly bluntly publicly privately told not never
initially originally openly formally firmly strongly categorically sharply swiftly immediately""".split())
TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
weekend week month year morning afternoon evening night on late early last this next""".split())
# What may stand between a subject and its speech verb, or after the verb: `Rubio also said Monday`
AUXILIARIES_OR_TIME = AUXILIARIES | TIME_WORDS
BOUNDARY_WORDS = frozenset("""and but or that while whereas because as after before when if who which where
although though since so yet whether than where whom whose what""".split())
CONJUNCTIONS = frozenset({"and", "but", "or", "then", "yet", "so"})
# What a body is called when it is not named (besides ORG_WORDS): `the utility said`.
BODY_NOUNS = frozenset("""firm utility watchdog regulator operator body alliance coalition consortium drugmaker
carmaker manufacturer maker exchange startup start-up lab broadcaster airline insurer lender cartel military
presidency movement militia lobby carrier charity ngo nonprofit""".split())
STATEMENTS = frozenset({"statement", "communique", "communiqu\u00e9", "release"})  # what a body speaks through
# Places whose names look like a person's (two capitalised words): countries and cities wire copy names.
PLACES = frozenset(name.replace("_", " ") for name in """united_states united_kingdom south_korea north_korea
saudi_arabia new_zealand sri_lanka south_africa costa_rica el_salvador sierra_leone south_sudan ivory_coast
cape_verde papua_new_guinea burkina_faso central_african_republic bosnia_and_herzegovina trinidad_and_tobago
north_macedonia east_timor united_arab_emirates hong_kong west_bank gaza_strip puerto_rico equatorial_guinea
marshall_islands solomon_islands new_york new_delhi los_angeles san_francisco tel_aviv kuala_lumpur abu_dhabi
buenos_aires rio_de_janeiro sao_paulo mexico_city cape_town port_sudan addis_ababa dar_es_salaam phnom_penh
ho_chi_minh_city las_vegas san_diego st_petersburg saint_petersburg nizhny_novgorod kryvyi_rih
port_moresby port-au-prince santo_domingo san_jose san_salvador tegucigalpa guatemala_city panama_city
la_paz sri_jayawardenepura_kotte
sofia victoria charlotte austin eugene florence orlando madison adelaide kingston""".split())  # (also names)
PLACE_BEFORE = (" in ", " at ", " near ", " outside ", " across ", " In ", " At ", " Near ")
CONTRASTS = frozenset({"while", "whereas", "although", "though", "because"})
JOINERS = CONJUNCTIONS | {",", "--", "\u2014"}
PREPOSITIONS = frozenset("""in on at from for with by to of into over under after before during about
against between among through across toward towards upon within without amid despite""".split())
ARTICLES = frozenset({"the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "one", "another"})
FUNCTION_WORDS = ARTICLES | PREPOSITIONS | CONJUNCTIONS
NOT_NAMES = frozenset("""the a an in on at but and or he she they we i it this that these those his her their
its our my your after before while when if as for with from by to of meanwhile however also last earlier
later yes no so then there here what who why how where some many most all both each every such today
yesterday monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december mr mrs ms dr one two three four five six seven eight nine
ten eleven twelve twenty thirty dozens hundreds thousands several few upstairs downstairs outside inside
nearby elsewhere overnight afterwards instead abroad indoors outdoors report only just still yet perhaps almost nearly
neither either not never already once twice rather""".split())
TITLES = frozenset("""president prime minister secretary state general gen dr mr mrs ms miss sir dame lord lady
chancellor king queen prince princess pope senator sen rep representative governor gov mayor judge justice
chief commander colonel col captain capt lieutenant lt major maj admiral adm sergeant sgt professor prof
sheikh sheik emir crown foreign defence defense interior finance deputy vice director ambassador envoy ceo
chairman chairwoman spokesman spokeswoman spokesperson archbishop bishop rev reverend father cardinal
officer inspector detective superintendent marshal field agent coach manager leader head premier speaker
mp mep commodore brigadier administrator daw mawlawi maulvi mullah ayatollah hojatoleslam maulana imam rabbi
undersecretary under-secretary datuk dato datin haji hajji hajja ratu maitre maître
doña dona señora señor senhora senhor signora signor madame monsieur herr frau
attorney commissioner us uk un eu nato chair founder executive minister of and for health education
trade economy economic affairs opposition former acting interim junior senior assistant associate
technical national security mission project programme program lead principal chief-of-staff
brig cpl pvt cdr cmdr det insp supt atty msgr mla mlc msp justices judges senators messrs cllr""".split())
ROLE_TITLES = TITLES - {"of", "and", "for"}
# Title words that only modify one (`a senior Hezbollah commander`): before a name they make it no person.
TITLE_MODIFIERS = frozenset("""former acting interim junior senior assistant associate deputy vice national security
foreign defence defense interior finance health education trade economy economic affairs opposition technical
mission project programme program lead principal state us uk un eu nato crown field""".split())
# A minister's brief, cut off the front of a name (`Space Tomas Zalinskas` after `Commissioner for Defence
# and`) but, unlike a title, no sign of a person (`Energy Transition Watch` is a body).
PORTFOLIOS = frozenset("""space energy environment transport justice agriculture culture industry climate digital
africa europe asia americas human rights science technology refugees humanitarian migration labour tourism
sport women children youth water housing infrastructure communications information development
cooperation planning mines oil petroleum gas fisheries forestry veterans homeland""".split())
# The last word of a company's name; its first word alone is then its short name (`Voltara` for
# `Voltara Motors`, but `Jakarta` is no short name for the `Jakarta Centre for Strategic Policy`)
COMPANY_TAILS = frozenset("""motors pharma pharmaceuticals automotive holdings refining logistics shipping mining
telecom securities ventures petroleum chemicals semiconductor semiconductors dynamics systems technologies
industries labs airlines airways aerospace electric electronics utilities steel foods brands
ltd llc plc gmbh""".split())
ORG_WORDS = COMPANY_TAILS | frozenset("""ministry house office agency council kremlin government department union
nations company inc corp corporation bank university institute commission committee party court army forces force
police service group association organisation organization administration parliament congress senate
pentagon nasa esa states kingdom republic federation network news times post journal press agencies board
authority authorities society foundation fund club team league services staff
laboratory observatory centre center hospital school college embassy navy command corps guard
programme program secretariat museum gallery library panel community conference watch cross crescent
bureau directorate inspectorate tribunal forum chamber confederation alliance coalition collective cooperative convention survey
railway railways railroad insurance airline monitor banco banque festival summit championship championships
olympics expo biennale""".split())
# Common nouns for a company that may stand before a two-word name (`firm Tianlan Aerospace`); not
# `operator` or `maker`, which name people too (`crane operator Mehmet Yilmaz`)
COMPANY_NOUNS = frozenset("""firm drugmaker carmaker automaker chipmaker manufacturer startup start-up airline insurer
lender utility consortium conglomerate producer miner exporter supplier retailer giant shipbuilder steelmaker
planemaker truckmaker phonemaker toymaker carrier pollster brokerage contractor subcontractor""".split())  # (not `policymaker`, `lawmaker`, `filmmaker`: people)
BODY_WORDS = ORG_WORDS | BODY_NOUNS  # any word that names what a body is
PERSON_NOUNS = frozenset("""leader president minister official spokesman spokeswoman spokesperson secretary
chief commander general envoy ambassador premier chancellor governor senator mayor director executive ceo
founder chairman chairwoman scientist researcher engineer professor expert analyst lawyer attorney judge
coach player captain astronaut author doctor diplomat negotiator veteran economist manager head official
officer source aide adviser advisor candidate lawmaker legislator politician prosecutor spokesman activist
pilot astronomer physicist biologist geologist investigator witness resident farmer teacher student
man woman father mother monarch king queen prince princess pope cleric priest imam rabbi striker
midfielder goalkeeper defender winger sprinter swimmer runner boxer rider jockey golfer champion winner star singer actor actress writer novelist chair deputy
boss founder strategist consultant economist chemist meteorologist climatologist epidemiologist
nurse midwife advocate volunteer survivor villager resident mourner fan supporter rescuer paramedic
surgeon physician dentist vet pharmacist miner worker labourer laborer protester demonstrator
mother father brother sister son daughter grandmother grandfather widow widower wife husband neighbour
neighbor friend cousin colleague trader driver buyer seller shopkeeper vendor businessman businesswoman
congressman congresswoman policeman policewoman councilman councilwoman fisherman gunman ombudsman
cameraman sportsman sportswoman salesman saleswoman tribesman militiaman serviceman servicewoman
pensioner retiree housewife homemaker herder shepherd nun monk mechanic electrician headmistress headmaster
headteacher foreman forewoman skipper substitute teammate grandson granddaughter nephew niece
boy girl teenager schoolgirl schoolboy weaver baker barber tailor potter carpenter
supervisor firefighter councillor councilor councilmember alderman sheriff trooper corporal coroner treasurer
comptroller auditor assemblyman assemblywoman delegate referee umpire pastor provost registrar ranger
entrepreneur investor owner chef curator veterinarian architect magistrate solicitor barrister
rival opponent challenger successor predecessor guard boatswain clerk musician trumpeter drummer bassist
bandleader composer conductor vocalist songwriter rapper dancer choreographer filmmaker playwright poet sculptor
designer editor columnist presenter campaigner lobbyist mediator organiser organizer opener batter batsman
batswoman wicketkeeper quarterback counsel chairperson promoter trainer forward flanker fullback full-back
centre-back center-back keeper scrum-half fly-half bowler spinner all-rounder pitcher catcher shortstop linebacker
receiver skier snowboarder skater climber mountaineer racer counterpart ally seed commentator pundit
assistant""".split())
MALE_WORDS = frozenset("""mr sir señor senhor signor monsieur herr lord king prince father brother son husband
spokesman chairman businessman congressman boy man uncle emperor duke frenchman dutchman englishman irishman scotsman
welshman countryman sportsman policeman fisherman""".split())
FEMALE_WORDS = frozenset("""mrs ms miss doña dona señora senhora signora madame frau dame lady queen princess mother
sister daughter wife spokeswoman chairwoman businesswoman congresswoman girl woman aunt empress duchess actress
frenchwoman dutchwoman englishwoman irishwoman scotswoman welshwoman countrywoman sportswoman policewoman""".split())
# Relatives by gender: `Her husband came up the path. "…," he said` is the husband speaking
KIN = {**dict.fromkeys("""husband father son brother grandfather grandson uncle nephew dad boyfriend fiance
stepfather""".split(), "m"), **dict.fromkeys("""wife mother daughter sister grandmother granddaughter aunt niece mum
mom girlfriend fiancee stepmother""".split(), "f")}
FEMALE_NAMES = _given_names("female.txt")
MALE_NAMES = _given_names("male.txt")

COMMON_SUFFIXES = ("ist", "ologist", "grapher", "ian", "ese", "based", "born")  # not `-man`: `Abdirahman`, `Osman`
DEMONYMS = frozenset("""swede spaniard frenchman briton brit scot dane finn pole swiss greek turk dutchman asian
american german french italian russian chinese japanese korean indian british irish welsh english
kenyan nigerian ghanaian egyptian israeli iraqi iranian saudi pakistani afghan thai filipino
mexican brazilian argentine chilean peruvian canadian australian ukrainian belarusian
czech slovak serb croat slovene bosniak kazakh uzbek tajik kyrgyz turkmen azeri dutch cypriot icelander
qatari emirati kuwaiti omani yemeni bahraini somali nepali bangladeshi azerbaijani cuban moroccan libyan
arab african european swedish danish polish spanish finnish turkish kurdish flemish scottish cornish jewish
jamaican dominican venezuelan salvadoran guatemalan honduran nicaraguan angolan ugandan rwandan lankan
republican democrat conservative socialist tory communist nationalist""".split())  # and a party's member
# Possessors that belong to a body's name: `People's Liberation Army`, `Alzheimer's Association`.
NAME_POSSESSORS = frozenset("""people children women men workers veterans farmers citizens nurses doctors
journalists alzheimer parkinson ombudsman prosecutor president governor mayor general""".split())
# Plain words that open sentences as their subject and are no names (`Critics said`, `Officials say`).
COMMON_SUBJECTS = frozenset("""critics officials analysts residents witnesses experts observers diplomats lawmakers
protesters activists sources police authorities rescuers doctors scientists researchers investigators prosecutors
villagers locals survivors families relatives parents teachers students workers employees soldiers troops militants
rebels fighters leaders ministers governments economists traders investors officers others many some both few
most several all everyone nobody someone people""".split())
NEWS_AGENCIES = frozenset("""AFP AP Reuters Bloomberg Xinhua Kyodo TASS Tass Interfax Yonhap ANSA EFE DPA UPI KCNA
CCTV RIA IRNA Tasnim Fars ISNA SANA WAFA NHK BBC CNN Anadolu MENA SPA WAM QNA Bernama Antara""".split())
# Words in the name of a news outlet (`Korean Central News Agency`, `The Straits Times`), but not `press` (`Press
# Freedom Collective`) or `post` (`Swiss Post`); an outlet like `Gazeta Wyborcza` is known by what is said of it
MEDIA_WORDS = frozenset("""news times journal gazette herald tribune daily television tv radio
broadcasting broadcaster newspaper""".split())
# What a news outlet is called next to its name: `the state-run Global New Light of Myanmar newspaper`
MEDIA_NOUNS = frozenset("newspaper daily broadcaster tabloid outlet channel weekly television radio journal magazine".split())
ABBREVIATIONS = frozenset("""mr mrs ms dr gen lt col sen rep gov st jr sr no prof capt sgt maj adm gov
u.s u.k u.n e.u inc corp co ltd vs jan feb mar apr jun jul aug sep sept oct nov dec rev mt ft
brig cpl pvt cdr cmdr det insp supt atty msgr""".split())
