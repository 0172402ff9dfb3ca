"""Who the child's version is for: whether one is made at all, the child's age band,
and whose worker each professional is.

Decisions (see the README's "The child's version"):

- No child's version for an unborn baby, or for a child under 4: there is no one who
  could read it or be told what it is for.  The command still succeeds and says why.
- A plan written for two or more children together ("Tyler Hale and Mia Hale") gets
  no shared version: "My plan" speaks as one child.  Each child whose own views and
  outcomes can be told apart by name gets their own (:mod:`plangen.family.
  child_siblings`); none where they cannot, and the note says why.
- Age bands: under 8, 8 to 12, 13 and over.  A child whose plan says they do not use
  words (PECS, Makaton, non-verbal, limited speech) is spoken for as the youngest band,
  and the worker is asked for a picture version.
"""

from __future__ import annotations

import re
import tomllib
from enum import Enum
from functools import cache
from importlib import resources

from plangen.family.voice import Household
from plangen.model import CorePerson, Plan

YOUNGEST = 4  # years: a younger child gets no written version of their own


class Band(Enum):
    """How the child's version is pitched."""

    YOUNG = "under 8"
    MIDDLE = "8 to 12"
    TEEN = "13 and over"


@cache
def child_data() -> dict[str, object]:
    text = resources.files("plangen.data").joinpath("child.toml").read_text("utf-8")
    return tomllib.loads(text)


@cache
def listed(name: str) -> re.Pattern[str]:
    """One pattern for a list of ``child.toml``: any of its patterns."""
    patterns = child_data()[name]
    assert isinstance(patterns, list)
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


def children_named(name: str) -> list[str]:
    """The children a plan is for, from the child's name: "Tyler Hale and Mia Hale"."""
    return [part for part in re.split(r"\s+(?:and|&)\s+|\s*,\s*", name) if part.strip()]


def no_version_reason(plan: Plan, age: int | None) -> str:
    """Why no child's version is made for ``plan`` (empty: one is made)."""
    child = plan.child
    if re.match(r"unborn\b", child.name, re.I) or re.match(r"unborn\b", child.known_as or "", re.I):
        return "the baby is not born yet"
    if child.due_date is not None:  # an expected date of delivery: not born yet
        return "the baby is not born yet"
    if len(children_named(child.name)) > 1:
        return (
            "the plan is for more than one child, and a child's version speaks as one "
            "child: write a plan for each child to get each one's own version"
        )
    if age is not None and age < YOUNGEST:
        return (
            f"the child is under {YOUNGEST}, too young to read it or be told what it is "
            "for; go through the family version with the parents, and agree with them "
            "how to share it with the child through play, pictures and everyday routines"
        )
    return ""


def uses_words(plan: Plan) -> bool:
    """Whether the plan says the child gives their views in words."""
    about = " ".join([plan.child_views, *(r.risk_factor for r in plan.risks)])
    return not listed("without_words").search(about)


def band(who: Household, plan: Plan) -> Band:
    """The child's age band; a child who does not use words is spoken for as the youngest."""
    if not uses_words(plan) or (who.age is not None and who.age < 8):
        return Band.YOUNG
    if who.age is not None and who.age >= 13:
        return Band.TEEN
    return Band.MIDDLE


def adults_worker(person: CorePerson, plan: Plan | None = None) -> bool:
    """A worker whose work is with an adult (Mum's nurse, Dad's group), not the child.
    A young people's service is the child's own (the reader32 chair read "Jess is my
    family's young people's drug worker" in Tia's version, for her own worker), and so
    is a midwife where the plan says the young person herself is pregnant."""
    job = f"{person.role} {person.agency}"
    if plan is not None and _MATERNITY.search(job) and _expecting(plan):
        return False
    return bool(listed("adult_roles").search(job)) and not _YOUNG_PEOPLES.search(job)


_MATERNITY = re.compile(r"\b(?:midwi\w+|antenatal|maternity|perinatal)\b", re.I)


