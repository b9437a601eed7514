"""Names: mentions found, spelling variants merged, look-alikes kept apart, and
ordinary words spelled two ways."""

from __future__ import annotations

import pytest

from tests.core.articles import articles
from tests.core.entity_helpers import entities, owner, together
from tui.core.names import find_entities, find_word_variants
from tui.core.settings import NameSettings
from tui.core.text import fold_spelling, spelling_key

# --------------------------------------------------------------------------- finding


def test_mentions_carry_exact_offsets() -> None:
    arts = articles(
        [
            "In the early hours, Mikhail Razvozhayev, Sevastopol’s Moscow-appointed governor, "
            "said the Black Sea Fleet was hit.",
            "Speaking on Telegram, Mr. Razvozhayev said a facility burned.",
        ]
    )
    ents = find_entities(arts)
    texts = {p.id: p.text for p in arts[0].paragraphs}
    for e in ents:
        for m in e.mentions:
            assert texts[m.paragraph][m.start : m.end] == m.text
    found = {m.text for e in ents for m in e.mentions}
    assert {"Mikhail Razvozhayev", "Sevastopol", "Moscow", "Black Sea Fleet", "Telegram"} <= found
    assert "Razvozhayev" in found  # "Mr." cut off
    assert not any("’s" in t or "Mr" in t for t in found)


def test_titles_are_cut_off_and_mark_a_person() -> None:
    ents = entities(
        [
            "Russian President Vladimir Putin met U.S. Secretary of State Antony Blinken.",
            "Governor Mikhail Razvoshayev said the port was hit. Later Putin left.",
        ]
    )
    names = {e.name for e in ents}
    assert {"Vladimir Putin", "Antony Blinken", "Mikhail Razvoshayev", "U.S."} <= names
    assert not names & {"Russian President Vladimir Putin", "Secretary", "State", "Governor"}
    assert together(ents, "Vladimir Putin", "Putin")


def test_nationality_adjectives_are_not_names() -> None:
    ents = entities(
        [
            "North Korean leader Kim Jong Un met Russian officials and Western diplomats.",
            "Iranian-made drones hit Ukraine and Russia. Ukrainian forces replied.",
        ]
    )
    names = {e.name for e in ents}
    assert {"Kim Jong Un", "Ukraine", "Russia"} <= names
    assert not names & {"North Korean", "Russian", "Western", "Iranian", "Ukrainian"}


def test_a_nationality_stays_inside_a_longer_name() -> None:
    ents = entities(["The Russian Defence Ministry and the Crimean Peninsula were named."])
    assert {"Russian Defence Ministry", "Crimean Peninsula"} <= {e.name for e in ents}


def test_sentence_openers_and_headline_capitals_need_support() -> None:
    ents = entities(
        [
            ("Missile Strike Marred Meeting in Sevastopol", "title"),
            "Smoke rises from the shipyard in Sevastopol. Home to the fleet, it burned.",
            "Moscow denied it. Officials in Moscow said so.",
        ]
    )
    names = {e.name for e in ents}
    assert {"Sevastopol", "Moscow"} <= names
    assert not names & {"Smoke", "Home", "Missile Strike Marred Meeting", "Officials"}
    sevastopol = owner(ents, "Sevastopol")
    assert "A1" in {m.paragraph for m in sevastopol.mentions}  # the headline mention counts


def test_a_known_name_is_found_in_lowercase() -> None:
    ents = entities(
        ["Putin arrived at the Vostochny Cosmodrome on Wednesday."],
        ["A meeting point was Russia's new Vostochny cosmodrome, near the river."],
    )
    e = owner(ents, "Vostochny cosmodrome")
    assert e.spellings == ("Vostochny Cosmodrome", "Vostochny cosmodrome")


# --------------------------------------------------------------------------- variants merged


@pytest.mark.parametrize(
    ("a", "b", "pattern"),
    [
        ("Razvozhayev", "Razvoshayev", "zh/sh"),
        ("Prigozhin", "Prigojin", "zh/j"),
        ("Zaporizhzhia", "Zaporizhia", "zh doubled"),
        ("Oleksiy", "Oleksii", "y/ii"),
        ("Dmitry", "Dmitriy", "y/iy"),
        ("Kharkiv", "Harkiv", "kh/h"),
        ("Qaddafi", "Gaddafi", "q/g"),
        ("Odessa", "Odesa", "doubled letters"),
        ("Zelensky", "Zelenskyy", "-y/-yy"),
        ("Zelenskiy", "Zelensky", "-iy/-y"),
        ("Kiev", "Kyiv", "ie/y"),
        ("TASS", "Tass", "case"),
        ("Al-Haouz", "Al Haouz", "hyphen/space"),
        ("Marrakech", "Marrakesh", "ch/sh"),
    ],
)
def test_transliteration_variants_share_a_key(a: str, b: str, pattern: str) -> None:
    assert spelling_key(a) == spelling_key(b), pattern


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Razvozhayev", "Razvoshayev"),
        ("Kyiv", "Kiev"),
        ("TASS", "Tass"),
        ("Al-Haouz", "Al Haouz"),
        ("Zaporizhzhia", "Zaporizhia"),
    ],
)
def test_variants_are_one_entity(a: str, b: str) -> None:
    ents = entities(
        [f"The governor said {a} was struck, officials in the region said."],
        [f"Officials said {b} was struck, according to the governor."],
    )
    e = owner(ents, a)
    assert owner(ents, b) is e
    assert set(e.spellings) == {a, b} and e.variants
    assert dict(e.by_article) == {"A": (a,), "B": (b,)}


