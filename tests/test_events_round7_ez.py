"""ASSAULT and COERCE arguments (round 7, engineer EZ), on real sentences through the whole
pipeline (``dateline.extract``)."""

from __future__ import annotations

import pytest

from helpers import countries, extract

pytestmark = pytest.mark.filterwarnings("ignore")


def test_partitive_object_takes_a_later_conjunct() -> None:
    # PLOVER gold record PLOVER-GSR01-ASSAULT-0005: "scores of Sierra Leonean and Liberian
    # refugees" is parsed with "Leonean" as the head of the "of" phrase; the refugees are the
    # victims of the torture.
    art = extract("Security forces in Guinea have tortured scores of Sierra Leonean and Liberian "
                  "refugees, whom authorities blame for a border conflict, Human Rights Watch "
                  "(HWR) said Thursday.")
    assaults = [e for e in art.events if e.type == "ASSAULT"]
    assert assaults
    assert countries(art, assaults[0].actors) == {"GIN"}
    assert "LBR" in countries(art, assaults[0].recipients)



def test_intrusion_into_what_someone_owns_has_them_as_recipient() -> None:
    # PLOVER gold record PLOVER-GSR01-COERCE-0014: the "into" phrase of "hack" is the target,
    # and the computers' "of" phrase names whom they belong to.
    art = extract("North Korea has tried to hack into the computers of South Korean army "
                  "officers, officials said Tuesday.")
    coerce = [e for e in art.events if e.type == "COERCE"]
    assert coerce
    assert countries(art, coerce[0].actors) == {"PRK"}
    assert countries(art, coerce[0].recipients) == {"KOR"}
