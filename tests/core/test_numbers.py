"""Numbers: every form found and valued, hedges, dates and times, and linking."""

from __future__ import annotations

from datetime import date

import pytest
from text_to_num import text2num

from tests.core.articles import articles
from tui.core.quantities import NumberMention, Quantity, find_numbers, link_quantities
from tui.core.settings import NumberSettings

REF = date(2023, 9, 13)  # a Wednesday


def one(text: str, **kw: object) -> NumberMention:
    found = find_numbers(text, **kw)  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------------------------------- forms


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The blast injured 1,200 people.", "1,200", 1200),
        ("The city has 2.5 million residents.", "2.5 million", 2.5e6),
        ("The fund holds 3bn in reserve.", "3bn", 3e9),
        ("A quake of magnitude 7.0 struck.", "7.0", 7.0),
        ("Officials counted 12,345.6 tonnes.", "12,345.6", 12345.6),
        ("He fired ten cruise missiles.", "ten", 10),
        ("They found seventy-two bodies.", "seventy-two", 72),
        ("They found seventy two bodies.", "seventy two", 72),
        ("It took one hundred and five days.", "one hundred and five", 105),
        ("Some two thousand three hundred people fled.", "two thousand three hundred", 2300),
        ("They arrested a dozen men.", "a dozen", 12),
        ("It left two dozen injured.", "two dozen", 24),
        ("It left half a dozen injured.", "half a dozen", 6),
        ("A four-and-a-half-hour period passed.", "four-and-a-half", 4.5),
        ("The town has a million residents.", "a million", 1e6),
        ("Two ships were damaged.", "Two", 2),
    ],
)
def test_number_forms(text: str, phrase: str, value: float) -> None:
    m = one(text)
    assert (m.text, m.value) == (phrase, value)
    assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("Hundreds of people were evacuated.", 200, 200, 1000),
        ("It left dozens injured.", 24, 24, 144),
        ("Tens of thousands of men were lost.", 20000, 20000, 100000),
        ("Thousands of homes collapsed.", 2000, 2000, 10000),
    ],
)
def test_vague_plurals_keep_a_range(text: str, value: float, low: float, high: float) -> None:
    m = one(text)
    assert (m.value, m.low, m.high) == (value, low, high)
    assert m.qualifier is not None and m.qualifier.lower().startswith(m.text.lower()[:4])


def test_number_words_agree_with_text2num() -> None:
    """Our parser against text2num on every number below 1000 and some larger ones."""
    units = (
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen"
    ).split()
    tens = "twenty thirty forty fifty sixty seventy eighty ninety".split()

    def words(n: int) -> str:
        if n < 20:
            return units[n]
        if n < 100:
            return tens[n // 10 - 2] + ("" if n % 10 == 0 else "-" + units[n % 10])
        if n < 1000:
            rest = "" if n % 100 == 0 else " and " + words(n % 100)
            return units[n // 100] + " hundred" + rest
        rest = "" if n % 1000 == 0 else " " + words(n % 1000)
        return words(n // 1000) + " thousand" + rest

    for n in [*range(1, 1000), 1001, 2300, 45678, 999999]:
        phrase = words(n)
        found = find_numbers(f"They counted {phrase} boxes.")
        assert [m.value for m in found] == [text2num(phrase, "en")], phrase


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit"),
    [
        ("Turnout rose to 40% of voters.", "percent", 40, "voters"),
        ("Turnout rose 40 percent.", "percent", 40, ""),
        ("Prices rose 3.5 per cent.", "percent", 3.5, ""),
        ("The grant is $5m.", "money", 5e6, "USD"),
        ("They pledged €3bn in aid.", "money", 3e9, "EUR"),
        ("It costs 20 dollars.", "money", 20, "USD"),
        ("A budget of 2.5 million dollars.", "money", 2.5e6, "USD"),
    ],
)
def test_percent_and_money(text: str, kind: str, value: float, unit: str) -> None:
    m = one(text)
    assert (m.kind, m.value) == (kind, value)
    assert m.unit.startswith(unit)


@pytest.mark.parametrize(
    ("text", "qualifier", "low", "high"),
    [
        ("At least 24 people were injured.", "At least", 24, float("inf")),
        ("About ten explosions were heard.", "About", 9, 11),
        ("Approximately 300 homes burned.", "Approximately", 270, 330),
        ("More than 2,000 people died.", "More than", 2000, float("inf")),
        ("Up to 50 drones were launched.", "Up to", 0, 50),
        ("Nearly 30 people were hurt.", "Nearly", 27, 30),
        ("Some 40 buildings collapsed.", "Some", 36, 44),
        ("It lasted 30 minutes or more.", "or more", 30, float("inf")),
        ("A 50-plus crowd gathered.", "plus", 50, float("inf")),
    ],
)
def test_hedges_are_qualifiers(text: str, qualifier: str, low: float, high: float) -> None:
    m = next(m for m in find_numbers(text) if m.kind in ("count", "duration"))
    assert m.qualifier == qualifier
    assert (m.low, m.high) == pytest.approx((low, high))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("A barrage of 30 Iranian kamikaze drones struck the region.", "Iranian kamikaze drones"),
        ("Ten cruise missiles were fired.", "cruise missiles"),
        ("Seven of the missiles were intercepted.", "missiles"),
        ("It left 24 people injured.", "people"),
        ("Three [Ukrainian] unmanned motorboats attacked.", "Ukrainian unmanned motorboats"),
        ("Police seized 40 vehicles.", "vehicles"),
    ],
)
def test_the_thing_counted(text: str, unit: str) -> None:
    m = one(text)
    assert m.unit == unit


