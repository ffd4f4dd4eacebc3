"""The confidence weighs the target :mod:`dateline.events.targets` reads from an act's place or a
national modifier (PLOVER-style sentences, PLOVER gold records)."""

from __future__ import annotations

from dateline.events import _scored_recipients, candidates
from helpers import countries, extract

# the publication date the relative dates of these sentences are read from
PUBLISHED = "2000-01-01"


def test_place_target_of_a_coded_actor_lifts_the_event_over_the_cut() -> None:
    # PLOVER gold COERCE ISR -> PSE: the West Bank is the target, and with it the event is
    # emitted (it was held back as an act with no recipient)
    art = extract("Israel Friday reimposed blockades in the West Bank following the shooting "
                  "deaths of two Israelis a day earlier, a military spokesman announced.",
                  PUBLISHED)
    ev = next(e for e in art.events if e.type == "COERCE")
    assert countries(art, ev.actors) == {"ISR"}
    assert countries(art, ev.recipients) == {"PSE"}
    feats = next(f for e, f in candidates(art) if e.type == "COERCE")
    assert feats["recipient_country"] == 1.0 and feats["place_target"] == 1.0


def test_place_target_of_an_uncoded_actor_does_not_count() -> None:
    # An act whose actor has no country gets no place target weighed: "it could see tariffs on
    # Chinese EVs" with "it" uncoded (VOA 7808748).
    assert _scored_recipients([], ["a2"], ["a1"], actor_country=False) == []
    assert _scored_recipients([], ["a2"], ["a1"], actor_country=True) == ["a2"]
    assert _scored_recipients(["a3"], ["a2"], ["a1"], actor_country=False) == ["a3"]


def test_rioting_prisoners_protest_the_state_they_seek_independence_from() -> None:
    # (This test guarded the rule above until the uncoded prisoners took the country of the
    # riot's place, events.implicit.protesters_state, PLOVER gold source TLS.)
    text = ("Prisoners rioted at a jail in East Timor's capital Dili on Monday joining "
            "thousands of demonstrators in demanding a referendum on independence from "
            "Indonesian rule, locals said.")
    art = extract(text, PUBLISHED)
    used = {x for e in art.events for x in (*e.actors, *e.recipients)}
    assert all(a.id in used for a in art.actors if a.name == "East Timor")
    riot = next(e for e, _ in candidates(art) if e.type == "PROTEST")
    # (session gsr2: the state independence is demanded from is the protest's own target now,
    # clauses._seceded_from, PLOVER gold target IDN; the jail's place is no longer needed)
    assert countries(art, riot.recipients) == {"IDN"}
    assert countries(art, riot.actors) == {"TLS"}


def test_the_actor_as_its_own_place_target_does_not_count() -> None:
    # Turkey imposing a curfew in Turkey: the recipient is kept (PLOVER codes TUR -> TUR) but
    # the actor as its own target is no evidence of a targeted act
    art = extract("Turkey imposed a curfew in the town of Cizre in southeastern Turkey on "
                  "Monday.", PUBLISHED)
    ev, feats = next((e, f) for e, f in candidates(art) if e.type == "COERCE")
    assert countries(art, ev.recipients) == {"TUR"}
    assert set(ev.recipients) <= set(ev.actors)
    assert feats["recipient_country"] == 0.0 and feats["place_target"] == 0.0


def test_an_act_vowed_not_to_be_done_has_no_place_target() -> None:
    # PLOVER gold ACCUSE SYR -> ISR: Sharon "vowed not to return the Golan Heights to Syria",
    # which is no pledge to Syria
    art = extract("An official Syrian newspaper called Thursday on Arabs to unite and "
                  "``mobilize'' against Israeli right-winger Ariel Sharon, who has vowed not to "
                  "return the Golan Heights to Syria if he is elected prime minister February 4.",
                  PUBLISHED)
    vows = [e for e, _ in candidates(art) if e.type == "AGREE"]
    assert vows and all("SYR" not in countries(art, e.recipients) for e in vows)
    assert not any(e.type == "AGREE" for e in art.events)
