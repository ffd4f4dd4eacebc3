"""The places accuracy gate (GeoVirus) and the scorer's matching and arithmetic."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from dateline.evaluation import places as P
from dateline.evaluation.gate import below, floors
from dateline.record import Place

NAIROBI = P.GoldToponym(10, 17, "Nairobi", -1.28, 36.81)
KENYA = P.GoldToponym(19, 24, "Kenya", 1.0, 38.0)


def test_match_is_one_to_one_by_overlap() -> None:
    places = [Place("p1", 10, 24, "Nairobi, Kenya", lat=-1.29, lon=36.82),
              Place("p2", 19, 24, "Kenya", lat=0.5, lon=37.9)]
    pairs = P.match([NAIROBI, KENYA], places)
    assert {(g.name, p.id) for g, p in pairs} == {("Nairobi", "p1"), ("Kenya", "p2")}


def test_score_counts_recall_precision_and_distance() -> None:
    places = [Place("p1", 10, 17, "Nairobi", lat=-1.29, lon=36.82),  # ~1.5 km off
              Place("p2", 30, 35, "Texas", lat=31.0, lon=-100.0)]  # no gold: a false place
    scores = P.score([([NAIROBI, KENYA], places)])
    assert scores["recall"] == 0.5 and scores["precision"] == 0.5
    assert scores["acc161"] == 1.0 and scores["acc161_all"] == 0.5
    assert scores["median_km"] < 5


def test_unresolved_match_counts_as_inaccurate() -> None:
    scores = P.score([([KENYA], [Place("p1", 19, 24, "Kenya")])])
    assert scores["recall"] == 1.0 and scores["acc161"] == 0.0


def test_geovirus_offsets_are_one_based_and_checked(tmp_path) -> None:
    xml = ("<articles><article><source>s</source><text>Flu in Kenya.</text><locations>"
           "<location><name>Kenya</name><start>8</start><end>13</end><lat>1</lat><lon>38</lon>"
           "<page>p</page></location></locations></article></articles>")
    path = tmp_path / "g.xml"
    path.write_text(xml, "utf-8")
    (art,) = P.load_geovirus(path)
    (top,) = art.toponyms
    assert art.text[top.start:top.end] == "Kenya" and top.start == 7
    path.write_text(xml.replace("<start>8</start>", "<start>3</start>"), "utf-8")
    with pytest.raises(Exception, match="not at"):
        P.load_geovirus(path)


def test_places_scores_stay_above_floors() -> None:
    if not P.default_path().exists():
        pytest.skip(f"GeoVirus (GPL, not shipped) not found at {P.default_path()}")
    assert floors("places"), "eval/floors/places.json is missing"
    scores = P.evaluate()
    failed = [line for line in below("places", scores) if line.startswith("geovirus_")]
    assert not failed, failed


def test_cli_help_has_an_example() -> None:
    result = CliRunner().invoke(P.cli, ["--help"])
    assert result.exit_code == 0 and "dateline eval places" in result.output


def test_right_place_credits_a_country_that_holds_the_gold_point() -> None:
    # GeoVirus puts Canada at Wikipedia's 60 N 95 W; dateline at the mainland centroid.
    canada = P.GoldToponym(0, 6, "Canada", 60.0, -95.0)
    atlanta_ga = P.GoldToponym(0, 7, "Georgia", 33.75, -84.39)  # the U.S. state meant
    locator = P.Locator()
    guess = Place("p1", 0, 6, "Canada", name="Canada", country="CAN", lat=57.7, lon=-101.6,
                  feature="PCLI")
    assert P.right_place(canada, guess, locator) and P.error_km(canada, 57.7, -101.6) > 161
    country = Place("p1", 0, 7, "Georgia", name="Georgia", country="GEO", lat=42.0, lon=43.5,
                    feature="PCLI")
    assert not P.right_place(atlanta_ga, country, locator)


def test_voa_event_places_stay_above_floors() -> None:
    # Runs without GeoVirus: gold event places of the VOA dev set found in their evidence sentence.
    scores = {k: v for k, v in P.voa_scores().items() if k.endswith("event_place_recall")}
    assert len(scores) == 3
    failed = [line for line in below("places", scores) if line.startswith("voa_")]
    assert not failed, failed
