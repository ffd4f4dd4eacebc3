"""Actor coding rules raised on the PLOVER GSR records (and VOA even stories): each case is a
real sentence run through ``dateline.extract``."""

from __future__ import annotations

from helpers import actor_with, article_of


def test_a_people_named_by_a_region_is_a_stateless_group() -> None:
    # "West Africans", "the Asians": a people named by a region of the world (no state) is a
    # group of civilians, not dropped as an unknown word (GSR AID-0006 / REJECT-0034; the
    # Nigerian expulsion places them in Nigeria, the gold's NGA)
    art = article_of("Benin opened its borders today to most West Africans ordered out of "
                     "Nigeria as illegal aliens, but was still refusing admittance to Ghanaians, "
                     "by far the biggest group involved, Benin police said.", "2000-01-01")
    west = actor_with(art, "most West Africans")
    assert (west.country, west.sector) == ("NGA", "CVL")
    art = article_of("Uganda said on Sunday it had paid compensation to 67 elderly British "
                     "nationals, most of the Asians, for assets they lost when former dictator "
                     "Idi Amin expelled them 18 years ago.", "2000-01-01")  # GSR RETREAT-0022
    asians = actor_with(art, "the Asians")
    assert (asians.country, asians.sector) == (None, "CVL")
