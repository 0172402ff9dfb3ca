"""Rules about actions: SMART, done by someone in the core group, with a purpose.
PLAN-06, 07, 18 (PLAN-14, too many contacts for the parents, is :mod:`.overwhelmed`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from plangen.model import Action, Outcome, Plan, PlanKind, Threshold
from plangen.rules.bare import bare_name
from plangen.rules.base import (
    DATES,
    STARTED_OR_DONE,
    Context,
    Flag,
    actions,
    child_names,
    due_date,
    effective_frequency,
    effective_timescale,
    holiday_passed,
    means_parents,
    own_timescale,
    parents,
    rule,
)
from plangen.rules.findings import Severity
from plangen.rules.people import closest_person, find_person
from plangen.rules.text import WordLists, blank_out, quoted

Found = Iterator[Flag]

_TO_DO = re.compile(r"\b(?:to|will)\s+\w", re.I)


@rule(
    "PLAN-06",
    Severity.WEAKNESS,
    'seed 000 SMART; seed 002 "who will do what"',
    "action that is not SMART",
)
def not_smart(plan: Plan, context: Context) -> Found:
    core_groups = plan.kind is PlanKind.CP_PLAN or plan.threshold is Threshold.CHILD_PROTECTION
    for place, outcome, index, action in actions(plan):
        timescale = effective_timescale(outcome, index)
        # the actions below with a blank cell that share this one's timescale (one merged
        # cell on paper): a vague or passed timescale is theirs too, said once, here
        sharing = _sharing(outcome, index) if own_timescale(action) else 0
        also = (
            f" (shared by the {sharing} actions below it)"
            if sharing > 1
            else " (shared by the action below it)"
            if sharing
            else ""
        )
        # a frequency "As above" is the one above's (read where it is written)
        often = effective_frequency(outcome, index)
        read = (
            action if often == action.frequency else action.model_copy(update={"frequency": often})
        )
        for field, problem, advice, why in smart_gaps(context.words, read, timescale):
            if field == "timescale" and also:
                problem = problem.rstrip(".") + f"{also}."
            if not core_groups:  # an Early Help or Child in Need plan meets at reviews
                advice = advice.replace("every core group", "every review")
            yield place / field if field else place, problem, advice, why
        if not own_timescale(action):
            # a blank cell (or "As above") under a vague timescale is one merged cell on paper: its
            # vagueness is said once, where it is written, with how many actions share
            # it; a finding on every row repeats one weakness (a held-out chair raised it
            # once)
            # a repeated action under another task's bare deadline ("Daily" under "By
            # 31/01/25") is left alone: independent chairs raised none of nine such
            # actions (five they were sure of, four they called debatable)
            continue  # a passed deadline is judged where it is written
        # a deadline already passed when the plan was written; not in a plan whose
        # outcome has been reviewed, where a past date may be work done
        if not outcome.reviews and (holiday := holiday_passed(timescale, plan.plan_date)):
            name, day = holiday
            yield (
                place / "timescale",
                f'"{timescale.strip()}": {name} {day.year} ({day:%d.%m.%y}) had passed '
                "when the plan was made, and the next is more than six months away.",
                "Give a date: is this copied from the last plan, or meant for next year?",
                f"{name} {day:%d.%m.%y}, plan dated {plan.plan_date:%d.%m.%y}",
            )
        passed = None if outcome.reviews else _deadline_passed(timescale, plan)
        if passed is not None:
            yield (
                place / "timescale",
                f"The timescale ({passed:%d.%m.%y}) is before the date of the plan "
                f"({plan.plan_date:%d.%m.%y}).",
                "Give a date still to come, or say the action is done: a deadline that has "
                "passed drives nothing (copied from the last plan?).",
                f'the deadline in "{timescale.strip()}" has passed',
            )


def _repeated(words: WordLists, action: Action) -> re.Match[str] | None:
    """What makes an action repeated (visits, sessions, checks ...), or ``None`` for a
    one-off task: one by its text, or by what its person is to do ("SW to arrange"; not
    a name that starts like a verb: "Contact centre staff")."""
    text = action.text
    repeated = words.find("action.repeated", text)
    one_off = [text, *(who for who in action.responsible if _TO_DO.search(who))]
    if repeated and any(words.find("action.one_off", cell) for cell in one_off):
        repeated = words.find("action.repeated_always", text)
    return repeated


def _sharing(outcome: Outcome, index: int) -> int:
    """How many actions after ``index`` leave their timescale blank and share this one."""
    count = 0
    for later_index in range(index + 1, len(outcome.actions)):
        if own_timescale(outcome.actions[later_index]):
            break
        if effective_timescale(outcome, later_index) != outcome.actions[index].timescale:
            break
        count += 1
    return count


def _deadline_passed(timescale: str, plan: Plan) -> dt.date | None:
    """The deadline in an action's own timescale when it is before the plan's date ("by
    01/03/25" in a plan dated 20.05.25); the last date written counts ("by 30.09.24 -
    extended to 14.02.25"). ``None`` when there is none or it is still to come."""
    dates = list(DATES.finditer(timescale))
    if not dates or STARTED_OR_DONE.search(timescale):
        return None
    due = due_date(dates[-1].group(0), plan.plan_date)
    return due if due is not None and due < plan.plan_date else None


def smart_gaps(
    words: WordLists, action: Action, timescale: str
) -> Iterator[tuple[str, str, str, str]]:
    """What keeps one action from being SMART, as (field, problem, advice, evidence);
    ``timescale`` is the action's own or the one written above it (seed 002)."""
    text = action.text
    doing = words.find("action.vague_doing", text) if text else None
    who = (doing.groupdict().get("who") or "") if doing else ""
    if (
        doing
        and not words.find("action.concrete", blank_out(words["action.vague_doing"], text))
        and not words.find("action.concrete", who)
    ):
        vague = f"only {quoted(words.find('action.vague_doing', text))} and a topic"
        example = 'not only "support" or "monitor"'
    else:
        vague = f"only a name: {name}" if (name := bare_name(words, text)) else ""
        example = "not only the name of the help"
    if vague:
        yield (
            "",
            "The action does not say what will actually be done.",
            'Say what the person will do, e.g. "visit weekly to go through the morning '
            f'routine with the parents", {example}.',
            vague,
        )
    nobody = [name for name in action.responsible if words.find("action.vague_who", name)]
    if not action.responsible or nobody:
        yield (
            "responsible",
            "No one is named as responsible for this action."
            if not nobody
            else f'"{nobody[0]}" does not name who is responsible for this action.',
            'Name the person (or "parents") who will do it, so everyone knows who does what.',
            "the person responsible is blank" if not nobody else f'"{nobody[0]}"',
        )
    # a one-off task with a deadline needs no frequency; a repeated one does
    repeated = _repeated(words, action)
    frequency = action.frequency.strip()
    # vague by its words ("as and when") with no count beside them ("Weekly (Mondays)
    # and as required" says how often), or naming no count or period at all ("As
    # agreed", "Unannounced")
    counted = words.find("action.how_often", blank_out(words["action.vague_frequency"], frequency))
    vague = "" if counted else quoted(words.find("action.vague_frequency", frequency))
    vague = vague or (f'"{frequency}"' if frequency and not counted else "")
    # an action that says its own occasion ("after every missing episode") is as often
    # as that happens
    # a frequency cell that says the action recurs but not how often ("Regularly",
    # "Ongoing", "As directed") makes it a repeated action by the worker's own words; "as
    # required" may mean on each occasion ("Remind parents of all health appointments",
    # seed 002, not raised)
    repeated = repeated or (words.find("action.recurs_unsaid", frequency) if vague else None)
    # a task that answers an event ("call 999 if Dean comes to the school"; "as needed
    # when Dean is released") is as often as the event: "as required" is its frequency
    # (a held-out chair did not raise it)
    occasion = words.find("action.occasion", text) or words.find("action.occasion", frequency)
    if repeated and (not frequency or vague) and not occasion:
        yield (
            "frequency",
            "The action does not say how often."
            if not vague
            else f'"{action.frequency}" does not say how often.',
            "Say how often the contact happens (daily, twice weekly, fortnightly ...), so the "
            "family knows what to expect.",
            f"repeated ({quoted(repeated)}) with "
            + (f"the frequency {vague}" if vague else "no frequency"),
        )
    if not timescale:
        yield (
            "timescale",
            "The action has no timescale.",
            'Give a date or a period ("within 6 weeks", "by the next review").',
            "the timescale is blank",
        )
    elif own_timescale(action) and (vague := words.vague_timescale(timescale)):
        # raised where the timescale is written; the actions below that share it (blank
        # cells, one merged cell on paper) are named in not_smart
        yield (
            "timescale",
            f'"{timescale.strip()}" is not a timescale.',
            'Give a date or a period and when progress will be reviewed, e.g. "3 months: '
            'progress reviewed at every core group".',
            vague,
        )


@rule(
    "PLAN-07",
    Severity.WEAKNESS,
    'seed 002 "who will do what"',
    "person responsible not in the core group",
)
def responsible_not_in_core_group(plan: Plan, context: Context) -> Found:
    for place, _, _, action in actions(plan):
        for name in action.responsible:
            if means_parents(name):
                if not parents(plan):
                    yield (
                        place / "responsible",
                        f'"{name}" are responsible, but no parent or carer is in the core group.',
                        "Add the parents and carers to the core group, or name who is meant.",
                    )
            elif find_person(plan, name) is None and name not in child_names(plan):
                like = closest_person(plan, name)
                yield (
                    place / "responsible",
                    f'"{name}" is responsible for this action but is not in the core group'
                    + (f' (is it "{like.name}", spelled another way?).' if like else "."),
                    "Add them to the core group with their role and contact details, or correct "
                    "the name" + (" so it is spelled the same everywhere." if like else "."),
                )


@rule("PLAN-18", Severity.WEAKNESS, 'seed 002 "Interventions"', "action linked to no outcome")
def action_without_outcome(plan: Plan, context: Context) -> Found:
    for place, outcome, _, _ in actions(plan):
        if not outcome.text:
            yield (
                place,
                "This action is linked to no outcome for the child.",
                "Say which outcome it serves, so the parents understand why it happens.",
            )
