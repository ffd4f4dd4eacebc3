"""The actors layer end to end on real text (model-backed, few and real)."""

from __future__ import annotations

import pytest

import dateline
from dateline.record import Article
from helpers import actor_with, mentions_of

STORY = (
    "U.S. Secretary of State Marco Rubio met El Salvador's foreign minister on Monday in Panama "
    "City. Colombian migrants were deported by Panamanian officials, the Trump administration "
    "said.\n\n"
    "The State Department pressed El Salvador to accept deportees, and Rubio said he was "
    "grateful. The secretary later flew home.\n\n"
    "Former President Joe Biden criticized the police and protesters in Kenya."
)


@pytest.fixture(scope="module")
def story(nlp: object) -> Article:
    return dateline.extract(STORY, published="2025-02-03", layers=["actors"])


def test_spans_are_exact(story: Article) -> None:
    for a in story.actors:
        for m in a.mentions:
            assert story.text[m.start:m.end] == m.text
    assert [a.id for a in story.actors] == [f"a{i}" for i in range(1, len(story.actors) + 1)]


def test_rubio_is_one_actor_with_every_mention(story: Article) -> None:
    rubio = actor_with(story, "U.S. Secretary of State Marco Rubio")
    assert [m.text for m in rubio.mentions] == [
        "U.S. Secretary of State Marco Rubio", "Rubio", "he", "The secretary"]
    assert (rubio.kind, rubio.name, rubio.country, rubio.sector, rubio.title) == (
        "person", "Marco Rubio", "USA", "GOV", "Secretary of State")


def test_coding_from_modifiers(story: Article) -> None:
    minister = actor_with(story, "El Salvador's foreign minister")
    assert (minister.country, minister.sector) == ("SLV", "GOV")
    migrants = actor_with(story, "Colombian migrants")
    assert (migrants.kind, migrants.country, migrants.sector) == ("group", "COL", "CVL")
    officials = actor_with(story, "Panamanian officials")
    assert (officials.country, officials.sector) == ("PAN", "GOV")
    admin = actor_with(story, "the Trump administration")
    assert (admin.country, admin.sector) == ("USA", "GOV")
    state_dept = actor_with(story, "The State Department")
    assert (state_dept.kind, state_dept.country) == ("organization", "USA")


def test_places_are_not_actors_but_polities_are(story: Article) -> None:
    texts = mentions_of(story)
    assert "Panama City" not in texts and "Kenya" not in texts
    salvador = actor_with(story, "El Salvador")  # "pressed El Salvador": acted on as a polity
    assert (salvador.kind, salvador.country, salvador.sector) == ("state", "SLV", "GOV")


def test_former_president_is_eli(story: Article) -> None:
    biden = actor_with(story, "Former President Joe Biden")
    assert (biden.country, biden.sector) == ("USA", "ELI")


def test_ambiguity_stays_null(nlp: object) -> None:
    art = dateline.extract("Senior Hungarian and Romanian officials met the minister.",
                           published="2000-01-01", layers=["actors"])
    assert actor_with(art, "Hungarian").country == "HUN"
    assert actor_with(art, "Romanian officials").country == "ROU"
    minister = actor_with(art, "the minister")
    assert minister.country is None  # two countries in play: no guess


def test_reported_speech_they_resolves_to_the_government(nlp: object) -> None:
    art = dateline.extract(
        "El Salvador agreed to take deportees. President Nayib Bukele, asked about the deal, "
        "said they were finalizing details with Washington.", published="2025-02-03",
        layers=["actors"])
    salvador = actor_with(art, "El Salvador")
    assert "they" in [m.text for m in salvador.mentions]
    bukele = actor_with(art, "President Nayib Bukele")
    assert (bukele.country, bukele.sector) == ("SLV", "GOV")
    assert actor_with(art, "Washington").country == "USA"


def test_dictionary_surname_alone(nlp: object) -> None:
    art = dateline.extract("Bukele said the prison would open soon.", published="2025-03-01",
                           layers=["actors"])
    bukele = actor_with(art, "Bukele")
    assert (bukele.kind, bukele.country, bukele.sector) == ("person", "SLV", "GOV")


def test_user_dictionary_argument(tmp_path, nlp: object) -> None:
    from dateline import nlp as adapter
    from dateline.actors import resolve_actors
    from dateline.ingest import article_from_text

    path = tmp_path / "mine.tsv"
    path.write_text("Jane Roe\tRoe\tperson\tf\tCAN JRN 2020-01-01.. Editor\n", "utf-8")
    art = adapter.parse(article_from_text("Roe criticized the decision.", published="2024-01-01"))
    resolve_actors(art, dictionaries=[path])
    roe = actor_with(art, "Roe")
    assert (roe.country, roe.sector, roe.title) == ("CAN", "JRN", "Editor")


