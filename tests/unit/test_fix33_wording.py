"""Family-copy wording from reader 33 (held-out plans 173 and 175), each on a minimal
plan:

- a blank timescale under a one-off action's own deadline ("Kayleigh to see her GP |
  By 20.11.25", then "Monitor | Fortnightly |") was read as shared, and every copy
  printed "Same as above (by Thursday 20 November 2025)": it is none agreed;
- "outcome shared with core group" (an investigation's result) became "change shared";
- "Leila is Amina's FGM specialist worker", when Leila's one action is to see Fadumo.
"""

from __future__ import annotations

import datetime as dt
from io import BytesIO
from pathlib import Path

from plangen.family.cells import plainly
from plangen.family.context import family_context
from plangen.family.plain import glossary
from plangen.intake import read_plans
from plangen.intake.blank import filled_workbook
from plangen.model import Action, Child, CorePerson, Outcome, Plan, PlanKind, Risk

from ..conftest import betty_rows


def _workbook(tmp_path: Path, above: tuple[str, str], below: str) -> Plan:
    """Betty's workbook, its first action with ``above`` (frequency, timescale) and the
    second with frequency ``below`` and a blank timescale."""
    rows = betty_rows()
    rows["risks"][0]["frequency"], rows["risks"][0]["timescale"] = above
    rows["risks"][1]["frequency"] = below
    path = tmp_path / "plan.xlsx"
    path.write_bytes(BytesIO(filled_workbook(rows)).getvalue())
    [plan] = read_plans(path)
    assert isinstance(plan, Plan)
    return plan


def it_gives_a_recurring_action_under_a_one_off_deadline_no_timescale(tmp_path: Path) -> None:
    actions = _workbook(tmp_path, ("", "By 20.11.25"), "Fortnightly").risks[0].outcomes[0].actions
    assert actions[1].timescale_left_blank
    context = family_context(
        _workbook(tmp_path, ("Once", "By 20.11.25"), "Fortnightly"), glossary()
    )
    whens = [row["by_when"] for row in context["actions"]]
    assert whens[1].startswith("Not agreed yet"), whens
    assert "20 November 2025" not in whens[1]


def it_still_shares_a_period_or_a_deadline_between_like_actions(tmp_path: Path) -> None:
    # the seed's "3 months" beside four actions; a deadline above another one-off action
    for above, below in ((("Weekly", "3 months"), "Weekly"), (("Once", "By 20.11.25"), "Once")):
        actions = _workbook(tmp_path, above, below).risks[0].outcomes[0].actions
        assert not actions[1].timescale_left_blank
        assert actions[0].timescale and not actions[1].timescale


def it_says_an_investigations_outcome_as_its_result() -> None:
    words = glossary()
    said = plainly("Police investigation to be completed and outcome shared with core group", words)
    assert "result shared" in said and "change" not in said
    assert plainly("The outcome of the assessment will be shared.", words).startswith(
        "The result of the assessment"
    )
    # the plan's own outcomes are still the changes it aims for
    assert plainly("Outcome 1: Freya is safe", words) == "Change 1: Freya is safe"


def _fgm_plan() -> Plan:
    return Plan.model_validate(
        {
            "kind": PlanKind.CP_PLAN,
            "child": Child(name="Amina Warsame", age=9),
            "plan_date": dt.date(2026, 2, 2),
            "core_group": [
                CorePerson(name="Joanne Barrett", role="Social Worker", lead_professional=True),
                CorePerson(name="Leila Hassan", role="FGM Specialist Worker"),
                CorePerson(name="Fadumo Warsame", role="Mother"),
                CorePerson(name="Abdi Warsame", role="Father"),
            ],
            "risks": [
                Risk(
                    risk_factor="Amina could be taken abroad for FGM.",
                    risk_to_child="Amina is at risk of significant harm.",
                    outcomes=[
                        Outcome(
                            text="Amina is safe from FGM.",
                            actions=[
                                Action(
                                    text="Leila to see Fadumo on her own on Thursdays",
                                    responsible=["Leila Hassan"],
                                    frequency="Weekly",
                                    timescale="By 30.04.26",
                                )
                            ],
                        )
                    ],
                )
            ],
            "contingency": {
                "plan": "If Leila hears that travel is booked, Joanne will apply the same day for an FGM Protection Order."
            },
        }
    )


def it_says_whose_worker_she_is_from_whom_her_actions_see() -> None:
    text = str(family_context(_fgm_plan(), glossary()))
    assert "Amina's FGM specialist worker" not in text
    assert "Fadumo's FGM specialist worker" in text


def it_says_worries_that_escalate_get_worse_and_explains_legal_planning() -> None:
    words = glossary()
    said = plainly("Should concerns continue or escalate, a strategy meeting will be held.", words)
    assert "continue or raise" not in said and "carry on or get worse" in said
    plan = _fgm_plan()
    plan.contingency.plan = (
        "If there are any concerns the matter will be escalated to legal planning."
    )
    context = family_context(plan, glossary())
    assert context["if_not"].endswith(
        "will be taken to legal planning (a meeting with the council's lawyers)."
    ), context["if_not"]
    # the meeting's own name is said as before
    assert plainly("A legal planning meeting will be held.", words).startswith("A meeting with")


def it_explains_the_words_of_an_fgm_plan() -> None:
    plan = _fgm_plan()
    plan.risks[0].outcomes[0].actions[
        0
    ].text = "Apply for an FGM Protection Order, an all-ports alert and PANTS work with Amina"
    box = {row["term"] for row in family_context(plan, glossary())["words_we_use"]}
    assert {"FGM", "FGM Protection Order", "all-ports alert", "PANTS"} <= box, box


def _baby(born: bool) -> Plan:
    plan = _fgm_plan()
    child = {"name": "Baby Kirby"}
    # plan 181 keeps the due date from the father: his copy has no date at all
    child |= {"date_of_birth": dt.date(2025, 12, 1)} if born else {}
    return plan.model_copy(update={"child": Child.model_validate(child)})


def it_calls_a_baby_not_born_or_named_yet_the_baby() -> None:
    # plan 181: "Our plan for Baby ... so that Baby is safe and well"
    context = family_context(_baby(born=False), glossary())
    text = str({k: v for k, v in context.items() if k in ("intro", "status", "title")})
    assert "so that the baby is safe" in text and "that Baby is" not in text, text
    # a baby born, if not named yet, is still called as the plan calls them
    assert "Baby" in str(family_context(_baby(born=True), glossary())["intro"])


def it_says_an_action_no_one_is_named_for_is_not_agreed_yet() -> None:
    # plan 179: "| Play therapy / direct work | once a week | To be confirmed"
    plan = _fgm_plan()
    plan.risks[0].outcomes[0].actions.append(
        Action(text="Play therapy / direct work", frequency="Weekly", timescale="TBC")
    )
    row = family_context(plan, glossary())["actions"][-1]
    assert row["who"] == "Not agreed yet: to be decided at the next meeting", row
