"""The owner a possessive pronoun names: "people in the Philippines want their government to
step up opposition" — a state body or envoy whose possessor is "its"/"their" takes the
country of the pronoun's antecedent (the coreference cluster the pronoun joined), not the
nearest country name."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .coref import Cluster

if TYPE_CHECKING:
    from spacy.tokens import Doc

# the possessed heads a state owns: its government, forces, envoys ("its ambassador")
STATE_OWNED = {"government", "military", "army", "navy", "forces", "force", "troops",
               "police", "parliament", "ministry", "ministries", "authorities", "leaders",
               "leadership", "officials", "ambassador", "envoy", "embassy", "diplomats"}
OWNER_PRONOUNS = {"its", "their"}


def fill_pronoun_owner(clusters: list[Cluster], doc: "Doc") -> None:
    """A state body without a country whose possessor is "its"/"their" takes the country of
    the pronoun's antecedent: the cluster the pronoun was joined to ("people in the
    Philippines want their government …", VOA 6181504, even judged row PHL)."""
    owners = {m.head: c for c in clusters for m in c.mentions if m.kind == "pronoun"}
    for c in clusters:
        if c.country() is not None:
            continue
        for m in c.named:
            h = doc[m.head]
            if h.lower_ not in STATE_OWNED:
                continue
            poss = next((t for t in h.children
                         if t.dep_ == "poss" and t.lower_ in OWNER_PRONOUNS), None)
            if poss is None:
                continue
            owner = owners.get(poss.i)
            if owner is not None and owner is not c:
                m.country = owner.country()