def test_places_and_works_named_like_people_are_not_actors(nlp: object) -> None:
    art = dateline.extract(
        'Security forces in Somalia say they killed all six attackers in the central town of '
        'Beledweyne. She said the book, "Siyasi Jaj," was banned. The train left the provincial '
        'capital, Quetta, on Tuesday.', published="2025-03-12", layers=["actors"])
    texts = mentions_of(art)
    assert not texts & {"Beledweyne", "Siyasi Jaj", "Quetta", "the central town"}
    assert actor_with(art, "all six attackers").sector == "REB"


def test_apposed_organization_codes_an_untitled_person(nlp: object) -> None:
    art = dateline.extract(
        "“Their crackdown is continuing,” said Heather Barr, the associate women’s rights "
        "director at Human Rights Watch.", published="2025-03-01", layers=["actors"])
    barr = actor_with(art, "Heather Barr")
    assert barr.sector == "SOC" and barr.country is None


def test_generic_title_takes_the_sector_of_its_body(nlp: object) -> None:
    art = dateline.extract("Mansoor Tima-Weeyne, a senior al-Shabab leader, was killed.",
                           published="2025-03-12", layers=["actors"])
    leader = actor_with(art, "a senior al-Shabab leader")
    assert (leader.country, leader.sector) == ("SOM", "REB")


def test_bare_title_joins_the_last_body_with_that_head(nlp: object) -> None:
    art = dateline.extract(
        "Kenya has refused to attend a hearing by the International Court of Justice. The court "
        "said it would proceed.", published="2021-03-15", layers=["actors"])
    icj = actor_with(art, "the International Court of Justice")
    assert "The court" in [m.text for m in icj.mentions]
    assert (icj.country, icj.sector) == ("IGOUNO", "JUD")


def test_generic_title_takes_the_sector_of_its_employer(nlp: object) -> None:
    art = dateline.extract(
        "“China’s rise has been phenomenal,” according to Harsh Pant, the vice president of "
        "studies at the Observer Research Foundation in New Delhi.",
        published="2025-03-01", layers=["actors"])
    assert actor_with(art, "Harsh Pant").sector == "SOC"  # a think tank, not a government


def test_same_named_bodies_of_two_states_stay_apart(nlp: object) -> None:
    art = dateline.extract(
        "Afghanistan's Ministry of Foreign Affairs called Pakistan's assertions baseless. "
        "Pakistan's Ministry of Foreign Affairs said it stood by them.",
        published="2025-03-13", layers=["actors"])
    afg = actor_with(art, "Afghanistan's Ministry of Foreign Affairs")
    assert afg.country == "AFG" and len(afg.mentions) == 1


def test_a_religion_word_that_is_a_first_name_is_no_title(nlp: object) -> None:
    art = dateline.extract("German Finance Minister Christian Lindner said a trade war would "
                           "hurt.", published="2024-10-01", layers=["actors"])
    lindner = actor_with(art, "German Finance Minister Christian Lindner")
    assert (lindner.country, lindner.sector) == ("DEU", "GOV")


def test_platforms_as_channels_and_copula_descriptions(nlp: object) -> None:
    art = dateline.extract("Yang is a Chinese businessman in Austria. He amassed 12.89 million "
                           "followers on Douyin.", published="2024-10-01", layers=["actors"])
    yang = actor_with(art, "Yang")
    assert (yang.country, yang.sector) == ("CHN", "BUS")
    assert not any("Douyin" in a.name for a in art.actors)


def test_a_generic_title_of_a_non_government_team_has_no_government_sector(nlp: object) -> None:
    art = dateline.extract("A judge ordered journalist Jose Ruben Zamora back to prison in a move "
                           "that the leader of his legal team called inhumane.",
                           published="2025-03-01", layers=["actors"])
    assert actor_with(art, "the leader").sector != "GOV"


def test_predicates_origins_and_objections_are_no_actors(nlp: object) -> None:
    import dateline

    art = dateline.extract(
        "Her parents saw themselves as Americans. The rest come from the Democratic Republic of "
        "Congo. The United States, along with Britain and France, which remain parties to the "
        "deal, called a meeting. The U.N. did not invite them, citing the Taliban’s opposition. "
        "Now some are headed to Vietnam’s clinics and hospitals.",
        published="2025-03-01", layers=["actors"])
    texts = mentions_of(art)
    for thing in ("Americans", "the Democratic Republic of Congo", "parties",
                  "the Taliban’s opposition", "hospitals"):
        assert thing not in texts, thing
    assert "France" in texts or "Britain" in texts


def test_a_descriptor_parsed_apart_from_its_name_is_no_actor_of_its_own(nlp: object) -> None:
    import dateline

    art = dateline.extract(
        "The charity Doctors Without Borders says insecurity has put more than a million "
        "Nigerians beyond the reach of humanitarian workers.", published="2019-03-01", layers=["actors"])
    texts = mentions_of(art)
    assert "The charity" not in texts
    msf = next(a for a in art.actors if a.name == "Doctors Without Borders")
    assert (msf.country, msf.sector) == (None, "MED")
