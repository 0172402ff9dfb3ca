"""Rules about the plan as a whole: risks, contingency, meetings, voices, the lead
professional, step-down.  PLAN-08, 09, 10, 11, 12, 13, 16, 20 (PLAN-19 reads a whole
run and is :func:`plangen.rules.check_run`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from plangen.model import CorePerson, Plan, PlanKind, Threshold
from plangen.rules.base import (
    Context,
    Flag,
    adult_names,
    called,
    child_names,
    is_baby,
    is_unborn,
    later,
    parents,
    rule,
)
from plangen.rules.findings import Place, Severity
from plangen.rules.text import quoted

Found = Iterator[Flag]


_CHILD_WORDS = r"child|children|young person|baby|babies|son|daughter|siblings?|kids?"


def _names_the_child(plan: Plan, text: str) -> bool:
    names = "|".join(re.escape(n) for n in child_names(plan) if len(n) > 1)
    pattern = rf"\b(?:{names + '|' if names else ''}{_CHILD_WORDS})\b"
    return re.search(pattern, text, re.IGNORECASE) is not None


# The risk to the child written in the risk factor's own cell under its label, as seed
# 002 lays a risk out ("Risk factor: ... Risk to child: Harris is left ..."): it is given.
_LABELLED_RISK_TO_CHILD = re.compile(r"\brisks? to (?:the )?(?:child|baby)\s*[:-]\s*\w", re.I)
# Where a need's first clause ends: "The family are exhausted | - Oliwia wakes ...".
_CLAUSE_END = re.compile(r"[.;:]\s|\s[-–]\s")


def _first_clause(text: str) -> str:
    """A need's first clause, the one that says whose need it is: "The family are
    exhausted" names no child although the detail after it does ("- Oliwia wakes 3-4
    times a night"); "Ruby is often late" names her."""
    end = _CLAUSE_END.search(text)
    return text[: end.start()] if end else text


@rule(
    "PLAN-08",
    Severity.WEAKNESS,
    'seed 002 "specify the risks"',
    "risk without its factor or its risk to the child",
)
def risk_not_specified(plan: Plan, context: Context) -> Found:
    for r, risk in enumerate(plan.risks):
        place = Place(("risks", r))
        if not risk.risk_factor and plan.kind is PlanKind.CHILDS_PLAN:
            # a Child's Plan answers needs, at any level (seed 000: "the risk or need"):
            # an Early Help family reads "risk" as an accusation
            yield (
                place / "risk_factor",
                "The need this part of the plan answers is missing.",
                'Say what the child needs, or what in their life causes concern, e.g. "Ruby '
                'is often late and misses lessons".',
            )
        elif not risk.risk_factor:
            yield (
                place / "risk_factor",
                "The risk factor is missing.",
                'Say what in the child\'s life causes concern, e.g. "parental substance misuse".',
            )
        if (
            plan.kind is PlanKind.CHILDS_PLAN
            and risk.risk_factor
            and not risk.risk_to_child
            and not _names_the_child(plan, _first_clause(risk.risk_factor))
        ):
            # a need that is the family's alone ("Family need support with money and
            # housework"): what it means for the child is the plan's reason (a held-out
            # chair raised it on an Early Help plan)
            yield (
                place / "risk_to_child",
                f"The plan does not say what this need means for {called(plan)}.",
                f'Say how it affects {called(plan)}, e.g. "{called(plan)} '
                'misses school to help at home".',
            )
        if (
            plan.kind is PlanKind.CP_PLAN
            and not risk.risk_to_child
            and not _LABELLED_RISK_TO_CHILD.search(risk.risk_factor)
        ):
            yield (
                place / "risk_to_child",
                "The plan does not say what the risk to the child is.",
                'Say what harm it brings the child, e.g. "neglect: tired, hungry, absent '
                'from school".',
            )


@rule("PLAN-09", Severity.WEAKNESS, "both seeds", "risk with no action or no outcome for the child")
def risk_not_addressed(plan: Plan, context: Context) -> Found:
    for r, risk in enumerate(plan.risks):
        place = Place(("risks", r))
        need = "meet this need" if plan.kind is PlanKind.CHILDS_PLAN else "reduce this risk"
        if not risk.actions:
            yield (
                place,
                f"Nothing is planned to {need}.",
                "Add actions: who will do what, how often and by when.",
            )
        for o, outcome in enumerate(risk.outcomes):
            if not outcome.text.strip() and outcome.actions and any(x.text for x in risk.outcomes):
                # an outcome row left blank with actions under it: the work is planned, but
                # not what it is for (a held-out chair raised the blank row, not the risk)
                count = len(outcome.actions)
                yield (
                    place / "outcomes" / o,
                    f"This outcome is blank, but {count} action{'s' if count > 1 else ''} "
                    f"sit{'' if count > 1 else 's'} under it: what they should change for "
                    f"{called(plan)} is not written.",
                    "Write the outcome for the child these actions work towards, or move them "
                    "under the outcome they serve.",
                    "the outcome text is blank; its actions are not",
                )
        if not any(outcome.text for outcome in risk.outcomes):
            yield (
                place,
                f"No outcome for the child is given for this {need.split()[-1]}.",
                "Say what will be different for the child when the "
                + ("need is met." if plan.kind is PlanKind.CHILDS_PLAN else "risk is reduced."),
            )


