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


def test_a_settlement_assaulted_or_seized_stands_for_its_people() -> None:
    # a village or town named by a common noun that an assault or a seizure is done to is its
    # people (CVL), as a named city shelled is: VOA 7686618 (even gold CAF CVL), GSR FIGHT
    # "have retaken a strategic village in Western Cambodia" (gold KHM CVL)
    art = article_of("This week, military sources said 3R rebels attacked nearly 10 villages "
                     "between the towns of Bocaranga and Bazoum in northeastern C.A.R., near "
                     "the Cameroon border.")
    villages = actor_with(art, "nearly 10 villages")
    assert (villages.country, villages.sector) == ("CAF", "CVL")
    art = article_of("Vietnamese-led forces have retaken a strategic village in Western Cambodia "
                     "after fierce fighting with guerrillas who overran it late last month, Thai "
                     "military sources said.", "2000-01-01")
    village = actor_with(art, "a strategic village")
    assert (village.country, village.sector) == ("KHM", "CVL")


def test_an_ethnic_minority_is_a_people() -> None:
    # "minority" names a share ("a minority of lawmakers"), but with a people's name or
    # "ethnic" it is that people (CVL): VOA 8011076 (even gold PAK CVL), GSR DEMAND-0014
    art = article_of("Resource-rich Balochistan is Pakistan’s largest and least-populated "
                     "province, where members of the ethnic Baloch minority say they face "
                     "discrimination and exploitation by the government in Islamabad.")
    baloch = actor_with(art, "the ethnic Baloch minority")
    assert (baloch.country, baloch.sector) == ("PAK", "CVL")
    art = article_of("Ethnic Albanians in south Serbia are demanding a U.N. military presence to "
                     "protect them against a heavily armed ruling Serb minority and prevent a "
                     "Bosnia-style war.", "2000-01-01")
    serbs = actor_with(art, "a heavily armed ruling Serb minority")
    assert (serbs.country, serbs.sector) == ("SRB", "CVL")
