"""The places layer: toponym choice (places vs actors and peoples) and resolution in context."""

from __future__ import annotations

import dataclasses

import pytest

import dateline
from dateline.places.candidates import Toponym
from dateline.places.gazetteer import Entry, FakeGazetteer
from dateline.places.resolve import Context, contains, prior, resolve

SAN_SALVADOR = Entry("San Salvador", "PPLC", "SLV", 13.69, -89.19, 3583361, 525990, "SV.10")
SAN_SALVADOR_BHS = Entry("San Salvador", "ADM1", "BHS", 24.05, -74.53, None, 1, "BS.35")
SAN_SALVADOR_ARG = Entry("San Salvador", "PPL", "ARG", -31.62, -58.5, 3429058, 11626, "AR.08")
EL_SALVADOR = Entry("El Salvador", "PCLI", "SLV", 13.8, -88.9, 3585968, 6420746)
FLORIDA_US = Entry("Florida", "ADM1", "USA", 28.0, -82.0, 4155751, 759, "US.FL")
FLORIDA_CU = Entry("Florida", "PPL", "CUB", 21.53, -78.23, 3558315, 50000, "CU.07")
GEORGIA_US = Entry("Georgia", "ADM1", "USA", 32.9, -83.2, 4197000, 383, "US.GA")
GEORGIA = Entry("Georgia", "PCLI", "GEO", 42.0, 43.5, 614540, 3704500)
BLAKELY_GA = Entry("Blakely", "PPL", "USA", 31.38, -84.93, 4183363, 5000, "US.GA")
BLAKELY_PA = Entry("Blakely", "PPL", "USA", 41.48, -75.59, 5180843, 6500, "US.PA")
UNITED_STATES = Entry("United States", "PCLI", "USA", 39.5, -99.1, 6252001, 327167434)

FAKE = FakeGazetteer([SAN_SALVADOR, SAN_SALVADOR_BHS, SAN_SALVADOR_ARG, EL_SALVADOR, FLORIDA_US,
                      FLORIDA_CU, GEORGIA_US, GEORGIA, BLAKELY_GA, BLAKELY_PA, UNITED_STATES],
                     aliases={"U.S.": "United States"})


def toponyms(text: str, *names: str) -> list[Toponym]:
    out, at = [], 0
    for name in names:
        start = text.index(name, at)
        out.append(Toponym(start, start + len(name), name, "GPE"))
        at = start + len(name)
    return out


def test_priors_rank_countries_before_divisions_before_towns() -> None:
    assert prior(EL_SALVADOR) > prior(SAN_SALVADOR) > prior(FLORIDA_US) > prior(FLORIDA_CU)
    assert prior(Entry("X", "PPL", population=10_000_000)) > prior(Entry("X", "ADM1"))


def test_florida_is_the_us_state_without_context() -> None:
    text = "She was elected to the Senate from Florida in 2010."
    assert resolve(toponyms(text, "Florida"), FAKE, text=text) == [FLORIDA_US]


def test_san_salvador_in_a_story_about_el_salvador_is_the_capital() -> None:
    text = "Protesters marched in San Salvador. El Salvador's economy grew."
    (entry, country) = resolve(toponyms(text, "San Salvador", "El Salvador"), FAKE, text=text)
    assert entry == SAN_SALVADOR and country == EL_SALVADOR


def test_country_context_from_demonyms_decides_between_towns() -> None:
    text = "Police in San Salvador said."
    town_bhs = Entry("San Salvador", "PPL", "BHS", 24.05, -74.53, None, 12000, "BS.35")
    fake = FakeGazetteer([SAN_SALVADOR_ARG, town_bhs])
    assert resolve(toponyms(text, "San Salvador"), fake, text=text) == [town_bhs]  # larger
    context = Context()
    context.countries["ARG"] += 1  # "Argentine police ..."
    assert resolve(toponyms(text, "San Salvador"), fake, context, text=text) == [SAN_SALVADOR_ARG]


