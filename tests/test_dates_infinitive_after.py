"""Event dates of a planned "to" infinitive complement, of an act told after / following a
dated clause (MEANTIME text-date links; VOA gold 6180206, 6180932), of a past statement on the
story's news day (VOA gold 8009004, 8009314) and of a week narrowed to the day the next sentence
names (VOA gold 7686618)."""

import pytest

from helpers import candidate_event as event, date_of


def test_an_infinitive_complement_takes_its_later_date() -> None:
    # MEANTIME (published 2007-06-09): the options are to be exercised by 2018.
    assert date_of("Aer Lingus also have options of six more A350s to exercise by 2018.",
                   "exercise", "2007-06-09") == "2018"


def test_an_agreed_infinitive_takes_its_later_date() -> None:
    # MEANTIME (published 2008-12-12): the wage cuts are to be increased next year.
    assert date_of("Republican Party leaders insisted that the United Auto Workers union agree "
                   "to increase wage cuts by next year.", "increase", "2008-12-12") == "2009"


def test_a_past_date_of_an_infinitive_does_not_date_the_verb_it_completes() -> None:
    # The planned reading needs a later date: the past one is the agreement's own clause's.
    assert date_of("The union agreed on Monday to increase wage cuts.", "increase",
                   "2008-12-12") == "2008-12-08"


def test_an_act_after_a_dated_clause_takes_its_day() -> None:
    # VOA 6180206, gold dated Thursday: the party was dissolved the day of the march.
    assert date_of("Police dispersed the demonstrators in Khartoum Thursday, after the sovereign "
                   "council dissolved the party of former President Omar al-Bashir.",
                   "dissolved", "2019-11-29") == "2019-11-28"


def test_an_act_following_a_dated_clause_takes_its_year() -> None:
    # VOA 6180932, gold 2018: "A year ago, international markets severely punished Turkey,
    # plunging the country into a recession following Trump's imposition of sanctions."
    assert date_of("A year ago, international markets severely punished Turkey, plunging the "
                   "country into a recession following Trump's imposition of sanctions.",
                   "imposition", "2019-12-11") == "2018"


def test_an_act_since_a_dated_clause_stays_a_backdrop() -> None:
    # "since" still tells the start of a state, not an act on the clause's day.
    assert date_of("Police arrested dozens of protesters on Monday in the capital since the "
                   "government banned the rallies.", "banned", "2019-11-29") == "2019-11-29"


LEAD = ("The United States warned Wednesday that it will continue to exert maximum pressure on "
        "Iran. The council met behind closed doors for two hours. ")


@pytest.mark.parametrize("statement, published, kind, word, day", [
    # VOA 8009004 (published 2025-03-13 00:33 UTC), gold dated Wednesday
    ("The United States said Iran is flagrantly defying the U.N. Security Council.",
     "2025-03-13", "ACCUSE", "flagrantly", "2025-03-12"),
    # VOA 8009314 (published 2025-03-13 02:40 UTC), gold dated Wednesday
    ('"This incident changes the rules of the game," Chaudhry said, warning that terrorists '
     "will not be spared.", "2025-03-13", "THREATEN", "warning", "2025-03-12"),
    # a present statement is made on the publication day
    ("The United States says Iran is flagrantly defying the U.N. Security Council.",
     "2025-03-13", "ACCUSE", "flagrantly", "2025-03-13"),
    # a lead day further back than the day before publication is no news day
    ("The United States said Iran is flagrantly defying the U.N. Security Council.",
     "2025-03-14", "ACCUSE", "flagrantly", "2025-03-14"),
])
def test_a_past_statement_is_made_on_the_news_day(statement: str, published: str, kind: str,
                                                   word: str, day: str) -> None:
    assert event(LEAD + statement, published, kind, word).date == day


WEEK = ("This week, military sources said 3R rebels attacked nearly 10 villages near the "
        "Cameroon border. ")


def test_a_week_takes_the_day_the_next_sentence_names() -> None:
    # VOA 7686618 (published Friday 2024-07-05), gold dated Tuesday.
    assert date_of(WEEK + "The military says bodies of five government troops have been found "
                   "since the attacks began Tuesday. On Thursday, officials said several hundred "
                   "troops were deployed to the villages.", "attacked",
                   "2024-07-05") == "2024-07-02"


def test_a_week_with_several_days_further_on_stays() -> None:
    assert date_of(WEEK + "The military is still searching for bodies. The attacks began "
                   "Tuesday. On Thursday, officials said several hundred troops were deployed "
                   "to the villages.", "attacked", "2024-07-05") == "2024-W27"
