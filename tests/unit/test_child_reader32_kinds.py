"""The child's version ("My plan") against the kinds the reader32 chair still found in
held-out plans: each test gives a minimal plan written for it, the sentence of its
kind the child read before, and what the child now reads.

Kinds: an adult's service given to the child as a helper (C-ADULT); a worry, an action
or a person given to the wrong person (C-WRONG); jargon (C-JARGON); a person in the
third person in the child's voice (C-PERSON); words pitched at the wrong age (C-AGE);
a helper without what they will do (C-HELPERS); the child's views not in their voice
(C-VOICE)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from plangen.family.child_finish import without_markers
from plangen.model import Plan, PlanKind

from .test_child_reader29_kinds import _context, _helpers, _printed

_MUM_DAD = [
    {"name": "Hana Reed", "role": "Mother"},
    {"name": "Craig Reed", "role": "Father"},
]


def _plan(
    *,
    age: int = 9,
    people: list[dict[str, Any]] | None = None,
    risk: str = "Craig has hit Hana in front of Milo.",
    harm: str = "Milo could be hurt or frightened if he sees it.",
    outcome: str = "Milo is safe at home.",
    actions: list[dict[str, Any]] | None = None,
    contingency: str = "",
    step_down: str = "",
    views: str = "",
    confidential: list[dict[str, Any]] | None = None,
) -> Plan:
    """A plan for Milo (9 unless a test says otherwise), his social worker Nadia, his
    mum and dad, and the workers, actions and words a test gives."""
    return Plan.model_validate(
        {
            "kind": PlanKind.CP_PLAN,
            "child": {"name": "Milo Reed", "age": age},
            "plan_date": dt.date(2026, 3, 2),
            "core_group": [
                {"name": "Nadia Ford", "role": "Social Worker", "agency": "Westshire Council"},
                *_MUM_DAD,
                *(people or []),
            ],
            "risks": [
                {
                    "risk_factor": risk,
                    "risk_to_child": harm,
                    "outcomes": [{"text": outcome, "actions": actions or []}],
                }
            ],
            "contingency": {"plan": contingency},
            "step_down": step_down,
            "child_views": views,
            "confidential": confidential or [],
        }
    )


def _grown_ups(context: dict[str, Any]) -> str:
    return " ".join(context["grown_ups"])


# C-ADULT: an adult's service given to the child as a helper ------------------------------


def it_never_says_mums_idva_kept_from_dad_is_my_worker() -> None:
    """Milo's "My worker who helps keep people safe at home will help Mum with that"."""
    plan = _plan(
        people=[{"name": "Bea Lowe", "role": "IDVA", "agency": "Westshire Domestic Abuse"}],
        actions=[
            {"text": "Safety planning with Hana.", "responsible": ["Bea Lowe"]},
            {"text": "Craig to attend Caring Dads.", "responsible": ["Craig Reed"]},
        ],
        confidential=[{"about": "Hana Reed", "detail": "address", "withheld_from": ["Craig Reed"]}],
    )
    context = _context(plan)
    printed = _printed(context)
    assert "My worker who" not in printed and "my worker who" not in printed
    assert "will help Mum with that." in _grown_ups(context)
    assert not any("safe at home" in line for line in _helpers(context))


def it_gives_a_young_peoples_drug_worker_to_the_young_person_herself() -> None:
    """Tia's "Jess is my family's young people's drug worker", for her own worker (none
    of whose work with her was left in her copy)."""
    plan = _plan(
        age=16,
        people=[
            {
                "name": "Jess Hale",
                "role": "Young People's Drug Worker",
                "agency": "Compass Young People's Service",
                "phone": "01632 962 140",
            }
        ],
    )
    context = _context(plan)
    assert any(
        line.startswith("Jess is my young people's drug worker.") for line in _helpers(context)
    )
    assert "my family's young people's" not in _printed(context)


def it_gives_a_pregnant_young_persons_midwife_to_her_not_to_her_family() -> None:
    """Tia's "My family has a specialist midwife.", when Tia is the one pregnant."""

    def helpers(risk: str) -> list[str]:
        plan = _plan(
            age=16,
            risk=risk,
            people=[{"name": "Sam Okoro", "role": "Specialist Midwife", "agency": "Maternity"}],
        )
        return _helpers(_context(plan))

    assert any("midwife" in line for line in helpers("Milo is 24 weeks pregnant."))
    # Mum's midwife stays Mum's
    assert not any("midwife" in line for line in helpers("Hana is 24 weeks pregnant."))