def test_a_famous_city_beats_a_namesake_in_the_article_country() -> None:
    # "the U.N. Human Rights Council based in Geneva", in a story about U.S. diplomacy
    geneva = Entry("Geneva", "PPL", "CHE", 46.2, 6.15, 2660646, 183981, "CH.GE", 200)
    geneva_ny = Entry("Geneva", "PPL", "USA", 42.87, -76.98, 5118226, 13000, "US.NY", 6)
    text = "the council based in Geneva"
    context = Context()
    context.countries["USA"] += 3
    assert resolve(toponyms(text, "Geneva"), FakeGazetteer([geneva, geneva_ny]), context,
                   text=text) == [geneva]


def test_a_name_nested_after_a_comma_picks_the_pair_that_contains() -> None:
    # "peanut butter from a plant in Blakely, Georgia"
    text = "a plant in Blakely, Georgia"
    town, state = resolve(toponyms(text, "Blakely", "Georgia"), FAKE, text=text)
    assert town == BLAKELY_GA and state == GEORGIA_US
    assert contains(GEORGIA_US, BLAKELY_GA) and not contains(GEORGIA_US, BLAKELY_PA)


class FreshEntries(FakeGazetteer):
    """Like the real gazetteer, a new Entry object on every lookup."""

    def lookup(self, name: str) -> list[Entry]:
        return [dataclasses.replace(e) for e in super().lookup(name)]


def test_one_sense_per_discourse_across_lookups() -> None:
    # "a Peanut Corp. of America center in Blakely, Georgia ... products from the Georgia plant"
    text = "a center in Blakely, Georgia. Products from the Georgia plant"
    tops = toponyms(text, "Blakely", "Georgia", "Georgia")
    fresh = FreshEntries([GEORGIA, GEORGIA_US, BLAKELY_GA, BLAKELY_PA])
    assert resolve(tops, fresh, text=text)[1:] == [GEORGIA_US, GEORGIA_US]


def test_georgia_alone_is_the_country() -> None:
    text = "Carbon monoxide poisoning is not unknown in Georgia."
    assert resolve(toponyms(text, "Georgia"), FAKE, text=text) == [GEORGIA]


def test_a_list_holds_one_kind_of_place() -> None:
    states = [Entry("Arizona", "ADM1", "USA", 34.3, -111.7, None, 300, "US.AZ"),
              Entry("Colorado", "ADM1", "USA", 39.0, -105.5, None, 300, "US.CO")]
    countries = [Entry("Armenia", "PCLI", "ARM", 40.2, 45.0, None, 2951776),
                 Entry("Azerbaijan", "PCLI", "AZE", 40.4, 47.6, None, 9942334)]
    fake = FakeGazetteer([GEORGIA, GEORGIA_US, *states, *countries])
    text = "cases in Arizona, Colorado, Georgia and Idaho"
    tops = toponyms(text, "Arizona", "Colorado", "Georgia")
    assert resolve(tops, fake, text=text)[2] == GEORGIA_US
    text = "travel to Armenia, Azerbaijan and Georgia"
    tops = toponyms(text, "Armenia", "Azerbaijan", "Georgia")
    assert resolve(tops, fake, text=text)[2] == GEORGIA


def test_a_list_is_not_a_nesting() -> None:
    # "countries such as Mexico, China, Japan, Ukraine and Brazil": not China, Kagoshima
    china = Entry("China", "PCLI", "CHN", 36.6, 103.9, 1814991, 1392730000)
    china_town = Entry("China", "PPL", "JPN", 27.3, 128.6, 1861084, 20000, "JP.18", 30)
    japan = Entry("Japan", "PCLI", "JPN", 36.0, 136.9, 1861060, 126529100)
    mexico = Entry("Mexico", "PCLI", "MEX", 23.0, -102.0, 3996063, 126190788)
    text = "such as Mexico, China, Japan"
    tops = toponyms(text, "Mexico", "China", "Japan")
    assert resolve(tops, FakeGazetteer([china, china_town, japan, mexico]), text=text)[1] == china