def test_british_and_american_spelling_in_a_name() -> None:
    ents = entities(
        ["The Russian Defence Ministry said two ships were damaged."],
        ["According to the defense ministry, seven missiles were intercepted."],
        ["The Mariupol Drama Theatre was hit."],
        ["Rescuers reached the Mariupol Drama Theater on Friday."],
    )
    assert together(ents, "Russian Defence Ministry", "defense ministry")
    assert together(ents, "Mariupol Drama Theatre", "Mariupol Drama Theater")
    assert owner(ents, "defense ministry").spellings == ("Defence Ministry", "defense ministry")


def test_full_name_and_surname_are_one_entity_not_a_variant() -> None:
    ents = entities(
        ["Russian President Vladimir Putin arrived.", "Mr. Putin left soon after."],
        ["North Korean leader Kim Jong Un arrived.", "Putin and Kim talked."],
    )
    putin = owner(ents, "Vladimir Putin")
    assert owner(ents, "Putin") is putin
    assert putin.spellings == ("Vladimir Putin",) and not putin.variants
    assert together(ents, "Kim Jong Un", "Kim")  # family name first


def test_surname_variants_show_as_surnames() -> None:
    ents = entities(
        ["In the early hours, Mikhail Razvozhayev said so.", "Mr. Razvozhayev added more."],
        ["Mikhail Razvozhaev, the governor, reported the attack."],
        ["Governor Mikhail Razvoshayev said so.", "Razvoshayev blamed Kyiv."],
    )
    e = owner(ents, "Mikhail Razvozhayev")
    assert e.spellings == ("Razvozhayev", "Razvozhaev", "Razvoshayev")
    assert e.name == "Mikhail Razvozhayev"


def test_close_spellings_merge_on_a_shared_first_name() -> None:
    ents = entities(
        ["Commander Khalifa Haftar visited the city."],
        ["Forces loyal to Khalifa Hifter arrived in the city."],
    )
    assert together(ents, "Khalifa Haftar", "Khalifa Hifter")


def test_close_one_word_spellings_need_aligned_paragraphs() -> None:
    # a vowel apart and a short skeleton: the spelling alone is no proof
    bodies = (
        ["Fighters entered Sirte at dawn, commanders said."],
        ["Fighters entered Surt at dawn, commanders said."],
    )
    assert not together(entities(*bodies), "Sirte", "Surt")
    assert together(entities(*bodies, aligned={("A1", "B1")}), "Sirte", "Surt")


def test_one_word_spellings_that_sound_alike_need_no_aligned_paragraphs() -> None:
    ents = entities(
        ["Fighters of Hezbollah fired rockets at the border."],
        ["Talks with Hizbollah stalled in the capital."],
    )
    assert together(ents, "Hezbollah", "Hizbollah")


def test_close_spellings_in_one_article_stay_apart() -> None:
    ents = entities(
        ["Fighters of Hezbollah fired rockets.", "Members of Hizbollah denied it."],
        ["Fighters of Hezbollah fired rockets."],
        aligned={("A1", "B1"), ("A2", "B1")},
    )
    assert not together(ents, "Hezbollah", "Hizbollah")


# --------------------------------------------------------------------------- look-alikes apart


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sevastopol", "Melitopol"),
        ("Putin", "Peskov"),
        ("Kiev", "Kiper"),
        ("Reznikov", "Razvozhayev"),
        ("Kostiantynivka", "Klishchiyivka"),
        ("U.N.", "U.S."),
        ("Moscow", "Morrow"),
        ("Bakhmut", "Bankova"),
        ("Vladivostok", "Vostochny"),
    ],
)
def test_look_alikes_stay_apart(a: str, b: str) -> None:
    ents = entities(
        [f"Officials in {a} said the attack was repelled."],
        [f"Officials in {b} said the attack was repelled."],
        aligned={("A1", "B1")},
    )
    assert not together(ents, a, b)


def test_a_name_and_a_longer_name_that_contains_it_stay_apart() -> None:
    ents = entities(
        ["Sevastopol is home to the Black Sea Fleet.", "Ships crossed the Black Sea at night."],
        ["The Sevastopol Shipyard was hit. Smoke rose over Sevastopol."],
    )
    assert not together(ents, "Black Sea Fleet", "Black Sea")
    assert not together(ents, "Sevastopol Shipyard", "Sevastopol")


