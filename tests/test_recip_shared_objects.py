"""A verb with no object of its own shares the object of the verb of the same event type
coordinated after it (right-node raising, ``arguments._shared_objects``; wt-recip)."""

import pytest

from helpers import first_sides


@pytest.mark.parametrize("text, etype, trigger, recipients", [
    # PLOVER gold record AID-0001 (the parser hangs "donated" on "groups"; the "to" phrase is
    # inside the object of "delivered")
    ("Doctors from two American aid groups donated and personally delivered $50,000 worth of "
     "goods to Baghdad University Medical School, risking as much as 12 years in prison and "
     "$500,000 in fines.", "AID", "donated", {"IRQ"}),
    # VOA 6184384
    ("Somalia-based al-Shabab has been attacking and fighting Kenyan troops since 2011, when "
     "the government sent soldiers into Somalia to combat the militant group.",
     "ASSAULT", "attacking", {"KEN"}),
], ids=["donated_and_delivered_to", "attacking_and_fighting_troops"])
def test_shared_object(text: str, etype: str, trigger: str, recipients: set[str]) -> None:
    _, got = first_sides(text, etype, trigger)
    assert set(got) == recipients

