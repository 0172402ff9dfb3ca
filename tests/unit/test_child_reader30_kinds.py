"""The child's version ("My plan") against the kinds the reader30 CP chair found in the
children's versions of held-out plans 143-152: each test gives a plan written for it,
the exact sentence the chair quoted (or one of its kind), and the sentence the child
now reads.

Kinds: a worker or a family member given to the wrong person (C-PERSON); adult detail
for a younger child (C-AGE); the main worry missing (C-DROPPED); a helper with nothing
they do (C-HELPERS); a sentence not in the child's voice (C-VOICE)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from plangen.model import Plan, PlanKind

from .test_child_reader29_kinds import _context, _helpers, _printed

_MUM_DAD = [
    {"name": "Carys Pritchard", "role": "Mother"},
    {"name": "Ross Pritchard", "role": "Father"},
]


def _plan(
    *,
    child: str = "Mason Pritchard",
    age: int = 5,
    people: list[dict[str, Any]] | None = None,
    risks: list[tuple[str, str]] | None = None,
    outcomes: list[dict[str, Any]] | None = None,
    views: str = "",
) -> Plan:
    """A plan for one child (Mason, 5, unless a test says otherwise), his social worker
    Rhian, his mum and dad, and the workers, risks and outcomes a test gives."""
    first = child.split()[0]
    return Plan.model_validate(
        {
            "kind": PlanKind.CP_PLAN,
            "child": {"name": child, "age": age},
            "plan_date": dt.date(2026, 9, 8),
            "core_group": [
                {"name": "Rhian Howells", "role": "Social Worker", "agency": "Council"},
                *_MUM_DAD,
                *(people or []),
            ],
            "risks": [
                {
                    "risk_factor": factor,
                    "risk_to_child": harm,
                    "outcomes": outcomes if n == 0 and outcomes else [],
                }
                for n, (factor, harm) in enumerate(
                    risks or [(f"{first} is not always safe at home.", "")]
                )
            ],
            "contingency": {"plan": ""},
            "child_views": views,
        }
    )


def _outcome(text: str, actions: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"text": text, "actions": actions or []}


def _action(text: str, who: str, often: str = "Weekly") -> dict[str, Any]:
    return {"text": text, "responsible": [who], "frequency": often, "timescale": "By review"}


# -- C-PERSON: whose worker, and family members as the child calls them --


def it_never_takes_a_workers_surname_for_dads_name() -> None:
    """Plan 150: "Aileen is Dad's abuse recovery worker." (Aileen Ross; Dad is Ross)."""
    aileen = {"name": "Aileen Ross", "role": "Abuse recovery worker", "agency": "Children 1st"}
    plan = _plan(
        child="Rowan Pritchard",
        age=12,
        people=[aileen],
        outcomes=[
            _outcome(
                "Rowan feels safe online.",
                [_action("Keep safe online sessions with Rowan", "Aileen Ross")],
            )
        ],
    )
    printed = _printed(_context(plan))
    assert "Dad's abuse recovery worker" not in printed
    assert "Aileen is my abuse recovery worker." in printed


def it_leaves_out_the_worker_of_someone_outside_the_family() -> None:
    """Plan 147: "Mark is Mum's probation worker." (Mark is Craig Booth's offender
    manager): a 4-year-old was told his mother was on probation."""
    mark = {
        "name": "Mark Stacey",
        "role": "Probation Practitioner (Craig Booth's offender manager)",
        "agency": "Probation Service",
    }
    plan = _plan(
        age=4,
        people=[mark],
        outcomes=[
            _outcome(
                "Mason feels safe at home.",
                [_action("Share information with Carys on Craig's compliance", "Mark Stacey")],
            )
        ],
    )
    context = _context(plan)
    assert "Mum's probation" not in _printed(context)
    assert "Mark" not in _printed(context)
    assert any("Mark works with someone outside the family" in n for n in context["notes"])


def it_says_an_adults_social_worker_as_whose_they_are() -> None:
    """Plan 144: "Gareth is Mum's social worker for Carys." (role "Social Worker for
    Carys (adults)")."""
    gareth = {
        "name": "Gareth Evans",
        "role": "Social Worker for Carys (adults)",
        "agency": "Community Learning Disability Team",
    }
    printed = _printed(_context(_plan(people=[gareth])))
    assert "social worker for Carys" not in printed
    assert "Gareth is Mum's social worker." in printed


def it_calls_a_grandmother_what_the_role_says_the_child_calls_her() -> None:
    """Plan 144: "Nan will arrange for Nain to walk me to school ..." (Nan and Nain are
    the same person, Glenys, "Maternal grandmother (Nain)")."""
    nain = {"name": "Glenys Roberts", "role": "Maternal grandmother (Nain)"}
    plan = _plan(
        people=[nain],
        outcomes=[
            _outcome(
                "Mason gets to school on time.",
                [_action("Nain to walk Mason to school Mondays and Wednesdays", "Glenys Roberts")],
            )
        ],
    )
    printed = _printed(_context(plan))
    assert "Nan will arrange for Nain" not in printed
    assert "Nain will walk me to school Mondays and Wednesdays." in printed


def it_calls_a_grandmother_as_the_child_does_in_their_views() -> None:
    """Plan 145: "Nan booked tickets for me" for a girl who "put Grandma 'far away in
    Salone'"."""
    plan = _plan(
        child="Fatu Sesay",
        age=7,
        risks=[("Paternal grandmother booked tickets for Fatu to fly abroad.", "")],
        views="Fatu drew her family and put Grandma 'far away in Salone'.",
    )
    worries = " ".join(_context(plan)["worries"])
    assert "Nan booked" not in worries
    assert "Grandma booked tickets for me to fly abroad." in worries


def it_never_makes_the_worker_who_wrote_the_views_into_the_child() -> None:
    """Plan 144: "I told me I like going to my Nain's ...", "I showed me my new bed"."""
    plan = _plan(
        views="Mason told me he likes going to the park. He showed me his new bed.",
    )
    views = _context(plan)["my_views"]
    assert "I told me I like going to the park." not in views
    assert "I showed me my new bed." not in views
    assert "I said I like going to the park." in views
    assert "I showed my worker my new bed." in views


def it_never_turns_someone_elses_him_into_me() -> None:
    """Plan 152: "People are worried about Father. I am scared of me." (Kacper is
    scared of his father)."""
    plan = _plan(
        child="Kacper Nowak",
        age=13,
        risks=[("Father - history of shouting at Mum. Kacper is scared of him.", "")],
    )
    worries = " ".join(_context(plan)["worries"])
    assert "I am scared of me" not in worries
    assert "worried about Father" not in worries
    assert "People are worried about Dad." in worries


# -- C-AGE and C-DROPPED: what a younger child is told, and the main worry always --


def it_tells_a_young_child_the_worry_without_the_adult_detail() -> None:
    """Plan 147, a 4-year-old: "The grown-ups are worried about Mother's relationship
    with Craig Booth, a registered sex offender. Mum let Craig stay overnight ...
    against the written agreement ..."."""
    plan = _plan(
        age=4,
        risks=[
            (
                "Mother's relationship with Craig Booth, a registered sex offender. Carys "
                "let Craig stay overnight with Mason, against the written agreement.",
                "",
            )
        ],
    )
    context = _context(plan)
    printed = _printed(context)
    assert "sex offender" not in printed
    assert "written agreement" not in printed
    assert (
        "The grown-ups are worried about someone who is not safe to be near children."
        in context["worries"]
    )


def it_tells_a_young_child_a_parents_own_change_gently() -> None:
    """Plan 144, a 5-year-old: "Mum's benefits and rent arrears are sorted." and "Mum
    will complete a parenting course adapted for Mum and Dad with learning
    disabilities." (only Mum has one)."""
    plan = _plan(
        outcomes=[
            _outcome("Carys's benefits and rent arrears are sorted"),
            _outcome("Carys to complete a parenting course adapted for learning disabilities"),
            _outcome("Mason sleeps in his own bed every night"),
        ]
    )
    changes = [c["text"] for c in _context(plan)["changes"]]
    assert not any("arrears" in c or "learning disabilit" in c for c in changes)
    assert changes.count("Mum will get help too, to make things better for me.") == 1
    assert "I will sleep in my own bed every night." in changes


def it_tells_an_older_child_the_main_worry_when_its_detail_is_held_back() -> None:
    """Plans 146 and 150: the forced marriage missing from Sana's "Why I have a plan",
    the grooming missing from Rowan's."""
    sana = _plan(
        child="Sana Hussain",
        age=17,
        risks=[
            (
                "Sana disclosed at school on 04/09/26 that her parents had arranged her "
                "marriage to a cousin abroad; her uncle threatened her.",
                "Forced marriage; serious harm.",
            )
        ],
    )
    rowan = _plan(
        child="Rowan MacKay",
        age=12,
        risks=[
            (
                "Rowan (12) was groomed online by an adult posing as a boy; she sent "
                "images after he threatened her (sextortion). Disclosed 14/07/26.",
                "Sexual abuse online.",
            )
        ],
    )
    assert "to marry someone I have not chosen" in " ".join(_context(sana)["worries"])
    assert "someone online who tricked me, asked me for pictures and threatened me" in (
        " ".join(_context(rowan)["worries"])
    )


# -- C-VOICE: every sentence in my voice, whole --


def it_leaves_out_a_worry_that_is_a_label_glued_to_a_fragment() -> None:
    """Plan 151: "People are worried about cannot cook, no budgeting.", "Punched me
    Thursday 3 September 2026."."""
    plan = _plan(
        child="Kai Robertson",
        age=16,
        risks=[
            ("Cannot cook, no budgeting.", ""),
            ("Physical assault by stepdad. Punched Kai 03.09.26.", ""),
        ],
    )
    context = _context(plan)
    worries = " ".join(context["worries"])
    assert "worried about cannot cook" not in worries
    assert "Punched me" not in worries
    assert "are worried about someone hurting me at home." in worries
    assert any("not a whole sentence" in n for n in context["notes"])


def it_says_every_clause_of_mine_with_i() -> None:
    """Plan 146: "I am low, not sleeping, say I feel 'dead inside'; misses my brothers
    Ali and Yusuf; has thought about going home"; plan 151: "Mum and I to have family
    mediation."; "Kai safe from Gary - no contact"."""
    plan = _plan(
        child="Sana Hussain",
        age=17,
        risks=[("Sana is low and says she feels 'dead inside'; misses her brothers.", "")],
        outcomes=[
            _outcome("Mum and Sana to have family mediation"),
            _outcome("Sana safe from her uncle - no contact"),
        ],
    )
    context = _context(plan)
    printed = _printed(context)
    assert "; misses my brothers" not in printed
    assert "; I miss my brothers" in printed
    changes = [c["text"] for c in context["changes"]]
    assert "Mum and I will have family mediation." in changes
    assert "I will be safe from my uncle - no contact." in changes


# -- C-HELPERS: what each helper will do with or for me --


def it_says_what_a_helper_does_by_their_job_when_no_action_says_it() -> None:
    """Plan 151: "PC Doig will help me with things in my plan." (his action, to monitor
    bail, is not told to the child); plan 150: "Callum is my social worker." and
    nothing more."""
    doig = {"name": "PC Ryan Doig", "role": "Police officer", "agency": "Police Scotland"}
    plan = _plan(
        child="Kai Robertson",
        age=16,
        people=[doig],
        outcomes=[
            _outcome(
                "Kai is safe from Gary.",
                [_action("Police to monitor bail conditions", "PC Ryan Doig", "As required")],
            )
        ],
    )
    helpers = _helpers(_context(plan))
    assert not any("with things in my plan" in h for h in helpers)
    assert any(h.endswith("PC Doig will help keep me safe.") for h in helpers)
    assert "Rhian is my social worker. Rhian will see me and check that I am safe and well." in (
        helpers
    )


def it_says_why_a_helper_will_see_me() -> None:
    """Held-out plan 135 (reader29): "Carys will see me." with no why; plan 137:
    "Becky will help me with things in my plan." for her CSE / missing worker."""
    jess = {"name": "Jess Marsh", "role": "School Nurse", "agency": "Health Board"}
    becky = {"name": "Becky Shaw", "role": "CSE / Missing Worker", "agency": "Barnardo's"}
    plan = _plan(
        child="Tyler Hughes",
        age=11,
        people=[jess, becky],
        outcomes=[
            _outcome(
                "Tyler is safe and well.",
                [
                    _action("School nurse to see Tyler", "Jess Marsh"),
                    _action("Police disruption of the adults", "Becky Shaw"),
                ],
            )
        ],
    )
    helpers = _helpers(_context(plan))
    jess_does = next(h for h in helpers if h.startswith("Jess is my school nurse."))
    assert not jess_does.startswith("Jess is my school nurse. Jess will see me. ")
    assert jess_does.startswith(
        "Jess is my school nurse. Jess will see me and help me stay healthy."
    )
    assert not any("Becky will help me with things in my plan" in h for h in helpers)


# -- C-JARGON and C-PERSON in the grown-ups' promises --


def it_says_school_attendance_as_days_at_school() -> None:
    """Plans 144 and 149: "school attendance 81 out of 100 last year", "attend 95 out
    of 100 of sessions"."""
    plan = _plan(
        age=8,
        risks=[("School attendance 81% last year and late 14 times in the summer term.", "")],
        outcomes=[_outcome("Mason does PE every week and attends 95% of sessions")],
    )
    context = _context(plan)
    printed = _printed(context)
    assert "attendance 81 out of 100" not in printed
    assert "95 out of 100 of sessions" not in printed
    # a notes-list worry (family31b) is said by its topic, in the child's words
    assert (
        "The grown-ups are worried about how often I get to school, and on time."
        in (context["worries"])
    )
    assert "attend 95 out of every 100 sessions" in printed


def it_says_a_parents_own_promise_once_and_what_they_will_not_ask_me() -> None:
    """Plans 147, 152 and 146: "Mum will make sure Mum does not speak negatively about
    Dad ...", "Dad will make sure Dad does not go to my school ..., and not to ask ...",
    "Mum will come alone and not to ask me where she lives or studies"."""
    plan = _plan(
        child="Sana Hussain",
        age=17,
        outcomes=[
            _outcome(
                "Sana sees her mum safely.",
                [
                    _action(
                        "Carys not to go to Sana's college, and not to ask other people "
                        "where Sana lives",
                        "Carys Pritchard",
                    ),
                    _action(
                        "Carys to come alone and not to ask Sana where she lives or studies",
                        "Carys Pritchard",
                    ),
                ],
            )
        ],
    )
    printed = _printed(_context(plan))
    assert "Mum will make sure Mum does not" not in printed
    assert "not to ask me where she lives" not in printed
    assert "Mum will not go to my college, and will not ask other people where I live." in printed
    assert "Mum will come alone and will not ask me where I live or study." in printed


def it_puts_a_police_officer_among_my_helpers_whatever_their_team() -> None:
    """Plan 146: "DS Qureshi is a police officer who helps keep me safe." under "What my
    family will do" (his team: Domestic Abuse Task Force)."""
    qureshi = {
        "name": "DS Imran Qureshi",
        "role": "Domestic Abuse Task Force",
        "agency": "Police Scotland",
    }
    context = _context(_plan(child="Sana Hussain", age=17, people=[qureshi]))
    assert not any("DS Qureshi" in line for line in context["grown_ups"])
    assert any(h.startswith("DS Qureshi is a police officer") for h in _helpers(context))


def it_keeps_a_goal_in_one_tense_and_two_things_of_mine_plural() -> None:
    """Plans 150, 145 and 146: "I will feel less anxious and am sleeping better.", "I
    will stay in the UK and am not cut", "My feelings and mental health improves.", and
    the worker's "in words for my age" left in."""
    plan = _plan(
        child="Rowan MacKay",
        age=12,
        outcomes=[
            _outcome("Rowan feels less anxious and is sleeping better"),
            _outcome("Rowan stays in the UK and is not cut"),
            _outcome("Rowan's feelings and friendships improve"),
            _outcome("Rowan can tell a trusted adult, in words for her age, that she is safe"),
        ],
    )
    changes = [c["text"] for c in _context(plan)["changes"]]
    printed = " ".join(changes)
    assert "and am sleeping" not in printed
    assert "and am not cut" not in printed
    assert "in words for my age" not in printed
    assert "I will feel less anxious and will be sleeping better." in changes
    assert "I will stay in the UK and will not be cut." in changes
    assert "My feelings and friendships improve." in changes or (
        "My feelings and friendships will improve." in changes
    )


def it_says_a_referral_as_asking_for_help_for_me() -> None:
    """Plan 144: "Mrs Lloyd will have request for help from the speech and language
    therapy with me." (her action: "Referral to SALT")."""
    lloyd = {"name": "Mrs Angharad Lloyd", "role": "Reception class teacher", "agency": "School"}
    plan = _plan(
        people=[lloyd],
        outcomes=[
            _outcome(
                "Mason's speech will improve.",
                [_action("Referral to SALT", "Mrs Angharad Lloyd", "Once")],
            )
        ],
    )
    helpers = " ".join(_helpers(_context(plan)))
    assert "have request for help" not in helpers
    assert "Mrs Lloyd will ask the speech and language therapy team to help me." in helpers


def it_keeps_a_helpers_time_with_me_beside_a_referral_said_in_my_words() -> None:
    """Held-out plan 134: "Jamie will spend time with me on my own." was lost once his
    referral could be said ("Jamie will ask the ... team to help me")."""
    jamie = {"name": "Jamie Kerr", "role": "Youth Justice Worker", "agency": "Council"}
    plan = _plan(
        child="Kyle Munro",
        age=15,
        people=[jamie],
        outcomes=[
            _outcome(
                "Kyle is safe from the people exploiting him.",
                [
                    _action(
                        "1:1 sessions with Kyle on exploitation and debt bondage", "Jamie Kerr"
                    ),
                    _action("Referral to Choices for Life service", "Jamie Kerr", "Once"),
                ],
            )
        ],
    )
    jamie_does = next(h for h in _helpers(_context(plan)) if h.startswith("Jamie is my"))
    assert "Jamie will ask the Choices for Life team to help me." in jamie_does
    assert "Jamie will spend time with me on my own." in jamie_does


def it_never_says_a_grown_ups_referral_is_help_for_me() -> None:
    """Merged stop 31: "Referral to perinatal mental health team" (the mother's help)
    came out as "... will ask the perinatal mental health team to help me"."""
    worker = {"name": "Harriet Hill", "role": "Social Worker", "agency": "Children's Services"}
    plan = _plan(
        people=[worker],
        outcomes=[
            _outcome(
                "Mason is cared for every day.",
                [
                    _action("Referral to perinatal mental health team", "Harriet Hill", "Once"),
                    _action("Referral to SALT", "Harriet Hill", "Once"),
                ],
            )
        ],
    )
    helpers = " ".join(_helpers(_context(plan)))
    assert "perinatal" not in helpers
    assert "Harriet will ask the speech and language therapy team to help me." in helpers
