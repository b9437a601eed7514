"""Names the articles write in other orders, define by an acronym, or qualify by a
nationality: one entity each, with look-alikes kept apart.

The sentences are invented.
"""

from __future__ import annotations

from tests.core.entity_helpers import entities, owner, together
from tui.core.names.acronyms import share_most_words, spells_initials

# ----------------------------------------------------------------- a list after a semicolon


def test_a_name_after_a_semicolon_keeps_its_first_word() -> None:
    ents = entities(
        [
            "The three men were named as Anvar Toshmatov, 41; Bakhrom Yusupov, 28; "
            "and Davron Olimov, 33, all from the same village."
        ],
        ["The court heard that Yusupov had bought the car a week before."],
    )
    person = owner(ents, "Bakhrom Yusupov")
    assert person.name == "Bakhrom Yusupov"


# ----------------------------------------------------------------- the family name moved


def test_a_name_with_its_family_name_moved_is_one_person() -> None:
    ents = entities(
        ["The suspect was named as Rustamjon Nazarov, a 30-year-old welder."],
        ["Police said Nazarov Rustamdzhon had entered the country in January."],
    )
    assert together(ents, "Rustamjon Nazarov", "Nazarov Rustamdzhon")


def test_kim_jong_un_and_jong_un_kim_are_one_but_kim_yo_jong_is_another() -> None:
    ents = entities(
        ["Leader Kim Jong Un watched the launch with his sister, Kim Yo Jong."],
        ["State media said Jong Un Kim had ordered more tests."],
    )
    assert together(ents, "Kim Jong Un", "Jong Un Kim")
    assert not together(ents, "Kim Jong Un", "Kim Yo Jong")


def test_two_people_who_share_words_in_another_order_in_one_article_stay_apart() -> None:
    ents = entities(
        ["Witnesses named Tomas Henrik and Henrik Tomas, two brothers who ran the ferry."],
        ["The ferry company declined to comment on the crossing."],
    )
    assert not together(ents, "Tomas Henrik", "Henrik Tomas")


# ----------------------------------------------------------------- defined acronyms


def test_names_that_define_one_acronym_are_one_name() -> None:
    ents = entities(
        ["The figures came from the Civil-defence Rescue Directorate (CRD) in the capital."],
        ["Officials at the Civil Rescue Directorates (CRD) said 40 were saved."],
    )
    assert together(ents, "Civil-defence Rescue Directorate", "Civil Rescue Directorates")


def test_an_acronym_takes_in_the_hyphenated_word_before_the_name() -> None:
    ents = entities(
        ["A statement by the Joint-staff Press Office (JSPO) gave the toll."],
        ["The Joint Staff Press Office (JSPO) later raised it."],
    )
    first = owner(ents, "Joint-staff Press Office")
    assert first is owner(ents, "Joint Staff Press Office")


def test_names_in_two_languages_with_one_acronym_share_most_words() -> None:
    ents = entities(
        ["According to the Storm Relief Agency (OKAT), 300 homes were lost."],
        ["The Storm Relief Directorate (OKAT) sent tents to the valley."],
    )
    assert together(ents, "Storm Relief Agency", "Storm Relief Directorate")


def test_a_dateline_defines_no_acronym() -> None:
    ents = entities(
        ["NEW YORK (AP) - Markets fell on Monday as oil rose.", "New York traders were calm."],
        ["NEW DELHI (AP) - Markets rose on Monday in India.", "New Delhi officials were calm."],
    )
    assert not together(ents, "New York", "New Delhi")


def test_acronym_helpers() -> None:
    assert spells_initials("ISPR", ("Inter-service", "Public", "Relation"))
    assert spells_initials("NAN", ("News", "Agency", "of", "Nigeria"))
    assert spells_initials("CRD", ("Civil-defence", "Rescue", "Directorate"))
    assert not spells_initials("AP", ("New", "York"))
    assert share_most_words(("Flood", "Relief", "Agency"), ("Flood", "Relief", "Office"))
    assert not share_most_words(("New", "York"), ("New", "Delhi"))


# ----------------------------------------------------------------- a nationality before a place


def test_a_place_after_a_nationality_adjective_is_the_place() -> None:
    ents = entities(
        ["Aid trucks drove from Aleppo to the Turkish Sanlıurfa overnight."],
        [("Sanlıurfa: 12", "body"), "Rescuers reached the villages near the border."],
    )
    assert together(ents, "Turkish Sanlıurfa", "Sanlıurfa")


def test_a_nationality_before_a_common_noun_stays_whole() -> None:
    ents = entities(
        ["The Russian Navy sent two ships.", "A navy spokesman said they left at dawn."],
        ["The Navy of Bangladesh sent one ship to Lebanon."],
    )
    assert owner(ents, "Russian Navy").name == "Russian Navy"


# ----------------------------------------------------------------- a count word inside a name


def test_a_count_word_between_two_words_of_a_name_is_part_of_it() -> None:
    ents = entities(
        ['"It is a dark day," the mayor told Channel One Radio on Tuesday.'],
        ['"The tower has gone," a firefighter told City Radio near the harbour.'],
    )
    assert owner(ents, "Channel One Radio").name == "Channel One Radio"
    assert not together(ents, "Channel One Radio", "City Radio")


def test_a_count_word_after_a_name_stays_out_of_it() -> None:
    ents = entities(
        ["Officials in Kharkiv Two weeks ago said the bridge was safe."],
        ["Kharkiv officials said the bridge was safe."],
    )
    assert owner(ents, "Kharkiv").name == "Kharkiv"


# ----------------------------------------------------------------- initials


def test_an_initial_joins_the_one_name_it_abbreviates() -> None:
    ents = entities(
        ["Two sailors of the Portuguese Navy were hurt in the blast."],
        ["Blast hurts 21 P. Navy men, 80 others"],
    )
    assert together(ents, "Portuguese Navy", "P. Navy")
    assert owner(ents, "P. Navy").name == "Portuguese Navy"


def test_an_initial_that_fits_two_names_joins_neither() -> None:
    ents = entities(
        ["Jonas Berg and his brother Jakob Berg ran the shop."],
        ["Neighbours said J. Berg had closed it on Friday."],
    )
    assert not together(ents, "J. Berg", "Jonas Berg")
    assert not together(ents, "J. Berg", "Jakob Berg")
