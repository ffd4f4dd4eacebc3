"""The agent table built from the NGEC-2025 and Phoenix agent files (scripts/build_agents.py)."""

from dateline.actors import lexicon


def test_braced_plurals_are_phrases_of_their_own():
    # The source files write an irregular plural in braces ("court of appeals {courts of
    # appeals} [~JUD]"); kept in the key, neither form ever matched a text.
    table = lexicon.agents()
    assert not [phrase for phrase in table if "{" in phrase or "}" in phrase]
    assert table["court of appeals"] == table["courts of appeals"] == "JUD"
    assert table["cattle thieves"] == "CRM"