@rule(
    "PLAN-10",
    Severity.WEAKNESS,
    "seed 000; Buckinghamshire SCP",
    "no contingency plan, or one that only names a process",
)
def contingency(plan: Plan, context: Context) -> Found:
    place = Place(("contingency", "plan"))
    text, timescale = plan.contingency.plan, plan.contingency.timescale
    if not text:
        yield (
            place,
            "There is no contingency plan.",
            "Say what will happen if the outcomes are not achieved, and by when.",
        )
        return
    # at child protection the response is what keeps the child safe: a process with a
    # trigger however long ("If ... by the review conference, a strategy meeting will be
    # held") is still only a process; below it, stepping up is itself the response
    at_cp = plan.kind is PlanKind.CP_PLAN or plan.threshold is Threshold.CHILD_PROTECTION
    words = context.words
    gaps = words.contingency_gaps(text, timescale)
    vague = words.vague_trigger(text)
    # only considering a step ("a CPPM will be considered") decides nothing at any level
    considered = bool(words.find("contingency.considered", text))
    if words.names_only_a_process(text, by_structure=at_cp or considered):
        # what else it lacks is said with it (reader30 item 158: "says only that the
        # contingency has no timescale", not that it names a process and no trigger)
        more = [g for g in gaps if g != "what will happen for the child"]
        yield (
            place,
            "The contingency plan only names a process."
            + (f" It does not give {' or '.join(more)}." if more else "")
            + (_VAGUE_TOO.format(vague) if vague and _NO_TRIGGER not in more else ""),
            "Say what will happen for the child (where they will live, who will care for them) "
            "and when, not only the process.",
            f"the process {quoted(words.find('contingency.process_only', text))} and "
            "nothing that happens for the child",
        )
        return
    if vague and not gaps:
        # a response and a time, but nothing anyone could see happen: no one knows when
        # to act (a held-out chair raised "if concerns continue" as a weakness)
        yield (
            place,
            f"The contingency plan's trigger ({vague}) does not say what would show the "
            "plan is not working.",
            f'Name what would be seen or measured ("if {called(plan)} misses 2 school '
            'days in a week", "if a parent is found under the influence while caring"), so '
            "everyone knows when to act.",
            f"vague trigger {vague}",
        )
    elif gaps:
        yield (
            place,
            f"The contingency plan does not give {' or '.join(gaps)}."
            + (_VAGUE_TOO.format(vague) if vague else ""),
            "Write it as: if this does not change by when, then this will happen for the child.",
        )


_NO_TRIGGER = "a trigger (if ...)"
_VAGUE_TOO = " Its trigger ({}) does not say what would show the plan is not working."


_CONFERENCE = re.compile(
    r"\b(?:conference|cppm|rcpc|icpc|child protection planning meeting)\b", re.I
)


@rule(
    "PLAN-11",
    Severity.WEAKNESS,
    'seed 000 "reviewed at least every 6 weeks"',
    "next meeting missing, too far off, or before the plan",
)
def next_meeting(plan: Plan, context: Context) -> Found:
    review = plan.next_review
    conference = review is not None and bool(_CONFERENCE.search(review.details))
    at_cp = plan.threshold is Threshold.CHILD_PROTECTION and (plan.next_core_group or conference)
    if plan.kind is PlanKind.CP_PLAN or at_cp:
        # at child protection the core group meets between review conferences: a Child's
        # Plan's review there may be the review CPPM or conference, months away
        # (Scotland: within 6 months), not the 6-weekly meeting (the mid-point reviewing
        # officer); a review that is the core group ("Core group / plan review") is
        # judged as one
        weeks = context.settings.weeks_to_next_meeting(PlanKind.CP_PLAN)
        field, meeting, what = "next_core_group", plan.next_core_group, "core group"
        if (
            plan.kind is PlanKind.CHILDS_PLAN
            and review
            and review.date
            and review.date < plan.plan_date
        ):
            yield (
                Place(("next_review",)),
                f"The next review ({review.date:%d.%m.%y}) is before the date of the plan.",
                "Check the dates.",
            )
    else:
        weeks = context.settings.weeks_to_next_meeting(plan.kind)
        field, meeting, what = "next_review", plan.next_review, "review"
    place = Place((field,))
    if meeting is None or meeting.date is None:
        said = f' (the plan says "{meeting.details}")' if meeting and meeting.details else ""
        yield (
            place,
            f"No date is set for the next {what}{said}.",
            f"Set one within {weeks} weeks.",
        )
    elif meeting.date < plan.plan_date:
        yield (
            place,
            f"The next {what} ({meeting.date:%d.%m.%y}) is before the date of the plan.",
            "Check the dates.",
        )
    elif (due := later(plan.plan_date, dt.timedelta(weeks=weeks))) and meeting.date > due:
        gap = (meeting.date - plan.plan_date).days // 7
        yield (
            place,
            f"The next {what} is {gap} weeks after the plan.",
            f"Meet at least every {weeks} weeks, so drift is seen and acted on.",
        )


