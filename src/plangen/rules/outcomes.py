"""Rules about outcomes: how many, for whom, measurable, sustained, drifting.

PLAN-01, 02, 03, 04, 05, 15, 17.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from plangen.model import Plan, PlanKind, ProgressStatus, ReviewEntry
from plangen.rules.base import (
    STARTED_OR_DONE,
    Context,
    Flag,
    achieved,
    adult_names,
    as_of,
    called,
    child_names,
    due_date,
    effective_timescale,
    is_baby,
    is_unborn,
    outcomes,
    own_timescale,
    rule,
)
from plangen.rules.findings import PLAN, Severity
from plangen.rules.premature import premature
from plangen.rules.reading import Reader, reader
from plangen.rules.text import WordLists

Found = Iterator[Flag]


@rule(
    "PLAN-01", Severity.ADVICE, 'seed 000 "achievable"', "too many outcomes, or no priority order"
)
def too_many_outcomes(plan: Plan, context: Context) -> Found:
    limit = context.settings.max_outcomes
    written = [(place, outcome) for place, _, outcome in outcomes(plan) if outcome.text]
    # a blank outcome row with actions under it is one of the plan's outcomes to a reader
    # who counts them (R7: "None of the plan's 4 outcomes" beside findings on outcome 5)
    blank = sum(1 for _, _, o in outcomes(plan) if not o.text and o.actions)
    if len(written) > limit:
        yield (
            PLAN,
            f"The plan has {len(written)} outcomes.",
            f"Keep to {limit} at most, the ones that matter most for the child's safety, in "
            "priority order.",
        )
    if len(written) < 2:
        return
    priorities = [outcome.priority for _, outcome in written if outcome.priority is not None]
    if plan.kind is PlanKind.CP_PLAN and not priorities:
        # seed 002's layout has no priority column: its risk blocks are the order, and a
        # chair reads a few outcomes under them as prioritised (the Leo Harris example);
        # seed 000's "prioritised according to level of risk and impact" is for a plan
        # at any level, so many outcomes with no priority at all are raised once. Only
        # outcomes that share a risk block with another are unordered: one outcome a
        # risk is in the risks' order (held-out 151: five risks, five outcomes; 149: one
        # pair under a risk; a chair raised neither)
        if _sharing_a_risk(plan) > limit // 2:
            yield (
                PLAN,
                f"None of the plan's {len(written) + blank} outcomes "
                + (f"({blank} of them blank) " if blank else "")
                + "has a priority.",
                "Number the outcomes 1, 2, 3 ... by level of risk and impact on the child, so "
                "everyone works on the most serious first.",
            )
        return
    if len(priorities) < len(written):
        for place, outcome in written:
            if outcome.priority is None:
                yield (
                    place / "priority",
                    "This outcome has no priority.",
                    "Number the outcomes 1, 2, 3 ... by level of risk and impact on the child.",
                )
    elif priorities != sorted(priorities):
        yield (
            PLAN,
            "The outcomes are not in priority order.",
            "List them by priority, most serious risk first, so everyone works on that first.",
        )


def _sharing_a_risk(plan: Plan) -> int:
    """The outcomes that share their risk block with another: the ones whose order a CP
    plan's layout does not give.  A blank row with actions under it counts, as it does
    among the plan's outcomes (held-out 135: two risks each with two rows, one blank)."""
    counts = [sum(1 for o in risk.outcomes if o.text or o.actions) for risk in plan.risks]
    return sum(n for n in counts if n > 1)


# What a child's day looks like, for the advice: school is no example for a baby
_EXAMPLE = {
    "baby": "fed, changed and put down to sleep safely every night",
    "child": "clean, fed and at school 95% of the time",
    # a 17-year-old with panic attacks is not "clean and fed" (R31 of the held-out review
    # copies): a teenager's days are school or college, and being where they should be
    "teenager": "at school or college 95% of the time and home on time each night",
}
# the evidence of an outcome that is only what is done for the child: the child is its
# subject, so the adults' outcome is not what it is ("Marcus to be referred to CAMHS")
_DONE_FOR = ("only something done to the child", "only what others do for the child")


def _stage(plan: Plan) -> str:
    if young(plan):
        return "baby"
    born = plan.child.date_of_birth
    on = plan.plan_date
    age = plan.child.age
    if age is None and born is not None:
        age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return "teenager" if age is not None and age >= 13 else "child"


def young(plan: Plan) -> bool:
    return is_unborn(plan) or is_baby(plan) or (plan.child.age is not None and plan.child.age < 3)


