"""Event dates on real VOA-style sentences through the whole pipeline."""

from __future__ import annotations

import pytest

import dateline
from dateline.events import candidates
from helpers import candidate_event as event

pytestmark = pytest.mark.filterwarnings("ignore")


def test_a_threat_is_dated_when_made_not_when_it_would_be_carried_out() -> None:
    # VOA 8006924: the deadline of the threatened act is not the day of the threat.
    text = ("Trump said he will substantially increase the tariffs on Canadian cars on April 2nd "
            "if Canada does not drop its dairy tariffs.")
    ev = event(text, "2025-03-11", "THREATEN", "increase")
    assert ev.date == "2025-03-11" and ev.time is None


def test_a_planned_date_in_the_previous_sentence_does_not_carry() -> None:
    # VOA 8006924: "Wednesday morning" is when the tariffs take effect, after publication.
    text = ("The president said the doubled U.S. steel and aluminum tariffs would take effect "
            "Wednesday morning. Trump demanded that Ottawa immediately drop its tariff on "
            "U.S. dairy products.")
    ev = event(text, "2025-03-11", "REQUEST", "demanded")
    assert ev.date == "2025-03-11"


def test_a_past_date_in_the_previous_sentence_carries() -> None:
    text = ("Police in Khartoum detained dozens of protesters on Monday. "
            "The protesters demanded the release of political prisoners from the government.")
    art = dateline.extract(text, published="2019-11-29")
    evs = [ev for ev, _ in candidates(art) if ev.sentence == 1]
    assert evs and all(ev.date == "2019-11-25" for ev in evs)


def test_readiness_told_after_last_weeks_statement_takes_that_week() -> None:
    # VOA 6204080: the statement "last week" is the one that says the UNHCR is ready to help.
    text = ("The United Nations High Commission for Refugees (UNHCR) shares that concern. "
            "It issued a statement last week saying the decision would affect the protection "
            "of refugees in Kenya. The UNHCR said it was ready to support Kenya's government "
            "in strengthening ongoing efforts to find solutions.")
    ev = event(text, "2021-04-02", "AGREE", "ready to support")
    assert ev.date == "2021-W12"


def test_a_present_readiness_does_not_inherit_the_narrative_date() -> None:
    text = ("Kenya announced on Tuesday that it would close the Dadaab refugee camp. "
            "The UNHCR says it is ready to support Kenya's government in finding solutions.")
    ev = event(text, "2021-04-02", "AGREE", "ready to support")
    assert ev.date == "2021-04-02" and ev.time is None


def test_an_act_following_is_dated_by_the_main_clause() -> None:
    # The VOA gold dates an act told "after / following" a dated clause by that clause's date
    # (VOA 6180932: "... plunging the country into a recession following Trump's imposition of
    # sanctions" is dated "A year ago"; VOA 6180206: "... march in Khartoum Thursday, after ...
    # dissolved the party" is dated Thursday).
    text = ("Iranian forces attacked a U.S. base in Iraq on Monday following the imposition of "
            "new U.S. sanctions on Iran.")
    art = dateline.extract(text, published="2025-03-12")
    dates = {ev.type: ev.date for ev, _ in candidates(art)}
    assert dates["ASSAULT"] == "2025-03-10"
    assert dates["SANCTION"] == "2025-03-10"


def test_a_participle_is_not_dated_by_the_main_clause() -> None:
    # VOA 8011004: the books were banned before "last year", when the list circulated.
    text = ("But last year it was included in a list circulated on social media of more than "
            "400 books banned by the Taliban.")
    ev = event(text, "2025-03-14", "COERCE", "banned")
    assert ev.date == "2025-03-14" and ev.time is None


def test_a_date_of_another_clause_does_not_stop_the_narrative_date() -> None:
    # VOA 8009004: "in 2017" dates the withdrawal, not the blame told after Wednesday's meeting.
    text = ("China’s U.N. ambassador Fu Cong told reporters on Wednesday that Beijing was not "
            "supportive of the council meeting. Fu Cong blamed the Trump administration for "
            "disrupting the JCPOA in the first place by withdrawing in 2017.")
    ev = event(text, "2025-03-13", "ACCUSE", "blamed")
    assert ev.date == "2025-03-12"


def test_next_week_dates_only_the_planned_meeting_and_does_not_carry() -> None:
    # A planned act takes the later date of its own clause (VOA 7808748 gold: "The European
    # Union is set to vote Friday" is dated Friday); the narrated attack after it does not.
    text = ("The two presidents will meet in Geneva next week. "
            "Russia attacked Ukrainian ports.")
    art = dateline.extract(text, published="2021-04-02")
    dates = {ev.trigger.text: ev.date for ev, _ in candidates(art)}
    assert dates == {"meet": "2021-W14", "attacked": "2021-04-02"}


def test_last_week_gives_its_week_and_carries() -> None:
    text = "The two presidents met in Geneva last week. Russia attacked Ukrainian ports."
    art = dateline.extract(text, published="2021-04-02")
    assert {ev.date for ev, _ in candidates(art)} == {"2021-W12"}
