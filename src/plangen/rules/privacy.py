"""PLAN-21: a withheld detail written into the plan's free text.

plangen takes it out of every copy the person it is withheld from receives; the
worker should still reword the text, so that the plan reads well without it.

Also the note (not a finding) that family members' contact details are kept on the
case record and not printed: :func:`contacts_kept`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from plangen.model import Plan, Withholding
from plangen.privacy.contacts import CONTACT_DETAILS, family_contacts
from plangen.privacy.holding import held_back
from plangen.privacy.locating import People, kept_readers, kept_whereabouts
from plangen.privacy.match import Hit, Matcher, squash
from plangen.privacy.names import is_family
from plangen.privacy.withheld import (
    NAME_OF_PLACE,
    OF_PLACE,
    member,
    secrets_of,
    text_slots,
    texts_of,
    with_names_of_places,
    withheld_places,
    work_names,
)
from plangen.rules.base import Context, Flag, rule
from plangen.rules.findings import Finding, Place, Severity
from plangen.rules.pointer import pointer


@rule(
    "PLAN-21",
    Severity.WEAKNESS,
    "DPA 2018 sch. 3; safeguarding practice in domestic abuse",
    "free text that holds a detail withheld from a core-group member",
)
def withheld_in_text(plan: Plan, context: Context) -> Iterator[Flag]:
    if not plan.confidential:
        return
    yield from _withheld_whole(plan)
    yield from _locating(plan)
    items = with_names_of_places(plan, plan.confidential)
    yield from _names_of_places(plan, items)
    matcher = Matcher(secrets_of(plan, items), protected=work_names(plan, items))
    # a family member's own contact details are printed in no copy, whoever they are
    # withheld from: nothing for the worker to reword (the note says so once)
    never = Matcher(family_contacts(plan))
    own = withheld_places(plan)
    for place, text in texts_of(plan):
        if any(place[: len(prefix)] == prefix for prefix in own):
            continue
        hits = _printed(matcher.find(text), never.find(text))
        if _said_once(place):
            hits = [hit for hit in hits if not hit.secret.label.endswith(OF_PLACE)]
        if not hits:
            continue
        what = sorted({_whose(matcher, text, hit) for hit in hits})
        if place[0] in _PLACES_OF_WORK_OR_MEETING and all(
            _DISTRICT.fullmatch(text[hit.start : hit.end].replace(" ", "")) for hit in hits
        ):
            yield _same_district(place, what)
            continue
        yield (
            Place(place),
            f"This text holds {' and '.join(what)}, withheld from someone in the core group; "
            "it is taken out of every copy that person gets.",
            # a name in a person-responsible cell cannot be reworded, only replaced
            'Write the role instead of the name ("school DSL", "nursery key person"), so '
            "every member knows who does it."
            if place[-1] == "responsible" or (len(place) > 1 and place[-2] == "responsible")
            else "Reword this text without the withheld detail, so the plan reads well for "
            "everyone who receives it.",
        )


# What a withheld detail is, said without whose it is
_KIND_SAID = {
    "address": "a withheld address",
    "phone": "a withheld phone number",
    "email": "a withheld e-mail address",
    "date": "a withheld date",
    "name": "a withheld name",
    "agency": "a withheld agency",
}


def _whose(matcher: Matcher, text: str, hit: Hit) -> str:
    """Whose detail the words found are: the hit's label ("Amy Harris's address"), with
    the others' when the same detail is theirs too (a mother and child at one address);
    the kind alone ("a withheld address") when the words are part of different people's
    details (a street both addresses share, a town): issue 14, stop 29, a worker told
    the wrong name rewords the wrong thing."""
    found = squash(text[hit.start : hit.end])
    holders = [
        secret for secret in matcher.secrets if any(form.squashed == found for form in secret.forms)
    ]
    if all(secret.forms == hit.secret.forms for secret in holders):
        labels = [hit.secret.label]
        labels += [s.label for s in holders if s.label not in labels]
        return " and ".join(labels)
    return _KIND_SAID.get(hit.secret.kind, "withheld details")


# a postcode's outward code alone ("LS6"): its district
_DISTRICT = re.compile(r"[A-Za-z]{1,2}\d[A-Za-z\d]?")
_PLACES_OF_WORK_OR_MEETING = ("core_group", "next_core_group", "next_review")


def _same_district(place: tuple[str | int, ...], what: list[str]) -> tuple[Place, str, str]:
    """A text (an office's, a school's, a GP's address; a meeting place) in the postcode
    district of a withheld address: it says the area they live in, so it is held back;
    the worker is told why, never the district."""
    return (
        Place(place),
        f"This is in the same postcode district as {' and '.join(what)}, withheld from "
        "someone in the core group: it would tell them the area to look in, so every copy "
        "that person gets, this one and the formal plan too, holds the place back and "
        'keeps only what it is ("the school", "the GP surgery").',
        "Nothing to change if the place need not be shared; if it must be, tell those "
        "who may know it separately.",
    )


def _printed(hits: list[Hit], unprinted: list[Hit]) -> list[Hit]:
    """``hits`` less those inside a detail no copy prints (``unprinted``)."""
    return [
        hit
        for hit in hits
        if not any(other.start <= hit.start and hit.end <= other.end for other in unprinted)
    ]


def _said_once(place: tuple[object, ...]) -> bool:
    """A name whose agency is withheld, where :func:`_names_of_places` says it once for
    the whole plan: the person's own row, a person-responsible cell."""
    return place[0] == "core_group" or "responsible" in place


def _names_of_places(plan: Plan, items: list[Withholding]) -> Iterator[tuple[Place, str, str]]:
    """A professional whose agency is withheld: their name leads to it, so plangen keeps
    it from the same people; the formal plan, which they may receive, says them by role."""
    for item in items:
        if item.detail != NAME_OF_PLACE:
            continue
        index, _ = member(plan, item.about)
        yield (
            Place(("core_group", index)),
            "This member's agency is withheld, and a name leads to a school or a "
            "service as surely (staff are listed on its website): the name is left "
            "out of the family copies of everyone the agency is withheld from, and the "
            "formal plan and review copy give them by role.",
            "Check the text for colleagues at the same place named with no role beside "
            "them (a name written with its role in brackets is said by role).",
        )


def _withheld_whole(plan: Plan) -> Iterator[tuple[Place, str, str]]:
    """An action or a core-group member withheld whole from someone in the core group:
    every core-group copy shows a row of "Held on the case record", with no person,
    frequency or timescale, so the group cannot see the work exists or who does it."""
    for place in sorted(withheld_places(plan), key=str):
        item = next(
            (i for i in plan.confidential if i.withheld_from and _place_of(plan, i) == place),
            None,
        )
        if item is None:
            continue
        if place[0] == "risks" and len(place) == 6:
            yield (
                Place(place),
                "This action is withheld whole from someone in the core group, so every "
                'core-group copy shows only "Held on the case record", with no person, '
                "frequency or timescale.",
                "Reword it so it can be shared (the kind of support, the worker's role, how "
                "often, by when) and withhold only the detail that must not be seen.",
            )
        elif place[0] == "core_group" and len(place) == 2:
            yield (
                Place(place),
                "This core-group member is withheld whole from someone in the core group, so "
                "the others cannot see who they are or what they do.",
                'Give their role ("specialist domestic abuse worker") and withhold only their '
                "name and contact details (and their agency if it shows where someone is).",
            )


def _place_of(plan: Plan, item: Withholding) -> tuple[object, ...] | None:
    """The place a withholding covers, as :func:`withheld_places` gives it."""
    places = withheld_places(plan.model_copy(update={"confidential": [item]}))
    return next(iter(places), None)


def contacts_kept(plan: Plan) -> list[Finding]:
    """Once a plan, where the intake gives a family member's address, e-mail or phone: a
    note to the worker that plangen keeps them on the case record (the plan's ``.json``)
    and prints them in no copy (:mod:`plangen.privacy.contacts`).  Nothing to change,
    so a note, never a weakness."""
    given = [
        (index, person)
        for index, person in enumerate(plan.core_group)
        if is_family(person) and any(getattr(person, d).strip() for d in CONTACT_DETAILS)
    ]
    if not given:
        return []
    names = [person.name for _, person in given]
    said = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return [
        Finding(
            "NOTE",
            Severity.NOTE,
            Place(("core_group", given[0][0])),
            f"The intake gives the contact details of {said}. A family member's own "
            "address, e-mail and phone are kept on the case record and not printed in any "
            "copy of this plan: their cells are left empty, and where the plan's text "
            "gives them they read as held on the case record (or not shared).",
            "Nothing to change: professionals who need them use the case record.",
        )
    ]


# the core group's own rows (said by PLAN-21 above where withheld), the child's
# particulars, and the meetings, whose time and place a protected parent's family copy
# does not give (the worker arranges to see the parents apart)
_NOT_LOCATING = ("core_group", "child", "next_core_group", "next_review")


def _locating(plan: Plan) -> Iterator[tuple[Place, str, str, str]]:
    """One finding for the whole plan: its free text says where someone whose
    whereabouts are withheld can be found (a named school, a GP, a contact centre, a
    pick-up time).  The family copies of the people it is withheld from hold those
    sentences back (:mod:`plangen.privacy.locating`), and so do the formal plan and the
    review copy, which the whole core group receives, those people among them: the
    worker decides whether to reword.  Neither the person nor the words are said: the
    review copy goes to the core group too."""
    whereabouts = kept_whereabouts(plan, plan.confidential, None)
    if not whereabouts:
        return
    people = People.of(plan, kept_readers(plan, whereabouts, None))
    own = withheld_places(plan)
    fields: list[Place] = []
    kinds: list[str] = []
    for place, holder, key in text_slots(plan.model_dump()):
        if place[0] in _NOT_LOCATING or "responsible" in place:
            continue
        if any(place[: len(prefix)] == prefix for prefix in own):
            continue
        _, found = held_back(holder[key], people.for_slot(holder))
        if found:
            fields.append(Place(place))
            kinds += [kind for kind in found if kind not in kinds]
    if not fields:
        return
    yield (
        Place(()),
        "The plan's free text says where a person whose address or contact details are "
        # never which kinds of clue (reader 30: "a vehicle", "a bus route" told a father
        # what the plan holds): the review copy goes to the core group; ``check`` says them
        "withheld from someone in the core group can be found, or where the child can be, "
        f"in: {pointer(plan, fields)}.  In this copy, the "
        "formal plan and the family copies of the people it is withheld from, plangen "
        "holds back as held on the case record the words it recognises as these, and "
        "the whole sentence where it is "
        "about the protected person; it cannot recognise every clue (a move, a new "
        "number, a routine said in everyday words), so read those copies before they are "
        "sent.  The protected person's own copy and the professionals' copy print them.",
        "Reword any sentence everyone needs without the place, the name or the time, so "
        "the plan still says what each person must do.",
        ", ".join(kinds),
    )
