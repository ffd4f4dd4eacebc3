"""The events confidence: feature values and the hand-weighted prior on real parsed sentences,
and the shipped fitted model (``scripts/fit_event_confidence.py``) on them.

The actors are built by hand from the given names (as in ``tests/test_events.py``), so these
tests check what ``dateline.events.confidence`` computes from the arguments the events stage
finds, not the actor layer.
"""

from __future__ import annotations

import math

import pytest

from dateline.events import candidates, confidence
from helpers import hand_coded

pytestmark = pytest.mark.filterwarnings("ignore")


def feats_of(nlp, text: str, actors: dict[str, tuple[str | None, str | None]],
             trigger: str) -> tuple[dict[str, float], float]:
    """The features and confidence of the candidate whose trigger starts with ``trigger``."""
    art = hand_coded(nlp, text, actors)
    found = [(f, ev.confidence) for ev, f in candidates(art, 0.0)
             if ev.trigger.text.startswith(trigger)]
    assert len(found) == 1, [ev.trigger.text for ev, _ in candidates(art, 0.0)]
    return found[0]


def test_every_fitted_feature_is_computed(nlp) -> None:
    f, _ = feats_of(nlp, "Russia condemned Ukraine.", {"Russia": ("RUS", "GOV"),
                                                       "Ukraine": ("UKR", "GOV")}, "condemned")
    assert set(confidence.FEATURES) <= set(f)
    assert set(confidence.WEIGHTS) == set(confidence.FEATURES)
    assert 0.0 < confidence.MIN_CONFIDENCE < 1.0


def test_prior_multiplies_the_evidence() -> None:
    base = dict(weight=0.8, actor_path=1, actor_country=True, recipients=True,
                recipient_country=True, reciprocal=False, etype="ACCUSE", denial=False,
                nominal=False, modality="asserted", negated=False)
    assert confidence.prior(**base) == pytest.approx(0.8 * confidence.WITH_RECIPIENT)
    assert confidence.prior(**{**base, "actor_country": False}) == pytest.approx(
        0.8 * confidence.WITH_RECIPIENT * confidence.ACTOR_WITHOUT_COUNTRY)
    assert confidence.prior(**{**base, "recipients": False, "recipient_country": False}) \
        == pytest.approx(0.8 * confidence.NO_RECIPIENT)
    # a protest needs no target: its missing recipient costs less
    assert confidence.prior(**{**base, "etype": "PROTEST", "recipients": False,
                               "recipient_country": False}) == pytest.approx(0.8 * 0.9)
    assert confidence.prior(**{**base, "negated": True}) < confidence.prior(**base)


def test_coded_recipient_features(nlp) -> None:
    f, conf = feats_of(nlp, "Russia condemned Ukraine on Monday.",
                       {"Russia": ("RUS", "GOV"), "Ukraine": ("UKR", "GOV")}, "condemned")
    assert f["recipient_country"] == 1.0 and f["no_recipient"] == 0.0
    assert f["actor_uncoded"] == 0.0 and f["inherited"] == 0.0 and f["nominal"] == 0.0
    assert f["untargeted_type"] == 0.0
    assert conf >= confidence.MIN_CONFIDENCE


def test_log_prior_is_the_log_of_the_prior_and_lower_without_a_country(nlp) -> None:
    coded, c1 = feats_of(nlp, "Russia condemned Ukraine.",
                         {"Russia": ("RUS", "GOV"), "Ukraine": ("UKR", "GOV")}, "condemned")
    uncoded, c2 = feats_of(nlp, "The rebels condemned Ukraine.",
                           {"rebels": (None, "REB"), "Ukraine": ("UKR", "GOV")}, "condemned")
    weight = math.exp(coded["log_weight"])  # the lexicon weight of "condemn"
    assert uncoded["log_weight"] == pytest.approx(coded["log_weight"])
    assert coded["actor_uncoded"] == 0.0 and uncoded["actor_uncoded"] == 1.0
    assert coded["log_prior"] == pytest.approx(
        math.log(min(weight * confidence.WITH_RECIPIENT, 0.99)), abs=1e-3)
    assert uncoded["log_prior"] == pytest.approx(math.log(
        weight * confidence.WITH_RECIPIENT * confidence.ACTOR_WITHOUT_COUNTRY), abs=1e-3)
    assert c2 < c1


def test_release_of_prisoners_is_an_untargeted_retreat(nlp) -> None:
    # "Ethiopia released 500 prisoners": the object is not an actor, and none is needed
    f, _ = feats_of(nlp, "Ethiopia released 500 prisoners on Monday.",
                    {"Ethiopia": ("ETH", "GOV")}, "released")
    assert f["no_recipient"] == 1.0 and f["untargeted_type"] == 1.0
    assert f["log_weight"] <= 0.0


def test_coordinated_actor_is_inherited(nlp) -> None:
    text = "Russia met Ukraine in Geneva and signed a ceasefire."
    actors = {"Russia": ("RUS", "GOV"), "Ukraine": ("UKR", "GOV")}
    met, c1 = feats_of(nlp, text, actors, "met")
    signed, c2 = feats_of(nlp, text, actors, "signed")
    assert met["inherited"] == 0.0 and met["recipient_country"] == 1.0
    assert signed["inherited"] == 1.0 and signed["untargeted_type"] == 1.0
    assert signed["log_prior"] < met["log_prior"] and c2 < c1


def test_negated_act_stays_under_the_cut(nlp) -> None:
    _, conf = feats_of(nlp, "China has never condemned Russia.",
                       {"China": ("CHN", "GOV"), "Russia": ("RUS", "GOV")}, "condemned")
    assert conf < confidence.MIN_CONFIDENCE