def test_durations_and_ordinals_are_not_plain_counts() -> None:
    text = "In the past seven days, the fourth month of the war, on day 567, after a 4.5-hour wait."
    kinds = {m.text: (m.kind, m.unit) for m in find_numbers(text)}
    assert kinds["seven"] == ("duration", "days")
    assert kinds["fourth"] == ("ordinal", "month")
    assert kinds["567"] == ("ordinal", "day")
    assert kinds["4.5"] == ("duration", "hours")


# --------------------------------------------------------------------------- dates and times


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Smoke rose on Sept. 13, 2023, in the port.", "Sept. 13, 2023", 20230913),
        ("In the early hours of Sept. 13, the city shook.", "Sept. 13", 20230913),
        ("date 2023-09-13 In Russia", "2023-09-13", 20230913),
        ("On 13 September 2023 they met.", "13 September 2023", 20230913),
        ("Power cuts from October 1st were denied.", "October 1st", 20231001),
        ("They met in April 2019 before.", "April 2019", 201904),
        ("The army captured it in May after months.", "May", 202305),
        ("Crimea was annexed in 2014.", "2014", 2014),
        ("Kim Jong Un is expected on Wednesday.", "Wednesday", 20230913),
        ("Peskov said on Tuesday that they met.", "Tuesday", 20230912),
    ],
)
def test_dates_are_dates_not_counts(text: str, phrase: str, value: int) -> None:
    m = one(text, reference=REF)
    assert (m.text, m.kind, m.value) == (phrase, "date", value)


def test_unresolved_dates_without_a_reference() -> None:
    weekday = one("They met on Wednesday.")
    assert (weekday.kind, weekday.value) == ("weekday", 3)
    assert one("On Sept. 13 they met.").value == 913


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The blast came at 8:30 a.m. local time.", "8:30 a.m.", 830),
        ("Residents heard it at around 3 AM on the coast.", "3 AM", 300),
        ("The quake struck at 23:11 on Friday night.", "23:11", 2311),
        ("It ended at 11 pm.", "11 pm", 2300),
    ],
)
def test_times_are_times(text: str, phrase: str, value: int) -> None:
    m = next(m for m in find_numbers(text) if m.kind == "time")
    assert (m.text, m.value) == (phrase, value)


@pytest.mark.parametrize(
    "text",
    [
        "He may come back later.",
        "Flight MH17 was shot down by a Buk.",
        "Su-25 jets and G7 leaders met.",
        "No one was hurt and one another helped.",
        "It was a first for the city.",
    ],
)
def test_not_numbers(text: str) -> None:
    assert [m for m in find_numbers(text) if m.kind == "count"] == []


def test_mention_json() -> None:
    m = one("At least 24 people were injured.", paragraph="C8")
    assert m.to_json() == {
        "paragraph": "C8",
        "text": "24",
        "value": 24,
        "start": 9,
        "end": 11,
        "kind": "count",
        "qualifier": "At least",
        "unit": "people",
        "frame": "injured",
    }


# --------------------------------------------------------------------------- linking


