"""A person's country from the national branch of a body he holds a rank in: the branch is
named by its country after the body's own name ("Birdlife Spain", VOA 6180790)."""

from helpers import actor_with, actors_of


def test_director_of_national_branch_takes_its_country():
    # VOA 6180790 (the tagger takes "Birdlife Spain" for a person's name)
    text = ("“Of course, we have to support renewable energies, but considering biodiversity…not "
            "only birds, but bats are also being affected,” said Ramon Marti, network director "
            "for Birdlife Spain.")
    assert actor_with(actors_of(text), "Ramon Marti").country == "ESP"


def test_client_named_like_a_country_is_no_branch():
    # a lawyer's client is a person: "Jordan" here is a surname, not the country
    text = "Michael Chen, a lawyer for Michael Jordan, said the case was closed."
    assert actor_with(actors_of(text), "Michael Chen").country is None
