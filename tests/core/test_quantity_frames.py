"""Quantity frames: what a figure counts, in what unit, and links by frame
across articles whose paragraphs were not aligned (no alignment groups here).

The small articles are invented, one event told differently by each outlet."""

from __future__ import annotations

import pytest

from tests.core.articles import articles
from tui.core.compare import with_alignment
from tui.core.quantities import Quantity, find_numbers, frame_links, link_quantities
from tui.core.quantities.units import precision, unit
from tui.core.report import report_json, report_markdown
from tui.core.settings import NumberSettings


def quantities(*bodies: list[str]) -> list[Quantity]:
    return link_quantities(articles(*bodies))


def figures(q: Quantity) -> set[tuple[str, str]]:
    return {(m.paragraph, m.text) for m in q.mentions}


def only(qs: list[Quantity], kind: str) -> list[Quantity]:
    return [q for q in qs if q.kind == kind]


# --------------------------------------------------------------------------- frames


@pytest.mark.parametrize(
    ("text", "phrase", "frame"),
    [
        ("The quake kills at least 296 in the mountains.", "296", "killed"),
        ("The death toll rose to 632 on Saturday.", "632", "killed"),
        ("Officials counted 820 deaths by the evening.", "820", "killed"),
        ("Rescuers said six bodies were pulled from the river.", "six", "killed"),
        ("At least 153 were hurt in the blast.", "153", "injured"),
        ("Nine people are still missing after the landslide.", "Nine", "missing"),
        ("Police arrested 14 men near the border.", "14", "arrested"),
        ("The ferry was carrying 212 people.", "212", "aboard"),
        ("The magnitude 6.8 quake struck at night.", "6.8", "magnitude"),
        ("It struck at a depth of 18 kilometres.", "18", "depth"),
        ("The epicentre lay 72 km southwest of the city.", "72", "distance"),
    ],
)
def test_a_figure_knows_what_it_counts(text: str, phrase: str, frame: str) -> None:
    found = {m.text: m for m in find_numbers(text)}
    assert found[phrase].frame == frame


def test_the_nearest_frame_word_of_its_own_phrase_decides() -> None:
    found = find_numbers("At least 9 were killed and 41 injured, and 3 are missing.")
    assert [(m.text, m.frame) for m in found] == [
        ("9", "killed"),
        ("41", "injured"),
        ("3", "missing"),
    ]


def test_a_dot_before_three_digits_in_a_toll_separates_thousands() -> None:
    (m,) = find_numbers("The deaths in the province have mounted to 3.381.")
    assert (m.value, m.frame) == (3381, "killed")
    (m,) = find_numbers("The magnitude 6.125 reading was revised.")
    assert m.value == pytest.approx(6.125)


# --------------------------------------------------------------------------- units


def test_measurements_are_valued_in_si_units() -> None:
    by_text = {m.text: m for m in find_numbers("The 5km road and a 240-metre span, 30 feet wide.")}
    assert (by_text["5"].kind, by_text["5"].si_value) == ("measure", 5000)
    assert by_text["240"].dimension == "length"
    assert by_text["30"].si_value == pytest.approx(9.144)


def test_the_units_library_converts_and_rounds() -> None:
    mile = unit("mile")
    assert mile is not None and mile.dimension == "length"
    assert mile.factor == pytest.approx(1609.344)
    square = unit("kilometer", square=True)
    assert square is not None and square.dimension == "area"
    assert (precision("2,300"), precision("24.1"), precision("72")) == (100, 0.1, 1)
    assert precision("700", rounding=False) == 1


def test_72_km_and_45_miles_agree() -> None:
    (q,) = quantities(
        ["The village lies 72 km from the regional capital."],
        ["The village lies 45 miles from the regional capital."],
    )
    assert q.verdict == "agree" and q.unit == "m" and q.frame == "length"


def test_2300_feet_is_compatible_with_700_m() -> None:
    (q,) = quantities(
        ["The pilot reported flying at 2,300 feet over the valley."],
        ["The aircraft was flying at 700 m over the valley, radar showed."],
    )
    assert q.verdict == "compatible"


def test_a_240_metre_span_and_a_260_meter_bridge_differ() -> None:
    (q,) = quantities(
        ["The 240-metre span of the Orlen viaduct fell into the gorge."],
        ["Engineers had warned for years that the 260-meter bridge was unsafe."],
    )
    assert figures(q) == {("A1", "240"), ("B1", "260")}
    assert q.verdict == "differ"


# --------------------------------------------------------------------------- planted cases


def test_a_collapse_at_740_and_at_840_differ() -> None:
    qs = quantities(
        ["The footbridge over the Narew collapsed at 7:40 am on Monday, police said."],
        ["Witnesses said the footbridge collapsed at 8:40 am as commuters crossed."],
    )
    (q,) = only(qs, "time")
    assert figures(q) == {("A1", "7:40 am"), ("B1", "8:40 am")}
    assert q.verdict == "differ" and q.unit == "HH:MM"


