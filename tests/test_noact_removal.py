"""A removal's recipient is the state of the place it takes its object from (events.targets
.removal_state), and help given to a place's people codes that state as CVL (PLOVER AID-0007)."""

from helpers import candidates_of, extract


def _country(art, actor_id):
    return art.actor(actor_id).country


def test_evacuation_from_a_town_is_aimed_at_its_state():
    # PLOVER gold AID-0007: target "Bosnian town of Gorazde", BIH, sector CVL.
    art = extract("U.N. helicopters evacuated the wounded from the besieged Bosnian town of "
                  "Gorazde on Friday.")
    aid = [e for e in art.events if e.type == "AID"]
    assert aid, [(e.type, e.trigger.text) for e in art.events]
    recipients = [art.actor(r) for r in aid[0].recipients]
    assert [(a.country, a.sector) for a in recipients] == [("BIH", "CVL")]


def test_withdrawal_noun_from_a_town():
    # PLOVER gold RETREAT-0019: the withdrawal noun's "from" phrase names the place left.
    art, cands = candidates_of("Bosnian Serbs said on Tuesday their forces had completed their "
                               "withdrawal from the beseiged Bosnian town of Gorazde.", "RETREAT")
    assert any(_country(art, r) == "BIH" for ev in cands for r in ev.recipients)


def test_no_place_deeper_in_the_from_phrase():
    # a place that only sets the talks left is not the place left
    art, cands = candidates_of("The rebels announced their withdrawal from the talks in Geneva.",
                               "RETREAT")
    assert not any(_country(art, r) == "CHE" for ev in cands for r in ev.recipients)
