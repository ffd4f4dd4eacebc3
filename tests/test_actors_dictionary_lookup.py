"""A bare surname matches the one dictionary person of that surname in office on the date."""

from __future__ import annotations

import datetime as dt

from dateline.actors.dictionary import Dictionary, Entry, Role
from helpers import actor_with, actors_of


def _dictionary() -> Dictionary:
    d = Dictionary()
    d.add(Entry("Anna Berg", roles=(Role("NOR", "GOV", "2001-01-01", "2005-01-01", "Prime Minister"),)))
    d.add(Entry("Karl Berg", roles=(Role("SWE", "GOV", "2004-01-01", "2009-01-01", "President"),)))
    d.add(Entry("Berg Shipping", kind="organization", roles=(Role("NOR", "BUS"),)))
    return d


def test_surname_is_the_person_in_office_that_day() -> None:
    d = _dictionary()
    assert d.lookup("Berg", dt.date(2002, 1, 1)) is None  # not an alias
    found = d.by_surname("Berg", dt.date(2002, 1, 1))
    assert found is not None and found.name == "Anna Berg"
    found = d.by_surname("Berg", dt.date(2007, 1, 1))
    assert found is not None and found.name == "Karl Berg"


def test_surname_shared_by_two_people_in_office_or_undated_is_refused() -> None:
    d = _dictionary()
    assert d.by_surname("Berg", dt.date(2004, 6, 1)) is None  # both in office
    assert d.by_surname("Berg", dt.date(2010, 1, 1)) is None  # nobody in office
    assert d.by_surname("Berg", None) is None
    assert d.by_surname("Shipping", dt.date(2002, 1, 1)) is None  # organizations have no surname


def test_titled_surname_takes_the_office_holders_country() -> None:
    # the shipped dictionary: George W. Bush was the U.S. president in 2005, and the
    # sentence's other country (Russia) must not be his
    actors = actors_of("President Bush criticized Russia over its gas dispute on Monday.",
                       "2005-06-01")
    bush = actor_with(actors, "President Bush")
    assert bush.country == "USA"


def test_surname_of_someone_else_named_in_full_is_not_looked_up() -> None:
    actors = actors_of("Professor Richard Bush spoke in Moscow on Monday. "
                       "Bush said Russia was wrong.", "2005-06-01")
    assert all(a.country != "USA" for a in actors)


def test_well_known_former_leaders_are_in_the_dictionary() -> None:
    from dateline.actors.dictionary import load

    d = load()
    tutu = d.lookup("Archbishop Desmond Tutu", dt.date(1995, 1, 1))
    assert tutu is not None and tutu.role_on(dt.date(1995, 1, 1)).country == "ZAF"
    clinton = d.lookup("Bill Clinton", dt.date(2019, 1, 1))
    assert clinton is not None
    assert (clinton.role_on(dt.date(2019, 1, 1)).country,
            clinton.role_on(dt.date(2019, 1, 1)).sector) == ("USA", "ELI")
    # "Clinton" alone in 1998 is the president; Hillary Clinton held no office then
    assert d.by_surname("Clinton", dt.date(1998, 5, 1)).name == "Bill Clinton"


def test_named_leader_keeps_his_country_against_the_sentence() -> None:
    # "Nigeria" in the sentence is where he speaks, not his country
    actors = actors_of("Archbishop Desmond Tutu criticized the military government of Nigeria "
                       "on Sunday.", "1996-03-01")
    assert actor_with(actors, "Archbishop Desmond Tutu").country == "ZAF"
