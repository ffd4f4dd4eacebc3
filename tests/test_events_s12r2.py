"""Events with the right type and a missing recipient (session 12, engineer E3R, second round).

A legislature's or government's approval of its own state's choice of an office holder, and a
government's seizure of holdings of no named owner, are aimed at that state (``targets.own_state``);
a law it approves is not (it may be aimed at a party), nor holdings of a named foreign owner.
"""

from __future__ import annotations

import pytest

from helpers import first_sides

pytestmark = pytest.mark.filterwarnings("ignore")


def test_lawmakers_approving_a_selection_act_on_their_own_state() -> None:
    # VOA 7846440 (even): the passive subject is the state's own choice of deputy president.
    text = ("Kenyan President William Ruto took less than a day to nominate Interior Minister "
            "Kithure Kindiki. The selection was approved by Kenyan lawmakers at the National "
            "Assembly a few hours later.")
    actors, recipients = first_sides(text, "SUPPORT", "approved")
    assert actors == ["KEN"] and recipients == ["KEN"]


def test_an_approved_appointment_as_object_is_aimed_at_the_state() -> None:
    # Written for the rule: the appointment is the direct object.
    text = ("Kenya's parliament on Tuesday approved the appointment of a new interior minister, "
            "the speaker said.")
    _, recipients = first_sides(text, "SUPPORT", "approved")
    assert recipients == ["KEN"]


def test_an_approved_law_names_no_recipient_of_its_own_state() -> None:
    # VOA 6180206 (even): the law is coded COERCE against the old regime, not an approval aimed
    # at Sudan; the approval keeps no guessed recipient.
    text = ("Sudanese authorities have approved a law to dismantle the foundations of former "
            "president Omar al-Bashir's government.")
    _, recipients = first_sides(text, "SUPPORT", "approved")
    assert recipients == []


def test_a_government_seizing_unowned_assets_acts_on_its_own_state() -> None:
    # VOA 6180206 (even): the party whose assets are seized is no coded actor.
    text = ("Sudan's government is confiscating party assets because it had not solved the "
            "country's economic crisis, the National Congress Party says.")
    actors, recipients = first_sides(text, "COERCE", "confiscating")
    assert actors == ["SDN"] and recipients == ["SDN"]


def test_assets_of_a_named_foreign_owner_are_not_the_seizers_own_state() -> None:
    # Written for the rule: the owner is named in the "of" phrase, so no own-state guess.
    text = "Russia's government seized the assets of British companies on Monday."
    _, recipients = first_sides(text, "COERCE", "seized")
    assert "RUS" not in recipients
