"""A teenager's own version says why there is a plan (issue 13, the held-out readers:
Mason, 16, was told only about his education; Cal, 17, neither that he had nowhere to
live nor of Dad's drug use): the main worry of each risk is said in the young person's
terms while its detail stays out, a younger child gets a gentler line, and a risk that
cannot be said is named in the worker's draft.  Also: a helper whose role is a team is
said as where they work, and a "him" that is someone else is never turned into "me"."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from plangen.family.child import child_context
from plangen.family.child_roles import introduced
from plangen.family.plain import glossary
from plangen.model import Plan, PlanKind


def _plan(
    factor: str,
    harm: str = "",
    *,
    age: int = 16,
    people: list[dict[str, Any]] | None = None,
    actions: list[dict[str, Any]] | None = None,
) -> Plan:
    """A plan for Cal Moore, with his mum Dawn and his dad Gary."""
    return Plan.model_validate(
        {
            "kind": PlanKind.CP_PLAN,
            "child": {"name": "Cal Moore", "age": age},
            "plan_date": dt.date(2026, 3, 2),
            "core_group": [
                {"name": "Priya Shah", "role": "Social Worker"},
                {"name": "Dawn Moore", "role": "Mother"},
                {"name": "Gary Moore", "role": "Father"},
                *(people or []),
            ],
            "risks": [
                {
                    "risk_factor": factor,
                    "risk_to_child": harm,
                    "outcomes": [{"text": "Cal is safe every night.", "actions": actions or []}],
                }
            ],
            "child_views": "I want my own flat.",
        }
    )


def _worries(plan: Plan) -> str:
    return " ".join(child_context(plan, glossary())["worries"])


def test_a_teenager_is_told_of_exploitation_without_its_detail() -> None:
    plan = _plan(
        "Child criminal exploitation / county lines: Cal was found in a flat used to sell "
        "crack cocaine. He was charged with possession with intent to supply and says he "
        "owes £600 to the people running the line.",
        "Cal is at risk of serious violence and of being controlled through debt",
    )
    worries = _worries(plan)
    assert "are worried that adults are using me to carry or sell drugs." in worries
    for detail in ("crack", "charged", "£600", "owes"):
        assert detail not in worries


def test_a_teenager_is_told_of_having_nowhere_to_live_and_of_dads_drug_use() -> None:
    plan = _plan(
        "Housing - Cal has been homeless since Dad relapsed on heroin in October and asked "
        "him to leave; he is sofa surfing.",
        "Cal is not in education, work or training.",
        age=17,
    )
    worries = _worries(plan)
    assert worries.startswith("People are worried that I have nowhere safe to live.")
    assert "worried about Dad's drug use." in worries
    assert "heroin" not in worries
    assert "where I live" not in worries  # the label said once, in my terms


def test_a_younger_child_gets_a_gentler_line_where_nothing_else_could_be_said() -> None:
    context = child_context(_plan("Dad relapsed on heroin in October.", age=9), glossary())
    assert context["worries"] == [
        "The grown-ups are worried that Dad is not always well enough to look after me."
    ]
    assert "heroin" not in " ".join(context["worries"])


def test_a_worry_already_said_is_not_said_again() -> None:
    plan = _plan(
        "Cal says Mum's drinking is worse at weekends; Mum drinks most days.",
        age=15,
    )
    assert _worries(plan).count("drinking") == 1


def test_a_risk_that_cannot_be_said_is_named_in_the_draft() -> None:
    context = child_context(
        _plan("Cal was charged with ABH on 12.01.26 and the trial is in March.", age=15), glossary()
    )
    assert not any("ABH" in worry or "charged" in worry for worry in context["worries"])
    assert any(
        note.startswith('Risk 1 ("Cal was charged with ABH on 12.01.26 and ...") is not in')
        for note in context["notes"]
    )


def test_a_sentence_never_starts_in_lower_case() -> None:
    from plangen.family.child_main_worries import whole_sentences

    said = whole_sentences(
        "People are worried about being tricked or forced into sexual acts and going "
        "missing. risk to my health and to my emotional wellbeing."
    )
    assert said.endswith("This can mean a risk to my health and to my emotional wellbeing.")


@pytest.mark.parametrize(
    ("role", "said"),
    [
        ("my exploitation hub", "DS Oakes works in the exploitation hub."),
        ("my careers", "DS Oakes works in careers."),
        ("my police", "DS Oakes works for the police."),
        ("my team that helps young people", "DS Oakes works in the team that helps young people."),
        ("my head of centre", "DS Oakes is my head of centre."),  # a job, not a team
        ("my careers adviser", "DS Oakes is my careers adviser."),
    ],
)
def test_a_role_that_is_a_team_is_where_they_work(role: str, said: str) -> None:
    assert introduced("DS Oakes", role) == said


def test_him_that_is_someone_else_is_never_me() -> None:
    plan = _plan(
        "Dad relapsed on heroin. Cal has been staying with him at weekends and has found "
        "him asleep and could not wake him.",
        age=16,
    )
    worries = _worries(plan)
    assert "found me" not in worries and "wake me" not in worries
    assert "worried about Dad's drug use." in worries


def test_a_police_helper_disrupts_adults_never_arranges_a_disrupt() -> None:
    plan = _plan(
        "County lines.",
        people=[{"name": "DS Mark Oakes", "role": "Detective Sergeant, Exploitation Hub"}],
        actions=[
            {
                "text": "Disrupt adults exploiting Cal",
                "responsible": ["DS Mark Oakes"],
                "frequency": "As required",
                "timescale": "31.03.26",
            }
        ],
    )
    helpers = " ".join(h["what"] for h in child_context(plan, glossary())["helpers"])
    assert "DS Oakes will disrupt adults exploiting me." in helpers
    assert "arrange a disrupt" not in helpers


def test_the_child_kept_updated_is_me() -> None:
    plan = _plan(
        "County lines.",
        actions=[
            {
                "text": "Liaise with police and keep Cal updated in a way he has agreed",
                "responsible": ["Priya Shah"],
                "frequency": "Every two weeks",
                "timescale": "31.03.26",
            }
        ],
    )
    helpers = " ".join(h["what"] for h in child_context(plan, glossary())["helpers"])
    assert "keep me updated" in helpers
    assert "keep I updated" not in helpers


def test_a_they_child_talks_to_their_safe_adults_not_to_me() -> None:
    plan = Plan.model_validate(
        {
            **_plan("Robin has been self-harming.", age=14).model_dump(),
            "child": {"name": "Robin Ashby", "age": 14},
            "child_views": "Robin uses they/them. They said school is hard.",
            "risks": [
                {
                    "risk_factor": "Robin has been self-harming.",
                    "outcomes": [
                        {
                            "text": "Robin knows who their safe adults are.",
                            "actions": [],
                        }
                    ],
                }
            ],
        }
    )
    helpers = " ".join(h["text"] for h in child_context(plan, glossary())["helpers"])
    assert "I can talk to them if I am worried." in helpers
    assert "talk to me" not in helpers
