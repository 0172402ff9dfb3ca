"""How a helper's role is said in the child's version: whose worker they are ("my
social worker", "Dad's probation officer"), where they work when the role is a team or a
field ("DS Oakes works in the exploitation hub"), and never a job title eaten by a
plain-word swap ("Becky is my being tricked or forced into sexual acts", reader29)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from plangen.family.child_who import child_data
from plangen.family.context import lower_words
from plangen.family.plain import Glossary
from plangen.family.voice import Household, is_name


@lru_cache(maxsize=4096)  # asked for each helper, and again for the names
def whose_role(role: str, words: Glossary, who: Household) -> str:
    """ "my social worker"; "Dad's probation officer" for "Probation Officer (for Carl)";
    "helping me" when there is no role."""
    if not role:
        return "helping me"
    whose = "my"
    # "(for Carl)", or "for Stacey" ending the role: someone else's worker
    # "Social Worker for Carys (adults)": the bracket after the name is the team's
    if match := re.search(r"\(for ([^)]+)\)|\bfor ((?:[A-Z][\w'’-]*\s*)+)(?:\([^)]*\)\s*)?$", role):
        name = (match.group(1) or match.group(2)).strip()
        named = next((r for r in who.relatives if name in (r.first, r.name)), None)
        if name in (who.child, *who.child_names):
            whose = "my"  # "Independent Advocate (for Shannon)" in Shannon's own version
        else:
            whose = f"{named.called or named.first}'s" if named else f"{name}'s"
        role = role[: match.start()].strip()
    # the job title in lower case first, so a Title Case word is not taken for a name
    # ("Paediatric Physiotherapist" -> "children's physiotherapist"); names keep theirs
    main = re.split(r"\s+[-–(/]|,", role)[0].strip()
    written = lower_words(main, keep=lambda word: is_name(word, who))
    said = words.plain(written)
    # a glossary phrase glued before the job ("being used by others worker"): the
    # job as written, which the words box explains
    if re.search(
        r"\b(?:others|by|of|to|for|from) (?:worker|officer|practitioner|lead|manager)\b", said
    ):
        said = written
    if said[1:2].islower() and not is_name(said.split(" ", 1)[0], who):
        said = said[:1].lower() + said[1:]  # "Teacher in charge of ..." from the glossary
    if said != written or not re.search(rf"\b{_JOB}\b", said):
        # a plain-word swap inside a job title (the reader29 chair: "Becky is my being
        # tricked or forced into sexual acts", "Olivia is my main worker social worker"):
        # the last job it names, or what the worker does, in words a child understands
        if twice := re.fullmatch(rf".*?\b{_JOB}\s+(.+\b{_JOB})", said):
            said = twice.group(1)
        elif not re.search(rf"\b{_JOB}\b", said) and not _is_field(said):
            return SAFE
    known = child_data()["child_roles"]
    assert isinstance(known, dict)
    return f"{whose} {known.get(said.lower(), said)}"


SAFE = "a worker who helps keep me safe"

# "Probation Practitioner (Craig Booth's offender manager)": whose worker, by name
_WHOSE = re.compile(
    r"\(([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)['’]s (?:[\w-]+ )?(?:offender manager|"
    r"probation officer|worker|key ?worker|case ?worker|officer|practitioner|supervisor)\)"
)


def outsiders_worker(role: str, who: Household) -> str:
    """The person outside the family a worker works with, when their role names one
    ("Probation Practitioner (Craig Booth's offender manager)": "Craig Booth"), else "".
    Such a worker is not the child's helper, nor a family member's: the reader30 chair
    read "Mark is Mum's probation worker", which told a 4-year-old his mother was on
    probation."""
    family = {n for r in who.relatives for n in (r.name, r.first, r.called) if n}
    family |= {who.child, *who.child_names}
    for match in _WHOSE.finditer(role):
        name = match.group(1)
        if name not in family and name.split()[0] not in family:
            return name
    return ""


# the words a job title ends with: a plain-word swap that leaves none has eaten the job
_JOB = (
    r"(?:worker|officer|nurse|visitor|teacher|practitioner|lead|manager|co-?ordinator|"
    r"therapist|head ?teacher|carer|psychologist|midwife|doctor|GP|paediatrician|adviser|"
    r"advisor|caseworker|constable|mentor|facilitator|advocate|physiotherapist|dietitian|"
    r"clinician|coach|assessor|specialist|sergeant|assistant|counsell?or|tutor|leader|"
    r"head|SENCo|police|helper|friend|guardian)"
)


def _is_field(said: str) -> bool:
    """A role said as a field or a team ("careers", "the exploitation hub")."""
    fields = child_data()["role_fields"]
    assert isinstance(fields, dict)
    return said.lower() in fields or bool(_team_head().search(said))


_TEAM = re.compile(r"(?:[\w' ]+['’]s|my) (.*\b(?:unit|team|service|department))")


def introduced(first: str, role: str) -> str:
    """ "Karen is my school nurse."; a role that is a team, a service or a field of work
    is where they work ("PC Grieve works in the abuse at home investigation unit", "DS
    Oakes works in the exploitation hub", "Becca works in careers"), never "is my
    family's ... unit" or "is my careers" (``child.toml`` "team_heads", "role_fields")."""
    if re.match(r"(?:PC|DC|DS|DI|PCSO|Sgt|Insp)\b", first) and (
        role == SAFE or role.endswith("constable")
    ):  # "DC Reid is my detective constable": a child knows the police
        return f"{first} is a police officer who helps keep me safe."
    if team := _TEAM.fullmatch(role):
        return f"{first} works in the {team.group(1)}."
    what = re.sub(r"^(?:[\w' ]+['’]s|my) ", "", role)
    # the role's head, before what it is said to do ("team that helps young people")
    head = re.split(r"\s+(?:that|who|which|for|with|to|of|at|in|on)\b", what, maxsplit=1)[0].strip()
    fields = child_data()["role_fields"]
    assert isinstance(fields, dict)
    if field := fields.get(head.lower()):
        return f"{first} {field}."
    if _team_head().search(head):
        return f"{first} works in the {what}."
    return f"{first} is {role}."


@cache
def _team_head() -> re.Pattern[str]:
    heads = child_data()["team_heads"]
    assert isinstance(heads, list)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, heads))})$", re.I)
