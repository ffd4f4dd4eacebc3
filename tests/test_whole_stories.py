"""Forms found by reading dateline's whole record of wire stories written for it (a Brussels
summit story, a Sudan truce story): each case gave a wrong or missing value before its rule."""

from __future__ import annotations

import dateline

from functools import partial

from helpers import actor_codes as codes_of
from helpers import coded_events

events = partial(coded_events, published="2025-05-23")
actor_codes = partial(codes_of, published="2025-05-06")


def place_names(text: str) -> list[tuple[str, str | None]]:
    art = dateline.extract(text, published="2025-05-23")
    return [(art.text[p.start:p.end], p.country) for p in art.places]


# -- places: names before a plural place noun ------------------------------------------------

def test_each_name_before_a_plural_region_noun_is_a_place() -> None:
    assert place_names("Russian drones hit power plants in the Zaporizhzhia and Kherson "
                       "regions overnight.") == [("Zaporizhzhia", "UKR"), ("Kherson", "UKR")]


def test_a_region_name_that_is_also_a_peoples_is_a_place_before_its_noun() -> None:
    # "Luhansk" is a people's name in the demonym table ("Luhansk separatists") and the model
    # tags it PERSON; before "regions" it names the region
    assert ("Luhansk", "UKR") in place_names("Heavy fighting was reported in the Donetsk and "
                                             "Luhansk regions.")
    assert place_names("Luhansk separatists shelled a checkpoint.") == []


def test_names_before_a_plural_province_noun_as_an_object() -> None:
    assert place_names("Monsoon floods swamped the Sindh and Punjab provinces.") == [
        ("Sindh", "PAK"), ("Punjab", "PAK")]


# -- the struck scene is not the dateline's city when the clause names another -----------------

def test_an_attack_in_an_unknown_place_is_not_aimed_at_the_datelines_country() -> None:
    # the story is datelined in Brussels; the district is one no gazetteer knows
    out = events("BRUSSELS (AP) — Russian missiles hit a power station in the Vilshanskyi "
                 "district overnight, officials said.")
    assert all("BEL" not in recipients for _, _, recipients in out)


def test_an_attack_with_no_place_phrase_still_takes_the_datelines_country() -> None:
    out = events("KHARKIV, Ukraine (AP) — Russian drones struck a power station overnight, "
                 "officials said.")
    assert ("ASSAULT", ["RUS"], ["UKR"]) in out


def test_strikes_in_named_regions_are_aimed_at_their_state() -> None:
    out = events("BRUSSELS (AP) — Russian missiles struck gas facilities in the Poltava and "
                 "Sumy regions overnight, Ukraine's energy ministry said.")
    assert ("ASSAULT", ["RUS"], ["UKR"]) in out


# -- a decision on sanctions is the sanction ---------------------------------------------------

def test_approving_a_package_of_sanctions_is_a_sanction() -> None:
    assert events("EU ambassadors on Wednesday approved an 18th package of sanctions against "
                  "Russia.") == [("SANCTION", ["IGOEU"], ["RUS"])]


def test_approving_sanctions_is_no_support_of_their_target() -> None:
    out = events("South Korea approved new sanctions on North Korean hackers.")
    assert ("SANCTION", ["KOR"], ["PRK"]) in out
    assert not any(etype == "SUPPORT" for etype, _, _ in out)


def test_a_sanctions_package_compound_is_the_sanction() -> None:
    assert events("EU foreign ministers adopted the 15th sanctions package against Belarus.") \
        == [("SANCTION", ["IGOEU"], ["BLR"])]


def test_a_support_verb_reaches_through_a_bundle() -> None:
    out = events("Washington imposed a fresh wave of sanctions on Iranian oil exporters.")
    assert out == [("SANCTION", ["USA"], ["IRN"])]


def test_unveiling_sanctions_is_imposing_them() -> None:
    assert events("Australia unveiled sanctions on Myanmar's military leaders.") == [
        ("SANCTION", ["AUS"], ["MMR"])]


def test_approving_an_accord_keeps_the_verbs_own_row() -> None:
    # "approve" with an agreement as its object has its own CAMEO row; the rule above leaves
    # the verb an event
    out = events("Parliament approved the free trade agreement with Canada.")
    assert out and all(etype != "SANCTION" for etype, _, _ in out)


def test_python_m_dateline_reports_errors_without_a_traceback(tmp_path) -> None:
    import subprocess
    import sys

    bad = tmp_path / "bad.xml"
    bad.write_text("<notxml\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "dateline", "eval", "places", str(bad),
                           "--no-voa"], capture_output=True, text=True)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "is not GeoVirus XML" in done.stderr


# -- actors: patrons, cities, headings ----------------------------------------------------------


def test_a_patron_is_not_the_groups_country() -> None:
    assert actor_codes("Iran-backed militias fired rockets at the airport.")[
        "Iran-backed militias"][0] is None
    assert actor_codes("Russian-backed separatists shelled the town.")[
        "Russian-backed separatists"][0] is None