def test_a_capitalized_qualifier_is_part_of_the_name() -> None:
    china = Entry("China", "PCLI", "CHN", 36.6, 103.9, 1814991, 1392730000)
    midlands = Entry("Midlands", "ADM1", "ZWE", -19.0, 29.8, None, 50, "ZW.07")
    fake = FakeGazetteer([china, midlands])
    text = "in the West Midlands and Eastern China"
    tops = toponyms(text, "West Midlands", "Eastern China")
    assert resolve(tops, fake, text=text) == [None, china]


def test_unknown_names_stay_unresolved() -> None:
    text = "The village of Kampungu was flooded."
    assert resolve(toponyms(text, "Kampungu"), FAKE, text=text) == [None]


# -- end to end, with the model ------------------------------------------------------------

@pytest.fixture(scope="module")
def story() -> dateline.Article:
    text = ("SAN SALVADOR (Reuters) - El Salvador's foreign minister met U.S. officials in "
            "San Salvador on Monday. Washington said it would send aid to Panama. Salvadoran "
            "police said the migrants crossed the Darien Gap from Colombia to reach Mexico.")
    return dateline.extract(text, published="2025-02-03", layers=["actors", "places"])


def places_of(text: str) -> dateline.Article:
    """The places layer alone of a text published on 2025-02-03."""
    return dateline.extract(text, published="2025-02-03", layers=["places"])


def texts(article: dateline.Article) -> list[str]:
    return [p.text for p in article.places]


def test_dateline_is_resolved_and_linked(story: dateline.Article) -> None:
    dl = story.meta.dateline
    assert dl is not None and dl.place is not None
    place = story.place(dl.place)
    assert place is not None
    assert (place.name, place.country, place.feature) == ("San Salvador", "SLV", "PPLC")
    assert abs(place.lat - 13.69) < 0.1 and place.geonames_id == 3583361


def test_places_in_prepositional_phrases_are_kept(story: dateline.Article) -> None:
    assert {"Panama", "Colombia", "Mexico", "Darien Gap"} <= set(texts(story))
    gap = next(p for p in story.places if p.text == "Darien Gap")
    assert gap.feature == "GAP" and gap.country == "PAN"


def test_actors_and_demonyms_are_not_places(story: dateline.Article) -> None:
    found = texts(story)
    assert "Washington" not in found  # "Washington said"
    assert "El Salvador" not in found  # "El Salvador's foreign minister"
    assert "U.S." not in found  # "U.S. officials"
    assert "Salvadoran" not in found


def test_offsets_point_into_the_text_and_ids_are_in_order(story: dateline.Article) -> None:
    for i, p in enumerate(story.places, start=1):
        assert p.id == f"p{i}"
        assert story.text[p.start:p.end] == p.text


def test_subject_of_a_deportation_is_an_actor_but_its_object_place_is_not() -> None:
    art = places_of("Panama deported 50 migrants to Venezuela on Tuesday.")
    assert texts(art) == ["Venezuela"]
    assert art.places[0].country == "VEN"


def test_the_other_party_of_an_act_is_an_actor() -> None:
    art = places_of("Ankara threatened retaliation against Washington over the sanctions "
                    "imposed at a meeting in Brussels.")
    assert texts(art) == ["Brussels"]


def test_lower_case_words_are_never_places() -> None:
    art = places_of("The defendants are being tried in absentia in Paris. Civilians are "
                    "hiding in the bush.")
    assert texts(art) == ["Paris"]


def test_disease_named_for_a_place_is_not_a_place() -> None:
    art = places_of("Three horses died of West Nile virus in Texas last week.")
    assert texts(art) == ["Texas"]
    assert art.places[0].feature == "ADM1"


def test_article_without_places_has_an_empty_layer() -> None:
    art = places_of("The minister said the talks would resume soon.")
    assert art.places == []


