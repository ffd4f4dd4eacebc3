"""Event dates across the clauses of one sentence: a date of an "as / while / when" clause is the
time of the clause it hangs from, so it dates that clause's other adverbial clauses too (VOA
6180206, 8007760)."""

from helpers import date_of


def test_a_date_of_an_as_clause_dates_the_after_clause_of_its_head() -> None:
    # VOA 6180206 (published Friday 2019-11-29), gold Thursday for the dissolution.
    assert date_of("Demonstrators chanted as they march in Khartoum Thursday, after Sudan's new "
                   "ruling sovereign council and the cabinet led by Prime Minister Abdalla Hamdok "
                   "dissolved the party of former President Omar al-Bashir.", "dissolved",
                   "2019-11-29") == "2019-11-28"


def test_a_date_of_a_when_clause_dates_its_head_clause() -> None:
    # VOA 8007760 (published Wednesday 2025-03-12): the train was traveling on Tuesday.
    assert date_of("The Jaffar Express, with roughly 450 people on board, was traveling north "
                   "from Quetta to Peshawar when it came under a bomb and gun attack Tuesday.",
                   "traveling", "2025-03-12") == "2025-03-11"


def test_a_date_of_an_as_clause_does_not_date_a_because_clause() -> None:
    # The as-clause is parsed on the causal clause: Monday is the markets' fall, neither the
    # slowing of inflation nor the rate cut (both undated: the publication day, as on the base).
    text = "The bank cut rates because inflation slowed, as markets fell on Monday."
    assert date_of(text, "slowed", "2025-03-12") == "2025-03-12"
    assert date_of(text, "cut", "2025-03-12") == "2025-03-12"
