"""Place words: a withheld place named without its place word (plangen.privacy.places,
issue 13)."""

from __future__ import annotations

import pytest

from plangen.model import Child, CorePerson, Plan, PlanKind, Withholding
from plangen.privacy.holding import held_back
from plangen.privacy.locating import HELD_BACK, People, works_where_found
from plangen.privacy.places import at_withheld_place


def _plan() -> Plan:
    def person(name: str, role: str, agency: str = "", address: str = "") -> CorePerson:
        return CorePerson(name=name, role=role, agency=agency, address=address)

    return Plan(
        kind=PlanKind.CP_PLAN,
        child=Child(name="Ellie Pryce", address="Flat 3, 12 Brackenfield Road, Kilbarran KB7 2QT"),
        plan_date="2026-03-16",
        core_group=[
            person("Priya Shah", "Social Worker", "Westshire Children's Services", "County Hall"),
            person("Karen Doyle", "Class Teacher", "Hollybank Primary School"),
            person("Mel Hart", "Support Worker", "Larch House", "c/o Larch House, Kilbarran"),
            person("Donna Pryce", "Mother", address="c/o Larch House, Kilbarran KB7 2QT"),
            person("Gary Pryce", "Father", address="7 Tanner Street, Ashby AB3 5TS"),
        ],
        confidential=[
            Withholding(about="Donna Pryce", detail="address", withheld_from=["Gary Pryce"]),
            Withholding(about="child", detail="address", withheld_from=["Gary Pryce"]),
        ],
    )


PEOPLE = People.of(_plan())


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        # the school's own name, without "Primary", in any case, with a possessive
        (
            "Ellie is happy at Hollybank and has two friends.",
            "Ellie is happy [held] and has two friends.",
        ),
        ("HOLLYBANK's staff know the plan.", "[held] staff know the plan."),
        # the withheld address's town and street, alone
        ("No sightings of Gary in kilbarran.", "No sightings of Gary [held]."),
        ("Priya to visit at home in Brackenfield Rd.", "Priya to visit at home [held]."),
        # the outward code of the withheld postcode
        (
            "Donna wants to stay in KB7 so Ellie keeps her school.",
            "Donna wants to stay [held] so Ellie keeps her school.",
        ),
        # a capitalised name after "at" or "to"; the routine's day goes with it
        ("Ellie goes to The Hive on Tuesdays.", "Ellie goes [held]."),
        (
            "Lisa sees Ellie at The Hive, Kilbarran, on Fridays.",
            "Lisa sees Ellie [held].",
        ),
    ],
)
def it_holds_back_a_place_named_without_its_place_word(sentence: str, said: str) -> None:
    text, kinds = held_back(sentence, PEOPLE)
    assert text == said.replace("[held]", HELD_BACK)
    assert "a place named in the plan" in kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Referral to Relate made by Priya.",  # what a referral is made to is a service
        "Gary to attend Caring Dads in January.",  # a programme, a month
        "Gary will talk to Priya at Westshire Children's Services.",  # an open agency
        "Gary is worried Ellie misses her friends.",
        "Ellie said she wants to go to Nan's at Christmas.",
        "Speech therapy: referral to Speech and Language Therapy.",
        "Donna has no one to talk to as her family are in Pakistan.",  # a country
    ],
)
def it_leaves_a_name_that_is_no_place(sentence: str) -> None:
    assert held_back(sentence, PEOPLE) == (sentence, [])


def it_finds_a_refuge_named_without_the_word() -> None:
    """Mel works at "Larch House", the building of the withheld address: her work
    says where Donna is, as a refuge's would; the social worker's council does not,
    though the address's town may be the council's too."""
    plan = _plan()
    priya, karen, mel, donna, _ = plan.core_group
    assert works_where_found(plan, mel) and works_where_found(plan, karen)
    assert not works_where_found(plan, priya) and not works_where_found(plan, donna)
    said, _ = held_back("Donna and Ellie went to larch house in January.", PEOPLE)
    assert said == f"Donna and Ellie went {HELD_BACK} in January."


def it_takes_no_council_worker_for_one_at_a_withheld_place() -> None:
    """The mother's address is "Flat 4, 22 Linden Grove, Ashbury East": the social
    worker of Ashbury Council and the IDVA in Ashbury work in her town, not at her
    address; the school nurse at "Linden Grove Clinic" works on her street."""

    def person(name: str, role: str, agency: str, address: str = "") -> CorePerson:
        return CorePerson(name=name, role=role, agency=agency, address=address)

    social_worker = person("Rebecca Holt", "Social Worker", "Ashbury Council", "Ashbury AB1 1CC")
    idva = person("Nasreen Khan", "IDVA", "Ashbury Domestic Abuse Service", "PO Box 118, Ashbury")
    nurse = person("Jo Carter", "Nurse", "Ashbury Health", "Linden Grove Clinic, Ashbury")
    plan = Plan(
        kind=PlanKind.CP_PLAN,
        child=Child(name="Hamza Iqbal"),
        plan_date="2025-02-11",
        core_group=[
            social_worker,
            idva,
            nurse,
            person("Saira Akhtar", "Mother", "", "Flat 4, 22 Linden Grove, Ashbury East, AB6 2QT"),
            person("Tariq Iqbal", "Father", "", "118 Wellington Road, Ashbury AB4 8WR"),
        ],
        confidential=[
            Withholding(about="Saira Akhtar", detail="address", withheld_from=["Tariq Iqbal"])
        ],
    )
    assert not works_where_found(plan, social_worker) and not at_withheld_place(plan, idva)
    assert works_where_found(plan, nurse)
    # an IDVA is given by role all the same: her name and contacts are a route to the
    # mother she supports (reader 29, held-out plans 133 and 141)
    assert works_where_found(plan, idva)
    # and the council's town is no place's own word: said openly by its agency
    people = People.of(plan)
    said = "Rebecca will meet Tariq at Ashbury Council offices."
    assert held_back(said, people) == (said, [])
