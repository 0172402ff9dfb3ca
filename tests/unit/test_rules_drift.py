"""PLAN-17, drift: the finding quotes what the reviews themselves recorded, and a plan
nobody has reviewed yet is drifting only where a deadline passed before the plan's date."""

from __future__ import annotations

import datetime as dt

from plangen.model import ProgressStatus, ReviewEntry
from plangen.rules import check

from .test_rules import good_plan, outcome, rules_of


def it_quotes_the_reviews_own_words_on_each_extension() -> None:
    plan = good_plan()
    outcome(plan).reviews = [
        ReviewEntry(
            date=dt.date(2023, 4, 12),
            status=ProgressStatus.NO_PROGRESS,
            note="Attendance still 70%; mum unwell. Timescale extended to June.",
            timescale_extended=True,
        ),
        ReviewEntry(
            date=dt.date(2023, 6, 7),
            status=ProgressStatus.NO_PROGRESS,
            note="No change. Extended again to September.",
            timescale_extended=True,
        ),
    ]
    [finding] = [f for f in check(plan) if f.rule == "PLAN-17"]
    assert finding.problem == (
        "This outcome is not achieved and its timescale has been extended 2 times. The "
        'reviews said: "Attendance still 70%; mum unwell. Timescale extended to June." '
        '(12.04.23); "No change. Extended again to September." (07.06.23).'
    )


def it_quotes_the_last_review_when_the_timescale_ran_out() -> None:
    plan = good_plan()
    outcome(plan).actions[0].timescale = "By 31.05.23"
    outcome(plan).reviews = [
        ReviewEntry(
            date=dt.date(2023, 7, 1), status=ProgressStatus.NO_PROGRESS, note="Not started yet."
        )
    ]
    [finding] = [f for f in check(plan) if f.rule == "PLAN-17"]
    assert finding.problem.endswith('The review said: "Not started yet." (01.07.23).')


def it_judges_an_unreviewed_plan_at_its_own_date() -> None:
    """Regression guard: with no review yet, a period ("3 months") has not run out, and
    a deadline is drift only if it had passed when the plan was written."""
    plan = good_plan()
    outcome(plan).actions[0].timescale = "3 months"
    assert "PLAN-17" not in rules_of(check(plan))
    outcome(plan).actions[0].timescale = "By 01.03.23"  # the plan's own date: not yet passed
    assert "PLAN-17" not in rules_of(check(plan))
    outcome(plan).actions[0].timescale = "By 28.02.23"
    [finding] = [f for f in check(plan) if f.rule == "PLAN-17"]
    assert finding.problem == (
        "The timescale for this outcome ran out on 28.02.23 and no progress is recorded."
    )