def test_names_the_model_mislabels_count_when_the_syntax_locates_them() -> None:
    art = places_of("Militants laid siege to a hotel in the central town of Beledweyne. "
                    "Officials met in the country's capital, Bangui, on Monday.")
    found = {p.text: p for p in art.places}
    assert found["Beledweyne"].country == "SOM"
    assert found["Bangui"].country == "CAF" and found["Bangui"].feature == "PPLC"


def test_a_name_no_gazetteer_knows_is_kept_only_where_the_text_places_it() -> None:
    art = places_of("Rebels hid in the Boni Forest near the border. Critics have "
                    "questioned Gachagua's removal.")
    found = {p.text: p for p in art.places}
    assert "Gachagua" not in found
    forest = next(p for p in art.places if p.text.endswith("Boni Forest"))
    assert forest.lat is None and forest.name is None


def test_a_major_city_the_model_calls_a_person_is_a_place_as_an_object() -> None:
    art = places_of("KYIV, Ukraine (Reuters) - Russian drones struck Kharkiv overnight, "
                    "officials said. Police in the city arrested a man on Monday.")
    found = {p.text: p for p in art.places}
    assert found["Kharkiv"].country == "UKR"
    assert art.place(art.meta.dateline.place).name == "Kyiv"


def test_only_a_state_owns_its_officials() -> None:
    art = places_of("New York Governor Andrew Cuomo declared an emergency, and British "
                    "officials said UK officials would help.")
    found = texts(art)
    assert "New York" in found and "UK" not in found


def test_a_list_of_states_makes_new_york_the_state() -> None:
    art = places_of("Illnesses were reported in Michigan, Oregon, New Mexico, New York, "
                    "Indiana, Ohio and Wisconsin.")
    assert {p.feature for p in art.places} == {"ADM1"}
    assert [p for p in art.places if p.text == "New York"][0].country == "USA"


def test_a_county_outranks_a_smaller_foreign_town_of_its_name() -> None:
    # Cornwall (England) against Cornwall, Ontario (49,000 people).
    art = places_of("Two people died of carbon monoxide poisoning at a holiday park in "
                    "Cornwall. The coroner for Cornwall said Britain needs more "
                    "detectors.")
    assert {(p.feature, p.country) for p in art.places} == {("ADM2", "GBR")}


def test_bare_congo_is_a_country_the_context_picks() -> None:
    art = places_of("The disease has struck in Ituri district, in the northern part of "
                    "Congo.")
    congo = [p for p in art.places if p.text == "Congo"]
    assert congo and congo[0].feature == "PCLI" and congo[0].country == "COD"


def test_a_spaced_dash_separates_two_names() -> None:
    art = places_of("Outbreaks are likely to spread to Central Africa - Nigeria, Cameroon "
                    "and Chad are at risk.")
    assert texts(art)[:2] == ["Central Africa", "Nigeria"]
    assert art.places[0].feature == "RGN" and art.places[1].country == "NGA"


def test_kind_words_and_hyphenated_directions_around_a_name() -> None:
    art = places_of("Representatives from the City of Santa Ana, California, met horse "
                    "owners from North-Western Sydney.")
    found = {p.text: (p.feature, p.country) for p in art.places}
    assert found["the City of Santa Ana"] == ("PPL", "USA")
    assert found["North-Western Sydney"] == ("PPL", "AUS")


def test_a_governor_names_a_state() -> None:
    art = places_of("New York Governor Andrew Cuomo declared a public health emergency "
                    "as flu cases rose.")
    assert [(p.text, p.feature) for p in art.places] == [("New York", "ADM1")]


def test_a_name_cut_short_before_a_particle_is_extended() -> None:
    art = places_of("One case each was confirmed in Rio Grande do Sul and Tocantins.")
    found = {p.text: (p.feature, p.country) for p in art.places}
    assert found.get("Rio Grande do Sul") == ("ADM1", "BRA")


