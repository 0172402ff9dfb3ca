"""Which of a family member's contact details are found in free text, and which words
stay (:mod:`plangen.privacy.contacts`, issue 13f)."""

from __future__ import annotations

import datetime as dt

from plangen.model import Child, CorePerson, Plan, PlanKind
from plangen.privacy import formal
from plangen.privacy.contacts import family_contacts
from plangen.privacy.match import MarkerFor, Matcher

HELD = MarkerFor("held on the case record")


def _plan(*people: CorePerson, address: str = "3 Beck Row, Kirkmoor, KM4 9ZZ") -> Plan:
    return Plan(
        kind=PlanKind.CP_PLAN,
        child=Child(name="Aisha Khan", age=4, address=address),
        plan_date=dt.date(2025, 3, 4),
        core_group=list(people),
    )


def scrub(plan: Plan, text: str) -> str:
    return Matcher(family_contacts(plan)).redact(text, HELD)[0]


MOTHER = CorePerson(
    name="Samina Khan",
    role="Mother",
    address="Flat 3, 22 Mill Lane, Kirkmoor, KM4 2DL",
    phone="07700 900 231 / 01632 960 999 (work)",
)
VISITOR = CorePerson(
    name="Priya Sandhu",
    role="Health Visitor",
    agency="0-19 Service",
    address="Mill Lane Health Centre, KM4 2DA",
    phone="01632 960 409",
)


def it_finds_each_number_of_a_phone_cell_that_holds_two() -> None:
    plan = _plan(MOTHER, VISITOR)
    said = scrub(plan, "Ring Samina on +44 7700 900231, or at work on 01632-960-999.")
    assert said == (
        "Ring Samina on [phone number held on the case record], or at work on "
        "[phone number held on the case record]."
    )


def it_finds_the_street_and_postcode_but_not_a_town_or_a_professionals_place() -> None:
    plan = _plan(MOTHER, VISITOR)
    said = scrub(plan, "Samina moved from Kirkmoor to 22 Mill Lane, postcode KM4 2DL.")
    assert said == (
        "Samina moved from Kirkmoor to [address held on the case record], postcode "
        "[address held on the case record]."
    )
    # the health visitor's clinic is on her street: printed openly, never hidden
    assert scrub(plan, "Weigh-in at Mill Lane Health Centre.") == (
        "Weigh-in at Mill Lane Health Centre."
    )


def it_finds_no_words_in_a_phone_cell_that_holds_no_number() -> None:
    father = CorePerson(name="Imran Khan", role="Father", phone="not known")
    assert family_contacts(_plan(father)) == []


def it_keeps_the_childs_own_address_in_the_header() -> None:
    plan = _plan(MOTHER, VISITOR, address="Flat 3, 22 Mill Lane, Kirkmoor, KM4 2DL")
    shared = formal(plan).plan
    assert shared.child.address == "Flat 3, 22 Mill Lane, Kirkmoor, KM4 2DL"
    assert (shared.core_group[0].address, shared.core_group[0].phone) == ("", "")
    assert shared.core_group[1].address == "Mill Lane Health Centre, KM4 2DA"


def it_holds_a_mobile_number_written_only_in_the_plans_text() -> None:
    """A child's new number in a safety-plan action is nobody's row in the core group
    (held-out plan: "new phone number (07700 900 846) given only to family"): whose it
    is cannot be told, so it is not printed; a professional's work mobile in her row
    and a helpline stay."""
    worker = VISITOR.model_copy(update={"phone": "07700 900 500"})
    plan = _plan(MOTHER, worker).model_copy(
        update={"step_down": "Tyler keeps his new number (07700 900 846) private."}
    )
    said = scrub(plan, "New number 07700-900-846; HV on 07700 900 500; Childline 0800 1111.")
    assert said == (
        "New number [phone number held on the case record]; HV on 07700 900 500; "
        "Childline 0800 1111."
    )
