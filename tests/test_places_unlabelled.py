"""Place names the small model tags as no entity at all are found where the syntax locates them
and the gazetteer knows them (``places.candidates._add_unlabelled_names``)."""

from __future__ import annotations

import dateline


def places(text: str) -> list[tuple[str, str | None]]:
    art = dateline.extract(text, published="2025-02-03")
    return [(p.text, p.country) for p in art.places]


def test_fronted_locative_name_without_entity_is_a_place() -> None:
    text = "In Kyiv, Zelenskyy met the German chancellor on Monday."
    art = dateline.extract(text, published="2025-02-03")
    assert not any(e.text == "Kyiv" for e in art.entities)  # the model's miss this rule mends
    assert places(text) == [("Kyiv", "UKR")]


def test_unlabelled_name_needs_a_locative_and_the_gazetteer() -> None:
    # the entity rules are taken out of play by clearing the model's entities: what is left is
    # this rule alone
    from dateline.places import gazetteer, notable
    from dateline.places.candidates import find_toponyms

    art = dateline.extract("The minister flew to Kyiv on Tuesday. Zzyzxton flew to Kyiv. "
                           "He flew to Zzyzxton.", published="2025-02-03")
    art.entities = []
    art.doc.ents = []
    found = [t.text for t in find_toponyms(art, notable(gazetteer()))]
    # "Kyiv" after "to" twice; "Zzyzxton" is no gazetteer name, and a subject is not located
    assert found == ["Kyiv", "Kyiv"]
