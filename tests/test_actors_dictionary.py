"""The actor dictionary and agent lexicon (no model needed)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dateline.actors import dictionary as actor_dictionary  # the module
from dateline.actors.coref import same_person
from dateline.actors.dictionary import Dictionary, Entry, Role, load, parse_roles, read_tsv
from dateline.actors.lexicon import agent_sector, singular
from dateline.errors import DataError

D2025 = dt.date(2025, 3, 1)


def test_roles_are_date_bounded() -> None:
    d = load()
    bukele = d.lookup("Bukele", D2025)
    assert bukele is not None and bukele.name == "Nayib Bukele"
    role = bukele.role_on(D2025)
    assert (role.country, role.sector, role.title) == ("SLV", "GOV", "President")
    biden = d.lookup("Joe Biden", D2025)
    assert biden is not None
    assert biden.role_on(D2025).sector == "ELI"  # a former president in 2025
    assert biden.role_on(D2025).title == "former President"
    assert biden.role_on(dt.date(2022, 1, 1)).sector == "GOV"
    taliban = d.lookup("the Taliban", dt.date(2020, 1, 1))
    assert taliban.role_on(dt.date(2020, 1, 1)).sector == "REB"
    assert taliban.role_on(dt.date(2022, 1, 1)).sector == "GOV"


def test_rubio_title_changes_with_the_date() -> None:
    rubio = load().lookup("Rubio", D2025)
    assert rubio.role_on(D2025).title == "Secretary of State"
    assert rubio.role_on(dt.date(2019, 6, 1)).sector == "LEG"


def test_phoenix_entries_are_loaded_but_countries_are_not_people() -> None:
    d = load()
    assert d.lookup("Abdelaziz Bouteflika", dt.date(2000, 1, 1)) is not None
    assert d.lookup("Serbia") is None


def test_ambiguous_name_is_none_unless_one_holds_office() -> None:
    a = Entry("Ann Smith", aliases=("Smith",), roles=(Role("GBR", "GOV", "2010-01-01", "2012-01-01"),), level=1)
    b = Entry("Bob Smith", aliases=("Smith",), roles=(Role("USA", "GOV", "2020-01-01", None),), level=1)
    d = Dictionary()
    d.add(a)
    d.add(b)
    assert d.lookup("Smith") is None
    assert d.lookup("Smith", dt.date(2021, 1, 1)) is b


def test_parse_roles() -> None:
    roles = parse_roles("USA GOV 2017-01-20..2021-01-20 President; USA ELI; IGOUNO - ..2020-01-01")
    assert roles[0] == Role("USA", "GOV", "2017-01-20", "2021-01-20", "President")
    assert roles[1] == Role("USA", "ELI")
    assert roles[2] == Role("IGOUNO", None, None, "2020-01-01")
    with pytest.raises(DataError):
        parse_roles("USA")


def test_user_dictionary_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text("# mine\nNayib Bukele\tBukele\tperson\tm\tSLV ELI\n"
                    "Jane Roe\tRoe\tperson\tf\tCAN JRN 2020-01-01.. Editor\n", "utf-8")
    entries = list(read_tsv(path, 0))
    assert entries[1].roles[0].title == "Editor"
    monkeypatch.setenv(actor_dictionary.ENV, str(path))
    d = actor_dictionary.load(actor_dictionary.user_paths())
    assert d.lookup("Bukele", D2025).role_on(D2025).sector == "ELI"
    assert d.lookup("Roe", D2025).role_on(D2025).country == "CAN"


def test_bad_user_file_is_a_data_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("only one column\n", "utf-8")
    with pytest.raises(DataError):
        list(read_tsv(path, 0))
    with pytest.raises(DataError):
        load((str(tmp_path / "missing.tsv"),))


@pytest.mark.parametrize("words,sector", [
    (["migrants"], "CVL"), (["foreign", "minister"], "GOV"), (["police"], "COP"),
    (["protesters"], "CVL"), (["Secretary", "of", "State"], "GOV"), (["militants"], "REB"),
    (["soldiers"], "MIL"), (["judges"], "JUD"), (["lawmakers"], "LEG"), (["journalists"], "JRN"),
    (["deal"], None), (["sanctions"], None), (["countries"], None),
])
def test_agent_sector(words: list[str], sector: str | None) -> None:
    assert agent_sector(words) == sector


@pytest.mark.parametrize("plural,single", [
    ("migrants", "migrant"), ("militias", "militia"), ("policemen", "policeman"),
    ("authorities", "authorities"), ("countries", "country"), ("boss", "boss"), ("churches", "church"),
])
def test_singular(plural: str, single: str) -> None:
    assert singular(plural) == single


@pytest.mark.parametrize("a,b,same", [
    ("Rubio", "Marco Rubio", True), ("Marco Rubio", "Rubio", True),
    ("Richard Bennett", "Naftali Bennett", False), ("Bennett", "Richard Bennett", True),
    ("Marco", "Marco Rubio", False), ("Kim Jong Un", "Kim Yo Jong", False),
])
def test_same_person(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same


def test_haftar_commands_forces(nlp: object) -> None:
    import dateline

    art = dateline.extract("Turkish backing averted defeat against forces of Khalifa Haftar, the "
                           "de facto leader of eastern Libya.", published="2020-01-10",
                           layers=["actors"])
    haftar = next(a for a in art.actors if a.name == "Khalifa Haftar")
    assert (haftar.country, haftar.sector) == ("LBY", "MIL")


def test_a_leaders_name_before_regime_gives_his_country(nlp: object) -> None:
    import dateline

    art = dateline.extract("The proposal would ease restrictions on the Kim regime, the envoy "
                           "said.", published="2019-12-20", layers=["actors"])
    regime = next(a for a in art.actors if any(m.text == "the Kim regime" for m in a.mentions))
    assert regime.country == "PRK"