def it_keeps_an_adults_drug_worker_as_the_grown_ups() -> None:
    """The same job for Dad is Dad's worker, never one of mine."""
    plan = _plan(
        people=[
            {"name": "Paul Hart", "role": "Drug and Alcohol Worker", "agency": "Adult Recovery"}
        ],
        actions=[{"text": "Paul to see Craig weekly.", "responsible": ["Paul Hart"]}],
    )
    context = _context(plan)
    assert not any(line.startswith("Paul") for line in _helpers(context))
    assert "Paul is Dad's" in _grown_ups(context)


# C-WRONG: a worry, an action or a person given to the wrong person ------------------------


def it_never_makes_dads_shouting_mine() -> None:
    """Alfie's "I miss Dad but am scared of me shouting"."""
    context = _context(
        _plan(views="Milo said he likes football. He misses his dad but is scared of him shouting.")
    )
    views = " ".join(context["my_views"])
    assert "scared of me" not in views
    assert "I miss Dad but am scared of Dad shouting." in views


def it_keeps_what_the_child_hurt_by_a_relative_said_as_his() -> None:
    """A "him" the relative does something to is the child: never made the relative."""
    context = _context(_plan(views="Milo said he loves his dad but his dad shouts at him."))
    assert "Dad shouts at Dad" not in _printed(context)


def it_says_we_for_mum_and_me_moving() -> None:
    """Finn's "What if Dad finds out where Mum and me live? Then they will move"."""
    plan = _plan(
        contingency="If Craig finds out where Hana and Milo live, they will move the same day."
    )
    if_not = _context(plan)["if_not"]
    assert "they will move" not in if_not
    assert "where Mum and I live? Then we will move the same day." in if_not


def it_gives_dads_contact_to_dad_not_to_the_worker_who_supervises_it() -> None:
    """Tia's "Mark is my social worker." then "Dad will have Thursday contact ..."."""
    plan = _plan(
        actions=[
            {
                "text": "Craig to have contact with Milo by video call, supervised by Nadia.",
                "responsible": ["Craig Reed", "Nadia Ford"],
                "frequency": "Weekly",
            }
        ]
    )
    context = _context(plan)
    nadia = next(h for h in context["helpers"] if h["text"].startswith("Nadia"))
    assert not nadia["what"].startswith("Dad")
    assert "Dad will have" in _grown_ups(context)


def it_gives_nans_application_to_the_grown_ups_not_to_my_social_worker() -> None:
    """Jayden's "Asha is my social worker." then "The council will support Nan ..."."""
    plan = _plan(
        people=[{"name": "Pauline Reed", "role": "Paternal Grandmother"}],
        actions=[
            {
                "text": "Pauline to look after Milo on Wednesdays; the local authority will "
                "support Pauline to apply for an SGO if Milo cannot stay with Hana.",
                "responsible": ["Pauline Reed", "Nadia Ford"],
            }
        ],
    )
    context = _context(plan)
    nadia = next(h for h in context["helpers"] if h["text"].startswith("Nadia"))
    assert "SGO" not in nadia["what"] and nadia["what"]


# C-JARGON ----------------------------------------------------------------------------------


def it_says_my_helpers_for_the_core_group_and_my_plan_for_the_case() -> None:
    """Tia's "Mark will call a group that checks the plan"; Alfie's "Case closes when"."""
    plan = _plan(
        contingency="If Craig comes to school, Nadia will call a core group within 5 working "
        "days. If Craig has not started Caring Dads by the core group on 27.05.26, Nadia will "
        "visit Hana the next day.",
        step_down="Case closes when there have been no incidents for 3 months.",
    )
    context = _context(plan)
    assert "group that checks the plan" not in _printed(context)
    assert "Nadia will call a meeting of my helpers" in context["if_not"]
    assert "by my helpers' meeting on" in context["if_not"]  # a date, not the people
    assert "My plan will end when there have been no incidents" in context["step_down"]


# C-PERSON: a person in the third person in the child's own voice ---------------------------


def it_says_the_carer_who_takes_me_to_school_in_my_voice() -> None:
    """Ava's "Ava lives with Auntie Jo, who takes her to school every day ..."."""
    plan = _plan(
        outcome="Milo lives with Jo, who takes him to school every day and makes sure he has breakfast.",
        people=[{"name": "Jo Smith", "role": "Maternal Aunt (kinship carer)"}],
    )
    changes = " ".join(c["text"] for c in _context(plan)["changes"])
    assert "Milo" not in changes
    assert "who takes me to school every day and makes sure I have breakfast." in changes


# C-AGE: a 5-year-old and a 15-year-old do not read the same words --------------------------


