"""Event dates from a dated clause shifted by "N days after / before", and later dates of an
event told by a noun (MEANTIME text-date links; VOA 8007760)."""

from helpers import date_of


def test_a_day_after_takes_the_clause_day_less_one() -> None:
    # VOA 8007760: the attack on the train was on Tuesday.
    assert date_of("Security sources said Wednesday a Pakistani military operation rescued 190 "
                   "passengers and killed 30 terrorists, a day after an attack on a train in "
                   "Pakistan's restive southwestern Balochistan province.", "attack",
                   "2025-03-12") == "2025-03-11"


def test_days_before_a_planned_day_count_forward() -> None:
    # MEANTIME (published 2009-06-09): the launch is June 19.
    assert date_of("The new phone will also come pre-loaded with the new iPhone 3.0 software, "
                   "which will be available on June 17, two days before the phone launches.",
                   "launches", "2009-06-09") == "2009-06-19"


def test_a_vague_distance_leaves_the_other_rules() -> None:
    assert date_of("Security sources said Wednesday a Pakistani military operation rescued 190 "
                   "passengers and killed 30 terrorists, days after an attack on a train.",
                   "attack", "2025-03-12") == "2025-03-12"


def test_a_noun_event_takes_its_later_date() -> None:
    # MEANTIME (published 2009-05-14 and 2006-08-19).
    assert date_of("A June 3 hearing has been scheduled in the US Bankruptcy Court to determine "
                   "whether the move should be approved.", "hearing", "2009-05-14") == "2009-06-03"
    assert date_of("Ford has announced sweeping cuts of 21% in its US and Canadian production, "
                   "resulting in the partial closure of ten of its plants during the fourth "
                   "quarter.", "closure", "2006-08-19") == "2006-Q4"


def test_a_verb_keeps_its_own_day_before_a_later_date() -> None:
    # A deadline of a past act does not date it.
    assert date_of("The ministry announced on Tuesday that the talks would resume in May.",
                   "announced", "2025-03-12") == "2025-03-11"
