"""Round-12 actor rules (AX): a country given from context where the text gives none — the
press as an unnamed audience, … (sentences after the even VOA stories)."""

from __future__ import annotations

from helpers import actor_with, actors_of

PAKISTAN = ("Pakistani troops stormed the train on Wednesday. Pakistani officials said the "
            "attack was planned in Afghanistan. The Pakistani army said 33 militants were "
            "killed. ")


def test_media_told_take_no_story_country(nlp: object) -> None:
    # VOA 8009976: "Pakistan's Prime Minister Shehbaz Sharif told media 339 passengers were
    # rescued" (media was PAK); VOA 8011004 "told media" (was AFG)
    actors = actors_of(PAKISTAN + "Prime Minister Shehbaz Sharif told media 339 passengers "
                       "were rescued.")
    assert actor_with(actors, "media").country is None


def test_media_that_report_keep_the_story_country(nlp: object) -> None:
    actors = actors_of(PAKISTAN + "Local media reported that the train was freed.")
    assert actor_with(actors, "Local media").country == "PAK"