@rule(
    "PLAN-02",
    Severity.WEAKNESS,
    'seed 000; seed 002 "Outcomes"',
    "outcome about the adults, not the child",
)
def about_the_adults(plan: Plan, context: Context) -> Found:
    read = reader(context.words, tuple(child_names(plan)), adult_names(plan, context.words))
    for place, _, outcome in outcomes(plan):
        if outcome.text and (why := read.about_adults(outcome.text)):
            problem = (
                f"This says what will be done for {called(plan)}, but what changes for "
                f"{called(plan)}?"
                if why.startswith(_DONE_FOR)
                else f"This is a good outcome for the adults, but what changes for {called(plan)}?"
            )
            yield (
                place,
                problem,
                f"Say what {called(plan)}'s days will be like and how it will be seen (for "
                f"example: {_EXAMPLE[_stage(plan)]}).",
                why,
            )


@rule(
    "PLAN-03",
    Severity.WEAKNESS,
    'seed 002 "Referrals are NOT outcomes"',
    "a task or process given as an outcome",
)
def process_as_outcome(plan: Plan, context: Context) -> Found:
    read = reader(context.words, tuple(child_names(plan)), adult_names(plan, context.words))
    for place, _, outcome in outcomes(plan):
        if outcome.text and (task := read.process(outcome.text)):
            yield (
                place,
                "This reads as a task or a service (a referral, assessment, meeting, course or "
                "engagement), not an outcome.",
                "Move it to the actions, and write as the outcome the change it should bring "
                f"about for {called(plan)}.",
                f"the task {task}, and no change for the child beside it",
            )


@rule(
    "PLAN-04",
    Severity.WEAKNESS,
    "both seeds; Sheffield SCB procedures",
    "outcome with nothing measurable",
)
def not_measurable(plan: Plan, context: Context) -> Found:
    read = reader(context.words, tuple(child_names(plan)), adult_names(plan, context.words))
    for place, _, outcome in outcomes(plan):
        text = outcome.text
        # a Child's Plan writes its measures in "what success looks like" (seed 000)
        success = outcome.success_looks_like if plan.kind is PlanKind.CHILDS_PLAN else ""
        measured = _success_measure(context.words, read, text, success) if success else ""
        if text and not read.measure(text) and not measured:
            vague = read.vague_words(text)
            said = f' ("{vague[0]}" by how much?)' if vague else ""
            yield (
                place,
                f"Nothing in this outcome can be counted or seen{said}.",
                "Give a number, a percentage, how often, a 0-10 scaling target or a clear "
                "standard, so professionals and parents are clear what will indicate "
                "improvement.",
                read.not_measured(text)
                or (f'the vague word "{vague[0]}" with no measure' if vague else "no measure"),
            )


_SUCCESS_SENTENCES = re.compile(r"(?<=[.;!?])\s+|\n+")


def _success_measure(words: WordLists, read: Reader, outcome: str, success: str) -> str:
    """The measure "what success looks like" gives the outcome: in a sentence of it that
    is not only how often the child is in touch with family, unless the outcome is
    about that contact; "" when none gives one."""
    about_contact = bool(words.find("measure.about_contact", outcome))
    for sentence in _SUCCESS_SENTENCES.split(success):
        routine = words.find("measure.contact_routine", sentence)
        if routine and not about_contact:
            continue
        if found := read.measure(sentence):
            return found
    return ""


@rule("PLAN-05", Severity.ADVICE, "seed 000", 'outcome with no "what success looks like"')
def no_success_measure(plan: Plan, context: Context) -> Found:
    written = [outcome for _, _, outcome in outcomes(plan) if outcome.text]
    if plan.kind is not PlanKind.CHILDS_PLAN and not any(
        o.success_looks_like.strip() for o in written
    ):
        # seed 002's layout has no such column: a CP intake that gives none is not asked
        # for them; one that gives them for some outcomes (the form prints them, "How we
        # will know, and progress at reviews") leaves the others blank on the page
        return
    read = reader(context.words, tuple(child_names(plan)), adult_names(plan, context.words))
    for place, _, outcome in outcomes(plan):
        success = outcome.success_looks_like.strip()
        if outcome.text and not success:
            yield (
                place / "success_looks_like",
                "There is nothing on what progress or success looks like for this outcome.",
                "Write the steps along the way, so the family can see progress at each review.",
            )
        elif outcome.text and (vague := _only_vague(read, success)):
            # only a vague measure says no more than a blank one: "Things are better at
            # home" shows nobody what progress looks like (an independent chair raised
            # these); steps written plainly are steps, measured or not ("GP and dental
            # registration done; health check and eye test": the mid-point reader), and
            # one vague step among plain ones ("GP appointment kept; sleeping better")
            # leaves the others to show progress (a held-out chair raised none there)
            yield (
                place / "success_looks_like",
                f'What success looks like is only vague ("{vague[0]}" by how much?).',
                "Write the steps along the way as things the family and professionals will "
                "see (how often, how many, by when), so progress can be judged at each review.",
                f'the vague word "{vague[0]}" with no measure',
            )


