"""The date and place of events in wire-service world news, on sentences written in that style
(Reuters / AP leads and body sentences, published on various weekdays).

``FIXED`` are forms the setting rules got wrong before the wt-setting round; ``GUARDS`` are forms
that already worked and must keep working.  Each row: publication day, text, event type, trigger
word, expected date, expected place text (None: no place)."""

from __future__ import annotations

import pytest

import dateline

from helpers import place_text

# (published, text, type, trigger, date, place)
Row = tuple[str, str, str, str, "str | None", "str | None"]

FIXED: list[Row] = [
    # a past day after a "to" infinitive complement dates the act that has none of its own
    ("2025-02-05", "India and China agreed to resume flights on Monday evening.",
     "AGREE", "agreed", "2025-02-03", None),
    ("2025-03-11", "Serbia and Kosovo agreed to reopen the border crossing on Friday.",
     "AGREE", "agreed", "2025-03-07", None),
    # a day of the month with no month
    ("2025-02-05", "Turkey met Syria on the 1st.", "CONSULT", "met", "2025-02-01", None),
    ("2025-03-11", "Turkey met Syria on the 21st and signed a deal.",
     "CONSULT", "met", "2025-02-21", None),
    # an act in a clause "N days after / before" a dated clause
    ("2025-03-11", "Hamas released three Israeli hostages in Khan Younis on Saturday, a week "
     "after Israel freed 183 Palestinian prisoners.", "RETREAT", "freed", "2025-03-01", None),
    ("2025-03-11", "Pakistan closed the border on Friday, three days before Afghanistan "
     "protested the move.", "ACCUSE", "protested", "2025-03-10", None),
    # "the day before / after" at the end of its clause: the day next to the reference day
    ("2025-02-05", "Israel and Hamas agreed a truce on Friday and exchanged prisoners the day "
     "after.", "RETREAT", "exchanged", "2025-02-01", None),
    # a count glued to no word: "in Gaza weeks later" is weeks after the day told before
    ("2025-03-13", "Hamas attacked Israel on October 7, 2023. Israel launched a ground "
     "offensive in Gaza weeks later.", "ASSAULT", "launched", "2023-10", "Gaza"),
    # "earlier in the week": the week the story is told in
    ("2025-03-13", "Venezuela's government arrested opposition leaders earlier in the week.",
     "COERCE", "arrested", "2025-W11", None),
    # a name modifying a thing is its owner, not where the act was
    ("2025-02-05", "Houthi rebels fired a missile at a U.S. warship in the Red Sea late Monday.",
     "ASSAULT", "fired", "2025-02-03", "the Red Sea"),
    # "off" the coast
    ("2025-02-05", "Houthi rebels attacked a cargo ship off the coast of Yemen on Tuesday.",
     "ASSAULT", "attacked", "2025-02-04", "Yemen"),
    ("2025-03-11", "Somali pirates hijacked a fishing vessel off Eyl on Monday.",
     "ASSAULT", "hijacked", "2025-03-10", "Eyl"),
    # the name of a place noun, tagged as no place by the model
    ("2025-02-05", "Ukrainian troops attacked Russian positions in Russia's Kursk region on "
     "Monday.", "ASSAULT", "attacked", "2025-02-03", "Kursk"),
    ("2025-03-11", "Russian forces attacked Ukrainian positions in the Donetsk region on Monday.",
     "ASSAULT", "attacked", "2025-03-10", "Donetsk"),
    # the city "of" a place noun, before the area naming it
    ("2025-03-11", "Israeli forces killed five Hamas militants in the southern Gaza city of "
     "Rafah on Monday.", "ASSAULT", "killed", "2025-03-10", "Rafah"),
    ("2025-03-11", "Israeli troops arrested 20 Palestinians in the West Bank city of Nablus on "
     "Monday.", "COERCE", "arrested", "2025-03-10", "Nablus"),
    # the place a struck place noun names
    ("2025-03-11", "Russian troops recaptured the town of Sudzha on Monday.",
     "ASSAULT", "recaptured", "2025-03-10", "Sudzha"),
    ("2025-03-14", "Israeli forces attacked the Jenin camp on March 10.",
     "ASSAULT", "attacked", "2025-03-10", "Jenin"),
    ("2025-03-14", "Russian forces shelled the Kherson region on Monday.",
     "ASSAULT", "shelled", "2025-03-10", "Kherson"),
    # "on the outskirts of"
    ("2025-03-11", "RSF fighters attacked a market on the outskirts of Khartoum on Saturday.",
     "ASSAULT", "attacked", "2025-03-08", "Khartoum"),
    # "near the border with" a country names a place, not a party; which side of the border
    # the act was on the phrase does not say ("Russia arrested protesters near the border with
    # Finland" was in Russia), so the neighbour is no event place
    ("2025-02-05", "Israeli jets struck Hezbollah targets near the border with Lebanon on "
     "Tuesday.", "ASSAULT", "struck", "2025-02-04", None),
    # a city struck, with no entity on it, and the killing the strike causes
    ("2025-02-05", "Russian missiles hit Kyiv overnight, killing three people.",
     "ASSAULT", "killing", "2025-02-05", "Kyiv"),
]

