"""Rules about actions: SMART, done by someone in the core group, with a purpose, and
not so many that the parents are overwhelmed.  PLAN-06, 07, 14, 18."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from plangen.intake.vocabulary import family_called, normalise
from plangen.model import Action, Outcome, Plan, PlanKind, Threshold
from plangen.rules.base import (
    DATES,
    STARTED_OR_DONE,
    Context,
    Flag,
    actions,
    child_names,
    closest_person,
    due_date,
    effective_timescale,
    find_person,
    holiday_passed,
    is_parent,
    means_parents,
    parents,
    rule,
)
from plangen.rules.findings import PLAN, Place, Severity
from plangen.rules.text import WordLists, blank_out, quoted

Found = Iterator[Flag]


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
        sharing = _sharing(outcome, index) if action.timescale.strip() else 0
        also = (
            f" (shared by the {sharing} actions below it)"
            if sharing > 1
            else " (shared by the action below it)"
            if sharing
            else ""
        )
        for field, problem, advice, why in smart_gaps(context.words, action, timescale):
            if field == "timescale" and also:
                problem = problem.rstrip(".") + f"{also}."
            if not core_groups:  # an Early Help or Child in Need plan meets at reviews
                advice = advice.replace("every core group", "every review")
            yield place / field if field else place, problem, advice, why
        if not action.timescale.strip():
            # a blank cell under a vague timescale shares its vagueness: this action is
            # not SMART either (a chair raises it on each action, not only the first)
            if timescale and (vague := context.words.vague_timescale(timescale)):
                # on the action: its own cell is blank, merged on paper into the one above
                yield (
                    place,
                    f'This action\'s timescale is the one above it, "{timescale.strip()}", '
                    "which is not a timescale.",
                    "Give this action its own date or period, and when progress will be reviewed.",
                    f"a blank timescale under the one above: {vague}",
                )
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
        if outcome.actions[later_index].timescale.strip():
            break
        if outcome.timescale_of(later_index) != outcome.actions[index].timescale:
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
        yield (
            "",
            "The action does not say what will actually be done.",
            'Say what the person will do, e.g. "visit weekly to go through the morning '
            'routine with Jordan and mum", not only "support" or "monitor".',
            f"only {quoted(words.find('action.vague_doing', text))} and a topic",
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
    if repeated and (not frequency or vague) and not words.find("action.occasion", text):
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
            'Give a date or a period ("within 6 weeks", "by the next review"): a plan should '
            "drive change in a timely manner.",
            "the timescale is blank",
        )
    elif action.timescale.strip() and (vague := words.vague_timescale(timescale)):
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
                    "Everyone with an action belongs in the core group, with their role and "
                    "contact details; add them or correct the name"
                    + (" so it is spelled the same everywhere." if like else "."),
                )


@rule("PLAN-14", Severity.ADVICE, 'seed 002 "Interventions"', "parents likely overwhelmed")
def parents_overwhelmed(plan: Plan, context: Context) -> Found:
    words, limits = context.words, context.settings
    professionals: set[str] = set()
    contacts = 0.0
    counted: list[str] = []
    names = tuple(p.name.split()[0] for p in parents(plan) if p.name.split())
    own = [re.escape(n) for n in child_names(plan)]
    child = re.compile(rf"\b(?:{'|'.join(own)})\b", re.I) if own else None
    for _, _, _, action in actions(plan):
        # a contact with the parents: a professional's action done with them, not a
        # message sent to them
        family = [n for n in action.responsible if is_family(plan, words, n)]
        workers = [n for n in action.responsible if n not in family]
        # a parent among the people responsible: a contact only when the action is one
        # (a session, a visit, support), not a routine the family keeps with the worker
        named = any(means_parents(n) or is_parent_named(plan, n) for n in family)
        named = named and bool(words.find("parents_involved.contact", action.text))
        with_them = named or words.involves_parents(action.text, names)
        # a parent going to a service on their own ("Mum to attend her CGL group
        # weekly"): a planned contact with its workers, though none is named
        service = words.find("process.service_heads", action.text) if named else None
        if not (workers or service) or not with_them or words.is_a_message(action.text):
            continue
        frequency = _contact_frequency(words, action, bool(family), child)
        if weight := words.contacts_a_week(frequency):
            contacts += weight
            by = " & ".join(workers) or (service.group(0) if service else "")
            counted.append(f"{action.frequency} ({by})")
        for name in workers:
            person = find_person(plan, name)
            professionals.add(person.name if person else name)
    why = f"counted: {'; '.join(counted)}"
    if len(professionals) > limits.max_professionals_with_parents:
        yield (
            PLAN,
            f"{len(professionals)} professionals are working with the parents.",
            f"Too many professionals at once (more than {limits.max_professionals_with_parents}) "
            "can lead to disengagement and mixed messages: agree who leads each piece of work.",
            f"professionals: {', '.join(sorted(professionals))}",
        )
    if said := words.find("parents_involved.too_much", plan.family_views):
        # the parents have said it: a chair answers that whatever the count
        yield (
            Place(("family_views",)),
            f"The parents say the plan is a lot for them: {_sentence_of(plan.family_views, said)}",
            "Take it up with them: combine visits where you can (joint visits), agree who "
            "leads each piece of work, and make sure each contact has a purpose they "
            "understand.",
            f"the parents' views: {quoted(said)}",
        )
    if contacts > limits.max_contacts_a_week:
        yield (
            PLAN,
            f"The plan sets about {contacts:g} contacts a week with the parents "
            f"({'; '.join(counted)}).",
            f"More than {limits.max_contacts_a_week:g} a week may overwhelm them: combine "
            "visits, and make sure each contact has a purpose the parents understand.",
            why,
        )


def _sentence_of(text: str, found: re.Match[str]) -> str:
    """The words around ``found`` up to the sentence's ends, shortened to 120 characters."""
    start = max(text.rfind(".", 0, found.start()) + 1, 0)
    end = text.find(".", found.end())
    sentence = " ".join(text[start : end if end >= 0 else len(text)].split())
    if len(sentence) > 120:
        return sentence[:117].rstrip() + "..."
    return sentence if sentence.endswith(("!", "?", '"', "”")) else sentence + "."