def test_a_plural_kind_word_designates_every_member_of_its_list() -> None:
    art = places_of("The company, based in Lynchburg but also operating in the states of "
                    "Texas and Georgia, makes the drug.")
    found = {p.text: (p.feature, p.country) for p in art.places}
    assert found["Georgia"] == ("ADM1", "USA") and found["Texas"] == ("ADM1", "USA")


def test_a_name_cut_after_its_first_word_is_extended_to_the_left() -> None:
    # The model tags only "Viejo" here, which alone is El Viejo, Nicaragua.
    art = places_of("Diners fell ill at Teppan Grill in Mission Viejo and at a sushi bar "
                    "in Fullerton, California.")
    found = {p.text: (p.name, p.country) for p in art.places}
    assert found.get("Mission Viejo") == ("Mission Viejo", "USA")


def test_a_capitalized_article_before_a_name_is_not_part_of_it() -> None:
    art = places_of("The Hilton in Nairobi was evacuated.")
    assert "The Hilton" not in texts(art) and "Nairobi" in texts(art)


def test_a_bare_compass_word_is_no_place() -> None:
    art = places_of("Russia accused the West of arming Ukraine, and troops moved to the "
                    "South of the country near Kherson.")
    assert not {"West", "the West", "South", "the South"} & set(texts(art))


def test_a_kind_word_inside_the_name_designates_it() -> None:
    art = places_of("Gunmen attacked a checkpoint in Ghazni province on Monday. Traders "
                    "in Ghazni city closed their shops, and the road from Ghazni to Kabul "
                    "was shut.")
    found = {p.text: (p.feature, p.country) for p in art.places}
    assert found.get("Ghazni province") == ("ADM1", "AFG")


def test_a_landmark_is_not_a_town_named_after_it_in_another_language() -> None:
    # GeoNames gives Casablanca the English alternate name "White House".
    art = places_of("Leaders met at the White House on Monday.")
    assert [(p.name, p.country) for p in art.places] == [("White House", "USA")]


def test_a_former_province_is_found_in_its_country() -> None:
    # Nyanza is also a town in Rwanda; the Kenyan province was abolished in 2013.
    art = places_of("Cholera has spread in Kenya's Nyanza Province. Health workers in "
                    "Nyanza said 40 people were treated.")
    found = {(p.text, p.country) for p in art.places}
    assert {("Nyanza Province", "KEN"), ("Nyanza", "KEN")} <= found


def test_a_valley_news_names_is_a_place() -> None:
    art = places_of("Farm workers in the Salinas Valley were tested on Monday.")
    assert [(p.name, p.feature) for p in art.places] == [("Salinas Valley", "VAL")]


def test_a_feature_the_model_missed_is_found_by_its_supplement_name() -> None:
    art = places_of("Romania confirmed that there has been another outbreak in the "
                    "Danube Delta area.")
    assert ("Danube Delta", "ROU") in {(p.text, p.country) for p in art.places}


def test_a_list_of_former_provinces_stays_in_their_country() -> None:
    # "Western" was Fiji's division; among Kenya's former provinces it is Kenya's.
    art = places_of("Cases were reported in Kenya's provinces of Nyanza, Rift Valley, "
                    "Eastern and Western.")
    found = {p.text: (p.feature, p.country) for p in art.places}
    assert found.get("Western") == ("ADM1", "KEN")
    assert found.get("Eastern") == ("ADM1", "KEN")


def test_a_compass_word_the_model_cut_off_after_a_name_is_taken_back() -> None:
    # The model tags "Mashonaland" alone; Zimbabwe's province is "Mashonaland West".
    art = places_of("Cholera cases were reported in the past week in the Zimbabwean "
                    "provinces of Mashonaland West and Midlands.")
    found = {p.text: (p.feature, p.country) for p in art.places}
    assert found.get("Mashonaland West") == ("ADM1", "ZWE")
