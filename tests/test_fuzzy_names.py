"""A misspelt name finds the dictionary entry it stands for, guarded against near namesakes
(``Dictionary.near``, ``Dictionary.near_surname``, ``near_word``, ``coref.misspelt_person``)."""

from __future__ import annotations

import pytest

from dateline.actors.coref import misspelt_person
from dateline.actors.dictionary import load, near_word
from dateline.countries import lookup, near_code
from helpers import actor_with, actors_of


def test_misspelt_full_name_is_the_dictionary_person():
    # PLOVER GSR THREATEN-0013 spells Bouteflika "Bouteflicka"
    actors = actors_of("President Abdelaziz Bouteflicka threatened to institute a curfew in "
                       "Algiers in response to recent unrest within the city.", "2001-06-01")
    a = actor_with(actors, "President Abdelaziz Bouteflicka")
    assert (a.country, a.sector) == ("DZA", "GOV")


def test_misspelt_given_name_is_the_dictionary_person():
    # VOA 7846440 writes Kenya's interior minister Kithure Kindiki "Kithuri Kindiki"
    a = actor_with(actors_of("Kithuri Kindiki told reporters the curfew would stay.",
                             "2023-07-20"), "Kithuri Kindiki")
    assert a.country == "KEN"


@pytest.mark.parametrize("a, b, near", [
    ("bouteflicka", "bouteflika", True),
    ("chaundry", "chaudhry", True),
    ("karimova", "karimov", False),   # a prefix: another (female) name
    ("husseini", "hussein", False),
    ("rahmon", "rahman", False),      # ratio 83
    ("austria", "australia", False),  # two edits under eight letters
    ("hamas", "hamad", False),        # under six letters
    ("bouteflika", "routeflika", False),  # another first letter
])
def test_near_word(a, b, near):
    assert near_word(a, b) is near


def test_near_refuses_a_known_word_and_an_exact_name():
    d = load()
    # "Kim Jong Il" and "Kim Jong Un" differ in a short word: no near spelling
    assert d.near("Kim Jong Ul", None) is None
    # an exact name is the exact lookup's business
    assert d.near("Abdelaziz Bouteflika", None) is None


def test_misspelt_surname_of_a_person_named_before():
    # VOA 8009314: "Ahmed Sharif Chaudhry … Military spokesperson Chaundry claimed …"
    assert misspelt_person("Chaundry", "Lt. Gen. Ahmed Sharif Chaudhry")
    assert not misspelt_person("Chaudhry", "Ahmed Sharif Chaudhry")  # same_person's case
    assert not misspelt_person("Karimova", "Islam Karimov")


@pytest.mark.parametrize("name, kind, code", [
    ("Bosnia-Herzogovina", "name", "BIH"),  # PLOVER GSR DEMAND-0032
    ("Afghanstan", "name", "AFG"),
    ("Palestinan", "demonym", "PSE"),
    ("Afghanistan", "name", None),  # exact: country_code's business
    ("Gambia", "name", None),       # exact, and Zambia has another first letter
])
def test_near_country_code(name, kind, code):
    assert near_code(name, kind) == code


def test_misspelt_country_tagged_as_a_people_is_the_state():
    # the tagger takes "Afghanstan" for a NORP; a misspelt country name is still the state
    a = actor_with(actors_of("Afghanstan accused Pakistan of shelling border villages.",
                             "2020-05-01"), "Afghanstan")
    assert a.country == "AFG"


@pytest.mark.parametrize("city", ["Granada", "Valenzuela"])
def test_a_city_near_a_country_is_no_country(city):
    # Granada (Spain) is one edit from Grenada, Valenzuela (Philippines) from Venezuela
    assert near_code(city) is not None
    assert lookup(city) is None
