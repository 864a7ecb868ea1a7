"""Quote spans and speakers: the seed article, then one synthetic trap per rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.library import load
from reader.model import Block
from reader.quote_eval import evaluate
from reader.quotes import find_quotes
from reader.resources import seeds_dir

EVAL_DIR = Path(__file__).parent / "data" / "quotes_eval"


def para(*texts: str) -> list[Block]:
    return [Block("paragraph", t) for t in texts]


def found(blocks: list[Block]) -> list[tuple[int, str, str | None, str]]:
    return [(q.block, q.text, q.speaker, q.kind) for q in find_quotes(blocks)]


def speakers(blocks: list[Block]) -> list[str | None]:
    return [q.speaker for q in find_quotes(blocks)]


# --- the seed ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_quotes():
    story = next(s for s in load([seeds_dir()]).stories if s.kind == "full")
    return story, find_quotes(story.body)


def test_seed_every_quote_and_speaker(seed_quotes):
    story, quotes = seed_quotes
    by_start = {(q.text[:24]): q.speaker for q in quotes}
    expected = {
        "People are going to Russ": "Donald Trump",
        "positive messages": "Donald Trump",
        "I hope he's going to hav": "Donald Trump",
        "I think that would be 80": "Donald Trump",
        "That's what we want to k": "Marco Rubio",
        "If the response is, 'yes": "Marco Rubio",
        "devastating": "Donald Trump",
        "I hope that's not going ": "Donald Trump",
        "I can do things financia": "Donald Trump",
        "I understand that we can": "Volodymyr Zelensky",
        "Everything depends on wh": "Volodymyr Zelensky",
        "I have emphasized this m": "Volodymyr Zelensky",
        "I am counting on the fac": "Vladimir Putin",
        "terrorists.": "Vladimir Putin",
        "more favorable positions": "Oleksandr Syrsky",
        "strong": "United States",  # `and the United States had indicated it would issue a "strong" response`
    }
    for start, speaker in expected.items():
        assert by_start.get(start) == speaker, start
    # Every double-quoted span in the body is found, plus the two single-quoted subheads.
    marks = sum(block.text.count('"') for block in story.body)
    assert len([q for q in quotes if story.body[q.block].kind == "paragraph"]) == marks // 2
    subheads = [q for q in quotes if story.body[q.block].kind == "subhead"]
    assert [q.text for q in subheads] == ["Horrible bloodbath", "None of us trust the Russians"]


def test_seed_kinds_and_offsets(seed_quotes):
    story, quotes = seed_quotes
    kinds = {q.text: q.kind for q in quotes}
    assert kinds["terrorists."] == "fragment"
    assert kinds["strong"] == "fragment"
    assert kinds["positive messages"] == "fragment"
    assert kinds["I hope that's not going to be necessary."] == "quote"
    for q in quotes:
        span = story.body[q.block].text[q.start : q.end]
        assert q.text in span and span[0] in "\"'“«„" and len(span) >= len(q.text) + 1


# --- spans ------------------------------------------------------------------------------------


def test_straight_marks_open_and_close_by_context():
    assert found(para('He said "we are ready" and then "we will go," she added.'))[0][1] == "we are ready"
    texts = [t for _, t, _, _ in found(para('"One," he said. "Two."'))]
    assert texts == ["One,", "Two."]


def test_curly_guillemets_and_low_marks():
    blocks = para(
        "\u201cWe launch at dawn,\u201d said Ana Lima.",
        "\u00abNous sommes pr\u00eats\u00bb, a-t-il dit.",
        "\u201eWir schaffen das\u201c, sagte sie.",
    )
    assert [t for _, t, _, _ in found(blocks)] == ["We launch at dawn,", "Nous sommes pr\u00eats", "Wir schaffen das"]


def test_curly_and_straight_mixed_in_one_article():
    blocks = para('\u201cFirst,\u201d said Ana Lima.', '"Second," Lima added.')
    assert found(blocks) == [(0, "First,", "Ana Lima", "quote"), (1, "Second,", "Ana Lima", "quote")]


def test_nested_single_quotes_do_not_end_the_outer_quote():
    (q,) = found(para("\"If the response is, 'yes', then we have progress,\" he said."))
    assert q[1] == "If the response is, 'yes', then we have progress,"


def test_apostrophes_are_never_marks():
    blocks = [
        Block("subhead", "'We won't back down' in the '90s"),
        *para("Trump's aide O'Grady said it'll work, the '90s are over, rock 'n' roll lives."),
    ]
    assert [t for _, t, _, _ in found(blocks)] == ["We won't back down"]


def test_multi_paragraph_quote_is_one_quote_with_one_speaker():
    blocks = para(
        '"We will rebuild every school," said Mayor Lena Park. "And we will start with the ones',
        '"that the floods hit hardest, in the north of the city."',
        "The council meets on Friday.",
    )
    result = found(blocks)
    assert [(b, s) for b, _, s, _ in result] == [(0, "Lena Park"), (0, "Lena Park"), (1, "Lena Park")]
    assert result[1][1] == "And we will start with the ones"


def test_unbalanced_mark_stops_at_paragraph_end():
    blocks = para('The minister said "we will never accept this deal.', "The talks went on for hours.")
    result = found(blocks)
    assert len(result) == 1 and result[0][0] == 0
    assert result[0][1] == "we will never accept this deal."


def test_odd_number_of_marks():
    result = found(para('"A," Lindgren said, "B," and then "C.'))
    assert [t for _, t, _, _ in result] == ["A,", "B,", "C."]


def test_fragment_and_quote_kinds():
    result = found(para('The US warned of a "strong" response.', 'Putin called them "terrorists."',
                        '"We are ready," Kim said.'))
    assert [k for _, _, _, k in result] == ["fragment", "fragment", "quote"]


def test_subhead_single_quotes_are_quotes():
    assert found([Block("subhead", "'Horrible bloodbath'")]) == [(0, "Horrible bloodbath", None, "quote")]


# --- speakers ---------------------------------------------------------------------------------


def test_told_reporters():
    blocks = para("President Donald Trump met aides.", '"People are going to Russia," Trump told reporters.')
    assert found(blocks)[0][2] == "Donald Trump"


def test_said_name_with_appositive_after():
    blocks = para('"The engine is fine," said Maria Okafor, the mission\'s engineer.')
    assert found(blocks)[0][2] == "Maria Okafor"


def test_name_said_colon():
    blocks = para('US Secretary of State Marco Rubio spoke.', 'Rubio said: "We want a ceasefire."')
    assert found(blocks)[0][2] == "Marco Rubio"


def test_according_to():
    blocks = para('"The launch slipped a week," according to Jean Morel, a NASA spokesman.')
    assert found(blocks)[0][2] == "Jean Morel"


def test_split_quote_both_parts():
    blocks = para('Engineer Sofia Lindgren was there.', '"The test worked," Lindgren said, "and we go again in May."')
    assert [s for _, _, s, _ in found(blocks)] == ["Sofia Lindgren", "Sofia Lindgren"]


def test_he_added_resolves_to_previous_speaker():
    blocks = para('"We are ready," said Marco Rubio.', '"We want peace," he added.')
    assert [s for _, _, s, _ in found(blocks)] == ["Marco Rubio", "Marco Rubio"]


def test_she_said_picks_the_woman():
    blocks = para(
        "Maria Okafor, the lead engineer, briefed John Smith on the test.",
        '"The valves held," she said.',
    )
    assert found(blocks)[0][2] == "Maria Okafor"


def test_description_resolves_to_person_introduced_earlier():
    blocks = para(
        "Ukraine's President Volodymyr Zelensky met US envoys in Kyiv.",
        'Russian President Vladimir Putin stayed silent.',
        '"Everything depends on Russia," the Ukrainian leader added.',
    )
    assert found(blocks)[0][2] == "Volodymyr Zelensky"


def test_surname_maps_to_full_name():
    blocks = para("President Donald Trump arrived.", '"Great day," Trump said.')
    assert found(blocks)[0][2] == "Donald Trump"


def test_quote_only_paragraph_continues_previous_speaker():
    blocks = para('"We will win," said General Anna Kovac.', '"Our troops are ready for anything."')
    assert [s for _, _, s, _ in found(blocks)] == ["Anna Kovac", "Anna Kovac"]


def test_object_of_told_is_never_the_speaker():
    blocks = para('"Nothing has changed," Okafor told AFP.', '"It is fine," he told Reuters reporter Tom Bell.')
    result = found(blocks)
    assert result[0][2] == "Okafor" and result[1][2] != "Tom Bell"


def test_unsure_gives_none():
    assert found(para('Critics called it a "dangerous" idea and the quote "we will see" spread.'))[1][2] is None


def test_trailing_time_and_venue_words():
    blocks = para('"We are committed," Chen Wei said Monday.', '"Sales grew," the company\'s chief Ola Berg said in a statement.')
    assert [s for _, _, s, _ in found(blocks)] == ["Chen Wei", "Ola Berg"]


def test_two_speakers_in_one_paragraph():
    blocks = para('"We will stay," said Ana Lima. "We will leave," said Tomas Berg.')
    assert [s for _, _, s, _ in found(blocks)] == ["Ana Lima", "Tomas Berg"]


def test_no_attribution_is_none():
    assert found(para('"The rain will not stop."'))[0][2] is None


def test_dash_attribution():
    assert found(para('"Stay hungry, stay foolish." - Steve Jobs'))[0][2] == "Steve Jobs"


def test_participle_after_a_long_clause_goes_to_the_titled_subject():
    blocks = para(
        "NATO chief Mark Rutte on Monday threw support behind the federal government, which is locked in a "
        'power struggle with regional leaders, saying the alliance would not allow a "security vacuum to emerge."'
    )
    assert [(text, speaker) for _, text, speaker, _ in found(blocks)] == [("security vacuum to emerge.", "Mark Rutte")]


def test_was_quoted_as_saying():
    blocks = para('Prime Minister Keir Adams was quoted as saying "the talks are over."')
    assert found(blocks)[0][2] == "Keir Adams"


def test_quoted_by_a_paper_as_saying_is_the_subject_speaking():
    blocks = para('The club\'s chairman, Tomas Brandt, was quoted by the daily Der Kurier as saying the deal was '
                  '"as good as done."')
    assert found(blocks)[0][2] == "Tomas Brandt"


def test_a_paper_quoting_someone_as_saying_is_not_the_speaker():
    blocks = para('Kyodo News quoted Foreign Minister Aiko Tanabe as saying the talks had been "frank."',
                  'Another daily quoted her as saying Tokyo would "not be rushed."')
    assert speakers(blocks) == ["Aiko Tanabe", "Aiko Tanabe"]


def test_verbs_that_characterise_what_was_said():
    for verb in ("dismissed the claims as", "branded the plan", "dubbed the deal", "labelled the report",
                 "condemned the strike as", "denounced the vote as"):
        (q,) = found(para(f'Minister Ilse Vos {verb} "a shameless fraud."'))
        assert q[2] == "Ilse Vos", verb


def test_a_ruling_is_said_by_the_judge():
    blocks = para('Judge Amara Osei ruled that the contract was "void from the start" and ordered a retrial.')
    assert found(blocks)[0][2] == "Amara Osei"


def test_a_verb_after_and_is_not_an_attribution_after_the_quote():
    blocks = para('Mayor Lukas Brenner called the flooding "a warning for the whole region" and promised new dykes.')
    assert found(blocks)[0][2] == "Lukas Brenner"


def test_a_description_is_not_learnt_across_another_name():
    blocks = para(
        "Mexico's Rosa Delgado finished ahead of Peru's Carmen Quispe and Canadian Jill Hart.",
        '"I gave everything today," the Peruvian said.',
    )
    assert found(blocks)[0][2] == "Carmen Quispe"


def test_he_after_a_paragraph_about_someone_else_is_that_person():
    blocks = para(
        '"We will appeal," said coach Marco Pellegrini.',
        "The club's owner, Victor Hale, was seen leaving the ground early.",
        "Winger Samuel Idowu, 22, joined the club from its academy two years ago.",
        '"This club made me. I owe it everything," he said.',
    )
    assert found(blocks)[-1][2] == "Samuel Idowu"


def test_an_acronym_is_the_body_it_spells_even_when_it_spells_a_word():
    blocks = para("GENEVA (AFP) - The World Health Organization on Friday declared the outbreak an emergency.",
                  '"The risk of spread is high," the WHO said in a statement.')
    assert found(blocks)[0][2] == "World Health Organization"


def test_a_name_with_its_acronym_in_brackets_said_it_and_the_acronym_names_it_later():
    blocks = para('Turkey\'s Disaster Management Authority (AFAD) said rescuers would go on "as long as there is hope."',
                  '"No one is being left behind," AFAD said.')
    assert speakers(blocks) == ["Disaster Management Authority"] * 2


def test_it_said_is_the_body_named_last():
    blocks = para("The Sudan Doctors Network said 40 people had been killed in the village on Saturday.",
                  'It called the attack "a massacre in every sense."')
    assert found(blocks)[0][2] == "Sudan Doctors Network"


def test_and_inside_a_body_s_name():
    blocks = para('The National Oceanic and Atmospheric Administration said the season would be "above normal."',
                  '"Prepare now," NOAA said.')
    assert speakers(blocks) == ["National Oceanic and Atmospheric Administration"] * 2
    # ... but `and` between two people does not make them one name
    assert found(para('Ana Lima and Rui Costa said they were "relieved."'))[0][2] != "Ana Lima and Rui Costa"


def test_a_verb_with_no_one_behind_it_hands_over_to_the_one_before():
    blocks = para('Health Minister Lena Brandt said that a second test had revealed the virus and that the patient was '
                  '"stable and in good spirits."')
    assert found(blocks)[0][2] == "Lena Brandt"


def test_asked_or_warned_before_the_speaker():
    blocks = para('"Where is my money?" asked Mina Ortega, a 31-year-old teacher.',
                  '"This will end badly," warned Colonel Arvid Lunde.')
    assert speakers(blocks) == ["Mina Ortega", "Arvid Lunde"]


def test_an_unnamed_someone_is_no_one_we_know():
    blocks = para('"We will strike again," said General Omar Haddad.',
                  'The army has relied on drones, in what one Western diplomat described as a "war from the sky."')
    assert found(blocks)[1][2] is None


def test_a_clause_after_the_quote_is_not_its_attribution():
    blocks = para('Chancellor Greta Lund called the veto "deeply irresponsible," while Prime Minister Pal Horvath '
                  'accused her of "lecturing smaller countries."')
    assert speakers(blocks) == ["Greta Lund", "Pal Horvath"]


def test_a_description_from_an_appositive_at_the_end_of_a_sentence():
    blocks = para('"The river is too low," said Jonas Weber, a barge captain.',
                  "Geologist Mira Stein said the drought would last.",
                  '"Dredging is no cure," the geologist said, while the captain shrugged: "Nobody listens."')
    assert speakers(blocks) == ["Jonas Weber", "Mira Stein", "Jonas Weber"]


def test_a_gendered_nationality_and_she_four_paragraphs_on():
    blocks = para(
        "Kazakhstan's Aigerim Serikova won the final on Saturday.",
        '"I dreamed about this," Serikova said.',
        "Her coach, Frenchman Remi Vautrin, watched from the box.",
        '"She has a huge heart," Vautrin told reporters.',
        'Asked about her coach, she said: "He changed everything."',
    )
    assert speakers(blocks) == ["Aigerim Serikova", "Remi Vautrin", "Aigerim Serikova"]


def test_was_quoted_as_saying_after_the_quote():
    blocks = para('"Reusability is no longer a slogan," founder Zhou Wenhai was quoted by Xinhua as saying.')
    assert found(blocks)[0][2] == "Zhou Wenhai"


def test_which_said_is_the_body_before_it():
    blocks = para('The rice came from the Delta Crop Research Institute (DeltaCrop), which said it had used '
                  'gene editing to "switch off" one gene.')
    assert found(blocks)[0][2] == "Delta Crop Research Institute"


def test_an_acronym_or_a_hyphenated_name_opening_a_sentence_is_a_name():
    blocks = para("PARIS (AFP) - The European Space Agency launched a new satellite on Tuesday.",
                  'The craft is healthy. ESA said it expected data "by early summer".',
                  'Meteo-France said the heat was "exceptional".')
    assert speakers(blocks) == ["European Space Agency", "Meteo-France"]


def test_where_a_body_is_based_is_not_its_name():
    blocks = para('The Geneva-based Orbital Safety Council said low orbit risked becoming "unusable".')
    assert found(blocks)[0][2] == "Orbital Safety Council"


def test_a_place_is_nobody():
    blocks = para("The government in Port Sudan rejected the claim.",
                  'The UN coordinator for Sudan, Henrik Aalto, urged a truce. "The world cannot say it did not know," '
                  "he told reporters.",
                  '"We eat once a day," a teacher in El Fasher said.')
    assert speakers(blocks) == ["Henrik Aalto", None]


def test_said_a_title_then_the_name():
    blocks = para('"Children are dying," said the agency\'s regional director, Cecile Ndiaye.')
    assert found(blocks)[0][2] == "Cecile Ndiaye"


def test_an_unknown_capitalised_word_before_a_common_noun_is_no_speaker():
    blocks = para('The tanker is one of hundreds that Western governments say form a "shadow fleet".')
    assert found(blocks)[0][2] is None


def test_a_body_after_the_clause_it_reports():
    blocks = para('The storm, first seen in late September, has cut the light by 60 percent, NASA said, calling '
                  'the situation "serious".')
    assert found(blocks)[0][2] == "NASA"


def test_the_agency_is_the_body_that_spoke_last():
    blocks = para('NASA said the lander was "serious but stable".',
                  'A scientist said it was "tough". The agency said it would post updates "as conditions allow".',
                  'Flights were running "as normal", airport authorities said.')
    assert speakers(blocks) == ["NASA", None, "NASA", None]


def test_a_team_named_in_apposition():
    blocks = para('Vermeulen\'s team, Solveo-Cycling, said it was "shocked and deeply disappointed".')
    assert found(blocks)[0][2] == "Solveo-Cycling"


def test_two_ministers_the_one_named_in_the_paragraph():
    blocks = para("Trade Minister Pieter van Hamel welcomed the deal.",
                  "Poland's climate minister, Tomasz Wielgo, defended it. "
                  '"We cannot ask miners to pay for this," the minister said.')
    assert found(blocks)[0][2] == "Tomasz Wielgo"


def test_a_general_staff_is_a_body():
    blocks = para('The Ukrainian General Staff said the strike caused "a large-scale fire".')
    assert found(blocks)[0][2] == "Ukrainian General Staff"


def test_the_dateline_and_its_agency_never_speak():
    blocks = para('VIENNA (AFP) - The UN nuclear watchdog said Wednesday it had lost "continuity of knowledge" '
                  "over the stockpile, warning in a report seen by AFP that it could no longer verify it.")
    assert found(blocks)[0][2] == "UN nuclear watchdog"  # the body, as the story names it; not AFP, not VIENNA


def test_of_and_a_body_word_end_a_name_but_a_person_of_a_body_is_a_person():
    blocks = para('The Joint Chiefs of Staff (JCS) said the missile flew 800 kilometres. "We are ready," the JCS said.',
                  '"It is a worry," said Maria Lopez of Oxford University.')
    assert speakers(blocks) == ["Joint Chiefs of Staff", "Maria Lopez"]


def test_it_is_the_body_the_sentence_opens_with():
    blocks = para('The Orbital Safety Council said debris had doubled. "Act now," said NASA chief Lena Ortiz.',
                  'NASA said it agreed. The council also cited a 2021 missile test, which it said left "a lasting scar".')
    assert found(blocks)[-1][2] == "Orbital Safety Council"


def test_an_opening_phrase_before_the_subject():
    blocks = para("In neighbouring Austria, which opposes nuclear power, Environment Minister Leonore Brandt said via "
                  'a spokesman that Vienna would study the plans "very closely".')
    assert found(blocks)[0][2] == "Leonore Brandt"


def test_a_possessor_is_not_the_subject_its_title_names():
    blocks = para("South Korea's national security adviser, Kang Do-yun, convened a meeting and urged the North to "
                  '"return to dialogue."')
    assert found(blocks)[0][2] == "Kang Do-yun"


def test_a_body_that_is_a_source_is_the_one_that_spoke():
    blocks = para('The reactors will come from Northforge, according to Moravia Energy Group (MEG), which gave no cost. '
                  'The utility said talks were "at an advanced stage."')
    assert found(blocks)[0][2] == "Moravia Energy Group"


def test_first_names_ending_like_a_nationality_are_names():
    blocks = para('"We are late," said Sebastian Achterberg, an analyst.', '"Very late," Achterberg added.')
    assert speakers(blocks) == ["Sebastian Achterberg"] * 2


def test_party_and_rank_titles_are_not_names():
    blocks = para('"Would you drink it?" asked Liberal Democrat MP Rhys Penhal.',
                  '"We were rammed," said Commodore Renato Duma.')
    assert speakers(blocks) == ["Rhys Penhal", "Renato Duma"]


def test_a_body_in_a_place_is_the_body_and_of_the_stays_in_its_name():
    blocks = para('The State Department in Washington said it was "closely monitoring" the situation.',
                  'The Organization of the Petroleum Exporting Countries (OPEC) called it "ideologically driven."',
                  'The forecast was rejected by the OPEC oil cartel as "ideological."')
    assert speakers(blocks) == [
        "State Department", "Organization of the Petroleum Exporting Countries",
        "Organization of the Petroleum Exporting Countries"]


def test_the_head_body_of_a_phrase_not_its_possessor():
    blocks = para("The Eastern Theatre Command of China's People's Liberation Army (PLA) said the drills were "
                  '"a stern warning."')
    assert found(blocks)[0][2] == "Eastern Theatre Command"


def test_said_then_according_to_a_broadcaster_is_still_the_speaker():
    blocks = para('Yu Minhui, a former pilot, waved. "Home is more beautiful," she said, according to CCTV.')
    assert found(blocks)[0][2] == "Yu Minhui"


def test_it_said_is_the_body_that_spoke_in_the_paragraph():
    blocks = para('The Philippine Coast Guard (PCG) said its ship was struck by a China Coast Guard (CCG) vessel. '
                  'No one was hurt, it said, but the ship suffered "minor damage."')
    assert found(blocks)[0][2] == "Philippine Coast Guard"


def test_an_opening_name_then_asides_then_said():
    blocks = para("Ravi Kulkarni, chief strategist at Caspian Energy (CAE), speaking for the company at a conference "
                  'in London, said CAE did not plan "around any single forecast."')
    assert found(blocks)[0][2] == "Ravi Kulkarni"


def test_a_colon_after_a_subject_with_no_speech_verb():
    blocks = para('In a statement, the Gulf Energy Secretariat was blunt: "The forecast is wrong."')
    assert found(blocks)[0][2] == "Gulf Energy Secretariat"


def test_according_to_anywhere_in_the_sentence():
    blocks = para('The project had been "dead in the water" since the spring, according to Karolina Berg, an analyst.')
    assert found(blocks)[0][2] == "Karolina Berg"


def test_the_statement_said_is_the_body_that_issued_it():
    blocks = para('The China Coast Guard (CCG) said in a statement that the ship had "illegally intruded."',
                  '"The other side must stop," the statement said.')
    assert speakers(blocks) == ["China Coast Guard"] * 2


def test_the_specialist_for_her_part_and_a_long_appositive():
    blocks = para(
        '"Wounds," said Juana Quispe, 61, who leads a council of communities.',
        'Jitka Bartos, a 38-year-old process engineer who returned last year from a car parts factory in Bavaria, '
        'disagrees. "Training is hard," she said.',
        'Hydrologist Valentina Roa said the basin was "delicate."',
        '"It is our water," Quispe said.',
        'The hydrologist, for her part, said she turned the offer down. "I prefer to be free," she said.',
        'The engineer, who commutes from a village, said she worried. "I never saw the customers," she said.',
    )
    assert speakers(blocks)[-2:] == ["Valentina Roa", "Jitka Bartos"]


def test_a_noun_phrase_after_the_comma_is_the_subject_not_the_clause_before():
    blocks = para("The China Manned Space Agency (CMSA) said the crew landed.",
                  "During the mission, Geng Lei and Pei Bo spent nine hours outside the station, a spacewalk the "
                  'CMSA described as "a new milestone".')
    assert found(blocks)[0][2] == "China Manned Space Agency"


def test_advised_is_a_speech_verb():
    blocks = para('The Department of Environment (DOE) advised schools to stay shut "until further notice."')
    assert found(blocks)[0][2] == "Department of Environment"


def test_after_so_called_the_words_are_the_writers():
    blocks = para('Hutan Watch said the damages were "a fraction" of the cost of the so-called "haze crisis" of 2015.')
    assert speakers(blocks) == ["Hutan Watch", None]


def test_a_reporters_question_is_not_the_answerers_quote():
    blocks = para('"We need ten more," said Ukrainian minister Taras Melnyk.',
                  'Asked by a journalist whether the systems would arrive "before the first frost," Defence Minister '
                  'Wout van Lier said the schedule was "confidential."')
    assert speakers(blocks) == ["Taras Melnyk", None, "Wout van Lier"]


def test_he_after_an_unnamed_source_is_that_source():
    blocks = para('"Prices will rise," said Mirela Ionescu, an analyst.',
                  'A manager at a steel mill, who asked not to be named, told AFP the industry was "ready." '
                  '"The small mills will struggle," he said.')
    assert speakers(blocks) == ["Mirela Ionescu", None, None]


def test_an_unnamed_officer_from_a_country_named_like_a_body():
    blocks = para("The Philippine Coast Guard (PCG) said a ship was hit.",
                  "A Philippine military officer, who spoke on condition of anonymity, said boats had been "
                  '"swarming" the area.')
    assert found(blocks)[0][2] is None


def test_the_company_is_the_body_the_story_is_about():
    blocks = para("SINGAPORE (AFP) - Crypto exchange Kryptona halted withdrawals on Monday, in a market scarred by "
                  "the collapse of FTX.",
                  'In a post on X, the company said it faced "extreme market conditions".')
    assert found(blocks)[0][2] == "Kryptona"


def test_a_body_word_before_a_name_makes_it_a_body_that_speaks():
    blocks = para("COPENHAGEN (AFP) - Danish drugmaker Novamida said Tuesday it would cut prices.",
                  'The price will fall, the company said, reflecting "our commitment to patients."')
    assert found(blocks)[0][2] == "Novamida"


def test_a_body_named_by_what_it_is():
    blocks = para('An Israeli strike killed a commander, the Israeli army said.',
                  'The army said in a statement that it had "eliminated" him.',
                  'The Lebanese army said it was "fully committed" to the truce.',
                  'The Russian defence ministry made no mention of casualties, saying its forces had carried out a '
                  '"massive strike".')
    assert speakers(blocks) == ["Israeli army", "Lebanese army", "Russian defence ministry"]


def test_a_described_body_is_the_named_one_when_there_is_one():
    blocks = para('The International Energy Agency said demand would peak. The Paris-based agency also said it saw "a cushion".')
    assert found(blocks)[0][2] == "International Energy Agency"


def test_what_someone_should_say_is_not_who_says_it():
    blocks = para("Former president Sergei Dubrov wrote on Telegram that Moscow should respond "
                  '"without any illusions".')
    assert found(blocks)[0][2] == "Sergei Dubrov"


def test_a_second_clause_with_its_own_subject_and_a_coordinated_verb():
    blocks = para("The United States sent no delegation, after President Gordon Whitlo pulled out of the accord and "
                  'dismissed warming as "a hoax."',
                  "Trump did not say whether he would speak with Putin, but added there had been \"positive messages\".")
    assert speakers(blocks) == ["Gordon Whitlo", "Trump"]


def test_described_leads_into_the_quote_only_paragraph_after():
    blocks = para('"My children study by torchlight," said Oksana Melnik, a teacher.',
                  "Ivan Zaporozhets, a senior engineer at the plant, described the attack in a phone interview.",
                  '"We heard the first missile at four in the morning."')
    assert speakers(blocks) == ["Oksana Melnik", "Ivan Zaporozhets"]


def test_a_quote_that_is_the_subject_of_a_verb_after_it():
    blocks = para('Taiwanese President Chen Wei-lun wrote that "China\'s provocations" threatened peace.')
    assert found(blocks)[0][2] == "Chen Wei-lun"


def test_a_body_opening_a_sentence_that_speaks_and_a_name_for_something():
    blocks = para('Hamas denied any role, saying Israel was looking for "pretexts".',
                  'Critics said the plan was "unworkable".',
                  'Beijing has pledged to peak emissions, targets known in official jargon as the "dual carbon" goals.')
    assert speakers(blocks) == ["Hamas", None, None]


def test_names_that_end_like_nationalities_or_follow_a_region():
    blocks = para('Kinshasa\'s chief negotiator, Therese Mbuya, said the government made "painful concessions".',
                  'Senior US adviser for Africa Mark Belamy said the US would "hold all sides accountable".',
                  'Neighbouring Iran sent "deepest condolences", said Amir Hossaini, a spokesman.')
    assert speakers(blocks) == ["Therese Mbuya", "Mark Belamy", "Amir Hossaini"]


def test_a_command_of_the_peoples_army():
    blocks = para("The Eastern Theater Command of the People's Liberation Army said the drills were a "
                  '"stern warning".')
    assert found(blocks)[0][2] == "Eastern Theater Command"


def test_the_body_before_which_not_the_one_inside_it():
    blocks = para("The European Space Agency, which runs the programme on behalf of the European Union, said the "
                  'satellites were "in good health".')
    assert found(blocks)[0][2] == "European Space Agency"


def test_the_ministry_is_the_one_just_described():
    blocks = para('IAEA chief Rafael Ferro said the plant was "stable".',
                  "The Ukrainian energy ministry accused Russian forces of shelling the line. "
                  '"Russia is doing this on purpose," the ministry said on Telegram.')
    assert speakers(blocks) == ["Rafael Ferro", "Ukrainian energy ministry"]


def test_a_scare_quote_between_two_quotes_of_one_speaker():
    blocks = para('The Israeli military said it targeted "terrorists" who crossed the so-called "yellow line" and '
                  'posed an "immediate threat" to troops.')
    assert speakers(blocks) == ["Israeli military", None, "Israeli military"]


def test_state_media_relay_a_quote_they_do_not_say_it():
    blocks = para('President Xi Lanfeng called for "restraint", state broadcaster CCTV reported.',
                  'Leader Kim Song Chol vowed to build "an invincible army", KCNA said.')
    assert speakers(blocks) == ["Xi Lanfeng", "Kim Song Chol"]


def test_the_source_is_nobody_the_story_names():
    blocks = para('Foreign Minister Sergei Lavin said the West was "playing with fire".',
                  '"It is a disaster," said the source, who requested anonymity.')
    assert speakers(blocks) == ["Sergei Lavin", None]


def test_a_party_description_and_a_countrys_body():
    blocks = para('"We will win," said President Donald Trimble.',
                  '"Shut up," the 79-year-old Republican said.',
                  'Ukraine\'s air force said it had downed "most of the drones".',
                  "Vietnam's Ministry of Health reported two cases. Vietnam's health ministry said the outbreak was "
                  '"under control".')
    assert speakers(blocks) == [
        "Donald Trimble", "Donald Trimble", "Ukraine's air force", "Ministry of Health"]


def test_a_draft_seen_by_an_agency_is_no_ones():
    blocks = para("The package bans two banks, according to a draft seen by AFP, which says it aims "
                  '"to deprive Russia of funds."')
    assert found(blocks)[0][2] is None


def test_blamed_and_a_bodys_title_before_a_name():
    blocks = para('CNE president Ana Lucia Bonito blamed the delays on "technical failures" and said the count '
                  'would resume "in the coming hours."')
    assert speakers(blocks) == ["Ana Lucia Bonito"] * 2


def test_an_attribution_that_closes_the_sentence_after_more_words():
    blocks = para('"This is an unfriendly act, and it does not help" efforts to end the war, Kremlin spokesman '
                  "Arkady Pestrov told reporters.")
    assert found(blocks)[0][2] == "Arkady Pestrov"


def test_a_korean_family_name_tells_no_gender():
    blocks = para('His sister Kim Sol-hwa said the offers were "a daydream." "We will not talk," she said.')
    assert speakers(blocks) == ["Kim Sol-hwa"] * 2


def test_bodies_with_for_the_and_of_in_their_names():
    blocks = para('The Institute for the Study of War said troops had "likely seized" the town.',
                  'The Alliance of Sahel States (AES), which groups Mali with Burkina Faso and Niger, said it stood '
                  '"shoulder to shoulder" with Bamako.',
                  'US Forces Korea called the drills "defensive in nature".')
    assert speakers(blocks) == [
        "Institute for the Study of War", "Alliance of Sahel States", "US Forces Korea"]


def test_a_long_title_with_its_brief_before_the_name():
    blocks = para('UN High Commissioner for Human Rights Anders Holmgren said there had been "summary executions".',
                  'Minister of Science and Technology Meera Pilai said the mission was "on track".')
    assert speakers(blocks) == ["Anders Holmgren", "Meera Pilai"]


def test_with_someone_saying():
    blocks = para('Hamas accused Israel of "sabotage", with senior official Khalil Darwin saying the movement was '
                  '"committed to the ceasefire".')
    assert speakers(blocks) == ["Hamas", "Khalil Darwin"]


def test_a_shortened_body_name_is_the_full_one():
    blocks = para("South Korea's Joint Chiefs of Staff said a missile was fired.",
                  '"We are on full alert," the Joint Chiefs said in a statement.')
    assert found(blocks)[0][2] == "Joint Chiefs of Staff"


def test_appositive_between_name_and_verb():
    blocks = para('"Everything depends on Russia," Zelensky, the Ukrainian leader, said.',)
    assert found(blocks)[0][2] == "Zelensky"


def test_broad_verbs():
    for verb in ("warned", "insisted", "stressed", "noted", "wrote", "tweeted", "declared", "explained", "cautioned"):
        assert found(para(f'"We are ready," Ana Lima {verb}.'))[0][2] == "Ana Lima", verb


def test_markup_and_escapes_are_just_text():
    (q,) = found(para('"[bold]x[/oops] \x1b[31m" said Ana Lima.'))
    assert q[1].startswith("[bold]") and q[2] == "Ana Lima"


# --- the annotated set --------------------------------------------------------------------------


@pytest.mark.skipif(not any(EVAL_DIR.glob("*.json")), reason="annotated set missing")
def test_annotated_set_scores():
    """Spans must meet the issue's bar. Speakers are held near the measured level (96.0% of 16,392),
    above the issue's 90%, so that a change that loses speakers fails here; `python -m
    reader.quote_eval` reports the figures."""
    score = evaluate(EVAL_DIR)
    assert score.annotated >= 16350
    assert score.precision >= 0.97, score.errors
    assert score.recall >= 0.98, score.errors
    assert score.speaker_accuracy >= 0.96, score.errors


def test_the_scorer_matches_the_same_words_quoted_twice_in_order(tmp_path):
    """Annotations are in reading order: the second `"on track"` of a paragraph is its second span."""
    (tmp_path / "1.json").write_text(json.dumps({"title": "t", "paragraphs": [
        'The target was, she said, "on track." It was "on track" again later, said Anna Berg.'],
        "quotes": [{"block": 0, "text": "on track.", "speaker": None},
                   {"block": 0, "text": "on track", "speaker": "Anna Berg"}]}))
    score = evaluate(tmp_path)
    assert (score.annotated, score.found, score.matched) == (2, 2, 2), score.errors
    assert not [error for error in score.errors if "missed" in error or "extra" in error]


def test_the_scorer_matches_quoted_words_where_a_mark_opens_them(tmp_path):
    """`"Cova"` is the quote, not the `Cova` that begins `Covadonga` earlier in the paragraph."""
    (tmp_path / "1.json").write_text(json.dumps({"title": "t", "paragraphs": [
        'His wife, Covadonga Suárez, whom everyone calls \u201cCova\u201d, ran the house.'],
        "quotes": [{"block": 0, "text": "Cova", "speaker": None}]}))
    score = evaluate(tmp_path)
    assert (score.annotated, score.found, score.matched) == (1, 1, 1), score.errors


def test_pronoun_right_before_the_verb_after_an_adverb():
    blocks = para("Minister Giulia Marchetti met the unions.", 'Afterwards she said: "Nothing is agreed."')
    assert found(blocks)[0][2] == "Giulia Marchetti"


def test_passive_by_names_the_speaker():
    assert found(para('The reform was hailed by Finance Minister Sergio Moura as "historic."'))[0][2] == "Sergio Moura"


def test_relative_who_refers_back_to_the_name():
    blocks = para("Engineer Mireille Dufresne led the review.",
                  'The fault was a valve, according to Dufresne, who said it was redesigned "from scratch."')
    assert found(blocks)[0][2] == "Mireille Dufresne"


def test_participle_after_a_verb_first_attribution():
    blocks = para('"We want it in writing," said Erik Lund, head of the union, warning of "fewer people doing more work."')
    assert [s for _, _, s, _ in found(blocks)] == ["Erik Lund", "Erik Lund"]


def test_what_he_called():
    blocks = para('Governor Alexei Zorin wrote that two people were hurt in what he called a "cowardly" attack.')
    assert found(blocks)[0][2] == "Alexei Zorin"


def test_speaker_introduced_in_prose_with_age_and_relative_clause():
    blocks = para(
        "Halima Ishag, 41, who fled to the nearby town with four of her children, said the fighters came at dawn.",
        '"They went from house to house," she told AFP by telephone.',
    )
    assert found(blocks)[0][2] == "Halima Ishag"


def test_a_named_person_in_an_appositive_beats_a_description():
    blocks = para(
        '"I won," said the champion Dana Serik.',
        "Kazakhstan's sports minister, Yerlan Abenov, wrote on Instagram: \"The whole country is proud!\"",
    )
    assert found(blocks)[1][2] == "Yerlan Abenov"


def test_any_jumble_of_marks_names_and_cues_gives_sound_spans():
    """Bad input never breaks the finder: random runs of marks, brackets, dashes, names and cue words
    give spans inside their block, in reading order, with their text between the marks."""
    import random

    pieces = ['"', "\u201c", "\u201d", "\u00ab", "\u00bb", "\u201e", "'", "\u2019", "(", ")", "-", "\u2014", ",", ".",
              ":", "?", "said", "told", "was", "quoted", "as", "saying", "according", "to", "it", "It", "which",
              "who", "he", "She", "the", "minister", "agency", "in", "of", "and", "Ana", "Lima", "WHO", "(ESA)",
              "Food", "Drug", "Administration", "Port", "Sudan", "Korea's", "Geneva-based", "Council", "while",
              "VIENNA", "(AFP)", "Western", "one", "Mr.", "D-Ga.", "'s", "[b]", "\x1b[31m", ""]
    rng = random.Random(5)
    for _ in range(1500):
        blocks = [
            Block(rng.choice(("paragraph", "subhead")), rng.choice(("", " ")).join(
                rng.choice(pieces) for _ in range(rng.randint(0, 30))))
            for _ in range(rng.randint(1, 5))
        ]
        quotes = find_quotes(blocks)
        assert [(q.block, q.start) for q in quotes] == sorted((q.block, q.start) for q in quotes)
        for q in quotes:
            text = blocks[q.block].text
            assert 0 <= q.start < q.end <= len(text) and q.text in text[q.start : q.end]


def test_who_after_a_body_in_an_appositive_is_the_person_before_it():
    blocks = para('"We support returns," said Willem Bakker, director of the Van Houten Museum, who called '
                  'the case "beyond dispute."')
    assert speakers(blocks) == ["Willem Bakker", "Willem Bakker"]


def test_speakers_do_not_depend_on_string_hashing():
    """Python salts string hashes per process: the same article must give the same speakers in every
    process, so the order names are learnt in never comes from a set."""
    import json
    import os
    import subprocess
    import sys

    script = (
        "import json; from reader.model import Block; from reader.quotes import find_quotes; "
        "texts = ['The Ukrainian air force said Russia fired 476 drones, of which 438 were \"shot down\".', "
        "'\"The main target was energy,\" the air force said.']; "
        "print(json.dumps([q.speaker for q in find_quotes([Block('paragraph', t) for t in texts])]))"
    )
    runs = {
        subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout
        for seed in range(12)
    }
    assert len(runs) == 1
    assert json.loads(runs.pop()) == ["Ukrainian air force", "Ukrainian air force"]


def test_the_official_after_a_new_unnamed_official_is_no_one():
    blocks = para(
        'Diplomat Sara Lind said talks would go on. A Western diplomat said the board was unlikely to act. '
        '"Nobody wants to give Tehran a pretext," the diplomat said.',
        'According to a senior defence official who briefed reporters, the next test will be hard. '
        '"It will be harder," the official said.',
    )
    assert speakers(blocks) == [None, None]


def test_an_official_of_a_named_body_is_not_the_body():
    blocks = para('An official of the National Emergency Management Agency, who asked not to be named, said the '
                  'toll was "likely to rise."')
    assert found(blocks)[0][2] is None


def test_an_unnamed_spokesman_named_in_an_appositive_is_that_person():
    """Guard: `a spokesman …, Ivan Petrov,` names the newcomer, so `the spokesman` is him."""
    blocks = para('A spokesman for the ministry, Ivan Petrov, said the toll rose. "It is grim," the spokesman said.')
    assert found(blocks)[0][2] == "Ivan Petrov"


def test_a_noun_phrase_after_a_noun_is_the_subject_even_in_a_long_sentence():
    blocks = para('The US military on Tuesday shot down a mock missile over the Pacific in a test the Pentagon '
                  'called a "major milestone" for the shield.')
    assert found(blocks)[0][2] == "Pentagon"


def test_a_capitalised_name_before_a_noun_is_no_ones_quote():
    blocks = para('"We have to think about our security," Maxim Druzhinin told reporters, in a reference to the '
                  'US "Golden Dome" project.')
    assert speakers(blocks) == ["Maxim Druzhinin", None]


def test_quotes_joined_by_and_share_the_cue_after_the_last():
    blocks = para('The drills focus on "blockading key ports and areas" and "seizing superiority," Colonel Shi Yi '
                  'said in a statement.')
    assert speakers(blocks) == ["Shi Yi", "Shi Yi"]


def test_an_appositive_opening_with_a_possessor_is_stepped_over():
    blocks = para("\u201cIt shows Japan can build rockets,\u201d Daisuke Hamaguchi, Hokuto\u2019s chief executive, told AFP.")
    assert found(blocks)[0][2] == "Daisuke Hamaguchi"


def test_a_relative_clause_after_a_prepositional_aside_is_stepped_over_too():
    blocks = para("Dr. Julia Hartmann, of the Natural History Museum in Berlin, who was not involved in the research, "
                  "called the find \u201can important piece of the puzzle.\u201d",
                  "China\u2019s special envoy, Liu Jianming, who attended as a partner, said Beijing was \u201cready.\u201d")
    assert speakers(blocks) == ["Julia Hartmann", "Liu Jianming"]


def test_a_titled_nationality_is_a_description_not_a_name():
    blocks = para("The unseeded Czech won in three sets.",
                  "Former Czech player Martina Hrub\u00e1 said her composure was \"something you cannot teach.\"")
    assert found(blocks)[0][2] == "Martina Hrub\u00e1"


def test_a_first_name_ending_in_ing_is_a_name_not_an_opener():
    blocks = para("\u201cMost of the victims were burnt,\u201d police spokeswoman Blessing Amadi told AFP.")
    assert found(blocks)[0][2] == "Blessing Amadi"


def test_she_in_a_paragraph_about_someone_elses_coach_teaches_no_gender():
    blocks = para(
        "Ethiopian runner Almaz Teferi won.",
        "Teferi's coach, Getachew Wolde, said the pair had \"rebuilt everything\" after last year, when she dropped out.",
        '"She was running too many races," he told AFP.',
    )
    assert speakers(blocks) == ["Getachew Wolde", "Getachew Wolde"]


def test_a_name_before_a_role_and_another_name_only_modifies_it():
    blocks = para("Conservative businessman Rafael Aguilar won. President Donald Trump congratulated him.",
                  "Aguilar supporter Dania Reyes said she was confident. \"The numbers do not lie,\" she said.",
                  'Trump adviser Jane Doe called it "fine".')
    assert speakers(blocks) == ["Dania Reyes", "Jane Doe"]


def test_a_title_with_a_body_in_it_and_an_acronym_before_a_name_are_cut_off():
    blocks = para(
        'Chief of the General Staff Gennady Voronin said: "The missile flew for 14 hours."',
        'French ambassador to the IAEA Claire Dumoulin-Reyes said Iran had "repeatedly failed" to comply.',
    )
    assert speakers(blocks) == ["Gennady Voronin", "Claire Dumoulin-Reyes"]


def test_a_possessive_that_belongs_to_a_bodys_name_stays_in_it():
    blocks = para("The Alzheimer\u2019s Association welcomed the decision, saying that \u201cevery option matters.\u201d",
                  "Ukraine's Defence Ministry said it was \"ready.\"")
    assert speakers(blocks) == ["Alzheimer\u2019s Association", "Defence Ministry"]


def test_welcomed_it_as_characterises_what_was_said():
    blocks = para('Anti-corruption group Transparence Citoyenne, a civil party, welcomed the ruling as "exemplary."')
    assert found(blocks)[0][2] == "Transparence Citoyenne"


def test_on_inside_a_bodys_name():
    blocks = para('An inquiry by the Advisory Committee on Restitution, which concluded the objects were "looted," '
                  'ended.',
                  'The Committee on Monday said it was "done."')
    # `on Monday` is no part of a name: the second is the committee named before
    assert speakers(blocks) == ["Advisory Committee on Restitution"] * 2


def test_a_name_before_a_bodys_word_names_the_body():
    blocks = para('The IG Metall union condemned the cuts, calling them "a slap in the face."',
                  'The Biden administration called it "a disgrace."')
    assert speakers(blocks) == ["IG Metall", "Biden administration"]


def test_a_sentence_after_a_dateline_has_its_subject_past_it():
    blocks = para("Paris (AFP) Feb 14, 2025 - Franco-British satellite operator Orbitalis on Friday lowered its "
                  "forecast, blaming a decline in its TV business, but said demand was \u201caccelerating.\u201d")
    assert found(blocks)[0][2] == "Orbitalis"


def test_a_body_named_before_a_participle_speaks():
    blocks = para("China launched drills around Taiwan, with the People's Liberation Army's Eastern Theater Command "
                  "calling them a \"stern warning\".")
    assert found(blocks)[0][2] == "Eastern Theater Command"


def test_a_warning_from_a_body_is_the_bodys():
    blocks = para("The US unveiled export curbs, drawing a swift warning from the Chinese Commerce Ministry that it "
                  "would take \"resolute countermeasures.\"")
    assert found(blocks)[0][2] == "Chinese Commerce Ministry"


def test_the_head_of_a_body_is_not_the_body():
    blocks = para('The head of the UN nuclear watchdog said the situation could not "go on indefinitely."',
                  'The Russian defence ministry said it was "fine".')
    assert speakers(blocks) == [None, "Russian defence ministry"]


def test_an_attribution_closing_the_sentence_covers_a_fragment_inside_it():
    blocks = para('Russia has tested a missile that can evade "any existing or future" air defence system, '
                  'President Vladimir Putin said Tuesday.')
    assert found(blocks)[0][2] == "Vladimir Putin"


def test_a_described_body_before_a_participle_speaks_and_issues_the_statement():
    blocks = para('KCNA carried a statement from the North Korean defence ministry warning that the drills were '
                  '"a dangerous provocative act".',
                  '"The US will pay a dear price," the statement said, according to KCNA.')
    assert speakers(blocks) == ["North Korean defence ministry"] * 2


def test_a_quoted_code_name_or_title_is_no_ones_and_no_wall():
    blocks = para(
        'The Eastern Theater Command said the drills, codenamed "Jade Shield-7", were "a stern warning."',
        'Martin Crossley, 61, had claimed he co-wrote the 1986 album "Northern Lights".',
        "ISRO said the satellite, called \u201cVAYU-1\u201d, reached orbit.",
    )
    assert speakers(blocks) == [None, "Eastern Theater Command", None, None]


def test_a_number_opening_a_sentence_is_no_part_of_a_name():
    blocks = para('One EU diplomat said the summit had been "long and painful."')
    assert found(blocks)[0][2] is None


def test_a_body_is_what_its_body_word_calls_it_and_an_embassy_keeps_its_city():
    blocks = para(
        "The Russian Embassy in Finland denied any violation. \u201cThe ship was in international waters,\u201d "
        "the embassy said.",
        "The Ministry of Environment opened an inquiry. The Department of Forestry said the fires were out.",
        'The ministry said it would act "before the next fire season."',
    )
    assert speakers(blocks) == ["Russian Embassy in Finland", "Ministry of Environment"]


def test_a_name_declaring_an_acronym_is_a_body():
    blocks = para("Doctors Without Borders (MSF) said its clinics were full.",
                  "At an MSF feeding centre, nurse Fatim\u00e9 Abakar weighed a baby. \u201cHe is eleven months old,\u201d she said.")
    assert found(blocks)[0][2] == "Fatim\u00e9 Abakar"


def test_a_first_name_alone_with_an_age_or_given_only_as_is_a_person():
    blocks = para(
        "\u201cThis will last four days,\u201d said Amina, 34, a mother of three.",
        "The boy's mother, who asked to be identified only as Zahra, said she had walked two hours.",
        "\u201cI have no milk,\u201d she said.",
    )
    assert speakers(blocks) == ["Amina", "Zahra"]


def test_family_names_that_end_like_demonyms_or_roles_stay_names():
    blocks = para('"It is intense," chairman Qian Haoyu told a briefing.',
                  'Abdirahman Abu Hashim runs the camp. Abu Hashim said it was "hard".')
    assert speakers(blocks) == ["Qian Haoyu", "Abdirahman Abu Hashim"]


def test_a_surname_with_a_particle_maps_to_the_full_name():
    blocks = para("Rosa Elena de la Torre Ibarra leads the collective.", 'De la Torre said it was "hard".')
    assert found(blocks)[0][2] == "Rosa Elena de la Torre Ibarra"


def test_religious_and_burmese_honorifics_are_titles():
    blocks = para('Ayatollah Ali Khamenei said it "will not be solved".',
                  'Daw Khin Su Hlaing said: "Our forces will not attack."')
    assert speakers(blocks) == ["Ali Khamenei", "Khin Su Hlaing"]


def test_a_first_name_alone_with_a_role_or_a_relation_is_a_person():
    blocks = para(
        "Aminata, a schoolteacher who gave only her first name, said families were hosting relatives. "
        "\u00abIn my house we are now 23 people,\u00bb she said.",
        'Zarghuna, a 34-year-old widow, now sells bread. "I delivered hundreds of babies," she said.',
        'Her neighbour Yosef, who goes by one name, went back. "The roof is full of ash," he said.',
    )
    assert speakers(blocks) == ["Aminata", "Zarghuna", "Yosef"]


def test_bodies_named_with_a_possessor_a_community_or_a_conference_keep_their_names():
    blocks = para(
        "The United Nations Children's Fund said children were \"far more likely to die\".",
        "The Economic Community of West African States said it stood in \"solidarity\".",
        "The Bolivian Episcopal Conference called for \"calm\".",
        "The Ombudsman\u2019s Office warned of \"an extremely high risk\".",
    )
    assert speakers(blocks) == [
        "United Nations Children's Fund", "Economic Community of West African States",
        "Bolivian Episcopal Conference", "Ombudsman\u2019s Office"]


def test_an_order_quoted_is_the_words_of_who_gave_it():
    blocks = para('Prime Minister Pham Minh Chinh ordered the army to deploy "all available forces and means" to reach '
                  "cut-off communities, the government's news portal reported.")
    assert found(blocks)[0][2] == "Pham Minh Chinh"


def test_a_surname_without_its_arabic_article_maps_to_the_full_name():
    blocks = para("OCHA spokeswoman Mariam al-Saqqaf said aid was short.",
                  'Saqqaf said "the worst is still ahead of us."')
    assert found(blocks)[0][2] == "Mariam al-Saqqaf"


def test_a_body_word_opening_a_name_keeps_the_titles_inside_it():
    blocks = para(
        'The Court of Justice of the European Union ruled that the ban was "necessary and proportionate".',
        'The Office of the US Trade Representative called the tariffs a "lawful and necessary response".',
        'Fair Finance Watch called the nominee "a rubber stamp for Wall Street."',
    )
    assert speakers(blocks) == [
        "Court of Justice of the European Union", "Office of the US Trade Representative", "Fair Finance Watch"]


def test_a_relative_clause_in_a_subject_names_no_one():
    blocks = para(
        "Judge Catherine Ashworth-Bell said the approval was \u201cunlawful and must be set aside.\u201d",
        "Climate group Green Future Foundation, which brought the case together with local residents in Shetland, "
        "called the ruling \u201ca huge win for the climate.\u201d",
    )
    assert found(blocks)[1][2] == "Green Future Foundation"


def test_he_said_after_an_unnamed_source_reported_speech_is_no_one():
    blocks = para(
        "Aid worker Jean-Pierre Ilunga said the road was cut.",
        "In S\u00e9gou, a trader reached by telephone said lorries had not arrived in a week. \u00abPrices have "
        "doubled,\u00bb he said, asking that his name not be published.",
    )
    assert found(blocks)[0][2] is None


def test_someone_unnamed_who_gives_a_first_name_or_a_pensioner_by_first_name_speaks():
    blocks = para(
        '"My son works there," said a woman selling vegetables, who gave only her first name, Marta.',
        '67-year-old pensioner Halyna said she had barely slept. "We heard the explosions," she told AFP.',
    )
    assert speakers(blocks) == ["Marta", "Halyna"]


def test_a_short_form_declares_the_whole_name_before_it():
    blocks = para(
        "The Ministry of Economy, Trade and Industry (METI) said nuclear power was \"indispensable\".",
        "The Al-Qaeda-affiliated Group for the Support of Islam and Muslims (JNIM) claimed the attack. "
        'JNIM said it had killed "dozens of apostates."',
        'In Malaysia, the Department of Environment (DOE) said the air was "unhealthy".',
    )
    assert speakers(blocks) == [
        "Ministry of Economy, Trade and Industry", "Group for the Support of Islam and Muslims",
        "Department of Environment"]


def test_a_party_tag_after_a_name_is_stepped_over():
    blocks = para('Sen. Jamal Whitaker, D-Ga., a co-author of the bill, said utilities had faced "thousands" of '
                  "intrusions.")
    assert found(blocks)[0][2] == "Jamal Whitaker"


def test_a_speech_verb_joined_by_and_after_a_fragment_is_no_cue_for_it():
    blocks = para('RSF commander Ibrahim Kafi said his forces had "liberated" El-Fasher and promised safe passage.')
    assert found(blocks)[0][2] == "Ibrahim Kafi"


def test_said_the_59_year_old_is_the_person_the_story_is_on():
    blocks = para("Settat, Morocco (AFP) Apr 2, 2025 - Abdelkader Bennani crouched in his field and pulled up a stalk.",
                  '"In a good year this comes up to my waist," said the 59-year-old, who farms 14 hectares.')
    assert found(blocks)[0][2] == "Abdelkader Bennani"


def test_a_first_name_with_a_relation_after_it_is_a_person_and_a_place_is_not():
    blocks = para(
        "Maryam, Zahra's mother, has found the adjustment hardest.",
        '"In Kabul I had sisters," she said, as her son Omid, nine, translated.',
        "Back near Warsaw, Grabowski's neighbour, Ewa Mazur, 47, said she drove 90 kilometres. \"I want my "
        "daughter to have the choice,\" she said.",
    )
    assert speakers(blocks) == ["Maryam", "Ewa Mazur"]


def test_the_place_in_a_dateline_is_not_whom_the_story_is_on():
    blocks = para("Everest Base Camp, Nepal (Reuters) Apr 28, 2025 - In a yellow tent, Pemba Dorje Sherpa checked "
                  "oxygen regulators.",
                  '"Every time, my wife says, this is the last one," said the 41-year-old, laughing.')
    assert found(blocks)[0][2] == "Pemba Dorje Sherpa"


def test_red_cross_societies_and_school_heads_keep_their_names():
    blocks = para('The Turkish Red Crescent warned against "entering damaged buildings."',
                  'Headmistress Valentyna Hrytsenko said: "Children must have something that is theirs."')
    assert speakers(blocks) == ["Turkish Red Crescent", "Valentyna Hrytsenko"]


def test_the_place_in_a_dateline_names_no_one():
    blocks = para('Ben Tre, Vietnam (AFP) Mar 3, 2025 - Nguyen Van Hai dipped a finger in the canal. "Salty," he '
                  'said. "Again."')
    assert speakers(blocks) == ["Nguyen Van Hai", "Nguyen Van Hai"]


def test_a_description_by_age_is_the_person_named_last():
    blocks = para(
        "In a narrow workshop near the cathedral, Japanese luthier Haruki Sato runs his thumb along a violin.",
        '"The wood tells you when to stop," said the 44-year-old, who came to Cremona 20 years ago.',
        "Upstairs, a nurse named Halyna, whose son is a prisoner of war, checked on three babies.",
        '"I tell them stories," the 58-year-old said.',
    )
    assert speakers(blocks) == ["Haruki Sato", "Halyna"]


def test_first_names_given_with_a_title_or_a_hyphenated_relation_are_people():
    blocks = para(
        '"We did 14 operations," said a surgeon who asked to be identified only as Dr Ibrahim.',
        '"Who will feed the children?" asked her sister-in-law Neema.',
    )
    assert speakers(blocks) == ["Ibrahim", "Neema"]


def test_a_participle_after_x_said_is_x_even_when_a_passive_verb_opens_the_sentence():
    blocks = para(
        "The World Health Organization warned on Tuesday that cholera was spreading.",
        "More than 210,000 cases have been reported since January, the WHO said in its monthly update, adding "
        "that the true toll was \u201clikely far higher\u201d because of poor surveillance.",
    )
    assert found(blocks)[0][2] == "World Health Organization"


def test_an_adverb_between_subject_and_verb_keeps_the_subject():
    blocks = para("Protests spread.", 'The National Police Service initially said he had died of "self-inflicted '
                                      'injuries", but an independent post-mortem found wounds.')
    assert found(blocks)[0][2] == "National Police Service"


def test_a_body_named_of_one_thing_and_another_keeps_its_whole_name():
    blocks = para(
        "The Bureau of Industry and Security, which oversees export controls, said it was \u201caware of the "
        "reports.\u201d",
        'The Ministry of Ecology and Environment said emissions fell "roughly 60 percent."',
        '"We act," the bureau said.',
        'The Ministry of Defence and President Maria Lopez said it was "over."',
    )
    assert speakers(blocks) == [
        "Bureau of Industry and Security", "Ministry of Ecology and Environment", "Bureau of Industry and Security",
        "Maria Lopez"]


def test_a_long_acronym_in_an_appositive_is_the_body_that_speaks():
    blocks = para("The UN peacekeeping mission in the country, MONUSCO, said it was \u201cextremely concerned.\u201d")
    assert found(blocks)[0][2] == "MONUSCO"


def test_news_outlets_named_in_full_or_by_what_they_are_never_speak():
    blocks = para(
        "General Park Jae-won said the drills were defensive.",
        "Last week, the North's official Korean Central News Agency warned that the drills were a "
        '"rehearsal for invasion."',
        "Interim leader Muhammad Yunus ordered all agencies to \"stand by the people,\" according to the state-run "
        "Bangladesh Sangbad Sangstha (BSS) news agency.",
    )
    assert speakers(blocks) == [None, "Muhammad Yunus"]


def test_a_press_freedom_group_is_no_news_outlet():
    blocks = para('The Sri Lanka Press Freedom Collective called the changes "cosmetic."')
    assert found(blocks)[0][2] == "Sri Lanka Press Freedom Collective"


def test_titles_abbreviated_after_a_place_or_given_as_honours_are_not_names():
    blocks = para(
        'Iloilo Gov. Antonio Salazar Lim declared a state of calamity. "Every barangay will get fogging," he said.',
        '"Do not wait for the rash," Health Undersecretary Maria Lourdes Villanueva-Santos said.',
        "Tan Sri Kamarul Ariffin Osman was charged in 2024.",
        'Kamarul told reporters: "I have full faith that I will be vindicated."',
    )
    assert speakers(blocks) == [
        "Antonio Salazar Lim", "Maria Lourdes Villanueva-Santos", "Kamarul Ariffin Osman"]


def test_a_forum_is_a_body_and_keeps_its_nationality():
    blocks = para("The Nigerian Industrialists' Forum welcomed the cut as \"a step in the right direction.\"")
    assert found(blocks)[0][2] == "Nigerian Industrialists' Forum"


def test_the_company_is_the_firm_named_by_what_it_is():
    blocks = para(
        "Beijing (AFP) Jan 27, 2026 - A rocket built by Chinese private firm Tianlan Aerospace exploded shortly "
        "after liftoff on Tuesday, the company said.",
        'The rocket lifted off at 12:30 pm but "suffered an anomaly" during first-stage flight, the company said.',
        'Drugmaker Novamed said sales rose. "We are pleased," the company said.',
        '"I thought my son would work here too," said crane operator Mehmet Yilmaz, 44. "Now I do not know," he said.',
    )
    assert speakers(blocks) == [
        "Tianlan Aerospace", "Novamed", "Mehmet Yilmaz", "Mehmet Yilmaz"]


def test_a_place_speaks_only_when_no_one_around_it_does():
    blocks = para('The State Department said in a statement that Washington urged Beijing to "exercise restraint."',
                  'Kyiv urged Moscow to "stop the strikes."')
    assert speakers(blocks) == ["State Department", "Kyiv"]


def test_a_body_described_with_where_it_sits():
    blocks = para(
        '"We passed that test," Tomasz Wrona said.',
        'The Russian embassy in Warsaw said the accusations were "unfounded."',
        '"It is a provocation," the embassy said.',
        'The Huthi-run health ministry in Sanaa accused the coalition of "politicising" aid.',
    )
    assert speakers(blocks) == [
        "Tomasz Wrona", "Russian embassy in Warsaw", "Russian embassy in Warsaw", "Huthi-run health ministry"]


def test_a_code_name_ending_in_the_sentences_comma_is_still_a_name():
    blocks = para('The Eastern Theater Command said the exercises, codenamed "Azure Shield-2026," were a '
                  '"stern warning."')
    assert speakers(blocks) == [None, "Eastern Theater Command"]


def test_a_source_who_gave_only_a_surname_is_named_by_it():
    blocks = para('"I am not scared," said a 60-year-old fisherman who gave only his surname, Huang.',
                  '"We go out every day," Huang added.')
    assert speakers(blocks) == ["Huang", "Huang"]


def test_an_acronym_opening_a_story_before_a_relative_clause_speaks():
    blocks = para('NASA, whose Artemis programme has suffered repeated delays, said it remained "on track."',
                  'KYIV, Ukraine (AP) \u2014 Officials said the attack was "brutal."')
    assert speakers(blocks) == ["NASA", None]


def test_a_split_quote_with_the_verb_first_is_one_speakers():
    blocks = para(
        '"The barriers are doing their job," said Maria Lopez, a spokeswoman for the civil protection department, '
        '"but we are watching very closely."',
        '"The money is back," said Alhousseini Moussa, 50, who runs one of the city\'s "ghettos", where migrants wait.',
    )
    assert speakers(blocks) == ["Maria Lopez", "Maria Lopez", "Alhousseini Moussa", None]


def test_a_quote_ending_in_a_nested_quote_still_ends_its_clause():
    blocks = para("\"Investors wanted software and 'platforms,'\" said Yuki Halvorsen, a space industry analyst at "
                  "consultancy NorthStar Orbital Advisory.")
    assert found(blocks)[0][2] == "Yuki Halvorsen"


def test_a_quote_cued_in_its_own_sentence_ignores_the_next_sentences_verb():
    blocks = para('Lai stopped in Guam, a trip that presidential spokeswoman Karen Hsu described as "routine and in '
                  'line with past practice." Beijing had warned Washington against hosting him.')
    assert found(blocks)[0][2] == "Karen Hsu"


def test_a_role_opening_a_sentence_then_a_name_between_commas_is_that_person():
    blocks = para(
        "The Israeli army said it had struck targets.",
        "The army's Arabic-language spokesman, Colonel Amir Dagan, also issued evacuation warnings for two "
        'buildings, saying they were used "to store weapons."',
        'Arakan Army spokesman Khaing Min Thar denied the accusations, calling them "baseless propaganda."',
    )
    assert speakers(blocks) == ["Amir Dagan", "Khaing Min Thar"]


def test_a_description_after_a_noun_phrase_with_a_is_no_unnamed_person():
    blocks = para(
        '"The town is contested," said Serhiy Dmytrenko, a spokesman for Ukrainian forces in the sector.',
        'Ukrainian President Volodymyr Zelensky said Kyiv would "never recognise" Russian control.',
        'Russian President Vladimir Putin has demanded that Ukraine withdraw, a demand the Ukrainian leader has '
        'called "unacceptable."',
    )
    assert speakers(blocks)[-1] == "Volodymyr Zelensky"


def test_a_title_whose_portfolio_runs_on_after_for_ends_at_the_name():
    blocks = para(
        "The US side was led by Under Secretary of State for Arms Control Rachel Whitcomb, who said Washington "
        'wanted a deal. "The world has changed," she said.',
        '"We act," said Minister for Foreign Affairs Penny Wong.',
    )
    assert speakers(blocks) == ["Rachel Whitcomb", "Penny Wong"]


def test_a_title_whose_portfolio_holds_and_ends_at_the_name():
    blocks = para('"We act," said Minister of Health and Social Welfare Ana Maria Lopez Garcia.')
    assert found(blocks)[0][2] == "Ana Maria Lopez Garcia"


def test_a_sentence_closed_by_said_and_a_name_gives_its_quote_to_that_name():
    blocks = para(
        'The drills tested the ability of Chinese forces to seize "comprehensive control" of the area, said '
        "Senior Colonel Lin Haoran.",
        'Crews trained to "strike fast" at sea and in the air, said Li Wei, a spokesman for the command.',
        'The plan is "a step too far" for the region, said to be the most tense in years.',
    )
    assert speakers(blocks) == ["Lin Haoran", "Li Wei", None]


def test_a_body_named_with_and_keeps_its_whole_name():
    blocks = para(
        '"Encounters are at historic lows," U.S. Customs and Border Protection said in a statement.',
        '"We act on every case," the Centers for Disease Control and Prevention said.',
        '"We act," the Association of Municipalities and Towns of Slovenia said.',
        'The Organization for Security and Co-operation in Europe said: "The vote was free."',
        '"We will keep watching," the OSCE said.',
    )
    assert speakers(blocks) == [
        "U.S. Customs and Border Protection", "Centers for Disease Control and Prevention",
        "Association of Municipalities and Towns of Slovenia",
        "Organization for Security and Co-operation in Europe", "Organization for Security and Co-operation in Europe",
    ]


def test_two_bodies_between_which_a_deal_was_signed_stay_two():
    blocks = para(
        "The deal was signed in July between the Ministry of Lands and Tristar Data Systems, a consortium.",
        '"We will defend it," the Ministry of Lands said.',
        '"We are confident," Tristar Data Systems said.',
    )
    assert speakers(blocks) == ["Ministry of Lands", "Tristar Data Systems"]


def test_an_adverb_opening_a_sentence_is_no_part_of_the_name_after_it():
    blocks = para(
        "Only Dwayne Baptiste offered resistance, reaching an unbeaten 61.",
        '"We know we are behind," Baptiste said.',
        "Just Amir Haddad finished the course.",
        '"It was brutal," Haddad said.',
    )
    assert speakers(blocks) == ["Dwayne Baptiste", "Amir Haddad"]


def test_a_name_before_a_role_and_its_holder_is_a_team_or_a_body_not_a_person():
    blocks = para(
        '"We were second best," Baptiste said.',
        'West Indies head coach Neville Carrington was blunter. "Our batters must trust their defence," he said.',
        'Halvorsen Instruments ASA will build the chips. Halvorsen Instruments chief executive Lars Dahl said so.',
        'Halvorsen Instruments said it would create "around 25 skilled jobs."',
    )
    assert speakers(blocks) == ["Baptiste", "Neville Carrington", "Halvorsen Instruments ASA"]


def test_an_accented_first_name_after_a_portfolio_starts_the_name():
    blocks = para('"We act," said Minister of Health and Social Welfare María José López García.',
                  '"We act," said Minister for Women and Social Welfare Inés Andrea Quispe.')
    assert speakers(blocks) == ["María José López García", "Inés Andrea Quispe"]


def test_an_operator_opening_a_sentence_is_the_company_and_a_time_zone_no_one():
    blocks = para('Operator Nihonkai Electric Power said the reactor had been brought back online at 10:00 am '
                  '(0100 GMT).', '"We will put safety first," the company said in a statement.')
    assert found(blocks)[0][2] == "Nihonkai Electric Power"


def test_chambers_of_commerce_and_the_honorifics_haji_and_ratu():
    blocks = para('The Hatay Chamber of Commerce and Industry said the city was "still under the rubble."',
                  '"We cannot leave them behind," said Ratu Josefa Vuli, the village chief.',
                  'Haji Noor Mohammad, 61, looked at his field. "The rain did not come," he said.')
    assert speakers(blocks) == ["Hatay Chamber of Commerce and Industry", "Josefa Vuli",
                                                              "Noor Mohammad"]


def test_a_portfolio_word_inside_a_bodys_name_is_no_title():
    blocks = para(
        'The law is "cruel and almost certainly unlawful," according to Refugee Rights Netherlands, an advocacy group.',
        'Analysts at consultancy Tarang Energy Research called it "a growing backlog."',
        'Senior US adviser for Africa Mark Bellamy said the US would "hold all sides accountable."',
    )
    assert speakers(blocks) == [
        "Refugee Rights Netherlands", "Tarang Energy Research", "Mark Bellamy"]


def test_central_banks_named_in_one_word_and_bodies_described_in_an_appositive():
    blocks = para(
        '"The krona does some of our work," said Annika Brandt, an economist.',
        'The Riksbank said the rate was likely to stay at 2.0% "for some time."',
        'Freedom Now, an advocacy group, called the law "cruel."',
        '"We never asked for special treatment," said Andriy Kovalchuk, a commander of the 3rd brigade.',
    )
    assert speakers(blocks) == [
        "Annika Brandt", "Riksbank", "Freedom Now", "Andriy Kovalchuk"]


def test_confederations_alliances_and_coalitions_are_bodies_with_their_whole_names():
    blocks = para(
        "The Italian Farmers' Confederation, the country's largest agricultural lobby, called the ruling "
        '"an attack on Made in Italy."',
        'The General Confederation of Labour warned of "the destruction of jobs."',
    )
    assert speakers(blocks) == [
        "Italian Farmers' Confederation", "General Confederation of Labour"]


def test_regional_demonyms_producers_and_conventions():
    blocks = para(
        '"It is harder to sell a deal," one Latin American delegate said privately.',
        "Kazakhstan's state uranium producer KazUran said it would cut output.",
        'The company, the largest uranium miner, said it expected less. "Acid remains the key constraint," it said.',
        'The UN Framework Convention on Climate Change (UNFCCC) said the world was "way off track."',
    )
    assert speakers(blocks) == [
        None, "KazUran", "UN Framework Convention on Climate Change"]


def test_feature_openings_inverted_calls_and_occupations_before_names():
    blocks = para(
        '"I complain to the man who sells me rice," said Adaeze Nwosu, 45.',
        "At a food stall at the edge of the market, Funmilayo Ogunleye, 61, ladles out rice and stew.",
        '"The customers complain," she said, laughing.',
        '"Good morning, children. Phones in your bags, please," calls Olena Kravchenko, 42, as pupils file past.',
        '"Jab, jab, move!" shouts coach Joseph Otieno, 49.',
        'Demographer Kenji Ishikawa said schools closed. "The school is the village," he said.',
        '"Nobody here is talking about voting," said U Tin Maung Win, a monk.',
    )
    assert speakers(blocks) == [
        "Adaeze Nwosu", "Funmilayo Ogunleye", "Olena Kravchenko", "Joseph Otieno", "Kenji Ishikawa", "Tin Maung Win"]


def test_an_appositive_name_before_said_in_prose_is_the_last_speaker():
    blocks = para('"The rabbits were hard," said Aiko Sato, a teacher.',
                  "The rabbits were a worry for weeks. The principal, Michiko Takahashi, said they would go to a "
                  "family nearby.",
                  '"Every decision is hard," she said.')
    assert speakers(blocks) == ["Aiko Sato", "Michiko Takahashi"]


def test_a_paragraph_of_prose_about_someone_else_moves_the_pronoun_to_them():
    blocks = para(
        '"The night was long," said Lena Fischer, a German surgeon.',
        "By 5 am the generator is humming. Achta Mahamat, a nurse, sits outside the tent with her tea.",
        '"Now I can breathe for ten minutes," she said.',
        "Ben Tre, Vietnam (AFP) Mar 10, 2025 - Seawater pushed deep into the Mekong Delta, scorching his rice.",
        '"My father grew rice here," he said.',
    )
    assert speakers(blocks)[:2] == ["Lena Fischer", "Achta Mahamat"]
    assert found(blocks)[2][2] != "Mekong Delta"


def test_features_a_mother_of_five_a_lone_nurse_and_a_quote_named_in_its_second_paragraph():
    blocks = para(
        "Kakuma, Kenya (AFP) Jul 8, 2026 - Nyabol Deng lines up at dawn. What she receives, she says, will last "
        "ten days.",
        '"Now we eat once," said the 36-year-old mother of five, who fled South Sudan in 2014.',
        '"We are being forced to make impossible choices.',
        '"We do not have the money to feed everyone," the WFP\'s country director, Ahmed Osman Warsame, told AFP.',
        "Bucharest (AFP) Nov 14, 2026 - It is 2:40 am in the emergency department, and nurse Ioana Dumitrescu "
        "has not sat down in four hours.",
        '"Tonight is a quiet night," she says, without irony.',
    )
    assert speakers(blocks) == [
        "Nyabol Deng", "Ahmed Osman Warsame", "Ahmed Osman Warsame", "Ioana Dumitrescu"]


def test_a_nickname_in_quotes_inside_a_name_leaves_one_name_and_a_null_quote():
    blocks = para(
        'Guadalupe "Lupita" Hernández, 29, trains at dawn. "Here nobody tells you to smile," she said.',
        'Baz Pilate leader Jean-Baptiste \u201cTi Bwa\u201d Cadet said his men fought a \u201ccorrupt system.\u201d',
        '"Today our ancestors come home," said Nana Kwaku Boateng-Asare, a chief.',
    )
    assert speakers(blocks) == [
        None, "Guadalupe Hernández", None, "Jean-Baptiste Cadet", "Kwaku Boateng-Asare"]


def test_a_spokeswoman_saying_what_her_department_did_and_a_leader_sharing_a_rivers_name():
    blocks = para(
        'A Pentagon spokeswoman, Colonel Dana Reyes, said the department welcomed "strong support."',
        'President Xi Jinping ordered "all-out" efforts.',
        "Rains caused flooding along the Xi River.",
        'Xi called for "every effort" to find the missing.',
    )
    assert speakers(blocks) == ["Dana Reyes", "Xi Jinping", "Xi Jinping"]


def test_an_endorsed_or_backed_modifier_is_no_part_of_a_bodys_name():
    blocks = para('The UN-endorsed Space Mission Planning Advisory Group said the odds were "one percent."')
    assert found(blocks)[0][2] == "Space Mission Planning Advisory Group"


def test_a_country_after_a_posts_for_or_to_is_the_posts_and_maitre_is_a_title():
    blocks = para(
        'UN humanitarian coordinator for Sudan Denise Okafor said in a statement: "Civilians have endured 500 days."',
        '"We act," said the US ambassador to Japan Rahm Emanuel.',
        '"My client was defending his community," said his lawyer, Maitre Philippe Ondoa.',
    )
    assert speakers(blocks) == ["Denise Okafor", "Rahm Emanuel", "Philippe Ondoa"]


def test_a_body_of_somewhere_as_a_possessor_keeps_its_whole_name():
    blocks = para("The Bank of Mexico's board said inflation was \"biased upward.\"", '"It is too early," the bank said.',
                  "The Eastern Theater Command of China's People's Liberation Army called the drills a \"warning.\"")
    assert speakers(blocks) == [
        "Bank of Mexico", "Bank of Mexico", "Eastern Theater Command"]


def test_a_shorter_description_is_the_body_described_more_fully_before():
    blocks = para("Ukraine's air force said Russia had fired 74 missiles. \"Energy was the main target,\" the air force "
                  "said.")
    assert found(blocks)[0][2] == "Ukraine's air force"


def test_an_acronym_that_also_titles_people_speaks_alone():
    blocks = para('NATO said in a statement that allies had agreed to "significantly increase" output of interceptors.',
                  '"We act," said NATO chief Mark Rutte.')
    assert speakers(blocks) == ["NATO", "Mark Rutte"]


def test_features_a_surname_is_the_person_not_a_body_named_after_someone_and_the_boy():
    blocks = para(
        '"The fish are fewer," said Moustapha Diop, 52, a fisherman, who studied at Cheikh Anta Diop University.',
        "Back at the water's edge, Diop's crew is preparing nets.",
        '"The sea is all we know," Diop said.',
        '"Nobody believed in me," said Ruth Kiptoo, an official.',
        "Among them is Mercy Chepkurui, who now coaches teenagers for free.",
        '"Now it is my turn," she said.',
        "Eleven-year-old Jhon Paul Cabahug lost his grandmother in the storm.",
        '"I think about her when it rains," the boy said.',
    )
    assert speakers(blocks) == [
        "Moustapha Diop", "Moustapha Diop", "Ruth Kiptoo", "Mercy Chepkurui", "Jhon Paul Cabahug"]


def test_a_prose_paragraph_naming_two_people_of_no_stated_gender_leaves_the_pronoun_alone():
    blocks = para('"We wait every morning," said Ana Lopez, a teacher.',
                  "The nearest well is more than five kilometres from the village. Kiptoo Wanjala and Moraa "
                  "Ruto walk there before dawn.",
                  '"It is far," she said.')
    assert speakers(blocks) == ["Ana Lopez", "Ana Lopez"]


def test_the_private_use_character_that_stands_in_for_quotes_is_just_text_in_an_article():
    blocks = para('He said \ue000 "hi" there, and \ue000\ue000 too.', 'Ana Lopez \ue000 said: "Again."')
    assert [(text, speaker) for _, text, speaker, _ in found(blocks)] == [("hi", None), ("Again.", "Ana Lopez")]


def test_nana_is_a_georgian_first_name_before_one_name_and_a_person_of_a_declared_body_stays_a_person():
    blocks = para(
        '"I know every sound it makes," said Nana Kobakhidze, 58.',
        '"The stock is healthier," said marine biologist Susana Correia of the Portuguese Institute for Sea and '
        'Atmosphere (IPMA).',
        '"It is naturally volatile," Correia said.',
    )
    assert speakers(blocks) == ["Nana Kobakhidze", "Susana Correia", "Susana Correia"]


def test_admitted_a_man_who_gave_his_name_only_as_and_the_71_year_old_retired_fish_processor():
    blocks = para(
        '"At first it felt like a submarine," admitted Iryna Kovalenko, a mother of two.',
        "A young man sitting on a boat, who gave his name only as Rubel, admitted he had gone out at night. "
        '"They caught me," he said.',
        "Reykjavik (AFP) Mar 12, 2026 - In a rented flat on the edge of the Icelandic capital, Gudrun Palsdottir "
        "keeps a jar of sand.",
        '"It is all I have left," the 71-year-old retired fish processor said.',
    )
    assert speakers(blocks) == ["Iryna Kovalenko", "Rubel", "Gudrun Palsdottir"]


def test_a_bodys_name_listing_its_fields_is_one_name_but_a_titles_list_ends_at_the_person():
    blocks = para(
        'The Ministry of Trade, Industry and Energy said it would name "priority zones."',
        'The Ministry of Industry and Information Technology said it was "ready."',
        "Ghana's Minister of Tourism, Arts and Culture, Abena Owusu-Sarpong, called the return \"a moment of healing.\"",
    )
    assert speakers(blocks) == [
        "Ministry of Trade, Industry and Energy", "Ministry of Industry and Information Technology",
        "Abena Owusu-Sarpong"]


def test_the_based_group_is_the_company_named_before_but_a_policymaker_is_a_person():
    blocks = para(
        "German steelmaker Rheinstahl said it would cut 8,000 jobs.",
        'The Duisburg-based group said it would avoid layoffs "wherever possible."',
        'ECB policymaker Matti Leinonen said rates should fall "step by step."',
    )
    assert speakers(blocks) == ["Rheinstahl", "Matti Leinonen"]


def test_a_capitalised_preposition_opening_a_sentence_is_no_name_and_surveys_are_bodies():
    blocks = para('President Volodymyr Zelensky said the front was "holding."', "Near Pokrovsk, soldiers dig trenches.",
                  '"Every metre costs them," the Ukrainian leader said.',
                  'The US Geological Survey said the quake would cause "significant damage."')
    assert speakers(blocks) == [
        "Volodymyr Zelensky", "Volodymyr Zelensky", "US Geological Survey"]


def test_said_a_role_with_a_body_or_a_place_in_it_then_the_name_after_the_comma():
    blocks = para(
        '"Both parties have confirmed it," said the AU\'s special envoy for Sudan, Bakary Ndiaye Toure, in Addis Ababa.',
        '"Measles is the first alarm bell," said its Nigeria country director, Emmanuel Okafor.',
        '"Cars are the future," said Voltic, Ana Ruiz\'s company.',
    )
    assert speakers(blocks) == ["Bakary Ndiaye Toure", "Emmanuel Okafor", "Voltic"]


def test_the_ministry_is_the_one_a_possessor_described_even_paragraphs_back():
    blocks = para(
        "Lima (AFP) - Archaeologists in northern Peru have found a temple 3,000 years old, Peru's culture ministry said.",
        "The temple, built of mud and stone, was found at the Cerro Huanchaco site.",
        'The ministry said in a statement that the find was "of exceptional importance."',
    )
    assert speakers(blocks) == ["Peru's culture ministry"]


def test_a_body_led_by_someone_speaks_itself_but_judges_chaired_by_someone_are_their_chair():
    blocks = para(
        "Sudan's army has besieged the city for a year.",
        'The army, led by General Abdel Fattah al-Burhan, said it would take part "in a spirit of responsibility."',
        'The RSF, commanded by Mohamed Hamdan Daglo, said it was "ready to facilitate the delivery of aid."',
        'The judges, chaired by the historian Margaret Ellison, praised the novel as "a book of enormous ambition."',
    )
    assert speakers(blocks) == ["Sudan's army", "RSF", "Margaret Ellison"]


def test_a_name_and_his_colleagues_write_is_the_named_lead_but_not_and_his_wife():
    blocks = para(
        '"We thought there had been a mistake," said lead author Zhang Weiming of the Institute.',
        'In the paper, Zhang and his colleagues write that the find "complicates the narrative."',
        'Zhang and colleagues said it was "a surprise."',
        'Zhang and his wife said it was "a long year."',
    )
    assert speakers(blocks) == ["Zhang Weiming", "Zhang Weiming", "Zhang Weiming", None]


def test_a_journal_or_magazine_named_by_its_noun_reports_but_never_speaks():
    blocks = para(
        'It was named Lingwuraptor paradoxus, the "paradoxical raptor," according to the study in the journal Nature.',
        "The magazine Ridgeline first reported the deal.",
        'Ridgeline said the deal was "almost done."',
    )
    assert speakers(blocks) == [None, None]


def test_a_ledes_description_is_the_person_the_story_names_just_after():
    lede = ("Germany's coalition was locked in a dispute on Thursday, with the finance minister accusing partners of "
            '"wishful accounting" over defence plans.')
    blocks = para(lede, "Finance Minister Karsten Lohmeyer said the draft budget had a gap.",
                  'Later, with the minister saying talks were "over," the session ended.')
    assert speakers(blocks) == ["Karsten Lohmeyer", "Karsten Lohmeyer"]
    # nobody named after the lede fits every word: no guess
    blocks = para(lede, "Defence Minister Karl Brandt said the draft budget had a gap.")
    assert speakers(blocks) == [None]


def test_it_right_before_a_speech_verb_inside_a_clause_is_the_body_speaking():
    blocks = para(
        'The Russian defence ministry said its forces struck facilities it said supplied the army, and that '
        '"all designated targets" had been hit.',
        'The International Energy Agency forecast a surplus next year, one it described as "unprecedented."',
    )
    assert speakers(blocks) == ["Russian defence ministry", "International Energy Agency"]


def test_a_speech_word_after_a_preposition_or_article_is_no_cue_after_the_quote():
    blocks = para(
        "Arvind Raghunathan, the agency's chairman, spoke in Bengaluru.",
        'Raghunathan said ISRO would fly "within the next few months," after repeated delays.',
        'AIMS said the reef was "becoming increasingly volatile", with gains wiped out by the repeated bleaching.',
    )
    assert speakers(blocks) == ["Arvind Raghunathan", "AIMS"]


def test_a_body_met_in_prose_keeps_the_fuller_description_the_story_gave_it():
    blocks = para(
        "More than 2,100 cases were recorded, according to figures from the Nigerian health ministry.",
        "Doctors said clinics were full.",
        'The health ministry said in a statement that the situation was "serious but containable."',
        "In Lagos, the interior ministry ordered checks.",
        'The interior ministry said the checks were "routine."',
    )
    assert speakers(blocks) == ["Nigerian health ministry", "interior ministry"]


def test_and_between_two_fields_of_one_body_does_not_cut_its_description():
    blocks = para(
        "Indonesia's meteorology and geophysics agency said it had issued no tsunami warning but urged residents to "
        '"stay away from damaged buildings."',
        'The trade and industry ministry said the rules were "final."',
        'Israel\'s army and police said the area was "closed."',
    )
    assert speakers(blocks) == [
        "Indonesia's meteorology and geophysics agency", "trade and industry ministry", None]


def test_the_report_said_is_the_body_the_story_tied_to_the_report():
    blocks = para(
        "In a confidential report seen by AFP, the International Atomic Energy Agency (IAEA) said Iran had expanded "
        "its stockpile.",
        "The United States remained the largest exporter, the report said.",
        '"The agency has lost continuity of knowledge," the report said.',
        'A second report, by the Arms Watch Institute, was harsher. "Records are failures," the report said.',
    )
    assert speakers(blocks) == [
        "International Atomic Energy Agency", "Arms Watch Institute"]
    # no sentence ties the report to a body: no guess
    blocks = para("A leaked report circulated on Monday.", '"Stocks are low," the report said.')
    assert speakers(blocks) == [None]


def test_a_two_word_places_body_speaks_and_a_news_agency_is_no_spy_agency():
    blocks = para(
        "In a statement carried by the official Korean Central News Agency on Sunday, North Korea's defence ministry "
        'accused Seoul of rehearsing "a full-scale invasion".',
        "Seoul has accused Pyongyang of sending troops to Russia, in return for what South Korea\u2019s spy agency has "
        'described as "technology transfers".',
        "Donald Trump's campaign said the poll was \"fake\".",
    )
    assert speakers(blocks) == [
        "North Korea's defence ministry", "South Korea\u2019s spy agency", "Donald Trump"]


def test_a_given_name_ending_in_ist_an_initial_and_everyday_roles_before_a_name():
    blocks = para(
        "Kenya's Brian Cheruiyot won the men's race, while Ethiopia's Tigist Alemu claimed the women's race.",
        '"The last part was very hard," said Alemu, 27.',
        'U.S. District Judge Harriet Vance cautioned both sides, at one point telling the lawyer, "Move on."',
        "Maricopa County Supervisor Dennis Oyelaran said the result was \"a wake-up call.\"",
        '"We will sleep when it is out," said Firefighter Stavros Kouris.',
    )
    assert speakers(blocks) == [
        "Tigist Alemu", "Harriet Vance", "Dennis Oyelaran", "Stavros Kouris"]


def test_an_unnamed_source_opening_the_paragraph_before_is_who_the_official_means():
    blocks = para(
        '"Shale producers are cutting back," said Maria Gonzalez, a Houston-based energy consultant.',
        "In Vienna, a Gulf official, who asked not to be named, told AFP the group was ready to act.",
        '"Nobody wants a price war," the official said.',
    )
    assert speakers(blocks) == ["Maria Gonzalez", None]
    # an indefinite inside a sentence introduces no one unnamed
    blocks = para(
        '"I take full responsibility," Japanese Prime Minister Hiroshi Takemura said.',
        "The 66-year-old said he would stay on until the party chooses a new leader.",
        '"My only regret is the work on wages," the Japanese leader said.',
    )
    assert speakers(blocks) == ["Hiroshi Takemura", "Hiroshi Takemura"]


def test_said_the_role_then_a_man_who_gave_only_his_first_name():
    blocks = para(
        '"The port is here," said deputy mayor Luis Paredes.',
        '"They have been promising the dock for years," said the association\'s treasurer, a grey-haired man who '
        'gave only his first name, Ernesto.',
    )
    assert speakers(blocks) == ["Luis Paredes", "Ernesto"]


def test_an_age_then_a_role_between_commas_and_abbreviated_ranks_before_a_name():
    blocks = para(
        '"The people have spoken," Chikondi Banda, 58, a former finance minister, told supporters.',
        '"Our teams are walking for hours," army spokesman Brig. Gen. Kiran Thapa said.',
        'The CGT union, which put turnout in Paris at 40,000, said the fight was "only beginning."',
    )
    assert speakers(blocks) == ["Chikondi Banda", "Kiran Thapa", "CGT"]


def test_a_body_named_then_described_as_a_lobby_speaks_past_the_description():
    blocks = para(
        'The main EU farm lobby, Agri-Europa, said the protest was "only the beginning."',
        "The Italian Farmers' Confederation, the country's largest agricultural lobby, which gathered half a million "
        'signatures, called the ruling "an attack on Made in Italy."',
    )
    assert speakers(blocks) == ["Agri-Europa", "Italian Farmers' Confederation"]


def test_an_attribution_clause_inside_the_sentence_after_a_quote():
    blocks = para(
        '"We are seeing outbreaks," said Dr Amara Sesay, who leads the cholera response.',
        'The vaccine stockpile was "essentially empty" for much of the summer, Sesay said, with a single maker '
        "supplying the market.",
    )
    assert speakers(blocks) == ["Amara Sesay", "Amara Sesay"]


def test_his_lawyer_named_after_the_role_is_not_the_one_his_refers_to():
    blocks = para(
        "Murat Ekinci was arrested in 2019.",
        'His lawyer, Elif Korkmaz Aydin, said the court had sent "a very clear message."',
        '"Strasbourg has said once again that it is not a crime," she said.',
    )
    assert speakers(blocks) == ["Elif Korkmaz Aydin", "Elif Korkmaz Aydin"]


def test_a_carrier_is_a_company_that_the_airline_means():
    blocks = para(
        "Pilots at flag carrier Aer Lingus walked out on Thursday.",
        '"We deeply regret the disruption," the airline said in a statement.',
    )
    assert speakers(blocks) == ["Aer Lingus"]


def test_quotation_alone_after_prose_that_opens_with_someone_is_theirs():
    blocks = para(
        '"It is crowded up there," said Bernard Kowalczyk, an analyst.',
        "The lander has 11 days to work before nightfall.",
        "Its payloads include a drill and a laser reflector.",
        "Planetary scientist Nadia Ferreira-Loomis, who leads the drill team, laid out the plan in an email.",
        '"First we look around. Then we start drilling.',
        '"If there is ice down there, we should see it within the first week."',
    )
    assert speakers(blocks) == ["Bernard Kowalczyk"] + ["Nadia Ferreira-Loomis"] * 2


def test_radioed_what_someone_calls_and_unnamed_sources_after_with_or_a_name_as_modifier():
    blocks = para(
        "NASA astronaut Rebecca Halvorsen led the crew.",
        '"What a ride!" she radioed once the capsule reached orbit.',
        '"Welcome home," a SpaceX flight controller radioed after the splashdown.',
        'The findings include what Halvorsen calls "radio ghosts."',
        'The CCG said a ship intruded near what China calls Huangyan Island and "deliberately rammed" a vessel.',
        'France did not sign, with a French official saying Paris preferred "European industrial solutions."',
    )
    assert speakers(blocks) == ["Rebecca Halvorsen", None, "Rebecca Halvorsen", "CCG",
                                                                None]


def test_said_her_coach_then_a_role_and_the_name_and_his_or_her_before_a_role_teaches_no_gender():
    blocks = para(
        '"He played with the passengers," said Meenakshi Raghavan, 14.',
        '"Talent is common," said her coach, former national champion Srinivasan Iyer, 61.',
        'Iyer, watching her analyse a game, was more cautious. "She will probably lose," he said.',
        '"We counted the dead," said the 46-year-old, as his wife Oyunchimeg poured tea.',
    )
    assert speakers(blocks) == [
        "Meenakshi Raghavan", "Srinivasan Iyer", "Srinivasan Iyer", "Srinivasan Iyer"]


def test_a_newspaper_named_after_daily_is_an_outlet_that_takes_no_pronoun():
    blocks = para(
        "Mayor Mathilde Rey-Bonvin, a cheesemaker, was elected last autumn.",
        "Rey-Bonvin has proposed to close a ski lift, which she says loses money.",
        'The regional daily Le Courrier des Alpes greeted her election with the headline "The cows\' revolt."',
        '"People laughed. I laughed too," she said.',
    )
    assert speakers(blocks) == [None, "Mathilde Rey-Bonvin"]


def test_radioed_is_no_radio_station_and_gulf_arab_is_no_person():
    blocks = para(
        "NASA's Jared Okonkwo and Emi Takanashi floated out of the airlock.",
        '"Got it, it is seated," Okonkwo radioed as he locked the pump into place.',
        "Gulf Arab states have turned mediation into a pillar of policy, said Hessa Al-Mansoori, a fellow.",
        'A Gulf diplomat described the work as "90 percent logistics."',
        '"People imagine grand speeches," the diplomat said, speaking on condition of anonymity.',
    )
    assert speakers(blocks) == ["Jared Okonkwo", None, None]


def test_a_pollster_is_the_firm_and_a_rival_named_after_his_teaches_no_gender():
    blocks = para(
        "A survey by pollster Datum Andina found 41 percent would spoil their ballot.",
        'The firm called the figure "historically high."',
        'His main rival, deputy mayor Ratna Sari Dewi, has accused him of running "a talent show."',
        '"A city is not a TikTok account," she said.',
    )
    assert speakers(blocks) == ["Datum Andina", "Ratna Sari Dewi", "Ratna Sari Dewi"]


def test_a_surname_like_a_demonym_and_a_charge_someone_rejected_after_the_quote():
    blocks = para(
        "Deputy Prime Minister Dorin Casian spoke in Chisinau.",
        'Casian said aid would go on. "I understand the anger," he said with a smile.',
        'Vadim Krasnov, a spokesman for the region\'s government, has accused Chisinau of "economic strangulation," '
        "a charge Casian rejected.",
    )
    assert speakers(blocks) == ["Dorin Casian", "Vadim Krasnov"]


def test_dotted_country_initials_before_a_body_and_a_companys_office_before_its_holder():
    blocks = para(
        'U.S. Space Command said it had "observed a breakup event."',
        '"This is exactly the profile," said Vektra President and CEO Marisol Quintanilla-Park.',
        '"It works," said residents and Mayor Ana Diaz.',
    )
    assert speakers(blocks) == [
        "U.S. Space Command", "Marisol Quintanilla-Park", None]


def test_company_name_words_make_a_body_and_the_company_is_the_one_that_just_spoke():
    blocks = para(
        "The union gave Lekki Coast Refining seven days to withdraw the notices.",
        "Lekki Coast Refining said the cuts were part of a restructuring. "
        '"These roles were always time-limited," the company said.',
        "The fires burned on land held by Sawit Kencana Bahari (SKB), a subsidiary of the Singapore-listed group "
        "Meranti Agri Holdings.",
        'SKB said it respected the process. In a statement, the company was blunt: "We are the victims here."',
    )
    assert speakers(blocks) == ["Lekki Coast Refining", "Sawit Kencana Bahari"]


def test_a_question_then_a_long_title_and_a_quote_after_a_sentence_about_someone():
    blocks = para(
        "Senator Dana Whitcombe opened the hearing. Railroad Administrator Gregory Tallis said staff were short.",
        'Whitcombe cut him off. "That is not an answer, Mr. Tallis."',
        '"Did you believe those marks were accurate?" Assistant U.S. Attorney Daniel Achterberg asked.',
        'He gestured at Tallis, who was pouring coffee. "How many will there be when he retires?"',
    )
    # (`He`, the prosecutor just quoted, asks again; never Tallis, whom the sentence only names)
    assert speakers(blocks) == ["Dana Whitcombe", "Daniel Achterberg",
                                                               "Daniel Achterberg"]


def test_names_given_to_things_unnamed_groups_and_a_quoted_verb_after_its_subject():
    blocks = para(
        'The satellite, dubbed "Tolou-5", weighs 85 kilogrammes, the Iranian Space Agency said.',
        'The French foreign ministry "condemned" the launch, which it said was "inconsistent" with sanctions.',
        'Ministers clashed over spending, with eastern members accusing laggards of "strategic complacency".',
        'The Southern Africa Security Monitor, a research group, said insurgents had "adapted".',
        'Officials in Kyiv hailed what they called a "precise and legitimate" strike.',
    )
    assert speakers(blocks) == [
        None, "French foreign ministry", "French foreign ministry", None, "Southern Africa Security Monitor", None]


def test_given_names_ending_in_ish_a_rank_before_its_stop_and_an_opening_brokerage():
    blocks = para(
        '"We had thought of it as a lifeboat," said lead author Dr Hamish Caldwell.',
        'Caldwell said cuts were needed. "Deeper is not safer," he said.',
        '"The test works," MDA Director Lt. Gen. Raymond Okafor said Monday.',
        'Brokerage Kvarnbo Securities estimated the gain. "The payback looks shorter," it said.',
        'Franco-British operator Orbitalis said demand was "accelerating."',
    )
    assert speakers(blocks) == [
        "Hamish Caldwell", "Hamish Caldwell", "Raymond Okafor", "Kvarnbo Securities", "Orbitalis"]


def test_an_acronym_spelled_out_after_or_charities_and_portuguese_particles():
    blocks = para(
        "Colombia's government and the ELN guerrilla group agreed to resume talks.",
        'The ELN, or National Liberation Army, said the talks would restart "without preconditions".',
        "The rescue ship was run by the Spanish charity Mar Abierta.",
        '"We were sent the other way," said Mar Abierta\'s head of mission, Lucia Etxeberria.',
        'Doctors Without Borders (MSF) said it opened a unit. "The next weeks are decisive," the medical charity said.',
        'Health Minister Maria do Rosario Cardoso said the government had "the resources and the will".',
    )
    assert speakers(blocks) == [
        "National Liberation Army", "Lucia Etxeberria", "Doctors Without Borders", "Maria do Rosario Cardoso"]


def test_as_someone_put_it_and_companies_named_as_operator_or_contractor():
    blocks = para(
        'NASA is keeping the rest for researchers "with instruments we cannot yet imagine," as the agency put it.',
        "The Peruvian navy ruled out a tsunami threat.",
        'The quake halted the Cerro Alto mine, operated by Andes Cobre. "All personnel are safe," the company said.',
        "The spacecraft was built by prime contractor Aldenberg Space Systems.",
        '"It performed flawlessly," the company said in a statement.',
    )
    assert speakers(blocks) == [
        "NASA", "Andes Cobre", "Aldenberg Space Systems"]


def test_a_companys_first_word_is_its_short_name_but_a_city_is_no_think_tank():
    blocks = para(
        "Voltara Motors cut its sales forecast on Tuesday.",
        'Voltara said it remained "fully committed to electrification."',
        '"Demand is soft," said Rina Hartono of the Jakarta Centre for Strategic Policy.',
        'Jakarta said it would "respond in kind."',
    )
    named = speakers(blocks)
    assert named[:2] == ["Voltara Motors", "Rina Hartono"]
    assert named[2] != "Jakarta Centre for Strategic Policy"  # the city's government, not the think tank


def test_letters_after_a_name_are_no_part_of_it():
    blocks = para(
        '"He used it as his personal bank account," prosecutor Philippa Denholm KC told the jury.',
        'Denholm said the money was "gone."',
        '"We will vote against," said Jane Hart MP.',
    )
    assert speakers(blocks) == ["Philippa Denholm", "Philippa Denholm", "Jane Hart"]


def test_festivals_and_summits_are_no_people_and_assessed_as_is_a_cue():
    blocks = para(
        "The Salt Road won the Golden Bear at the Berlin International Film Festival on Saturday.",
        'Festival director Matthias Kellerhoff defended the deal. "Without partners, there is no festival," he said.',
        'The World Health Organization has assessed the risk as "high" at national level.',
    )
    assert speakers(blocks) == ["Matthias Kellerhoff", "World Health Organization"]


def test_a_call_sign_names_a_thing_and_it_is_the_described_body_the_sentence_opens_with():
    blocks = para(
        'The destroyer, radio call sign "Iron Sentry," fired the interceptor, the agency said.',
        "The RSF did not respond to a request for comment.",
        "The Sudanese foreign ministry, which is aligned with the army, condemned what it called a "
        '"heinous massacre."',
    )
    assert speakers(blocks) == [None, "Sudanese foreign ministry"]


def test_an_opening_clause_then_a_name_that_did_something_and_said():
    blocks = para(
        "UN envoy Idris Mahjoub Taha met both sides.",
        'Asked whether he expected a breakthrough, Taha smiled and said: "Ask me on Friday."',
    )
    assert speakers(blocks) == ["Idris Mahjoub Taha"]


def test_an_unnamed_group_after_and_before_a_participle_and_a_boatswain():
    blocks = para(
        "NATO ministers clashed, with frontline states demanding a quicker timetable and southern members "
        'warning of "budget realities."',
        '"They came so close we could see their faces," said Boatswain Arnel Bautista Dizon.',
    )
    assert speakers(blocks) == [None, "Arnel Bautista Dizon"]


def test_quotation_alone_after_prose_that_opens_with_someone_beats_a_recent_speaker():
    blocks = para(
        "Former county treasurer Dale Whitacre was sentenced on Friday.",
        'His attorney, Michael Santangelo, said they were "disappointed but not surprised."',
        "Whitacre, his voice barely audible, read a short statement before the sentence.",
        '"I have no excuse. I told myself I would put it all back.',
        '"I am ashamed."',
    )
    assert speakers(blocks) == ["Michael Santangelo", "Dale Whitacre", "Dale Whitacre"]


def test_a_hyphenated_given_name_opening_a_name_is_no_modifier():
    blocks = para(
        '"The match is remarkably tight," said lead author Dr. Hyun-joo Castellanos.',
        '"Fourteen grains is a start," Min-seo Abernathy told reporters.',
        'Kyiv-based analyst Petro Hnatyuk said the strike was "expected".',
        'Second-tier Ashford Rovers won, and Maria Lopez said it was "deserved".',
    )
    assert speakers(blocks) == [
        "Hyun-joo Castellanos", "Min-seo Abernathy", "Petro Hnatyuk", "Maria Lopez"]


def test_an_indian_agency_dateline_without_a_dash_names_no_one():
    blocks = para(
        'New Delhi, May 13 (PTI) The Supreme Court on Tuesday said delay "cannot become a substitute for punishment".',
    )
    assert speakers(blocks) == ["Supreme Court"]


def test_roles_before_a_name_are_no_part_of_it():
    blocks = para(
        "Trumpeter Marcus Delahoussaye said few musicians had shaped the city's sound as quietly.",
        '"Clarence taught half this town how to listen," Delahoussaye said.',
        'Sappa County Clerk Judy Heitkamp said: "I never thought I would do this."',
        'Opposition MLA Amarjit Kaur Bhullar said the government had "abandoned the annadata".',
        'Opener Kavya Menon struck an unbeaten 74. "The wicket was two-paced," Menon said.',
    )
    assert speakers(blocks) == [
        "Marcus Delahoussaye", "Judy Heitkamp", "Amarjit Kaur Bhullar", "Kavya Menon"]


def test_he_after_prose_opening_with_a_known_mans_possessive_is_him():
    blocks = para(
        "Byambasuren Dorj counts his goats twice every morning.",
        '"The hay arrived in April," said Tsetsegmaa, 61, his nearest neighbour.',
        "Byambasuren\u2019s two sons went to Ulaanbaatar in the spring. His wife wants to follow them.",
        '"My wife says we should sell what is left and go," he said.',
    )
    assert speakers(blocks) == ["Tsetsegmaa", "Byambasuren Dorj"]


def test_a_given_name_ending_in_ing_and_a_research_reports_title():
    blocks = para(
        "Dr. Mei-Ling Tsai, a materials scientist, said the key was an additive.",
        '"Once we could see where the degradation started, the fix was obvious," Tsai said.',
        'Research Report: "Rapid drainage of supraglacial lakes on the western Greenland margin"',
    )
    assert speakers(blocks) == ["Mei-Ling Tsai", None]


def test_a_name_inside_a_bodys_relative_clause_is_not_the_speaker():
    blocks = para(
        "The Norwegian trade ministry, which helped fund the Skarvik site, said in a statement that it remained "
        '"fully committed" to the spaceport.',
    )
    assert speakers(blocks) == ["Norwegian trade ministry"]


def test_the_statement_is_the_body_a_statement_came_from():
    blocks = para(
        "The vehicle sustained Mach 6, according to a statement from the Joint Hypersonic Research Office, "
        "which runs the program.",
        'The statement called the flight "a significant step forward" for the partnership.',
    )
    assert speakers(blocks) == ["Joint Hypersonic Research Office"]


def test_counsel_submitted_is_a_cue():
    blocks = para(
        'Senior advocate Vikram Dasgupta told the court his client was 67. "He is not a flight risk," Dasgupta submitted.',
    )
    assert speakers(blocks) == ["Vikram Dasgupta"]


def test_the_top_court_is_the_supreme_one_not_the_last_court_named():
    blocks = para(
        "The Supreme Court on Tuesday set aside the Kerala High Court order.",
        'The top court noted that "not a single witness has been examined" so far.',
        '"Jail is the exception," said the country\'s highest court.',
    )
    assert speakers(blocks) == ["Supreme Court", "Supreme Court"]


def test_an_opening_participle_phrase_and_a_participle_after_the_main_verb():
    blocks = para(
        "Appearing for the Uttar Pradesh government, Additional Advocate General Vikram Singh Chauhan opposed the plea, "
        'arguing that the accused was charged with a "brutal and pre-planned" killing.',
        "Counsel to the second and third defendants, Mrs Ngozi Eze-Uchenna, made similar applications, telling the "
        'court that her clients were "responsible family people".',
    )
    assert speakers(blocks) == ["Vikram Singh Chauhan", "Ngozi Eze-Uchenna"]


def test_a_plural_title_and_a_dateline_with_two_dashes():
    blocks = para(
        "SHAH ALAM, Aug 12 (Bernama) -- The Supreme Court granted bail, with Justice Meenakshi Rao remarking on it.",
        "A bench of Justices Rao and Arvind K Sabharwal was hearing an appeal.",
        '"The appellant has been in custody since 2019," Justice Rao said.',
    )
    assert speakers(blocks) == ["Meenakshi Rao"]


def test_said_before_a_role_and_a_name_in_prose_makes_them_the_last_speaker():
    blocks = para(
        '"Cases are rising," said Dr Ibrahim Musa, a hospital director.',
        "Deaths rose to nine in Petaling, Hulu Langat and Klang districts, said state health committee chairman "
        "Datuk Dr Ahmad Zaki.",
        '"The increase is worrying," he told reporters.',
    )
    assert speakers(blocks) == ["Ibrahim Musa", "Ahmad Zaki"]


def test_names_listed_before_a_plural_of_places_are_places():
    blocks = para(
        "Mary Okafor, a nurse at the district hospital, said cases had doubled.",
        "Most were in Petaling, Hulu Langat and Klang districts.",
        '"It is worrying," she said.',
    )
    assert speakers(blocks) == ["Mary Okafor"]


def test_lower_case_roles_joined_by_and_before_a_name():
    blocks = para(
        '"Today is the day," said founder and chief executive Vikram Desai-Holloway.',
        '"No," said residents and Mayor Jo Blake.',
    )
    assert speakers(blocks) == ["Vikram Desai-Holloway", None]


def test_a_sentence_opening_for_a_person_gives_their_view():
    blocks = para(
        '"No election will be postponed," Prime Minister Mamadou Lamine Faye told MPs.',
        "For Pape Samba Gu\u00e8ye, spokesman of the ruling coalition, the walkout was \u00abpure theatre\u00bb.",
        "\u00abThe opposition took part in every meeting\u00bb, he said.",
        'For the first time, the agency called it "historic".',
    )
    assert speakers(blocks) == [
        "Mamadou Lamine Faye", "Pape Samba Gu\u00e8ye", "Pape Samba Gu\u00e8ye", None]


def test_a_barangay_is_a_place_not_a_person():
    blocks = para(
        '"We chose seaweed because it is fast to harvest," provincial agriculturist Romeo Dela Pe\u00f1a said.',
        "For Lorna Villaruel, 47, a mother of five from Barangay Pangpang, the program came at the right time.",
        '"When there is no fish, we have nothing to eat," she said.',
    )
    assert speakers(blocks) == ["Romeo Dela Pe\u00f1a", "Lorna Villaruel"]


def test_an_unnamed_group_in_a_clause_of_its_own_is_the_source():
    blocks = para(
        '"The course is fast," race director Peter Kosgei said.',
        "He added that organisers would fix the Kapseret section, which some athletes complained was "
        '"rough and dangerous" in places.',
        'He said stewards had not ruled out that the crash was "directly linked" to the surface.',
    )
    assert speakers(blocks) == ["Peter Kosgei", None, "Peter Kosgei"]


def test_a_plural_possessive_and_a_utility_that_is_the_company():
    blocks = para(
        "The United Nations' humanitarian coordinator for Sudan, Marguerite Ndiaye-Bosco, said she was "
        '"horrified" by the reports.',
        "Hokuriku-Chubu Electric said the No. 2 reactor at its Shiraishi plant reached criticality.",
        '"We will continue to put safety first," the company said in a statement.',
    )
    assert speakers(blocks) == ["Marguerite Ndiaye-Bosco", "Hokuriku-Chubu Electric"]


def test_a_generational_suffix_keeps_its_stop_and_is_never_a_name_alone():
    blocks = para(
        "Walter P. Haskins Jr., whose father opened the diner in 1954, watched from across the street.",
        '"My dad built that counter," Haskins, 71, said Monday.',
        '"We are closing," said Martin Luther King Jr. on Monday.',
    )
    assert speakers(blocks) == ["Walter P. Haskins Jr.", "Martin Luther King Jr."]


def test_an_unnamed_official_of_a_body_with_a_which_clause_is_no_one_named():
    blocks = para(
        "However, a senior official of the Water Resources Department, which maintains the lake, said on "
        'condition of anonymity that the buildings had "political backing".',
        'A health ministry spokesman, Dawit Haile, said funds were added but acknowledged "serious gaps".',
    )
    assert speakers(blocks) == [None, "Dawit Haile"]


def test_a_report_by_a_body_is_that_bodys_word():
    blocks = para(
        "A report by the Mesopotamia Water Institute last year warned that Iraq could face a shortfall of "
        '"11 billion cubic metres by 2035" if trends continued.',
        'A letter from Maria Lopez, a resident, said the plan was "a shortfall".',
    )
    assert speakers(blocks) == ["Mesopotamia Water Institute", "Maria Lopez"]


def test_a_briefing_a_company_before_its_founder_and_a_places_official():
    blocks = para(
        "Defense Secretary Dana Whitcombe visited the plant.",
        'Whitcombe told reporters at a Pentagon briefing Wednesday that deliveries were due "within nine months".',
        '"Capturing a client is hard," said Kuroshio Orbital founder and CEO Ayaka Morimoto.',
        "Nuevo Leon's health secretary, Adriana Villarreal Trevi\u00f1o, urged residents to stay indoors.",
        '"Heatstroke kills quietly," she told a press conference.',
    )
    assert speakers(blocks) == [
        "Dana Whitcombe", "Ayaka Morimoto", "Adriana Villarreal Trevi\u00f1o"]


def test_a_role_holder_after_their_company_a_continent_and_a_councillor():
    blocks = para(
        '"We are building a thermos," Ember Thermal co-founder Alicia Marchetti-Dunn said in an interview.',
        "The European Union's special representative for Central Asia, Terhi Ahlqvist, said she was "
        '"deeply concerned".',
        "Cllr Owain Price-Jenkins, leader of the council, said grants were paid.",
        '"I have not had a reply," he said.',
    )
    assert speakers(blocks) == [
        "Alicia Marchetti-Dunn", "Terhi Ahlqvist", "Owain Price-Jenkins"]


def test_an_initial_before_a_particle_keeps_the_whole_name():
    blocks = para(
        "Follow-up was led by Prof. Pieter D. van Rensburg of the University of the Western Karoo.",
        '"They did the discovering," van Rensburg said.',
    )
    assert speakers(blocks) == ["Pieter D. van Rensburg"]


def test_a_quote_after_a_company_suffix_is_still_the_speakers():
    blocks = para('"It works," said John R. Lee, CEO of Orbital Forge Inc. "It never wandered."')
    assert speakers(blocks) == ["John R. Lee", "John R. Lee"]


def test_the_ceo_is_an_office_not_a_body_and_co_founder_is_a_title():
    blocks = para(
        '"It works," said John Lee, CEO of Orbital Forge.',
        '"We learned a lot," the CEO said.',
        '"We built it," said Boreal Skies co-founder and CEO Declan Meyers.',
    )
    assert speakers(blocks) == ["John Lee", "John Lee", "Declan Meyers"]


def test_llc_names_a_company():
    blocks = para(
        "A fire broke out at Meridian Propulsion LLC's test stand on Saturday, the company said.",
        '"All staff were safe," the company said.',
    )
    assert speakers(blocks) == ["Meridian Propulsion LLC"]


def test_a_possessive_after_at_is_a_person_not_a_place():
    blocks = para("The soldiers buy coffee at Ewa Nowicka's shop.", '"They are good boys," she says.')
    assert speakers(blocks) == ["Ewa Nowicka"]


def test_a_noun_like_speech_verb_after_a_pronoun():
    blocks = para('"We lost everything," says Moussa Diallo.', '"Everything," he repeats.')
    assert speakers(blocks) == ["Moussa Diallo", "Moussa Diallo"]


def test_a_persons_first_names_alone_map_back_to_the_full_name():
    blocks = para(
        '"Then the river was black," says Pasang Dorje Sherpa, standing by his lodge.',
        "Pasang Dorje, 51, has climbed Everest 14 times.",
        '"The glacier is lower every year," Pasang Dorje said.',
    )
    assert speakers(blocks) == ["Pasang Dorje Sherpa", "Pasang Dorje Sherpa"]


def test_a_glacier_and_a_spanish_neighbourhood_are_places_not_speakers():
    glacier = para(
        "Monique Favre first walked onto the Rhone Glacier in 1984.",
        "We met in her apartment, where a photograph of the Rhone Glacier hangs above the sofa.",
        '"When did you first realise something was wrong?" I asked.',
        '"I don\'t think there was one moment," she said.',
    )
    neighbourhood = para(
        "The house Rosa Contreras is building is made of pine boards.",
        "The neighbourhoods of El Olivar and Villa Independencia are a patchwork of cleared plots.",
        '"They promised us houses," she said.',
    )
    assert speakers(glacier) + speakers(neighbourhood) == [
        None, "Monique Favre", "Rosa Contreras"]


def test_a_clause_after_said_is_no_bodys_name():
    blocks = para(
        "The International Atomic Energy Agency said the plant lost power.",
        'The watchdog said its team had reported "multiple explosions" nearby.',
    )
    assert speakers(blocks) == ["International Atomic Energy Agency"]


def test_an_acronym_drops_a_countrys_words_before_the_bodys_name():
    blocks = para(
        "The missile flew 600 km, the South Korean Joint Chiefs of Staff said.",
        '"We are on full alert," the JCS said in a statement.',
    )
    assert speakers(blocks) == ["South Korean Joint Chiefs of Staff"]


def test_an_attribution_after_a_place_does_not_describe_the_place():
    blocks = para(
        "The rocket exploded after lifting off from the Sohae Satellite Launching Ground, the official Korean "
        "Central News Agency said.",
        '"The accident will be thoroughly investigated," the official said.',
    )
    assert speakers(blocks) == [None]


def test_an_accented_first_name_still_tells_the_gender():
    blocks = para(
        '"The trees are thirsty," said José Morales, a farmer.',
        '"Heat during flowering is the main risk," said Inés Navarro, a plant physiologist.',
        '"Bitter is good," he said.',
    )
    assert speakers(blocks) == ["José Morales", "Inés Navarro", "José Morales"]


def test_someone_who_opens_a_sentence_after_the_last_speaker_takes_the_pronoun():
    moved_on = para('"Which job?" said Rokeya Begum. Shirin Akter looked worried. "Rokeya, be careful," she said.')
    # (a name in the quote's own sentence is what the speaker talks about)
    aside = para('Felipe Garrido said Chile had lost ground. Echeverr\u00eda, he said, was right but "too optimistic."')
    assert speakers(moved_on) + speakers(aside) == [
        "Rokeya Begum", "Shirin Akter", "Felipe Garrido"]


def test_an_agency_quoting_someone_after_the_quote_is_not_the_speaker():
    blocks = para(
        "North Korean leader Kim Jong Un inspected a munitions factory, the state news agency said.",
        '"The enemies must understand," KCNA quoted Kim as saying.',
    )
    assert speakers(blocks) == ["Kim Jong Un"]


def test_first_names_from_many_cultures_tell_the_gender_and_a_title_beats_the_list():
    blocks = para(
        '"The trees are thirsty," said Antonio Morales, a farmer.',
        '"Heat during flowering is the main risk," said Oksana Hrytsenko, a plant physiologist.',
        '"Bitter is good," he said.',
        "Foreign office spokeswoman Shafqat Zehra Baloch called for calm.",
        'Asked about the United Nations, she said: "All options are on the table."',
    )
    assert speakers(blocks) == [
        "Antonio Morales", "Oksana Hrytsenko", "Antonio Morales", "Shafqat Zehra Baloch"]


def test_a_name_used_for_both_sexes_gives_no_gender():
    blocks = para('"We lost everything," says Amara Diallo.', '"Everything," he repeats.')
    assert speakers(blocks) == ["Amara Diallo", "Amara Diallo"]


def test_sports_roles_and_a_promoter_are_what_people_are():
    blocks = para(
        'Scotland captain Rory Buchanan said his side could take positives. "We nearly won," the flanker '
        "told BBC Sport.",
        'Promoter Eddie Kane said a rematch was likely. "Wembley, that\'s the dream," Kane said.',
    )
    assert speakers(blocks) == ["Rory Buchanan", "Eddie Kane"]


def test_a_name_and_a_noun_like_verb_after_the_quote():
    blocks = para('"And sometimes I finish it wrong," Nino Beridze interrupts.')
    assert speakers(blocks) == ["Nino Beridze"]


def test_a_first_name_alone_opening_a_sentence_is_a_person_with_a_gender():
    blocks = para(
        '"They buy three," Nadia Haddad said by phone.',
        'Rania shakes her head but smiles. "He says it like it\'s new," she says.',
    )
    assert speakers(blocks) == ["Nadia Haddad", "Rania"]


def test_a_lede_dateline_with_no_agency_names_no_one():
    blocks = para(
        "Huaraz, Peru, Oct 11 - When Teodoro Quispe was a boy, the glacier came down to the wall.",
        '"Now there is no ice to bring," he says.',
    )
    capitals = para("GENEVA - Monique Favre first walked onto the glacier in 1984.", '"It was white," she said.')
    assert speakers(blocks) + speakers(capitals) == ["Teodoro Quispe", "Monique Favre"]


def test_a_described_body_keeps_its_words_as_written():
    blocks = para('The U.S. embassy in Bangkok said the vote must be "peaceful and fair."')
    assert speakers(blocks) == ["U.S. embassy in Bangkok"]


def test_the_statement_is_the_persons_who_just_made_one():
    blocks = para(
        "Marcos Tavares Lima said in a closing statement that he was innocent.",
        '"We remain confident," the statement said.',
        "Pacific leaders met in Tonga.",
        "The leaders' communiqu\u00e9 called for \"new and additional\" funds.",
    )
    assert speakers(blocks) == ["Marcos Tavares Lima", None]


def test_a_counterpart_named_after_a_comma_is_the_subject_before_a_colon():
    blocks = para('His Polish counterpart, Marta Wilczynska, was blunter: "Half measures invite full provocations."')
    assert speakers(blocks) == ["Marta Wilczynska"]


def test_words_before_a_verb_do_not_describe_the_name_after_it():
    blocks = para(
        "Prosecutors said the judge had called Ernesto Valc\u00e1rcel a thief.",
        '"A thief in a suit," the judge said.',
    )
    assert speakers(blocks) == [None]


def test_a_surname_alone_is_the_first_person_the_story_gave_it_to():
    blocks = para(
        "Zofia Nowak beat Camille Roux in straight sets. Her father, Krzysztof Nowak, watched from her box.",
        '"I need to recover well tonight," Nowak said.',
    )
    assert speakers(blocks) == ["Zofia Nowak"]


def test_the_agency_or_the_company_is_the_one_word_body_that_just_spoke():
    agency = para(
        "The rover is a joint effort with the European Space Agency.",
        "NASA said in January it would decide on the budget.",
        '"We are committed," the agency said in a statement.',
    )
    company = para(
        'SpaceX later said the vehicle had experienced "a rapid unscheduled disassembly".',
        '"Teams immediately began working," the company said.',
    )
    assert speakers(agency) + speakers(company) == ["NASA", "SpaceX", "SpaceX"]


def test_a_speech_verb_opening_a_clause_after_a_closed_quote_starts_a_new_sentence():
    blocks = para('"We need nurses," said Lucy Arnatsiaq. "That is the answer." She said the territory had expanded '
                  "a nursing programme at the college in Iqaluit.")
    assert speakers(blocks) == ["Lucy Arnatsiaq", "Lucy Arnatsiaq"]


def test_a_scene_sentence_about_someone_already_quoted_gives_the_quote_after_it():
    blocks = para(
        '"My friends go out on Friday nights," Rui Costa says.',
        'He shrugs. "I don\'t mind. Mostly."',
        '"It\'s strange," says Yuna Takahashi, who reached the final of the Pacific Open in Auckland.',
        'She thinks for a long time. "Wimbledon qualifying, two years ago."',
    )
    assert speakers(blocks) == ["Rui Costa", "Rui Costa", "Yuna Takahashi",
                                                               "Yuna Takahashi"]


def test_a_relative_opening_the_sentence_is_who_the_pronoun_means():
    unnamed = para(
        '"Shrimp is a gamble," said Ayesha Karim.',
        '"It hurts," said Rahima Begum.',
        'Her husband came up the path. "She goes there every Sunday," he said.',
    )
    named = para(
        "Their mother, Lee Soo-jin, 41, was a manager. Their father, Kim Dong-hyun, 43, was an engineer.",
        '"Everyone said we were crazy," Lee said.',
        'Her husband was less certain. "The persimmons don\'t pay like Samsung," he said.',
    )
    assert speakers(unnamed) + speakers(named) == [
        "Ayesha Karim", "Rahima Begum", None, "Lee Soo-jin", "Kim Dong-hyun"]


def test_a_participle_after_a_titled_subject_with_an_aside():
    blocks = para('Sen. Rodrigo Macaraeg-Tan, a close ally of the vice president, moved to dismiss the case, calling '
                  'it "a political vendetta."')
    assert speakers(blocks) == ["Rodrigo Macaraeg-Tan"]


def test_spanish_and_portuguese_honorifics_are_titles_that_tell_the_gender():
    blocks = para(
        "Teresa Alvarado keeps a notebook of who has paid. Neighbours call her Do\u00f1a Teresa.",
        '"Without the notebook, there would be fights," Do\u00f1a Teresa said.',
    )
    assert speakers(blocks) == ["Teresa Alvarado"]


def test_his_father_replied_is_the_father_the_story_introduced():
    blocks = para(
        "Younis Abdelkarim has baked bread in Mosul for forty years. His son, Omar, works beside him.",
        '"I love this place," Omar said. "He decides for me."',
        '"Somebody has to," his father replied.',
    )
    assert speakers(blocks)[-1] == "Younis Abdelkarim"


def test_a_place_before_a_title_chain_is_no_one():
    blocks = para(
        "Former Sri Lanka captain and commentator Roshan Dias-Karunaratne was full of praise for the batter.",
        '"Nowadays everyone wants to hit sixes," he said on television.',
    )
    assert speakers(blocks) == ["Roshan Dias-Karunaratne"]


def test_an_assistant_named_by_first_name_and_a_stadium_are_what_they_are():
    blocks = para(
        '"Strike days, the City is a ghost town," said Gary Whitlock, who runs a sandwich shop.',
        'His assistant, Magda, who is from Poland, took three buses. "My husband said, stay at home," she said.',
    )
    stadium = para(
        '"I had my chances," Yelena Markevich told reporters after the final.',
        "Fans filled the Manolo Santana Stadium for the trophy ceremony.",
        '"It was the same for both of us," she said.',
    )
    assert speakers(blocks) + speakers(stadium) == [
        "Gary Whitlock", "Magda", "Yelena Markevich", "Yelena Markevich"]


def test_a_description_after_a_prose_paragraph_about_one_person_is_that_person():
    blocks = para(
        '"I think I\'m still in shock," Tereza Novakova said after beating world number one Yelena Markevich.',
        "Novakova will face either Magdalena Wierzbicka or Jessica Ramsey in the final.",
        "Markevich, who was bidding for a third Madrid title, was gracious in defeat.",
        '"She played unbelievable," the top seed told reporters.',
    )
    assert speakers(blocks) == ["Tereza Novakova", "Yelena Markevich"]