GUARDS: list[Row] = [
    ("2025-02-05", "Russia attacked Kyiv late Tuesday.", "ASSAULT", "attacked", "2025-02-04",
     "Kyiv"),
    ("2025-02-05", "Israel launched airstrikes on Gaza early on Sunday.", "ASSAULT", "launched",
     "2025-02-02", None),
    ("2025-02-05", "Egypt hosted Hamas officials last Thursday.", "CONSULT", "hosted",
     "2025-01-30", None),
    ("2025-02-05", "The United States imposed sanctions on Iran earlier this year.",
     "SANCTION", "imposed", "2025", None),
    ("2025-02-05", "Russia annexed Crimea in 2014, a move condemned by Ukraine.",
     "COERCE", "annexed", "2014", "Crimea"),
    ("2025-02-05", "Russia has occupied Crimea since 2014.", "COERCE", "occupied", "2014",
     "Crimea"),
    ("2025-02-05", "Pakistan and Afghanistan agreed on Tuesday to reopen the Torkham border "
     "crossing.", "AGREE", "agreed", "2025-02-04", None),
    # a later date after the infinitive dates the plan, not the pledge (VOA 6180790)
    ("2025-02-05", "Iran pledged to stop enriching uranium by next year.",
     "AGREE", "pledged", "2025-02-05", None),
    ("2025-02-05", "Hamas threatened to resume attacks on Israel next month.",
     "THREATEN", "threatened", "2025-02-05", None),
    ("2025-02-05", "Nigerian police arrested 12 protesters in the northern city of Kano on "
     "Tuesday.", "COERCE", "arrested", "2025-02-04", "Kano"),
    ("2025-02-05", "Iran and the United States held indirect talks in Oman's capital, Muscat, "
     "on Saturday.", "CONSULT", "held", "2025-02-01", "Muscat"),
    ("2025-02-05", "Israel and Hamas agreed to a ceasefire in Gaza in January.",
     "AGREE", "agreed", "2025-01", "Gaza"),
    ("2025-02-05", "The army arrested Niger's president in July 2023.", "COERCE", "arrested",
     "2023-07", None),
    ("2025-02-05", "China held military drills around Taiwan from Monday to Wednesday.",
     "MOBILIZE", "held", "2025-02-03", "Taiwan"),
    ("2025-03-11", "Venezuela released six American detainees late last week.",
     "RETREAT", "released", "2025-W10", None),
    ("2025-03-11", "Armed men abducted 20 students from a school in northwestern Nigeria's "
     "Zamfara state on Sunday.", "ASSAULT", "abducted", "2025-03-09", "Zamfara"),
    ("2025-03-11", "The Houthis attacked a Greek-flagged tanker in the Gulf of Aden early "
     "Monday.", "ASSAULT", "attacked", "2025-03-10", "the Gulf of Aden"),
    ("2025-03-11", "Ukrainian drones struck a Russian warship in the Black Sea on Sunday.",
     "ASSAULT", "struck", "2025-03-09", "the Black Sea"),
    ("2025-03-11", "Police arrested the opposition leader in the capital, Kinshasa, on Monday.",
     "COERCE", "arrested", "2025-03-10", "Kinshasa"),
    # a vague distance ("hours after") keeps the clause's own day
    ("2025-03-11", "Russia attacked Kyiv on Sunday, hours after Ukraine struck Moscow.",
     "ASSAULT", "struck", "2025-03-09", "Moscow"),
    ("2025-03-11", "Militants attacked a police post in Pakistan's Khyber Pakhtunkhwa province "
     "early on Tuesday, killing four officers.", "ASSAULT", "attacked", "2025-03-11",
     "Khyber Pakhtunkhwa"),
]


