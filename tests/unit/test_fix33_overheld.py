"""The formal plan held back what nobody withheld (reader 33, plans 175 and 180): a
professional kept whole from a parent for what her role says (the mother's FGM
specialist worker, a teenage-pregnancy midwife) was taken for someone's whereabouts,
so the school's and the GP's rows, the next meeting's venue and every sentence naming
a place went "Held on the case record" for the whole core group.  Each on a minimal
plan."""

from __future__ import annotations

import datetime as dt

from plangen.model import (
    Action,
    Child,
    CorePerson,
    Meeting,
    Outcome,
    Plan,
    PlanKind,
    Risk,
    Withholding,
)
from plangen.privacy import formal, redacted

HOME = "41 Tennyson Road, Westmoor, WM3 5HT"


def _plan(worker: CorePerson, *, dad_home: str = HOME, more: list[Withholding] = ()) -> Plan:
    return Plan.model_validate(
        {
            "kind": PlanKind.CP_PLAN,
            "child": Child(name="Amina Warsame", age=9, address=HOME),
            "plan_date": dt.date(2026, 2, 2),
            "next_core_group": Meeting(
                date=dt.date(2026, 2, 16), details="at 13:30, St Jude's Primary School"
            ),
            "core_group": [
                CorePerson(name="Joanne Barrett", role="Social Worker", lead_professional=True),
                worker,
                CorePerson(
                    name="Catherine Doyle",
                    role="Designated Safeguarding Lead",
                    agency="St Jude's Primary School",
                    phone="01632 963520",
                ),
                CorePerson(name="Dr Anne Moss", role="GP", agency="Westmoor Medical Practice"),
                CorePerson(name="Fadumo Warsame", role="Mother", address=HOME),
                CorePerson(name="Abdi Warsame", role="Father", address=dad_home),
            ],
            "risks": [
                Risk(
                    risk_factor="Amina could be taken to Somalia for FGM over the summer.",
                    risk_to_child="Amina is at risk of significant harm.",
                    outcomes=[
                        Outcome(
                            text="Amina can name 2 adults at St Jude's she would tell.",
                            actions=[
                                Action(
                                    text="Catherine to check in with Amina at school",
                                    responsible=["Catherine Doyle"],
                                    frequency="Weekly",
                                    timescale="By 30.04.26",
                                )
                            ],
                        )
                    ],
                )
            ],
            "confidential": [
                Withholding(about=worker.name, detail="", withheld_from=["Abdi Warsame"]),
                *more,
            ],
        }
    )


FGM_WORKER = CorePerson(
    name="Leila Hassan",
    role="FGM Specialist Worker",
    agency="Westmoor Women's Centre",
    address="Westmoor Women's Centre, 8 Cobden Street, WM2 4RB",
    phone="01632 963777",
)


def _text(plan: Plan) -> str:
    return plan.model_dump_json()


def it_keeps_the_school_gp_and_venue_when_a_worker_is_kept_for_her_role() -> None:
    copy = formal(_plan(FGM_WORKER)).plan
    text = _text(copy)
    assert "Catherine Doyle" in text and "St Jude's Primary School" in text
    assert "Dr Anne Moss" in text and "Westmoor Medical Practice" in text
    assert copy.next_core_group is not None
    assert copy.next_core_group.details == "at 13:30, St Jude's Primary School"
    assert copy.risks[0].outcomes[0].text == "Amina can name 2 adults at St Jude's she would tell."
    # what is withheld still is, in the formal plan and in the father's copy
    for held in (text, _text(redacted(_plan(FGM_WORKER), "Abdi Warsame").plan)):
        for value in ("Leila", "Women's Centre", "Cobden Street", "WM2 4RB", "963777"):
            assert value not in held


def it_still_holds_places_when_the_father_lives_apart_and_her_home_is_kept() -> None:
    # the mother's address kept from a father who lives elsewhere: places find her
    mum_home = Withholding(about="Fadumo Warsame", detail="address", withheld_from=["Abdi Warsame"])
    copy = formal(_plan(FGM_WORKER, dad_home="3 Mill Lane, WM9 1AA", more=[mum_home])).plan
    assert "St Jude's Primary School" not in _text(copy)


def it_still_holds_places_when_the_worker_is_where_someone_lives() -> None:
    # a refuge worker, or the school's own staff, kept whole: her base is someone's place
    refuge = FGM_WORKER.model_copy(update={"role": "Refuge Support Worker"})
    assert "St Jude's Primary School" not in _text(formal(_plan(refuge)).plan)
    teacher = FGM_WORKER.model_copy(update={"role": "Class Teacher", "agency": "Oak Academy"})
    assert "St Jude's Primary School" not in _text(formal(_plan(teacher)).plan)


def it_still_holds_places_while_a_whole_need_is_kept_from_him() -> None:
    # plan 180: the pregnancy (risk 2) and its midwife kept from the father; holding
    # back every sentence with a place or a time is what keeps its echoes from him
    midwife = FGM_WORKER.model_copy(update={"role": "Teenage Pregnancy Midwife"})
    need = Withholding(about="plan", detail="risk 1", withheld_from=["Abdi Warsame"])
    assert "St Jude's Primary School" not in _text(formal(_plan(midwife, more=[need])).plan)
    assert "St Jude's Primary School" in _text(formal(_plan(midwife)).plan)


def it_gives_an_action_held_on_the_record_no_timescale_of_the_row_above() -> None:
    # plan 175: the held row's cell was merged with the all-ports alert's "By 06.02.26"
    plan = _plan(FGM_WORKER)
    actions = plan.risks[0].outcomes[0].actions
    actions.append(
        Action(
            text="Leila to see Fadumo on her own",
            responsible=["Leila Hassan"],
            frequency="Weekly",
            timescale="From 05.02.26 until 30.04.26",
        )
    )
    plan.confidential.append(
        Withholding(about="plan", detail="action 2", withheld_from=["Abdi Warsame"])
    )
    outcome = formal(plan).plan.risks[0].outcomes[0]
    assert outcome.actions[1].text == "Held on the case record"
    assert outcome.timescale_of(1) == ""


def it_keeps_a_timescale_an_action_held_on_the_record_shared_with_its_rows() -> None:
    # the held action shared the row above's timescale, and the row below shares it too
    plan = _plan(FGM_WORKER)
    actions = plan.risks[0].outcomes[0].actions
    actions += [
        Action(text="Leila to see Fadumo on her own", responsible=["Leila Hassan"]),
        Action(text="Catherine to watch for talk of travel", responsible=["Catherine Doyle"]),
    ]
    plan.confidential.append(
        Withholding(about="plan", detail="action 2", withheld_from=["Abdi Warsame"])
    )
    outcome = formal(plan).plan.risks[0].outcomes[0]
    assert [outcome.timescale_of(i) for i in range(3)] == ["By 30.04.26"] * 3
