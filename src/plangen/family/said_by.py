"""Whose views the family version's "What ... said" section holds, for its heading.

The heading names the people whose words the section gives ("What Anna, Piotr and
Halina said"), from the family members the views name, in the order they speak; the
reader of a named copy is "you".  Where the views name nobody ("You agree with the
plan"), the heading is the family data's wording for the parents ("What you said").
The wordings are data (``data/family.toml``, ``[headings]``), so a council can change
them; the family template prints ``family_views_heading``, and ``child_views_heading``
over the child's own ("How Ava-Rose is" for a baby, who said nothing).
"""

from __future__ import annotations

import re
from functools import cache

from plangen.family.household import Household
from plangen.family.split import inside_marks
from plangen.family.verbs import family_data, verbs


@cache
def _headings() -> dict[str, str]:
    said = family_data().get("headings", {})
    assert isinstance(said, dict)
    return {
        "named": str(said.get("family_views", "What {who} said")),
        "unnamed": str(said.get("family_views_unnamed", "What you said")),
        "child": str(said.get("child_views", "What {child} said")),
        "unspoken": str(said.get("child_views_unspoken", "How {child} is")),
    }


def child_views_heading(views: str, who: Household) -> str:
    """The heading over the child's views: "What Leo said"; for a baby or a toddler who
    said nothing ("Ava-Rose is 4 months old. She was observed ...", held-out plan 133;
    "too young to give his views"), "How Ava-Rose is"."""
    young = who.age is not None and who.age < 2
    # brothers and sisters ("Tyler said ...; Mia is too young to say"): what they said
    unspoken = not who.siblings and (young or _TOO_YOUNG.search(views))
    if who.reader is not None and who.reader.young:  # her own copy: "What you said"
        return _headings()["unnamed"]
    return _headings()["unspoken" if unspoken else "child"].format(child=who.child)


_TOO_YOUNG = re.compile(r"\btoo young to\b|\bpre-?verbal\b", re.I)


# a name as the subject of a verb: "Anna said", "Jordan (Dad) feels", "Piotr will";
# never a name only spoken of ("would like her mum Sharon to be invited")
_VERB = (
    r"(?:said|told|thought|felt|knew|spoke|found|would|will|is|was|has|had|does|did|can|"
    r"cannot|could|[a-z]{2,}(?:[^su'’\s]s|ed))\b"
)
_SPEAKS = rf"(?:\s+\([^()]*\))?\s+(?:also\s+|now\s+|still\s+)?{_VERB}"


def _speaking(name: str) -> str:
    """``name`` as a speaker: the subject of a verb, alone or one of two ("Aisha and
    Imran love Zain": the verb in its plain form)."""
    plain = "|".join(sorted(verbs(), key=lambda w: (-len(w), w)))
    verb = rf"\s+(?:also\s+|both\s+)?(?:are|were|have|(?:{plain})\b|{_VERB})"
    other = r"[A-Z][\w'’-]*"
    return (
        # "Rania: she is 'not going back'": the worker's note of who said it
        rf"(?:^|(?<=[.!?]\s))(?:{name}):\s"
        rf"|\b(?:{name})\b{_SPEAKS}"
        rf"|\b(?:{name})\s+(?:and|&)\s+{other}{verb}"
        rf"|\b{other}\s+(?:and|&)\s+(?:{name})\b{verb}"
    )


def views_heading(views: str, who: Household) -> str:
    """The heading over the family's views: who said them, as the version calls them."""
    inside = inside_marks(views)
    first_said: dict[str, int] = {}  # each family member who speaks -> where first named
    for relative in who.relatives:
        for name in (n for n in (relative.name, relative.first, relative.called) if n):
            at = next(
                (
                    m.start()
                    for m in re.finditer(_speaking(re.escape(name)), views)
                    if not inside[m.start()]
                ),
                None,
            )
            if at is not None:
                you = who.reader is not None and relative.name == who.reader.name
                first_said.setdefault("you" if you else relative.first, at)
                break
    if who.reader is not None and not who.reader.young:  # "Kirsty said" -> "You said"
        # "You agree ...", "You are committed ...": her turned words take the plain verb
        # (held-out plan 134: "What Shona and Darren said" over Isobel's own words)
        plain = "|".join(sorted(verbs(), key=lambda w: (-len(w), w)))
        spoke = re.search(
            rf"{_speaking('You|you')}|\b[Yy]ou\s+(?:also\s+|still\s+|now\s+)?"
            rf"(?:are|were|have|(?:{plain}))\b",
            views,
        )
        if spoke and not inside[spoke.start()]:
            first_said.setdefault("you", spoke.start())
    # the reader first ("What you and Dean said"), the others in the order they speak
    names = sorted(first_said, key=lambda n: (n != "you", first_said[n]))
    if not names:  # "You agree with the plan": the parents, said as "you"
        return _headings()["unnamed"]
    listed = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
    return _headings()["named"].format(who=listed)