def quantities(*bodies: list[str], groups: list[list[str]] | None = None) -> list[Quantity]:
    return link_quantities(articles(*bodies), groups=groups or [])


def linked(qs: list[Quantity]) -> list[set[tuple[str, str]]]:
    return [{(m.paragraph, m.text) for m in q.mentions} for q in qs]


def test_same_quantity_in_words_and_digits_agrees() -> None:
    qs = quantities(
        ["Ukrainian forces delivered a strike with ten cruise missiles on the shipyard."],
        ["The Ukrainian Armed Forces launched 10 cruise missiles at the Sevastopol shipyard."],
    )
    assert linked(qs) == [{("A1", "ten"), ("B1", "10")}]
    assert qs[0].verdict == "agree" and qs[0].agree


def test_a_hedge_that_covers_the_value_is_compatible() -> None:
    qs = quantities(
        ["At least 24 people were injured in the attack on the port."],
        ["The governor said 24 people were injured in the attack."],
        ["A missile attack on the city left two dozen people injured."],
        groups=[["A1", "B1", "C1"]],
    )
    assert len(qs) == 1
    assert {m.text for m in qs[0].mentions} == {"24", "two dozen"}
    assert qs[0].verdict == "compatible" and qs[0].agree


def test_different_values_of_one_count_differ() -> None:
    qs = quantities(
        ["The earthquake killed 2,012 people, the interior ministry said."],
        ["The earthquake killed 2,122 people across the province."],
        groups=[["A1", "B1"]],
    )
    assert linked(qs) == [{("A1", "2,012"), ("B1", "2,122")}]
    assert qs[0].verdict == "differ" and not qs[0].agree


def test_a_hedge_that_excludes_the_value_differs() -> None:
    qs = quantities(
        ["At least 30 people were killed in the flood."],
        ["The flood killed 25 people in the city."],
        groups=[["A1", "B1"]],
    )
    assert qs[0].verdict == "differ"


def test_a_discrepancy_within_one_article() -> None:
    qs = quantities(
        [
            "A barrage of 30 Iranian kamikaze drones struck the Odesa region overnight.",
            "Officials said the harbour was hit and a warehouse burned.",
            "Regional air defence reported shooting down 32 Iranian-made Shahed drones.",
            "Russian ships offshore were attacked with three drones, the ministry said.",
        ],
    )
    assert linked(qs) == [{("A1", "30"), ("A3", "32")}]
    assert qs[0].verdict == "differ"


def test_about_ten_explosions_are_not_ten_missiles() -> None:
    qs = quantities(
        ["Forces delivered a strike with ten cruise missiles on the shipyard."],
        ["About ten explosions echoed through the city where the fleet is based."],
        groups=[["A1", "B1"]],
    )
    assert qs == []


def test_fired_and_shot_down_stay_apart_when_each_is_confirmed() -> None:
    qs = quantities(
        [
            "Forces delivered a strike with ten cruise missiles on the shipyard.",
            "Seven of the missiles were intercepted by air defenses.",
        ],
        [
            "The armed forces launched 10 cruise missiles at the shipyard.",
            "Air defences had shot down seven cruise missiles, the ministry said.",
        ],
        groups=[["A1", "B1"], ["A2", "B2"]],
    )
    assert linked(qs) == [{("A1", "ten"), ("B1", "10")}, {("A2", "Seven"), ("B2", "seven")}]
    assert all(q.verdict == "agree" for q in qs)


def test_a_partitive_is_a_part_not_a_discrepancy() -> None:
    qs = quantities(
        [
            "Forces delivered a strike with ten cruise missiles on the shipyard.",
            "Seven of the missiles were intercepted by air defenses.",
        ],
    )
    assert qs == []


def test_values_of_another_magnitude_are_not_linked() -> None:
    qs = quantities(
        [
            "A barrage of 30 kamikaze drones struck the region of Odesa.",
            "An escort ship destroyed all three kamikaze drones near the region.",
        ],
    )
    assert qs == []


def test_different_nouns_for_one_thing_link_through_their_verb() -> None:
    qs = quantities(
        ["The attack reportedly damaged two Russian naval vessels and left 24 people injured."],
        ["Two ships were damaged and 24 people were injured in the missile attack."],
        groups=[["A1", "B1"]],
    )
    assert {("A1", "two"), ("B1", "Two")} in linked(qs)
    assert {("A1", "24"), ("B1", "24")} in linked(qs)