@rule(
    "PLAN-12",
    Severity.WEAKNESS,
    'seed 000 "developed together with the child"',
    "the child's views not recorded",
)
def child_views(plan: Plan, context: Context) -> Found:
    if is_unborn(plan):
        return  # a baby not yet born has no views to record (the pre-birth plan says so)
    if not plan.child_views:
        yield (
            Place(("child_views",)),
            f"{called(plan, start=True)}'s views are not recorded.",
            f"Write what {called(plan)} said, in {called(plan)}'s own words where possible, and "
            "how the child was seen or heard.",
        )
    elif context.words.find("child_views.case_record", plan.child_views):
        return  # recorded, and kept on the case record rather than in the copies
    elif is_baby(plan):
        # a baby under 1 cannot give views: what was observed of them, or what a parent
        # or health visitor saw, is how the baby is heard
        return
    elif (cannot := context.words.find("child_views.cannot_give", plan.child_views)) and not (
        context.words.find("child_views.observed", plan.child_views)
    ):
        yield (
            Place(("child_views",)),
            f"{called(plan, start=True)}'s views are recorded only as not able to be given.",
            "Record what was observed (how they presented, who they were at ease with) and "
            "how they were helped to communicate (pictures, signing, Makaton).",
            f"{quoted(cannot)} with no observation and no way of communicating",
        )
    elif reported := context.words.second_hand_views(
        plan.child_views,
        child_names(plan),
        tuple(name for name, _ in adult_names(plan, context.words)),
        observed_is_heard=bool(context.words.find("child_views.cannot_give", plan.child_views)),
    ):
        yield (
            Place(("child_views",)),
            f"{called(plan, start=True)}'s views are recorded only as others report them.",
            "What a parent or professional says the child thinks is not the child's voice: "
            "see the child, on their own where it is safe, and write what they said.",
            f"reported by someone else: {reported}",
        )


@rule("PLAN-13", Severity.WEAKNESS, "both seeds", "family not involved")
def family_involved(plan: Plan, context: Context) -> Found:
    family = parents(plan)
    if not family:
        yield (
            Place(("core_group",)),
            "No parent or carer is in the core group.",
            "Add the parents or carers to the core group, so the plan is worked out with the "
            "family.",
        )
    elif not any(person.present for person in family):
        yield (
            Place(("core_group",)),
            "No parent or carer is recorded as present.",
            "Record who attended; if the parents were not there, say how the plan will be "
            "shared with them and their views sought.",
        )
    if not plan.family_views:
        yield (
            Place(("family_views",)),
            "The parents' or carers' views are not recorded.",
            "Record whether they accept change is needed and what they think will help.",
        )


_LEAD_ROLE = re.compile(r"\blead\s+professional\b", re.I)


def lead_professionals(plan: Plan) -> list[CorePerson]:
    """The plan's lead professionals: those marked, or with no one marked, those whose
    role says it ("Lead Professional Social Worker", as seed 002 writes it; a JSON
    intake keeps the words in the role)."""
    return plan.lead_professionals or [p for p in plan.core_group if _LEAD_ROLE.search(p.role)]


@rule("PLAN-16", Severity.WEAKNESS, "seed 002 example", "no lead professional, or more than one")
def lead_professional(plan: Plan, context: Context) -> Found:
    leads = lead_professionals(plan)
    if not leads:
        yield (
            Place(("core_group",)),
            "No lead professional is named.",
            "Name one lead professional (usually the social worker), so the family know who "
            "to go to.",
        )
    elif len(leads) > 1:
        names = ", ".join(person.name for person in leads)
        yield (
            Place(("core_group",)),
            f"{len(leads)} lead professionals are named ({names}).",
            "Name one, so the family and the core group know who coordinates the plan.",
        )