def _only_vague(read: Reader, success: str) -> list[str]:
    """The vague words of ``success`` when every step of it is vague and unmeasured
    (steps: its parts between semicolons, lines or bullets); else none."""
    steps = [step for step in _STEPS.split(success) if step.strip(" .-")]
    vague = [read.vague_words(step) for step in steps]
    if all(words and not read.measure(step) for step, words in zip(steps, vague, strict=True)):
        return [word for words in vague for word in words]
    return []


_STEPS = re.compile(r"[;\n\u2022]+")


_COURSE = re.compile(r'^"(?:for|over) (?:\d+|a|an|one|two|three|four|six|eight|twelve)\b.*$', re.I)


@rule(
    "PLAN-15",
    Severity.ADVICE,
    'seed 002 "sustained"; seed 000 "2nd order change"',
    "outcome that does not say how it will be sustained",
)
def not_sustained(plan: Plan, context: Context) -> Found:
    read = reader(context.words, tuple(child_names(plan)), adult_names(plan, context.words))
    for place, _, outcome in outcomes(plan):
        # the period may be written in the outcome's timescale column ("Sustained for 3
        # months by the RCPC", "For the life of the plan"): a held-out chair read it
        # with the outcome and did not raise it; a bare "for 6 weeks" there is how long
        # the action runs ("Weekly for 6 weeks"), not the change
        timescales = [t for action in outcome.actions if (t := own_timescale(action))]
        if any(_COURSE.sub("", read.sustained(t)) for t in timescales):
            continue
        if outcome.text and not read.sustained(outcome.text):
            yield (
                place,
                "The outcome does not say how long the change must last.",
                'Say for how long the change must last ("for 3 months") or that it is kept up '
                "consistently.",
                read.not_sustained(outcome.text),
            )


@rule(
    "PLAN-17",
    Severity.WEAKNESS,
    'seed 000 "drift"; seed 002 "not indefinitely"',
    "drift: extended twice, or overdue with no progress",
)
def drift(plan: Plan, context: Context) -> Found:
    now = as_of(plan)
    limit = context.settings.extensions_before_drift
    for place, _, outcome in outcomes(plan):
        if why := premature(plan, outcome):
            yield (
                place,
                "This outcome is recorded as achieved before the time it must hold for has passed.",
                'Record it as "Some progress" until then and keep its actions going; '
                "say at the review after that whether the change has held.",
                why,
            )
            continue
        if not outcome.text or achieved(outcome):
            continue
        extended = sum(review.timescale_extended for review in outcome.reviews)
        if extended >= limit:
            said = _reviews_said([r for r in outcome.reviews if r.timescale_extended])
            yield (
                place,
                f"This outcome is not achieved and its timescale has been extended {extended} "
                f"times.{said}",
                "Find out what is getting in the way, then change the action or act on the "
                "contingency plan rather than extend it again.",
            )
            continue
        timescale = effective_timescale(outcome, 0) if outcome.actions else ""
        # a start ("From 03.09.26") is no date the outcome was due by
        started = STARTED_OR_DONE.search(timescale)
        due = due_date(timescale, plan.plan_date) if timescale and not started else None
        progress = any(
            r.status in (ProgressStatus.SOME_PROGRESS, ProgressStatus.ACHIEVED)
            for r in outcome.reviews
        )
        # the reviews are the record: an outcome none of them mentions, due after the
        # plan was written, shows no drift, only that it was not reviewed (held-out 144:
        # "Referral to SALT | Once | By 30/09/26", no review entry, drew "ran out ... and
        # no progress is recorded" though the referral may well have been made)
        unreviewed = not outcome.reviews and due is not None and due >= plan.plan_date
        if due is not None and due < now and not progress and not unreviewed:
            yield (
                place,
                f"The timescale for this outcome ran out on {due:%d.%m.%y} and no progress "
                f"is recorded.{_reviews_said(outcome.reviews[-1:])}",
                "Record progress at each review; if there is none, say what will change now.",
            )


_SAID = 160  # characters of a review's note quoted in a drift finding


def _reviews_said(reviews: list[ReviewEntry]) -> str:
    """What the reviews themselves recorded, quoted with their dates, so the reviewing
    officer sees the reasons given for each extension (" The reviews said: ...")."""
    notes = []
    for review in reviews:
        note = " ".join(review.note.split())
        if note:
            note = note if len(note) <= _SAID else note[: _SAID - 3].rstrip() + "..."
            notes.append(f'"{note}" ({review.date:%d.%m.%y})')
    if not notes:
        return ""
    return f" The review{'s' if len(notes) > 1 else ''} said: {'; '.join(notes)}."