def test_times_written_with_a_dot_are_times() -> None:
    (m,) = find_numbers("The walkway gave way at 7.40am.")
    assert (m.kind, m.value) == ("time", 740)


def test_millions_of_dollars_differ() -> None:
    (q,) = quantities(
        ["Rebuilding the crossing will cost $4.2 million, the county said."],
        ["The county put the cost of rebuilding the crossing at $2.4 million."],
    )
    assert q.verdict == "differ" and q.unit == "USD"


def test_killed_and_injured_differ_and_never_cross() -> None:
    qs = quantities(
        ["At least 12 were killed and 37 injured when the stand gave way."],
        ["Fourteen people died and 73 were hurt when the stand collapsed."],
    )
    by_frame = {q.frame: q for q in qs}
    assert figures(by_frame["killed"]) == {("A1", "12"), ("B1", "Fourteen")}
    assert figures(by_frame["injured"]) == {("A1", "37"), ("B1", "73")}
    assert all(q.verdict == "differ" for q in by_frame.values())
    assert len(qs) == 2


def test_hedges_may_reconcile_when_asked() -> None:
    bodies = (
        ["At least 12 were killed when the stand gave way."],
        ["Fourteen people died when the stand collapsed."],
    )
    (q,) = link_quantities(articles(*bodies), settings=NumberSettings(hedges_reconcile=True))
    assert q.verdict == "compatible"


def test_eight_bodies_and_four_bodies_are_one_toll() -> None:
    (q,) = quantities(
        ["Eight bodies were found on the riverbank by Tuesday evening."],
        ["Divers said four bodies had already been found downstream."],
    )
    assert q.frame == "killed" and q.verdict == "differ"


# --------------------------------------------------------------------------- look-alikes


def test_a_toll_in_one_town_is_not_the_whole_toll() -> None:
    qs = quantities(
        [
            "The storm killed more than 90 people across the region.",
            "In Lindau, 31 people died when the dam broke.",
        ],
        [
            "Storm death toll rises to 104",
            "At least 24 people were killed in Lindau alone.",
        ],
    )
    whole = next(q for q in qs if ("A1", "90") in figures(q))
    assert figures(whole) == {("A1", "90"), ("B1", "104")}
    town = next(q for q in qs if ("A2", "31") in figures(q))
    assert figures(town) == {("A2", "31"), ("B2", "24")}


def test_canadians_are_not_all_passengers() -> None:
    qs = quantities(
        ["All 176 people on board were killed, including 57 Canadians."],
        ["The airline said 176 people were aboard; 63 Canadians were among them."],
    )
    for q in qs:
        texts = {m.text for m in q.mentions}
        assert not ({"176"} < texts and texts & {"57", "63"})


def test_two_counts_of_one_value_in_different_frames_stay_apart() -> None:
    qs = quantities(
        ["About 200 miners were trapped underground."],
        ["The blast killed more than 200 miners."],
    )
    assert qs == []


# --------------------------------------------------------------------------- links and updates


def test_frame_links_pair_paragraphs_that_were_never_aligned() -> None:
    arts = articles(
        ["Quake kills at least 296 in the Atlas", "Roads were cut off."],
        ["Relief convoys set out at dawn.", "The death toll has risen to 632."],
    )
    assert frame_links(arts) == {("A1", "B2")}


def test_a_later_report_names_the_updated_toll() -> None:
    (q,) = quantities(
        ["Rabat, Sept. 9, 2023", "The quake killed at least 296 people."],
        ["Rabat, Sept. 10, 2023", "The death toll rose to 2,012, officials said."],
    )
    assert q.verdict == "differ"
    assert q.later is not None
    assert (q.later.value, q.later.paragraphs, q.later.as_of) == (2012, ("B2",), "2023-09-10")
    assert {m.as_of for m in q.mentions} == {"2023-09-09", "2023-09-10"}


def test_the_report_carries_frames_units_and_the_latest_figure() -> None:
    arts = articles(
        ["Rabat, Sept. 9, 2023", "The quake killed at least 296 people."],
        ["Rabat, Sept. 10, 2023", "The death toll rose to 2,012, officials said."],
    )
    from tui.core.align import align

    comparison = with_alignment(arts, align(arts))
    report = report_json(comparison)
    killed = next(n for n in report["numbers"] if n.get("frame") == "killed")
    assert killed["unit"] == "people"
    assert killed["later"] == {"value": 2012, "paragraphs": ["B2"], "as_of": "2023-09-10"}
    assert {m.get("frame") for m in killed["mentions"]} == {"killed"}
    markdown = report_markdown(comparison)
    assert "  - killed: 296 / 2,012; latest 2,012, as of 2023-09-10\n" in markdown