def test_an_appointee_serves_the_body_that_appointed_them() -> None:
    assert actor_codes("The United Nations-appointed envoy Hans Grundberg met the Houthis.")[
        "Hans Grundberg"][0] == "IGOUNO"


def test_police_and_courts_placed_by_a_city_are_its_countrys() -> None:
    codes = actor_codes("Police in Tbilisi detained 12 people, and a court in Belgrade jailed "
                        "two activists.")
    assert codes["Police"] == ("GEO", "COP") and codes["court"] == ("SRB", "JUD")


def test_a_heading_gives_nobody_its_country() -> None:
    codes = actor_codes("Opposition lawmakers accuse the president of pulling the country "
                        "toward Beijing.")
    assert codes["Opposition lawmakers"][0] != "CHN"


def test_an_arabic_town_is_found_without_its_article() -> None:
    # (the model tags neither name; GeoNames has "El Fasher", "Al Hudaydah", "El-Hodeidah")
    assert place_names("Heavy fighting was reported near Fasher.") == [("Fasher", "SDN")]
    assert place_names("Israeli warplanes struck the Yemeni port of Hodeidah.") == [
        ("Hodeidah", "YEM")]


# -- event families ------------------------------------------------------------------------------

def test_suspending_a_partnership_or_negotiations_is_a_sanction() -> None:
    assert events("Washington suspended its strategic partnership with Georgia.") == [
        ("SANCTION", ["USA"], ["GEO"])]
    assert events("Bogota suspended negotiations with the ELN after the attack.")[0][0] == \
        "SANCTION"


def test_dispersing_protesters_is_repression() -> None:
    assert events("Serbian riot police used tear gas to disperse hundreds of student "
                  "protesters in Novi Sad.")[0][:2] == ("COERCE", ["SRB"])


def test_a_vow_to_hit_a_side_is_a_threat() -> None:
    assert events("Erdogan vowed to hit Kurdish militants in northern Iraq.")[0][0] == "THREATEN"


def test_deaths_reported_by_a_foreign_body_are_no_attack_by_the_datelines_forces() -> None:
    # a story datelined JERUSALEM: the dead are counted by Yemen's ministry
    out = events("JERUSALEM (AP) — Yemen's health ministry said six people were killed in the "
                 "strikes.")
    assert not any("ISR" in actors for _, actors, _ in out)


def test_an_agentless_killing_keeps_the_datelines_armed_force_with_a_date() -> None:
    assert events("MOGADISHU, Somalia (AP) — Twelve people were killed on Sunday, police "
                  "said.")[0][:2] == ("ASSAULT", ["SOM"])


def test_a_span_that_ends_after_publication_is_not_last_year() -> None:
    art = dateline.extract("Several airlines suspended flights to Tel Aviv until May 11.",
                           published="2025-05-06")
    assert [t.value for t in art.times] == ["2025-05-11"]


def test_the_subject_of_a_demands_that_clause_is_not_the_demander() -> None:
    from helpers import actor_with

    art = dateline.extract("Tehran lodged a complaint with Baku and demanded that it expel the "
                           "Israeli diplomats.", published="2025-05-06")
    assert actor_with(art, "it").country == "AZE"
    art = dateline.extract("Tokyo lodged a protest with Seoul and demanded that it remove the "
                           "statue.", published="2025-05-06")
    assert actor_with(art, "it").country == "KOR"


def test_an_object_relative_clauses_object_is_the_noun_it_modifies() -> None:
    # the parser hangs the main clause's "to Turkey" on the relative clause's verb
    assert ("ACCUSE", ["IRQ"], ["SYR"]) in events(
        "Iraq expelled dozens of Syrians it accused of smuggling to Turkey last month.")
    assert ("SUPPORT", ["USA"], ["CHN"]) in events(
        "Trump praised the Chinese officials he met in Geneva.")


def test_world_and_national_powers_are_groups_of_states() -> None:
    codes = actor_codes("Major powers and two Gulf states urged restraint, while Western powers "
                        "condemned the coup.")
    assert codes["Major powers"] == (None, "GOV") and codes["Western powers"] == (None, "GOV")
    # authority, no states
    assert "sweeping emergency powers" not in actor_codes(
        "Parliament granted the president sweeping emergency powers.")


def test_a_clause_of_what_lies_ahead_keeps_its_present() -> None:
    art = dateline.extract("The court adjourned the case before the deadline passes in October.",
                           published="2025-06-04")
    assert [t.value for t in art.times if t.text == "October"] == ["2025-10"]


def test_a_dateline_abroad_keeps_the_most_named_country_off_unnamed_actors() -> None:
    # France is named most, but the story is filed from Niamey: "the military government" is
    # not France's (nor, with two countries in play, anyone's the text does not say)
    art = dateline.extract("NIAMEY, Niger (AP) — Niger's junta ordered France's ambassador to "
                           "leave. France's foreign ministry said France would not comply. "
                           "President Emmanuel Macron has refused to recognize the "
                           "military government.", published="2023-08-26")
    from helpers import actor_with

    assert actor_with(art, "the military government").country != "FRA"