_TO_DO = re.compile(r"\b(?:to|will)\s+\w", re.I)
_SCHOOL_DAYS = re.compile(r"\b(?:term[- ]?time|school days?|weekdays?|mon(?:day)?\s*-\s*fri)", re.I)
# One phase after another: "then", or a later part that says when it starts
# ("Fortnightly antenatal appointments, weekly from 36 weeks").
_PHASES = re.compile(r"\bthen\b|,\s*(?=[^,;()]*\b(?:from|after|once)\b)", re.I)
_PARTS = re.compile(r"[;/+\n]")


def _contact_frequency(
    words: WordLists, action: Action, with_family: bool, child: re.Pattern[str] | None
) -> str:
    """The parts of an action's frequency that are contacts with the parents: not a
    home-school book or a log ("Home-school book daily; home visit once"), not the
    child's school days when the action names the child ("graded return timetable with
    Ollie and Dad", "Daily (term time)"), and, when a family member shares the action,
    the worker's visits or sessions rather than the family's own routine ("Daily /
    checked each visit": the lockbox is the family's).  Of phases one after another
    ("Fortnightly to 36 weeks then weekly", "Weekly for 6 weeks then review") the
    busiest counts: the parents meet one phase at a time, never the sum."""
    phases = [
        _phase_contacts(words, phase, action.text, with_family, child)
        for phase in _PHASES.split(action.frequency)
    ]
    return max(phases, key=words.contacts_a_week, default="")


def _phase_contacts(
    words: WordLists, phase: str, text: str, with_family: bool, child: re.Pattern[str] | None
) -> str:
    parts = [p for p in _PARTS.split(phase) if p.strip() and not words.is_a_message(p)]
    if child is not None and child.search(text):
        parts = [p for p in parts if not _SCHOOL_DAYS.search(p)]
    if with_family:
        contacts = [p for p in parts if words.find("parents_involved.contact", p)]
        parts = contacts or parts
    return "; ".join(p.strip() for p in parts)


def is_family(plan: Plan, words: WordLists, name: str) -> bool:
    """A person responsible who is family, not a professional: the parents, what a
    family calls a relative ("Nan"), or a core-group member whose role is a relative
    ("Maternal aunt", "Grandad's wife")."""
    if means_parents(name) or normalise(name) in family_called():
        return True
    person = find_person(plan, name)
    return person is not None and (
        is_parent(person) or bool(words.find("parents_involved.family_roles", person.role))
    )


def is_parent_named(plan: Plan, name: str) -> bool:
    person = find_person(plan, name)
    return person is not None and is_parent(person)


@rule("PLAN-18", Severity.WEAKNESS, 'seed 002 "Interventions"', "action linked to no outcome")
def action_without_outcome(plan: Plan, context: Context) -> Found:
    for place, outcome, _, _ in actions(plan):
        if not outcome.text:
            yield (
                place,
                "This action is linked to no outcome for the child.",
                "Professional contact has to have a purpose: say which outcome it serves, so "
                "the parents understand why it happens.",
            )
