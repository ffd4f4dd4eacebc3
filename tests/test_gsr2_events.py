"""Events rules from the second round of PLOVER GSR misses (helper gsr2): recurring causes of
records with no event, the wrong top type, or the wrong recipient."""

from __future__ import annotations

from helpers import extract
from helpers import side_countries as _countries
from helpers import top_event as _top


def test_asylum_is_asked_of_the_state_it_is_sought_in():
    # GSR DEMAND-0013 (REQUEST IRQ -> DEU); PLOVER manual, AID: "Asylum ... to persons in its
    # territories (territorial asylum)": the state of the territory is who grants it
    art = extract("Some 800,000 Iraqi Kurds sought refuge in Germany last month.",
                  published="1991-05-01")
    top = _top(art)
    assert top.type == "REQUEST"
    assert _countries(art, top.recipients) == {"DEU"}


def test_an_accord_ending_a_dispute_is_made_with_the_other_side():
    # GSR AGREE-0037 (AGREE DNK -> IGO); the same quarrel noun in VOA 6203336 ("settle our
    # dispute with Kenya"): the "with" side of the dispute the accepted formula ends
    art = extract("Denmark today accepted a formula for ending its fisheries dispute with its "
                  "European common market partners, government officials said.",
                  published="1983-01-25")
    top = _top(art)
    assert top.type == "AGREE"
    assert any(c and c.startswith("IGO") for c in _countries(art, top.recipients))


def test_a_restriction_imposed_for_a_party_restricts_it():
    # GSR THREATEN-0008 (THREATEN GRC -> IGO); the "for" phrase of a restrictive measure, as
    # "reintroduce cross-border controls for EU citizens" (VOA 6205696)
    art = extract("Greece, like most other existing members, plans to impose restrictions on its "
                  "labour market for new EU members for at least two years from 1 May.",
                  published="2004-04-20")
    top = _top(art)
    assert top.type == "THREATEN"
    assert any(c and c.startswith("IGO") for c in _countries(art, top.recipients))


def test_a_protest_for_independence_targets_the_state_it_is_sought_from():
    # GSR PROTEST-0027 (PROTEST -> IDN, not the place of the jail); the same construction in
    # PROTEST-0006 ("calling for independence from Iraq") and DEMAND-0023 ("autonomy from
    # Serbian authorities")
    art = extract("Prisoners rioted at a jail in East Timor's capital Dili on Monday joining "
                  "thousands of demonstrators in demanding a referendum on independence from "
                  "Indonesian rule, locals said.", published="1999-01-20")
    top = _top(art)
    assert top.type == "PROTEST"
    assert _countries(art, top.recipients) == {"IDN"}


def test_a_blockade_targets_where_the_blocked_way_leads():
    # GSR PROTEST-0017 (PROTEST FRA -> DEU, FRA): the participle of the way tells where it leads,
    # as "roads leading to the city centre" (PROTEST-0021), "lines leading into Kabul" (COERCE-0004)
    art = extract("Angry French paper workers blocked the Europe Bridge spanning the Rhine from "
                  "France to Germany for more than three hours by dumping sawdust on the "
                  "roadway, French border police said.", published="1990-01-10")
    top = _top(art)
    assert top.type == "PROTEST"
    assert "DEU" in _countries(art, top.recipients)
