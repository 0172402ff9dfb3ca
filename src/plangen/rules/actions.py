"""Rules about actions: SMART, done by someone in the core group, with a purpose, and
not so many that the parents are overwhelmed.  PLAN-06, 07, 14, 18."""

from __future__ import annotations

from collections.abc import Iterator

from plangen.model import Action, Plan
from plangen.rules.base import (
    Context,
    Flag,
    actions,
    closest_person,
    effective_timescale,
    find_person,
    is_parent,
    means_parents,
    parents,
    rule,
)
from plangen.rules.findings import PLAN, Severity
from plangen.rules.text import WordLists, blank_out, quoted

Found = Iterator[Flag]


@rule(
    "PLAN-06",
    Severity.WEAKNESS,
    'seed 000 SMART; seed 002 "who will do what"',
    "action that is not SMART",
)
def not_smart(plan: Plan, context: Context) -> Found:
    for place, outcome, index, action in actions(plan):
        timescale = effective_timescale(outcome, index)
        for field, problem, advice, why in smart_gaps(context.words, action, timescale):
            yield place / field if field else place, problem, advice, why


def smart_gaps(
    words: WordLists, action: Action, timescale: str
) -> Iterator[tuple[str, str, str, str]]:
    """What keeps one action from being SMART, as (field, problem, advice, evidence);
    ``timescale`` is the action's own or the one written above it (seed 002)."""
    text = action.text
    if (
        text
        and words.find("action.vague_doing", text)
        and not words.find("action.concrete", blank_out(words["action.vague_doing"], text))
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
    repeated = words.find("action.repeated", text)
    if repeated and words.find("action.one_off", text):
        repeated = words.find("action.repeated_always", text)
    vague = words.find("action.vague_frequency", action.frequency)
    if repeated and (not action.frequency or vague):
        yield (
            "frequency",
            "The action does not say how often."
            if not vague
            else f'"{action.frequency}" does not say how often.',
            "Say how often the contact happens (daily, twice weekly, fortnightly ...), so the "
            "family knows what to expect.",
            f"repeated ({quoted(repeated)}) with "
            + (f"the frequency {quoted(vague)}" if vague else "no frequency"),
        )
    if not timescale:
        yield (
            "timescale",
            "The action has no timescale.",
            'Give a date or a period ("by 24.11.25", "within 6 weeks"): a plan should '
            "drive change in a timely manner.",
            "the timescale is blank",
        )
    elif words.is_vague_timescale(action.timescale):
        yield (
            "timescale",
            f'"{action.timescale}" is not a timescale.',
            'Give a date or a period and when progress will be reviewed, e.g. "3 months: '
            'progress reviewed at every core group".',
            f"{quoted(words.find('timescale.vague', action.timescale))} with no end",
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
            elif find_person(plan, name) is None:
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
    for _, _, _, action in actions(plan):
        # a contact with the parents: a professional's action that names them
        workers = [n for n in action.responsible if not means_parents(n)]
        workers = [n for n in workers if (p := find_person(plan, n)) is None or not is_parent(p)]
        named = any(means_parents(n) for n in action.responsible)
        if not workers or not (named or words.involves_parents(action.text)):
            continue
        contacts += words.contacts_a_week(action.frequency)
        for name in workers:
            person = find_person(plan, name)
            professionals.add(person.name if person else name)
    if len(professionals) > limits.max_professionals_with_parents:
        yield (
            PLAN,
            f"{len(professionals)} professionals are working with the parents.",
            f"Too many professionals at once (more than {limits.max_professionals_with_parents}) "
            "can lead to disengagement and mixed messages: agree who leads each piece of work.",
        )
    if contacts > limits.max_contacts_a_week:
        yield (
            PLAN,
            f"The plan sets about {contacts:g} contacts a week with the parents.",
            f"More than {limits.max_contacts_a_week:g} a week may overwhelm them: combine "
            "visits, and make sure each contact has a purpose the parents understand.",
        )


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