def test_a_power_one_lacks_is_no_actor() -> None:
    assert "no authority" not in actor_codes("The ministry said the junta had no authority to "
                                             "expel the envoy.")


def test_a_protest_lodged_is_a_diplomatic_complaint() -> None:
    assert events("Seoul filed a protest with Tokyo over the textbooks.") == [
        ("ACCUSE", ["KOR"], ["JPN"])]
    assert not any(t == "PROTEST" for t, _, _ in events(
        "Manila lodged a protest through diplomatic channels on Monday."))


def test_aid_sent_to_a_place_is_aid_to_its_state() -> None:
    assert events("India sent 15 tons of relief supplies and a medical team to Mandalay.") == [
        ("AID", ["IND"], ["MMR"])]
    # relief of any kind of the class, dispatched; a load's "of" phrase is what it carries
    assert events("Vietnam dispatched 30 rescuers and 10 tons of medicine to Mandalay.") == [
        ("AID", ["VNM"], ["MMR"])]
    assert events("Jordan sent 40 truckloads of blankets to Syria.") == [
        ("AID", ["JOR"], ["SYR"])]
    assert events("Malaysia sent 50 rescuers and five tons of food to Sagaing.") == [
        ("AID", ["MYS"], ["MMR"])]
    # to one's own forces abroad: no aid to anyone
    assert not any(r for t, _, r in events("France flew supplies to its troops in Mali.")
                   if t == "AID")


def test_with_no_country_named_most_the_story_is_where_it_is_filed() -> None:
    art = dateline.extract(
        "KATHMANDU, Nepal (AP) — India sent two helicopters on Sunday, and China pledged "
        "$10 million. Britain said it would send a search team. Nepal's prime minister thanked "
        "donors. Opposition groups accused the army of blocking aid to remote villages.",
        published="2025-04-01")
    from helpers import actor_with

    assert actor_with(art, "the army").country == "NPL"


def test_a_shadow_government_is_the_opposition() -> None:
    assert actor_codes("The shadow administration said it would not negotiate with the junta.")[
        "shadow administration"][1] == "OPP"


def test_a_name_cut_before_its_last_surname_is_joined() -> None:
    codes = actor_codes("Opposition leader Maria Corina Machado, who is in hiding, criticized "
                        "the visit.")
    assert "Maria Corina Machado" in codes



def test_review_guards() -> None:
    # a U.S. state in a dateline is no country; the city says which Georgia
    from dateline.actors import dateline_country

    def home(text: str) -> tuple:
        return dateline_country(dateline.extract(text, published="2025-04-01",
                                                 layers=["actors"]))

    assert home("ATLANTA, Georgia (AP) — Police said.") == ("USA", True)
    assert home("PARIS, Texas (AP) — Police said.") == ("USA", True)
    assert home("TBILISI, Georgia (AP) — Police said.") == ("GEO", True)
    assert home("KYIV (AP) — Police said.") == ("UKR", False)
    # a story filed from home that names its own country once is not that country's
    codes = actor_codes("WASHINGTON (AP) — Israel and Iran exchanged strikes on Sunday. The U.S. "
                        "urged calm. The army said it shot down drones.")
    assert codes["army"][0] is None
    # authority handed to councils is no group of states
    assert actor_codes("The new law grants regional powers to local councils.") == {}
    # a trade war is no war of sides: "both parties" stay parties
    assert actor_codes("Lawmakers from both parties criticized the trade war.")[
        "both parties"][1] == "PTY"
    # a named relative of an official is ELI
    assert actor_codes("The president's son-in-law Jared Kushner met Saudi officials.")[
        "Jared Kushner"][1] == "ELI"
    # a generic service name gives no country
    assert actor_codes("NAIROBI, Kenya (AP) — The National Intelligence Service warned of "
                       "attacks.")["National Intelligence Service"] == (None, "SPY")
    assert events("Lawmakers rammed the budget bill through parliament.") == []


def test_a_state_protests_by_diplomatic_note() -> None:
    assert [t for t, _, _ in events("Japan protested the island visit on Monday.")] == ["ACCUSE"]
    # people protest in the street
    assert not any(t == "ACCUSE" for t, _, _ in events(
        "Thousands of Kenyan students protested in Nairobi on Monday."))


def test_second_read_guards() -> None:
    # only a setting verb's "for" day may lie ahead of a past clause
    art = dateline.extract("The court sentenced him for March 14 attacks.",
                           published="2025-03-12")
    assert [t.value for t in art.times] == ["2024-03-14"]
    # a lacked power is no actor, lacked troops are
    assert actor_codes("Russia said it had no troops in the region.")["no troops"] == (
        "RUS", "MIL")
