"""Family versions of two plans written for round 29 (issue 13), made by the real CLI
and read back from the .docx: each kind of slip the held-out plans showed, and the
language check over every sentence (tests/language.py) with no hit.

Kinds: a worry's lead-in glued after "We are worried because"; glossary swaps that break
a phrase ("physical and emotional harm"), inside single quotes, an unexplained LADO, a
short form in lower case unquoted in the box; a condition split from what it governs;
a deadline in the wrong tense, an extension not said; "and no ..." lists; "you" and
"at yours" for someone not the reader; the family's quoted words; the views' heading.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ..conftest import generated_from, text_of
from ..language import check_version, versions_under


def person(
    name: str, role: str, agency: str = "", phone: str = "", lead: bool = False
) -> dict[str, Any]:
    return {
        "name": name,
        "role": role,
        "agency": agency,
        "address": "",
        "email": "",
        "phone": phone,
        "present": True,
        "lead_professional": lead,
        "own_copy": False,
    }


def action(
    text: str, who: str | list[str], freq: str = "Weekly", when: str = "31/05/25"
) -> dict[str, Any]:
    return {
        "text": text,
        "responsible": who if isinstance(who, list) else [who],
        "frequency": freq,
        "timescale": when,
        "plain": None,
    }


def outcome(
    text: str, actions: list[dict[str, Any]], reviews: tuple[dict[str, Any], ...] = ()
) -> dict[str, Any]:
    return {
        "text": text,
        "priority": 1,
        "success_looks_like": "Kacper is seen at school every day.",
        "actions": actions,
        "reviews": list(reviews),
        "plain": None,
    }


def risk(factor: str, harm: str, outcomes: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "risk_factor": factor,
        "risk_to_child": harm,
        "wellbeing": [],
        "outcomes": outcomes,
        "plain": None,
    }


def plan(
    case: str,
    kind: str,
    child: dict[str, Any],
    core: list[dict[str, Any]],
    risks: list[dict[str, Any]],
    cont: dict[str, str],
    child_views: str,
    family_views: str,
    plan_date: str = "2025-06-10",
    step_down: str = "",
) -> dict[str, Any]:
    return {
        "kind": kind,
        "case_ref": case,
        "child": {"known_as": None, "address": "", "date_of_birth": None, "age": None, **child},
        "threshold": "Child in Need" if kind == "childs-plan" else None,
        "plan_date": plan_date,
        "next_core_group": {"date": "2025-07-08", "details": ""},
        "next_review": {"date": "2025-07-15", "details": ""} if kind == "childs-plan" else None,
        "core_group": core,
        "risks": risks,
        "contingency": cont,
        "step_down": step_down,
        "child_views": child_views,
        "family_views": family_views,
        "confidential": [],
    }


core1 = [
    person("Amara Osei", "Social Worker", "Children's Services", "01632 960 045", lead=True),
    person("Paul Grey", "Designated Safeguarding Lead", "Moor School"),
    person("Anna Nowak", "Mother"),
    person("Piotr Nowak", "Father"),
    person("Halina Nowak", "Maternal grandmother"),
]
P1 = plan(
    "PROBE-1",
    "cp-plan",
    {"name": "Kacper Nowak", "age": 14},
    core1,
    [
        risk(
            "kacper has come home after 11pm on at least 6 occasions and was found in Leeds with older males.",
            "he may be exploited by older males (CCE) and harmed.",
            [
                outcome(
                    "Kacper is home by 9pm every night for 8 weeks.",
                    [
                        action(
                            "LADO referral regarding the youth worker; strategy discussion under s47.",
                            "Amara Osei",
                            "Once",
                            "Within 2 days",
                        ),
                        action(
                            "Refer to MARAC and attend the MARAC meeting.",
                            "Amara Osei",
                            "Once",
                            "By 20.05.25",
                        ),
                        action(
                            "Mum to give Kacper his meds every morning and keep appts.",
                            "Anna Nowak",
                            "Daily",
                            "Ongoing",
                        ),
                        action(
                            "Kacper to stay at yours on Fridays and Saturdays.",
                            "Halina Nowak",
                            "Twice weekly",
                            "31/03/25, extended to 30/06/25",
                        ),
                        action(
                            "DSL to check Kacper in each morning.",
                            "Paul Grey",
                            "Daily term time",
                            "By 30.04.25 - now by 31.07.25",
                        ),
                    ],
                )
            ],
        ),
        risk(
            "Mum has multiple sclerosis and needs an interpreter.",
            "Kacper is a young carer and misses school.",
            [
                outcome(
                    "Kacper attends school 95% of the time for a full term.",
                    [
                        action(
                            "EHCP needs assessment request; TAC meeting with SENCo.",
                            "Paul Grey",
                            "Once",
                            "By 15/05/25",
                        ),
                        action(
                            "ICPC held; RCPC to be booked with the IRO.",
                            "Amara Osei",
                            "Once",
                            "30/09/25",
                        ),
                        action(
                            "PLO meeting if no progress; consider SGO with Halina.",
                            "Amara Osei",
                            "Once",
                            "By next core group",
                        ),
                    ],
                )
            ],
        ),
        risk(
            "Concerns that Dad drinks heavily at weekends and becomes verbally aggressive.",
            "Risk of emotional harm.",
            [
                outcome(
                    "Kacper lives in a home free from shouting, for 6 months.",
                    [
                        action(
                            "Dad to attend CGL and no drinking at home, no visitors after 10pm and no shouting.",
                            "Piotr Nowak",
                            "Weekly",
                            "From 15/06/25",
                        ),
                        action(
                            "FGC to be arranged; s17 assessment to be completed; CIN plan if stepped down.",
                            "Amara Osei",
                            "Once",
                            "By 31/07/25",
                        ),
                    ],
                )
            ],
        ),
    ],
    {
        "plan": "If Kacper goes missing again, Anna will call the police within 1 hour, and Amara will hold a strategy meeting. If Dad drinks at home, Kacper will stay at yours until it is safe.",
        "timescale": "Same day",
    },
    'Kacper said: "I am not a baby. The social worker and the CP plan are a joke, I just want Mum to get better." He says he likes staying at Nan\'s.',
    'Anna said: "Piotr drinks too much and I cannot manage my meds without help." Piotr said he will "stop the drink" and that the CP plan is "too much". Halina said the kids can stay at hers any time.',
)

core2 = [
    person("Joanne Platt", "Social Worker", "Children's Services", "01632 960 111", lead=True),
    person("Sian Jones", "IDVA", "Safer Lives"),
    {**person("Kirsty Hale", "Mother"), "own_copy": True},
    person("Dean Hale", "Father"),
]
P2 = plan(
    "PROBE-2",
    "childs-plan",
    {"name": "Leo Hale", "age": 9},
    core2,
    [
        risk(
            "Concerns that Dean will return to the home. Kirsty and Dean argue in front of Leo.",
            "Leo is at risk of physical and emotional harm.",
            [
                outcome(
                    "Leo lives free from abuse: no incidents and no contact with Dean unless agreed, for 6 months.",
                    [
                        action(
                            "Sian to complete safety plan with Kirsty.",
                            "Sian Jones",
                            "Weekly",
                            "By 14.03.25",
                        ),
                        action(
                            "Dean to complete a DAPP and no contact with Kirsty, no texts and no visits.",
                            "Dean Hale",
                            "Weekly",
                            "31/03/25 extended to 30/09/25",
                        ),
                        action(
                            "Kirsty to tell you if Dean makes contact.",
                            "Kirsty Hale",
                            "As required",
                            "",
                        ),
                    ],
                    reviews=[
                        {
                            "date": "2025-06-10",
                            "status": "Some progress",
                            "note": "No incidents since March. Dean has started DAPP.",
                            "timescale_extended": True,
                        }
                    ],
                )
            ],
        ),
        risk(
            "Leo's school attendance is 78% and he reads 3 years below his age.",
            "Leo may fall further behind and lose friends.",
            [
                outcome(
                    "Leo attends school 95% of the time and reads at his age level by July.",
                    [
                        action(
                            "Reading support 3 times a week; EHCP request if no progress.",
                            "Joanne Platt",
                            "3x weekly",
                            "Was 30.04.25",
                        ),
                        action(
                            "Kirsty to walk Leo to school every day.",
                            "Kirsty Hale",
                            "Daily",
                            "Ongoing",
                        ),
                    ],
                )
            ],
        ),
    ],
    {
        "plan": "If Dean comes to the house, Kirsty will call 999. Should Dean breach the order, the police will arrest him. If things do not get better within 3 months, the plan will be stepped up to child protection and an ICPC held.",
        "timescale": "Within 3 months",
    },
    "Leo (seen at school 02.06.25) said he misses his dad but feels safe now.",
    "Kirsty said 'the CIN plan is fine' and that she will ring Joanne. Dean said Leo should be "
    "able to come at his any weekend.",
    plan_date="2025-06-10",
    step_down="If there are no incidents for 6 months and Leo attends school 95% of the time, the plan can close to early help.",
)


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated_from(tmp_path_factory.mktemp("words29"), {"kacper": P1, "leo": P2})


def family(written: Path, case: str, suffix: str = "-family.docx") -> str:
    [docx] = (written / case).glob(f"*{suffix}")
    return " ".join(text_of(docx).split())


def it_says_each_worry_as_a_whole_sentence(written: Path) -> None:
    text = family(written, "probe-1")
    assert "We are worried that Piotr drinks heavily at weekends" in text
    assert "This can mean a risk of harm to feelings and mental health." in text
    assert "concerns that" not in text


def it_swaps_no_term_where_its_plain_words_do_not_fit(written: Path) -> None:
    text = family(written, "probe-2")
    assert "at risk of physical and emotional harm" in text
    kacper = family(written, "probe-1")
    assert "s17 assessment" in kacper and "plan for extra help if moved down" in kacper
    assert "LADO | LADO is short for local authority designated officer" in text_of(
        next((written / "probe-1").glob("*-family.docx"))
    ).replace("\n", " | ")
    assert '"meds" is short for medicines.' in kacper


def it_keeps_what_a_condition_governs_in_its_sentence(written: Path) -> None:
    assert (
        "If Kacper goes missing again, Anna will call the police within 1 hour, and Amara will "
        "hold a safety meeting of workers." in family(written, "probe-1")
    )


def it_says_a_deadline_in_its_tense(written: Path) -> None:
    text = family(written, "probe-1")
    assert "Was due by Tuesday 20 May 2025" in text  # the plan is of 10 June 2025
    assert "By Monday 30 June 2025 (extended from Monday 31 March 2025)" in text
    assert "By Thursday 31 July 2025 (extended from Wednesday 30 April 2025)" in text
    assert "By Tuesday 20 May 2025" not in text


def it_says_what_must_not_happen_as_one_list(written: Path) -> None:
    assert (
        "Piotr will attend CGL. There will be no drinking at home, no visitors after 10pm and "
        "no shouting." in family(written, "probe-1")
    )


def it_says_you_only_to_the_reader(written: Path) -> None:
    text = family(written, "probe-1")
    assert "Kacper will stay at Halina's home on Fridays and Saturdays." in text
    assert "Halina said the kids can stay at her home any time." in text
    assert "at yours" not in text
    leo = family(written, "probe-2")
    assert "Kirsty will tell Joanne" in leo and "tell you" not in leo
    own = family(written, "probe-2", "-family-for-kirsty-hale.docx")
    assert "You will tell Joanne" in own


def it_keeps_the_familys_own_words_as_said(written: Path) -> None:
    text = family(written, "probe-1")
    assert '"Piotr drinks too much and I cannot manage my meds without help."' in text
    own = family(written, "probe-2", "-family-for-kirsty-hale.docx")
    assert "'the CIN plan is fine'" in own


def it_names_whose_views_the_family_section_holds(written: Path) -> None:
    assert "What Anna, Piotr and Halina said" in family(written, "probe-1")
    assert "What Kirsty and Dean said" in family(written, "probe-2")
    own = family(written, "probe-2", "-family-for-kirsty-hale.docx")
    assert "What you and Dean said" in own and "What you said" not in own


def it_finds_no_slip_in_any_sentence(written: Path) -> None:
    hits = [
        f"{docx.name}: {hit.check}: {hit.detail}: {hit.sentence}"
        for docx, data, kind in versions_under(written)
        if kind == "family"
        for hit in check_version(docx, data, kind)
    ]
    assert not hits, "\n".join(hits)
