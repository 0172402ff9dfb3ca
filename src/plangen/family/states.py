"""How a person is, noted in a worry with no verb ("Karen worried and unsure what to
do"), said with its verb.  Split from :mod:`plangen.family.worries`."""

from __future__ import annotations

import re

from plangen.family.voice import Household

# how a person is, noted with no verb: "Karen worried and unsure what to do", "Mason
# tired in school" (a sentence of a worry that starts with a plan's name)
_STATES = (
    r"worried|upset|frightened|scared|tired|anxious|unsure|isolated|angry|withdrawn|hungry|"
    r"confused|distressed|unhappy|lonely|exhausted|overwhelmed|afraid|sad|quiet"
)


def state_said(text: str, who: Household) -> str:
    """ "Karen worried and unsure what to do." -> "Karen is worried and unsure ..."."""
    names = {*who.child_names, *(n for r in who.relatives for n in (r.first, r.called) if n)}
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    if not alternatives:
        return text
    return re.sub(rf"(?:^|(?<=[.!?;] ))({alternatives}|You) ({_STATES})\b", _is_said, text)


def _is_said(match: re.Match[str]) -> str:
    return f"{match.group(1)} {'are' if match.group(1) == 'You' else 'is'} {match.group(2)}"