def _expecting(plan: Plan) -> bool:
    """Whether the plan says the child is pregnant ("Tia is 24 weeks pregnant")."""
    names = {plan.child.first_name, plan.child.known_as or plan.child.first_name} - {""}
    if not names:
        return False
    text = " ".join(f"{r.risk_factor}. {r.risk_to_child}." for r in plan.risks)
    named = "|".join(map(re.escape, names))
    return bool(
        re.search(rf"\b(?:{named})\b(?: is| was|, who is)? [^.;]{{0,30}}\bpregnant\b", text)
    )


_YOUNG_PEOPLES = re.compile(r"\b(?:young (?:people|person)['’]?s?|youth|teen(?:age)?)\b", re.I)


def whose(person: CorePerson, plan: Plan, who: Household) -> str:
    """Whose worker an adults' worker is, as the child says it: "Mum's", "Dad's", or
    "Mum and Dad's", from the family members named in their actions and role."""
    said = [person.role]
    # a name kept from a reader is the same marker for everyone kept ("[name not
    # shared]"): where two share it, another's actions never say whose worker this one
    # is (the reader32 chair: Mum's IDVA read as "Dad has a worker ...", from the
    # school's action)
    mine = sum(p.name == person.name for p in plan.core_group) == 1
    for outcome in plan.outcomes:
        for action in outcome.actions:
            if mine and person.name in action.responsible:
                said += [action.text, *action.responsible]
    # the worker's own name is not a family member's ("Aileen Ross", where the child's
    # dad is Ross: the reader30 chair read "Aileen is Dad's abuse recovery worker")
    text = " ".join(said).replace(person.name, " ")
    found = []
    for relative in who.relatives:
        if relative.called and re.search(
            rf"\b(?:{re.escape(relative.first)}|{re.escape(relative.called)})\b", text
        ):
            found.append(relative.called)
    found = list(dict.fromkeys(found))
    if len(found) == 1:
        return f"{found[0]}'s"
    if re.search(r"\bparents?\b", text, re.I) or len(found) > 1:
        return f"{who.parents_as_child_says}'s" if who.relatives else "my family's"
    return "my family's"


# what the plan says about how the child reads: another language, or easy-read
_LANGUAGE = re.compile(
    r"\b(?:speaks|first language is|home language is)\s+(?:only\s+)?(?!English\b)([A-Z][a-z]+)\b"
    r"|\b(?!English\b)([A-Z][a-z]+)[- ](?:speaking\s+)?interpreter\b"
)
_NOT_YET_ENGLISH = re.compile(
    r"\binterpreter\b|\b(?:little|limited|no|learning|new to)\s+English\b|\bEAL\b", re.I
)
_EASY_READ = re.compile(
    r"\beasy[- ]read\b|\blearning disabilit|\blearning difficult|\bcannot read\b|"
    r"\bcan't read\b|\bsymbols? to read\b",
    re.I,
)


def reading_need(plan: Plan, names: tuple[str, ...]) -> str:
    """What the child's version needs before the child gets it, where the plan says
    the child reads another language or needs easy-read: "translated into Arabic",
    "made easy-read"; "" when it says neither.  Read from the sentences about the child
    (naming them, or "He"/"She" after such a sentence)."""
    named = re.compile(rf"\b(?:{'|'.join(re.escape(n) for n in names)})\b")
    texts = [plan.child_views, *(f"{r.risk_factor}. {r.risk_to_child}" for r in plan.risks)]
    about: list[str] = []
    for text in texts:
        still = False
        for sentence in re.split(r"(?<=[.;!?])\s+", text):
            still = bool(named.search(sentence)) or (still and bool(_HE_SHE.match(sentence)))
            if still:
                about.append(sentence)
    said = " ".join(about)
    needs = []
    language = next((m.group(1) or m.group(2) for m in _LANGUAGE.finditer(said)), None)
    if language and _NOT_YET_ENGLISH.search(said):
        needs.append(f"translated into {language} (or read with the child by an interpreter)")
    if _EASY_READ.search(said):
        needs.append("made easy-read")
    return " and ".join(needs)


_HE_SHE = re.compile(r"(?:He|She|They)\b")
