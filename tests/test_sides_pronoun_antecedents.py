"""The antecedent of an object pronoun in a participle or conjunct, and of "it" when a noun its
sentence names before it is a state's by its national modifier (wt-sides).

A participle or conjunct shares its subject with the clause it hangs on, so its object pronoun
is not that subject ("The separatist group ..., accusing it of ...", VOA 8007760); an uncoded
"the Pakistani state" or "the Iranian vessel" is a nearer antecedent of "it" than a mention
further back (VOA 8007760, 8010476).  The subject of "come under" an attack is its recipient
(VOA 8010694, 8007760, 8009314)."""

from helpers import candidates_of, first_sides

# VOA 8007760 (an even story), with the sentence naming Pakistan before it
ACCUSING_IT = ("Pakistan says the Baloch Liberation Army attacked a passenger train in "
               "Balochistan. The separatist group has been fighting a deadly insurgency against "
               "the Pakistani state, accusing it of exploiting the rich natural resources of the "
               "impoverished province.")

# VOA 8011076 (an even story): the controller excluded, the object named before is still found
BLAMED_INDIA = ("Pakistani officials blamed archrival India, accusing it of providing support to "
                "militants.")


def test_participle_object_pronoun_is_not_the_shared_subject() -> None:
    art, found = candidates_of(ACCUSING_IT, "ACCUSE")
    accusing = [ev for ev in found if ev.trigger.text == "accusing"]
    assert accusing
    # the accused is the Pakistani state, not the group that accuses (nor another group)
    named = [{m.text for m in art.actor(x).mentions} for x in accusing[0].recipients]
    assert named and all("Pakistan" in texts for texts in named), named


def test_participle_object_pronoun_keeps_the_named_object() -> None:
    _, recipients = first_sides(BLAMED_INDIA, "ACCUSE", "accusing", published="2025-03-12")
    assert recipients == ["IND"]


# "come under" an act: its subject suffers it (VOA 8010694, 8007760, 8009314; wt-sides)
CAME_UNDER_ATTACK = ("Syria's transitional authorities said their forces in the sect's coastal "
                     "region near the port city of Latakia came under a calculated attack from "
                     "Assad loyalists in an attempted insurrection.")


def test_subject_of_come_under_an_attack_is_its_recipient() -> None:
    art, found = candidates_of(CAME_UNDER_ATTACK, "ASSAULT")
    attack = [ev for ev in found if ev.trigger.text.endswith("attack")]
    assert attack
    named = [{m.text for m in art.actor(x).mentions} for x in attack[0].recipients]
    assert any(any("forces" in t for t in texts) for texts in named), named