def _setting(row: Row) -> tuple[str | None, str | None]:
    published, text, etype, trigger, _, _ = row
    art = dateline.extract(text, published=published)
    found = [e for e in art.events if e.type == etype and trigger in e.trigger.text]
    assert found, [(e.type, e.trigger.text) for e in art.events]
    return found[0].date, place_text(art, found[0])


@pytest.mark.parametrize("row", FIXED + GUARDS, ids=lambda r: r[1][:50])
def test_event_date_and_place(row: Row) -> None:
    assert _setting(row) == (row[4], row[5])


def test_a_lead_event_takes_the_dateline_and_the_next_sentence_none() -> None:
    art = dateline.extract("BEIJING (Reuters) - China's foreign ministry on Monday condemned "
                           "Japan's decision to deploy missiles on islands near Taiwan. Japan "
                           "announced the deployment last Thursday.", published="2025-03-10")
    places = {p.id: p.text for p in art.places}
    got = {(e.type, e.trigger.text): (e.date, places.get(e.place or "")) for e in art.events}
    assert got[("ACCUSE", "condemned")] == ("2025-03-10", "BEIJING")
    assert got[("MOBILIZE", "announced the deployment")] == ("2025-03-06", None)


def test_a_lead_act_placed_by_a_phrase_without_a_name_takes_no_dateline() -> None:
    art = dateline.extract("ISLAMABAD (AP) — Pakistan's army said Friday it killed 16 militants "
                           "in a raid near the Afghan border.", published="2025-03-14")
    assert [(e.type, e.place) for e in art.events] == [("ASSAULT", None)]
    art = dateline.extract("WASHINGTON (AP) — The Trump administration imposed new sanctions on "
                           "Iranian oil exports Thursday.", published="2025-03-14")
    assert [art.place(e.place).text for e in art.events if e.place] == ["WASHINGTON"]


def test_n_days_earlier_far_from_any_day_counts_from_the_news_day() -> None:
    # the times layer counts "a day earlier" only from a day named just before it; the event
    # counts it from the story's news day (the lead's Wednesday in a Thursday story)
    filler = ("The operation involved hundreds of soldiers and lasted for many hours in "
              "difficult mountain terrain far from any town, the army explained in a long "
              "statement to reporters. ")
    art = dateline.extract("Israel said Wednesday it struck Hezbollah targets in Lebanon. "
                           + filler * 2 + "Hezbollah had fired rockets at Israel a day earlier, "
                           "the army said.", published="2025-03-13")
    assert [(e.trigger.text, e.date) for e in art.events] == [("struck", "2025-03-12"),
                                                              ("fired", "2025-03-11")]


@pytest.mark.parametrize("text, value", [
    ("Turkey met Syria on the 1st.", "2025-02-01"),
    ("Talks will resume on the 12th.", "2025-02-12"),
    ("The 1st Battalion attacked the town.", None),
    ("Ukraine accused Russia of shelling a hospital the day before.", "2025-02-04"),
    ("Protesters gathered the day before the vote.", None),
    ("He finished 3rd in the race.", None),
])
def test_a_day_named_by_its_place(text: str, value: str | None) -> None:
    art = dateline.extract(text, published="2025-02-05")
    days = [t.value for t in art.times if t.text.endswith(("st", "nd", "rd", "th", "before"))]
    assert days == ([value] if value else [])
