"""Event confidence: a score from the evidence an event rests on, higher meaning more precise.

Features: how sure the trigger lemma is (the lexicon weight), whether the actor was found and
how directly (own subject vs inherited through control or coordination), whether the actor has
a country, whether a recipient was found, and the modality.  The weights were set on the VOA
even-id stories so that precision rises with confidence (see ``dateline eval events``).
"""

from __future__ import annotations

from .arguments import Arguments
from .predicates import Predicate, lemma_of

NO_ACTOR = 0.45
INHERITED_ACTOR = 0.85
# An actor or recipient with no country almost never matched on the VOA even-id stories (1 of 6
# actors, 0 of 4 recipients among candidates from 0.25): a coded event needs its country.
ACTOR_WITHOUT_COUNTRY = 0.5
# On the VOA even-id stories an event with a coded recipient was right 57% of the time, one
# without a recipient 18% (most gold events have one): the recipient is the strongest signal.
WITH_RECIPIENT = 1.15
RECIPIENT_WITHOUT_COUNTRY = 0.5
NO_RECIPIENT = 0.5
# Types whose events often have no target ("Beijing has rejected the arbitral ruling", "Tens of
# thousands of Sudanese began protesting"): in the VOA even-id gold, 41% of REJECT, 56% of
# SUPPORT and 26% of REQUEST events have no recipient country, ~10% of ASSAULT and ACCUSE.
# AGREE with no recipient ("the company has pledged to ...", "some told VOA they agree with the
# removal") matched none of 3 candidates on VOA even: it keeps the default.
NO_RECIPIENT_BY_TYPE = {"PROTEST": 0.9, "MOBILIZE": 0.9, "REJECT": 0.75, "SUPPORT": 0.75,
                        "CONCEDE": 0.75, "REQUEST": 0.6}
# A denial answers a charge and seldom names the accuser: "Gachagua denied all the charges",
# "Afghan Taliban routinely deny providing sanctuary" (VOA 7846440, 8007760) have no recipient.
DENIALS = {"deny"}
NOMINAL = 0.85
# No core event of the VOA gold is hypothetical and few are planned: coders code what happened.
HYPOTHETICAL = 0.45
PLANNED = 0.6
NEGATED = 0.6
# "more than 2.8 million Chinese tourists visited Vietnam" (VOA 6203336): a visit is a CONSULT
# when officials or organizations make it; travellers (no sector, or civilians) are tourism.
PRIVATE_VISIT = 0.3


def score(pred: Predicate, args: Arguments, has_country: bool, modality: str,
          negated: bool, recipient_country: bool = True) -> float:
    s = pred.entry.weight
    if not args.actors:
        s *= NO_ACTOR
    else:
        if args.actor_path == 2:
            s *= INHERITED_ACTOR
        if not has_country:
            s *= ACTOR_WITHOUT_COUNTRY
    if args.recipients and not args.reciprocal:
        s *= WITH_RECIPIENT if recipient_country else RECIPIENT_WITHOUT_COUNTRY
    elif not args.recipients and lemma_of(pred.head) not in DENIALS:
        s *= NO_RECIPIENT_BY_TYPE.get(pred.type, NO_RECIPIENT)
    if pred.nominal:
        s *= NOMINAL
    if modality == "hypothetical":
        s *= HYPOTHETICAL
    elif modality == "planned":
        s *= PLANNED
    if negated:
        s *= NEGATED
    return round(min(s, 0.99), 3)
