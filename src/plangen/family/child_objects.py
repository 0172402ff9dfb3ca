"""The child named just after a verb that takes a person as its object is "me", never
"I": "he gives Mia vapes and money" is "he gives me vapes", not "he gives I vape" (a
held-out reader, stop 32, plan 171: the name and the noun after it read as a subject and
its verb); "keep Shannon updated" is "keep me updated", not "keep I updated"."""

from __future__ import annotations

import re

# verbs whose object is a person, in every form a plan writes them
_TAKES_A_PERSON = (
    r"keep|keeps|keeping|kept|leave|leaves|left|give|gives|giving|gave|given|"
    r"buy|buys|buying|bought|send|sends|sending|sent|offer|offers|offering|offered|"
    r"pay|pays|paying|paid|lend|lends|lent|show|shows|showed|shown|tell|tells|told|"
    r"teach|teaches|taught|promise|promises|promised|bring|brings|brought|"
    r"owe|owes|owed|pressure|pressures|pressured|push|pushes|pushed|groom|grooms|groomed|"
    r"let|lets|make|makes|made|get|gets|got|take|takes|took|drive|drives|drove"
)


def objects_as_me(text: str, child: str) -> str:
    """``text`` with the child (``child``: an alternation of the child's names) after a
    verb that takes a person said as "me"."""
    return re.sub(rf"\b((?i:{_TAKES_A_PERSON})\s+)(?:{child})\b(?!['’])", r"\1me", text)
