"""Helper act2: a polity's possessive on a proper name is the named one's nationality, not an
acting polity (hand-judged VOA 6205362: "Ireland’s WB Yeats once lamented in a poem")."""

from helpers import actors_of, mentions_of


def test_possessive_on_an_untyped_name_is_no_actor():
    # VOA 6205362 (even): the tagger types "WB" alone, so "Yeats" heads an untyped name
    actors = actors_of("“All changed, changed utterly,” Ireland’s WB Yeats once lamented in a "
                       "poem, and the words are quoted again as Italy opens to tourists.")
    assert "Ireland" not in mentions_of(actors)


def test_possessive_on_an_event_noun_still_acts():
    # the rule leaves a polity acting through a deed: "Ankara's purchase" (VOA 6180932)
    actors = actors_of("The measures are in response to Ankara's purchase of the S-400 missile "
                       "system from Russia, which Washington says violates U.S. law.")
    assert "Ankara" in mentions_of(actors)
