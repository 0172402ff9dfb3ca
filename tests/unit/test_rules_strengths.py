"""Strengths that fit where they land (the mid-point reviewing officer): no suggestion
(the seed's "may wish to increase to 100%") among them, "speaking to the child" only on an
action with the child in it, no "clear timescale" on one extended, and each note once a
plan."""

from __future__ import annotations

import datetime as dt

import pytest

from plangen.model import Action, Plan, ProgressStatus, ReviewEntry, Withholding
from plangen.rules import strengths_of
from plangen.rules.strengths import LEAD, MEASURABLE, PARENTS, SEEING, TIMESCALE

from .test_rules import NO, good_plan, outcome

STRENGTHS = (MEASURABLE, PARENTS, SEEING, TIMESCALE, LEAD)


def notes(plan: Plan) -> list[str]:
    """The kinds of strength the plan shows."""
    return [s.kind for s in strengths_of(plan)]


def words(plan: Plan) -> list[str]:
    """What the strengths say."""
    return [s.problem for s in strengths_of(plan)]


def it_offers_no_suggestion_as_a_strength() -> None:
    """The seed's "core group may wish to increase this to 100%" is advice on a good
    target: a reviewing officer read it among the strengths and asked what it praised."""
    plan = good_plan()  # at school for at least 95% of sessions, as in the seed
    assert not any("may wish" in note or "100%" in note for note in words(plan))
    assert set(notes(plan)) <= set(STRENGTHS)


def it_says_what_the_plan_shows_not_what_people_think() -> None:
    """A plan cannot show that parents "are clear": a strength says what is written.
    Their own part is one they do ("Stabilise parents on methadone programme" is done to
    them: R1 of the held-out review copies, stop 30)."""
    plan = good_plan()
    outcome(plan).actions[0].text = "Parents to attend every methadone review"
    assert PARENTS in notes(plan) and MEASURABLE in notes(plan)
    assert not any(" are clear" in note for note in words(good_plan()))


def it_praises_speaking_to_the_child_only_where_the_child_is() -> None:
    plan = good_plan()  # "Monitoring of presentation and listening to Betty"
    assert SEEING in notes(plan)
    outcome(plan).actions[1].text = "Care coordination for Suzi, monitoring her lithium levels"
    assert SEEING not in notes(plan)


def it_praises_speaking_to_no_baby_not_yet_born() -> None:
    plan = good_plan()
    plan.child.name = "Unborn baby Smith"
    outcome(plan).actions[1].text = "Antenatal care, monitoring baby's growth (Baby Smith)"
    assert SEEING not in notes(plan)


def it_praises_no_timescale_that_has_been_extended() -> None:
    plan = good_plan()
    assert TIMESCALE in notes(plan)
    outcome(plan).actions[0].timescale = "Until 22/04/23 (extended from 21/01/23)"
    assert TIMESCALE not in notes(plan)
    outcome(plan).actions[0].timescale = "3 months"
    outcome(plan).reviews = [
        ReviewEntry(date=dt.date(2023, 2, 1), status=NO, timescale_extended=True)
    ]
    assert TIMESCALE not in notes(plan)


def it_says_each_strength_once_a_plan() -> None:
    plan = good_plan()
    outcome(plan).actions[0].text = "Parents to attend every methadone review"
    for text in ("Weekly parenting sessions", "Daily routine chart with the family worker"):
        outcome(plan).actions.append(
            Action(text=text, responsible=["parents"], frequency="Weekly", timescale="3 months")
        )
    found = strengths_of(plan)
    assert [s.kind for s in found].count(PARENTS) == 1
    [parents] = [s for s in found if s.kind == PARENTS]
    assert parents.place.path == "risks[0].outcomes[0].actions[0].responsible"


def it_praises_nothing_where_a_weakness_is_found() -> None:
    """Held-out plan 117 (a reader, stop 27): the review copy praised an outcome as clear
    and measurable beside its own finding that it was drifting."""
    plan = good_plan()
    assert MEASURABLE in notes(plan)
    outcome(plan).reviews = [
        ReviewEntry(date=dt.date(2023, 4, 12), status=NO, timescale_extended=True),
        ReviewEntry(date=dt.date(2023, 5, 24), status=NO, timescale_extended=True),
    ]
    from plangen.rules import check

    assert "PLAN-17" in {f.rule for f in check(plan)}
    assert MEASURABLE not in notes(plan)
    assert TIMESCALE not in notes(plan)  # the outcome's own action timescale, inside it