def it_pitches_dads_violence_and_contact_to_the_childs_age() -> None:
    def said(age: int) -> str:
        plan = _plan(
            age=age,
            risk="Craig has been violent to Hana when Milo was in the house.",
            outcome="Milo has no unplanned contact from Craig, for the life of the plan.",
            actions=[
                {
                    "text": "Craig to have supervised contact with Milo at the contact centre.",
                    "responsible": ["Craig Reed"],
                    "frequency": "Weekly",
                }
            ],
        )
        return _printed(_context(plan))

    young, teen = said(5), said(15)
    assert "Dad has hurt Mum" in young and "violent" not in young
    assert "Dad will see me with a helper there" in young and "supervised" not in young
    assert "no surprise visits or calls from Dad" in young
    assert "Dad has been violent to Mum" in teen and "supervised family time" in teen
    for text in (young, teen):
        assert "for as long as I have my plan" in text and "life of the plan" not in text


def it_tells_an_8_year_old_the_pre_proceedings_step_in_her_words() -> None:
    """Jayden, 8: "If Dad misses 2 contacts the case moves to the formal stage before court"."""
    plan = _plan(age=8, contingency="If Craig misses 2 contacts the case moves to PLO.")
    if_not = _context(plan)["if_not"]
    assert "formal stage" not in if_not and "contacts" not in if_not
    assert "a court deciding how to keep me safe" in if_not


# C-HELPERS: never a helper without what they will do ---------------------------------------


def it_never_prints_a_withheld_task_with_a_gap() -> None:
    """Ruby's "My worker will arrange a for me."."""
    notes: list[str] = []
    context = without_markers(
        {
            "helpers": [
                {
                    "text": "My worker is helping me.",
                    "what": "My worker will arrange a [details not shared] for me.",
                }
            ]
        },
        notes,
    )
    assert context["helpers"][0]["what"] == "My worker will help me with things in my plan."


def it_says_what_a_helper_whose_work_is_all_held_back_will_do() -> None:
    """Tom's "Tom is my family support worker." and nothing more: his only work was Mum's
    safety plan, kept from Dad."""
    plan = _plan(
        people=[{"name": "Tom Riley", "role": "Family Support Worker", "agency": "Early Help"}],
        actions=[
            {
                "text": "Tom to meet Hana every Tuesday after her class at Park Lane College.",
                "responsible": ["Tom Riley", "Hana Reed"],
            }
        ],
        confidential=[{"about": "Hana Reed", "detail": "address", "withheld_from": ["Craig Reed"]}],
    )
    tom = next(h for h in _context(plan)["helpers"] if h["text"].startswith("Tom"))
    assert tom["what"]


def it_puts_a_counsellor_outside_the_core_group_among_my_helpers() -> None:
    """Ruby's "The school counsellor will meet me each week" under "What the grown-ups
    will do"."""
    plan = _plan(
        actions=[
            {
                "text": "Sessions with the school counsellor. Mrs Davies will meet Milo each week.",
                "responsible": ["Mrs Davies (school counsellor)"],
                "frequency": "Weekly",
            }
        ]
    )
    context = _context(plan)
    assert "counsellor" not in _grown_ups(context)
    assert any("will meet me each week" in line for line in _helpers(context))


# C-VOICE: the child's own words as said ----------------------------------------------------


def it_keeps_a_view_whose_her_is_mummy_in_the_childs_voice() -> None:
    """Ava's "misses Mummy and wants to see her more" was left out whole."""
    context = _context(_plan(views="Milo said he misses Daddy and wants to see him more."))
    assert "I said I miss Daddy and want to see Daddy more." in context["my_views"]


def it_never_quotes_words_the_redaction_changed() -> None:
    """Jayden's "I like my new school and my teacher the class teacher."."""
    plan = _plan(
        people=[{"name": "Helen Brook", "role": "Class Teacher", "agency": "Shire Oak Primary"}],
        views='Milo said "I like my new school and my teacher Mrs Brook." He wants to see Dad.',
        confidential=[
            {"about": "child", "detail": "address", "withheld_from": ["Craig Reed"]},
            {"about": "Helen Brook", "detail": "", "withheld_from": ["Craig Reed"]},
        ],
    )
    context = _context(plan)
    for view in context["my_views"]:
        for quoted in view.split('"')[1::2]:
            assert quoted in plan.child_views
    assert any("see Dad" in view for view in context["my_views"])


def it_never_makes_the_child_one_of_their_own_helpers() -> None:
    """An action of my own is mine to do, never "I is helping me"."""
    plan = _plan(
        actions=[
            {
                "text": "Milo to write in his worry diary each week.",
                "responsible": ["Milo Reed"],
                "frequency": "Weekly",
            }
        ]
    )
    context = _context(plan)
    assert not any(line.startswith("I is") or line.startswith("I ") for line in _helpers(context))
    assert "I is helping me" not in _printed(context)
