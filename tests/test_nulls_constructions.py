"""Country/sector the article gives a person the actor layer left null (wt-nulls)."""

from helpers import actor_with, article_of


def test_possessor_of_title_employs_person():
    # VOA 6180790: "Brussels-based trade association WindEurope" … "said WindEurope’s public
    # affairs chief Ivan Pineda" (judged BUS): the body that possesses the title employs him
    art = article_of(
        "Wind power generates roughly 300,000 jobs, according to Brussels-based trade "
        "association WindEurope. “There is a great opportunity for countries in Africa to go "
        "straight to renewables,” said WindEurope’s public affairs chief Ivan Pineda.")
    assert actor_with(art, "WindEurope’s public affairs chief Ivan Pineda").sector == "BUS"