def it_says_what_each_strength_praises_in_the_plan_s_own_words() -> None:
    """Issue 14, stop 29: strengths that read the same whatever the plan says were
    skipped as boilerplate.  Each quotes or names what it praises."""
    plan = good_plan()
    outcome(plan).actions[0].timescale = "By 31/05/23"
    outcome(plan).actions[0].text = "Parents to attend every methadone review"
    said = {s.kind: s.problem for s in strengths_of(plan)}
    assert '"fed and at school for at least 95% of sessions each week"' in said[MEASURABLE]
    assert "Betty" in said[MEASURABLE]
    assert f'"{" ".join(outcome(plan).actions[0].text.split()[:8])}' in said[PARENTS]
    assert '"By 31/05/23"' in said[TIMESCALE]
    outcome(plan).text = "Betty sleeps in her own bed on at least 6 nights a week."
    outcome(plan).actions[0].timescale = "12 weeks"
    again = {s.kind: s.problem for s in strengths_of(plan)}
    assert again[MEASURABLE] != said[MEASURABLE] and '"12 weeks"' in again[TIMESCALE]
    outcome(plan).text = "Betty is in school by 8.45am on 9 days in 10, for 6 weeks."
    assert '"Betty is in school by 8.45am on 9 days in 10"' in notes_said(plan)[MEASURABLE]
    outcome(plan).text = "Betty is in school by 8:45am on 9 days in 10, for 6 weeks."
    assert '"Betty is in school by 8:45am on 9 days in 10"' in notes_said(plan)[MEASURABLE]


def it_quotes_nothing_from_a_plan_that_withholds_anything() -> None:
    """The review copy goes to the whole core group, the parent kept from a detail among
    them: a strength quoting the timescale "By 36 weeks (Friday 10 January 2025)" gave
    a withheld due date to the father (plan l4, stop 29).  Where the plan withholds
    anything, a strength says what kind of thing it praises, in no words of the plan."""
    plan = good_plan()
    outcome(plan).actions[0].timescale = "By 31/05/23"
    quoted = notes_said(plan)
    plan.confidential = [
        Withholding(about="Suzi Smith", detail="address", withheld_from=["Tom Smith"])
    ]
    said = notes_said(plan)
    assert set(said) == set(quoted)  # the same strengths, said without quoting
    assert not any('"' in note or "(" in note for note in said.values())
    assert "31/05/23" not in " ".join(said.values())


def notes_said(plan: Plan) -> dict[str, str]:
    return {s.kind: s.problem for s in strengths_of(plan)}


@pytest.mark.parametrize("status", [NO, ProgressStatus.NOT_STARTED])
def it_praises_nothing_in_an_outcome_reviewed_as_not_achieved(status: ProgressStatus) -> None:
    plan = good_plan()
    outcome(plan).reviews = [ReviewEntry(date=dt.date(2023, 3, 20), status=status)]
    assert not {MEASURABLE, PARENTS, SEEING, TIMESCALE} & set(notes(plan))
    assert LEAD in notes(plan)  # the plan as a whole is still praised where it does well


def it_praises_nothing_in_an_outcome_whose_timescale_lapsed() -> None:
    """A timescale run out by the latest review, the outcome not achieved: its "clear
    timescale" and measure are not strengths any more."""
    plan = good_plan()
    outcome(plan).actions[0].timescale = "By 10/03/23"
    outcome(plan).reviews = [
        ReviewEntry(date=dt.date(2023, 4, 12), status=ProgressStatus.SOME_PROGRESS)
    ]
    assert not {MEASURABLE, PARENTS, TIMESCALE} & set(notes(plan))
    outcome(plan).reviews[-1] = ReviewEntry(
        date=dt.date(2023, 4, 12), status=ProgressStatus.ACHIEVED
    )
    assert MEASURABLE in notes(plan)  # achieved: what it did well stands


def it_praises_no_timescale_already_passed_at_the_latest_review() -> None:
    plan = good_plan()
    outcome(plan).actions[0].timescale = "By 10/03/23; visits until 30/06/23"
    outcome(plan).reviews = [
        ReviewEntry(date=dt.date(2023, 4, 12), status=ProgressStatus.SOME_PROGRESS)
    ]
    assert MEASURABLE in notes(plan)  # the outcome runs on to 30/06/23: not lapsed
    assert TIMESCALE not in notes(plan)  # but "by 10/03/23" had passed
