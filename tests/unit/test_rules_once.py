"""A rule's message about many places, said once (issue 14): :func:`said_once`."""

from __future__ import annotations

from plangen.rules import check
from plangen.rules.findings import PLAN, Finding, Place, Severity
from plangen.rules.once import said_once

from .test_rules import good_plan, outcome


def _at(path: str, problem: str = "The same.", rule: str = "PLAN-07") -> Finding:
    return Finding(rule, Severity.WEAKNESS, Place.parse(path), problem, "Do this.")


def it_says_a_blank_timescale_once_with_where_else_it_is() -> None:
    plan = good_plan()
    outcome(plan).actions[0].timescale = ""
    [finding] = [f for f in check(plan) if f.rule == "PLAN-06"]
    assert finding.place.path == "risks[0].outcomes[0].actions[0].timescale"
    assert [place.path for place in finding.also] == ["risks[0].outcomes[0].actions[1].timescale"]
    assert finding.message.endswith(" Also in: action 1.2.")
    assert finding.message.count(finding.problem) == 1


def it_keeps_apart_what_differs_in_rule_words_or_severity() -> None:
    plan = good_plan()
    found = [
        _at("risks[0].outcomes[0].actions[0].text"),
        _at("risks[0].outcomes[0].actions[1].text", "Another."),
        _at("child_views", rule="PLAN-21"),
        Finding("PLAN-07", Severity.ADVICE, Place.parse("family_views"), "The same.", "Do this."),
        _at("risks[0].outcomes[0].actions[1].responsible[0]"),
    ]
    kept = said_once(plan, found)
    assert [(f.rule, f.place.path, f.also_in) for f in kept] == [
        ("PLAN-07", "risks[0].outcomes[0].actions[0].text", "action 1.2"),
        ("PLAN-07", "risks[0].outcomes[0].actions[1].text", ""),
        ("PLAN-21", "child_views", ""),
        ("PLAN-07", "family_views", ""),
    ]


def it_never_folds_a_finding_about_the_whole_plan_into_a_field() -> None:
    plan = good_plan()
    whole = Finding("PLAN-07", Severity.WEAKNESS, PLAN, "The same.", "Do this.")
    found = [whole, _at("child_views"), _at("family_views")]
    kept = said_once(plan, found)
    assert kept[0] == whole and not kept[0].also
    assert kept[1].places == (Place(("child_views",)), Place(("family_views",)))
    assert kept[1].message == "The same. Do this. Also in: the parents' / carers' views."
