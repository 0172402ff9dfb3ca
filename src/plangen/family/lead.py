"""The worker a family version sends the reader to, by role and name: "your family
support worker, Sian Morgan" in an Early Help plan led by a family support worker,
"your social worker, Olivia Grant" in a plan a social worker leads.

A family version never assumes a social worker (reader 32: an Early Help Child's Plan
led by a family support worker told the family to ask "your social worker", whom
they do not have). The lead professional is the one asked; where the plan names
none, a social worker in the core group; else "your lead worker".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from plangen.family.cells import lower_words
from plangen.family.plain import Glossary
from plangen.model import CorePerson, Plan

# what a copy prints for a name it holds back (plangen.family.held_words.NAME)
NAME_NOT_GIVEN = "Name not given"
# the words of a role that say it leads, not what the worker is ("Lead Professional -
# Family Support Worker", "Lead professional (Named Person)")
_LEADS = re.compile(r"\blead\s+professional\b\s*[-–:/]?\s*|\blead\s+", re.I)


@dataclass(frozen=True)
class LeadWorker:
    """Who the family asks: ``role`` ("your family support worker") and ``name``
    ("Sian Morgan", "" where the plan gives none or the copy holds it back)."""

    role: str = "your lead worker"
    name: str = ""

    @property
    def named(self) -> str:
        """ "your family support worker, Sian Morgan" (in a sentence, a comma after it)."""
        return f"{self.role}, {self.name}" if self.name else self.role

    def talker(self, *, start: bool = False) -> str:
        """As a sentence's subject: "Nadia Ford, your social worker," or, with no name to
        give, the role once, never a blank where a name was (reader 32, plan 165: "One
        part of the plan is not included in this copy., your lead worker, will talk to
        you"); ``start``: with a capital, to begin a sentence."""
        said = f"{self.name}, {self.role}," if self.name else self.role
        return said[:1].upper() + said[1:] if start else said


def lead_worker(
    plan: Plan, words: Glossary | None = None, unnamed: Sequence[str] = ()
) -> LeadWorker:
    """The plan's lead professional as the family calls them (module doc); ``words``:
    the glossary, for a role written as jargon ("FSW"); ``unnamed``: names this copy
    holds back (the lead is then said by role alone)."""
    lead = next((p for p in plan.core_group if p.lead_professional), None)
    if lead is None:
        lead = next((p for p in plan.core_group if _is_social_worker(p)), None)
    if lead is None:
        return LeadWorker()
    role = re.sub(r"\s*\([^()]*\)", "", lead.role)  # "(main worker)"
    role = _LEADS.sub("", words.plain(role) if words is not None else role).strip(" -–,:/")
    held = (
        not lead.name
        or lead.name.startswith("[")
        or lead.name in unnamed
        or lead.name == NAME_NOT_GIVEN
        or not any(c.isalpha() for c in lead.name)
    )
    name = "" if held else lead.name
    # a role of practice words ("Specialist Safeguarding Nurse") is no plain way to say
    # who to ask: "your lead worker, Olivia Grant"
    jargon = words is not None and bool(words.terms_in(role))
    if jargon or not re.search(r"[A-Za-z]", role):
        return LeadWorker(name=name)
    return LeadWorker(f"your {lower_words(role)}", name)


def _is_social_worker(person: CorePerson) -> bool:
    return re.search(r"\bsocial\s+worker\b", person.role, re.I) is not None


# where nothing is known of the plan: "your lead worker"
ANY_LEAD = LeadWorker()
