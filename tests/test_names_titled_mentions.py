"""Mentions of titled names the parse hangs on a place, and groups seated by a "with bases in"
phrase (helper "names")."""

from __future__ import annotations

from helpers import actor_with, actors_of, candidates_of

# VOA 8011076: the spokesperson's name is parsed in apposition to "Afghanistan"
CHARGE = ("Bugti and Chaudhry reiterated the claim that Tuesday's attack was orchestrated by "
          "militants with bases in Afghanistan, a charge Afghan foreign ministry spokesperson "
          "Abdul Qahar Balkhi rejected Thursday.")


def test_titled_name_apposed_to_a_place_is_a_person() -> None:
    found = [a for a in actors_of(CHARGE) if a.name == "Abdul Qahar Balkhi"]
    assert found, [a.name for a in actors_of(CHARGE)]
    assert (found[0].country, found[0].sector) == ("AFG", "GOV")


def test_untitled_name_apposed_to_a_place_stays_a_place() -> None:
    # "the provincial capital, Quetta": a name in apposition to a place is still a place
    text = "Gunmen attacked a bus near the provincial capital, Quetta, on Monday."
    assert not any(a.name == "Quetta" for a in actors_of(text))


def test_group_with_bases_in_a_country_is_of_it() -> None:
    # in a story on Pakistan, the "Afghan" of the spokesperson is his: the militants are
    # placed by their bases, not by the story's country
    story = ("Pakistani officials said 31 people were killed when militants hijacked a train in "
             "Pakistan's Balochistan province. Pakistan's army said the siege was over. " + CHARGE)
    militants = [a for a in actors_of(story) if a.name == "militants"]
    assert militants and militants[0].country == "AFG"
    # alone, the "with" phrase is all that places them
    blamed = actors_of("Pakistan blamed militants with headquarters in Iran for the attack.")
    assert [a.country for a in blamed if a.name == "militants"] == ["IRN"]


def test_known_body_mention_spans_its_descriptor() -> None:
    # VOA 7836916: "watchdog" parsed as the subject of "welcomed"; the body's mention spans it,
    # so the welcome has the body as its actor
    text = ("Media watchdog Reporters Without Borders welcomed the release and reiterated its "
            "call to the authorities to immediately drop all charges against him.")
    art, found = candidates_of(text, "SUPPORT")
    rsf = actor_with(art, "Media watchdog Reporters Without Borders")
    assert any(ev.trigger.text == "welcomed" and rsf.id in ev.actors for ev in found)


def test_titled_name_span_starts_at_its_nationality() -> None:
    # the parse hangs "a charge" on the name: the mention is the title and the name only
    found = [a for a in actors_of(CHARGE) if a.name == "Abdul Qahar Balkhi"]
    assert [m.text for m in found[0].mentions] == [
        "Afghan foreign ministry spokesperson Abdul Qahar Balkhi"]
    rubio = "U.S. Secretary of State Marco Rubio met El Salvador President Nayib Bukele on Monday."
    assert "U.S. Secretary of State Marco Rubio" in [
        m.text for a in actors_of(rubio) for m in a.mentions]
