"""A sentence either reads properly or goes whole: no fragment left of a cut (reader 31,
held-out plan 156: "supervised family time -12 noon goes ahead as planned" and a Who
row reading ". story book, and practising who he calls")."""

from __future__ import annotations

from plangen.family.held_words import said
from plangen.model import Child, CorePerson, Plan, PlanKind, Withholding
from plangen.privacy.holding import held_back, pieces
from plangen.privacy.locating import People

from .test_locating import PEOPLE


def it_holds_back_a_time_range_whole() -> None:
    text = "Jade sees Mum at the Elm Tree Centre every Saturday 10am-12 noon as planned."
    said, _ = held_back(text, PEOPLE)
    assert "-12 noon" not in said and "noon" not in said, said
    for text in ("Jade is at the club on Tuesdays 2-3pm.", "Jade is at the club 9.30am - 11am."):
        said, _ = held_back(text, PEOPLE)
        assert not any(bit in said for bit in ("2-", "- 11am", "3pm", "11am")), said


def it_reads_a_titles_question_mark_as_no_end_of_sentence() -> None:
    text = "Six sessions using the 'Why Is Mummy Sad?' story book, and practising who he calls."
    assert pieces(text) == [text]
    assert pieces("Is she safe? No one knows.") == ["Is she safe? ", "No one knows."]


def it_leaves_no_comma_before_a_stop_where_a_detail_went() -> None:
    """Held-out plan 157: "Leah will carry on at her dance class,. Kerry to take ..."."""
    text = "Leah will carry on at her dance class, [details not shared]. Kerry to take her"
    assert said(text) == "Leah will carry on at her dance class. Kerry to take her"


def _mum_and_dad(confidential: list[Withholding]) -> Plan:
    family = [
        CorePerson(name="Kerry Price", role="Mother"),
        CorePerson(name="Craig Price", role="Father"),
        CorePerson(name="Nadia Khan", role="DSL", agency="Ashvale High School"),
    ]
    return Plan(
        kind=PlanKind.CP_PLAN,
        child=Child(name="Leah Price"),
        plan_date="2026-03-02",
        core_group=family,
        confidential=confidential,
    )


def it_keeps_a_home_no_copy_keeps_in_the_readers_own_sentence() -> None:
    """Held-out plan 157: the school is kept from Craig, not Kerry's home; his own
    condition read "You will see Leah only or in a public place"."""
    school = [Withholding(about="Nadia Khan", detail="agency", withheld_from=["Craig Price"])]
    text = "Craig to see Leah only at Kerry's house or in a public place, with no other adults"
    people = People.of(_mum_and_dad(school), ["Craig Price"])
    assert held_back(text, people) == (text, [])
    # her home kept from him: it is held back as before
    home = [
        *school,
        Withholding(about="Kerry Price", detail="address", withheld_from=["Craig Price"]),
    ]
    said_, _ = held_back(text, People.of(_mum_and_dad(home), ["Craig Price"]))
    assert "Kerry's house" not in said_