def test_different_people_with_one_first_name_stay_apart() -> None:
    ents = entities(
        ["Oleksii Reznikov was dismissed.", "Rustem Umerov replaced him."],
        ["Oleh Kiper, the governor, spoke. Vladimir Putin and Volodymyr Zelensky did not."],
    )
    assert not together(ents, "Oleksii Reznikov", "Rustem Umerov")
    assert not together(ents, "Oleksii Reznikov", "Oleh Kiper")
    assert not together(ents, "Vladimir Putin", "Volodymyr Zelensky")


def test_an_acronym_is_not_a_surname() -> None:
    ents = entities(["North Korean leader Kim Jong Un spoke.", "UN sanctions were discussed."])
    assert not together(ents, "Kim Jong Un", "UN")


def test_ministries_of_two_countries_stay_apart() -> None:
    ents = entities(
        ["The Russian Defence Ministry said it.", "The Ukrainian Energy Ministry denied it."],
        ["The Ukrainian Defence Ministry said it too."],
    )
    assert not together(ents, "Russian Defence Ministry", "Ukrainian Energy Ministry")
    assert not together(ents, "Russian Defence Ministry", "Ukrainian Defence Ministry")


def test_entity_json() -> None:
    ents = entities(["Officials said Kyiv was struck."], ["Officials said Kiev was struck."])
    data = owner(ents, "Kyiv").to_json()
    assert data["name"] == "Kyiv" and data["spellings"] == ["Kyiv", "Kiev"]
    assert data["variants"] is True
    assert data["by_article"] == {"A": ["Kyiv"], "B": ["Kiev"]}
    assert data["mentions"] == [
        {"paragraph": "A1", "text": "Kyiv", "start": 15, "end": 19},
        {"paragraph": "B1", "text": "Kiev", "start": 15, "end": 19},
    ]
    assert data["id"].startswith("E")


# --------------------------------------------------------------------------- ordinary words


def test_ordinary_words_spelled_two_ways() -> None:
    arts = articles(
        ["He travelled on his personal armoured train.", "Air defences shot down drones."],
        ["He traveled in a heavily armored train.", "The defenses held."],
    )
    variants = {v.key: v for v in find_word_variants(arts, aligned={("A1", "B1")})}
    assert set(variants) == {"traveled", "armored", "defenses"}
    assert variants["armored"].spellings == ("armoured", "armored")
    assert variants["armored"].aligned and not variants["defenses"].aligned
    assert dict(variants["traveled"].by_article) == {"A": ("travelled",), "B": ("traveled",)}
    data = variants["armored"].to_json()
    assert [m["paragraph"] for m in data["mentions"]] == ["A1", "B1"]


def test_hyphenation_is_a_word_variant() -> None:
    arts = articles(["The counter-offensive stalled."], ["The counteroffensive stalled."])
    [v] = find_word_variants(arts)
    assert v.spellings == ("counter-offensive", "counteroffensive")


@pytest.mark.parametrize(
    ("a", "b"),
    [("four", "for"), ("hour", "hor"), ("filled", "filed"), ("fence", "fense"), ("ship", "chip")],
)
def test_different_words_are_not_variants(a: str, b: str) -> None:
    assert fold_spelling(a) != fold_spelling(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("colour", "color"),
        ("behaviour", "behavior"),
        ("defence", "defense"),
        ("offences", "offenses"),
        ("centre", "center"),
        ("theatre", "theater"),
        ("hospitalised", "hospitalized"),
        ("analyse", "analyze"),
        ("travelled", "traveled"),
        ("fuelled", "fueled"),
        ("catalogue", "catalog"),
        ("programme", "program"),
        ("judgement", "judgment"),
    ],
)
def test_british_and_american_spellings_fold_together(a: str, b: str) -> None:
    assert fold_spelling(a) == fold_spelling(b)


# --------------------------------------------------------------------------- settings


def test_the_close_spelling_knobs_are_passed_in() -> None:
    arts = articles(
        ["Fighters of Hezbollah fired rockets at the border."],
        ["Fighters of Hizballah fired rockets at the border."],
    )
    strict = NameSettings(close_similarity=0.99, skeleton_min_length=99)
    assert together(find_entities(arts, aligned={("A1", "B1")}), "Hezbollah", "Hizballah")
    ents = find_entities(arts, aligned={("A1", "B1")}, settings=strict)
    assert not together(ents, "Hezbollah", "Hizballah")


def test_the_word_length_knob_is_passed_in() -> None:
    arts = articles(["His armoured train."], ["His armored train."])
    assert [v.key for v in find_word_variants(arts)] == ["armored"]
    assert find_word_variants(arts, settings=NameSettings(variant_min_length=9)) == []