def test_different_nouns_with_different_verbs_stay_apart() -> None:
    qs = quantities(
        ["Only hours before the two leaders met in the Far East, the port was hit."],
        ["Two ships were damaged in the attack on the port."],
        groups=[["A1", "B1"]],
    )
    assert qs == []


def test_parallel_sentences_link_their_other_numbers() -> None:
    qs = quantities(
        ["Forces struck with ten cruise missiles, while three unmanned motorboats hit vessels."],
        ["The army launched 10 cruise missiles and attacked ships offshore with three drones."],
        groups=[["A1", "B1"]],
    )
    assert {("A1", "three"), ("B1", "three")} in linked(qs)


def test_killed_and_injured_are_different_counts() -> None:
    qs = quantities(
        ["The strike killed 12 people in the market."],
        ["The strike injured 12 people in the market."],
        groups=[["A1", "B1"]],
    )
    assert qs == []


def test_the_same_count_of_two_events_in_one_article_stays_apart() -> None:
    qs = quantities(
        [
            "Two people were killed in Kharkiv when a shell hit a bus.",
            "Officials gave no further details about the shelling.",
            "Two people were killed in Odesa after a drone strike.",
        ],
    )
    assert qs == []


def test_anaphora_links_within_an_article() -> None:
    qs = quantities(
        [
            "The fleet was attacked with three drones offshore.",
            "A patrol ship destroyed all three drones before dawn.",
        ],
    )
    assert linked(qs) == [{("A1", "three"), ("A2", "three")}]


def test_dates_link_by_resolved_day_across_the_set() -> None:
    qs = quantities(
        ["Smoke rose from the shipyard on Sept. 13, 2023.", "On Sept. 13, the governor spoke."],
        ["Interfax reported on Wednesday.", "Peskov spoke on Tuesday about the talks."],
        ["date 2023-09-13 The meeting was on Wednesday."],
    )
    days = {q.mentions[0].value: {(m.paragraph, m.text) for m in q.mentions} for q in qs}
    assert days[20230913] == {
        ("A1", "Sept. 13, 2023"),
        ("A2", "Sept. 13"),
        ("B1", "Wednesday"),
        ("C1", "2023-09-13"),
        ("C1", "Wednesday"),
    }
    assert 20230912 not in days  # one Tuesday only: not reported twice
    assert all(q.kind == "date" and q.verdict == "agree" for q in qs)


def test_a_weekday_resolves_against_its_own_article_first() -> None:
    qs = quantities(
        ["The talks ended on Sept. 6, 2023.", "The envoy left on Wednesday."],
        ["The strike came on Sept. 13, 2023.", "Kyiv reported it on Wednesday."],
    )
    days = {q.mentions[0].value: {m.paragraph for m in q.mentions} for q in qs}
    assert days == {20230906: {"A1", "A2"}, 20230913: {"B1", "B2"}}


def test_quantity_json() -> None:
    qs = quantities(
        ["At least 24 people were injured in the attack on the port."],
        ["The governor said 24 people were injured in the attack."],
        groups=[["A1", "B1"]],
    )
    data = qs[0].to_json()
    assert data["id"] == "N1" and data["agree"] is True and data["verdict"] == "compatible"
    assert data["quantity"] == "people injured"
    assert [m["text"] for m in data["mentions"]] == ["24", "24"]
    assert data["mentions"][0]["qualifier"] == "At least"


# --------------------------------------------------------------------------- settings


def test_the_reach_of_an_approximate_hedge_is_a_setting() -> None:
    wide = NumberSettings(approx_share=0.2)
    m = one("About 300 homes burned.", settings=wide)
    assert (m.low, m.high) == pytest.approx((240, 360))
    m = one("About two homes burned.", settings=NumberSettings(approx_min_width=0.5))
    assert (m.low, m.high) == pytest.approx((1.5, 2.5))


def test_the_ratio_of_a_discrepancy_is_one_setting() -> None:
    bodies = (
        ["The earthquake destroyed 20 homes, the interior ministry said."],
        ["The earthquake destroyed 50 homes across the province."],
    )
    assert quantities(*bodies, groups=[["A1", "B1"]]) == []
    wide = NumberSettings(max_ratio=2.5)
    qs = link_quantities(articles(*bodies), groups=[["A1", "B1"]], settings=wide)
    assert linked(qs) == [{("A1", "20"), ("B1", "50")}]
    assert qs[0].verdict == "differ"
