"""PLAN-22 and the family copies: an action or outcome that says where a protected
parent will be, or how they are kept safe, in a plan that withholds their contact details
from someone, is left out of that someone's family copies and flagged for the worker (two
rounds of readers found a mother's Thursday group, her 1:1 sessions "at Horizons" and the
door chain and locks fitted at her flat in the copy for the father she is protected
from, and judged it must not go out)."""

from __future__ import annotations

from pathlib import Path

from plangen.intake import read_plans
from plangen.model import Plan, Withholding
from plangen.pipeline import make_files
from plangen.rules import check
from plangen.settings import Settings

from ..conftest import INPUTS
from ..leaks import haystack as leaks_text

PLANS = Path(__file__).resolve().parent.parent / "family_plans"


def _plan(path: Path) -> Plan:
    [plan] = read_plans(path)
    assert isinstance(plan, Plan)
    return plan


def _flags(plan: Plan) -> dict[str, str]:
    return {
        finding.as_dict()["where"]: finding.problem
        for finding in check(plan)
        if finding.rule == "PLAN-22"
    }


def it_asks_about_a_protected_mothers_groups_and_safety_measures() -> None:
    flags = _flags(_plan(PLANS / "plan-33.json"))
    said = "\n".join(flags.values())
    assert "when or where Chelsea Whitfield will be" in said  # her Thursday group
    assert "how Chelsea Whitfield is kept safe" in said  # door chain, locks, doorbell
    assert all(
        "from Reece Dunmore: this " in p and "is left out of the family copy" in p
        for p in flags.values()
    )
    # the outcome names only "Chelsea's DA safety plan": that locates no one, and leaving
    # it out took Reece's own DAPP action with it (a reviewing officer's reading)
    assert not any(where.count(",") == 1 for where in flags)


def it_asks_about_an_outcome_naming_safety_measures_and_names_the_readers_own_actions() -> None:
    plan = _plan(PLANS / "plan-33.json")
    outcome = next(o for risk in plan.risks for o in risk.outcomes if "DAPP" in str(o))
    outcome.success_looks_like += " A door chain is fitted at Chelsea's flat."
    outcomes = {w: p for w, p in _flags(plan).items() if w.count(",") == 1}
    [where] = outcomes
    advice = next(f.advice for f in check(plan) if f.as_dict()["where"] == where)
    assert "Reece Dunmore's own actions" in advice and "DAPP" in advice


def it_says_nothing_without_a_protected_family_member() -> None:
    assert _flags(_plan(INPUTS / "betty-smith.xlsx")) == {}
    leo = _plan(INPUTS / "domestic-abuse-leo-harris.xlsx")
    assert _flags(leo)  # Amy's safety plan, in Dean's copies
    leo.confidential = [item for item in leo.confidential if item.about != "Amy Harris"]
    assert _flags(leo) == {}


def it_leaves_an_action_withheld_whole_to_the_withholding() -> None:
    leo = _plan(INPUTS / "domestic-abuse-leo-harris.xlsx")
    before = _flags(leo)
    [first] = [where for where in before if where.endswith("action 1")][:1]
    leo.confidential.append(Withholding(about="plan", detail="action 1"))
    assert first not in _flags(leo)


def it_leaves_them_out_of_the_copies_of_the_reader_they_are_kept_from(tmp_path: Path) -> None:
    plan = _plan(PLANS / "plan-33.json")
    files = make_files(plan, tmp_path, Settings(), [], recipients=["Reece Dunmore"])
    texts = {path.name: leaks_text(data) for path, data in files if path.suffix == ".docx"}
    [reece] = [t for name, t in texts.items() if name.endswith("-for-reece-dunmore.docx")]
    [general] = [t for name, t in texts.items() if name.endswith("-family.docx")]
    [own] = [t for name, t in texts.items() if name.endswith("-for-chelsea-whitfield.docx")]
    for kept_out in ("doorchain", "thursdays", "keyworksessionsathorizons"):
        assert kept_out not in reece and kept_out not in general, kept_out
        assert kept_out in own, kept_out  # her own copy has them
    assert "dapp" in reece  # his own action, under an outcome naming her safety plan


def it_gives_no_meeting_place_or_street_of_hers_to_the_reader_she_is_protected_from(
    tmp_path: Path,
) -> None:
    """Reece's copy told him where and when Chelsea would be at the core group, and
    printed the health visitor's base on her withheld street (readers, round 4)."""
    plan = _plan(PLANS / "plan-33.json")
    files = make_files(plan, tmp_path, Settings(), [], recipients=["Reece Dunmore"])
    texts = {path.name: leaks_text(data) for path, data in files if path.suffix == ".docx"}
    [reece] = [t for name, t in texts.items() if name.endswith("-for-reece-dunmore.docx")]
    [own] = [t for name, t in texts.items() if name.endswith("-for-chelsea-whitfield.docx")]
    for kept_out in ("northfieldfamilyhub", "room3"):
        assert kept_out not in reece, kept_out
        assert kept_out in own, kept_out
    assert "yoursocialworkerwilltellyouthetimeandplace" in reece
    # the health visitor's base is on Chelsea's street: in no copy Reece gets
    [formal] = [t for name, t in texts.items() if name.endswith("-cp-plan.docx")]
    for copy in (reece, formal):
        assert "stanierroad" not in copy and "nf6" not in copy
    # she works where Chelsea is found: the formal plan Reece receives gives her by
    # role, as his own copy does (reader 31: a name leads to the place)
    assert "ruthkelly" not in formal and "nf62hc" not in formal
    assert "thehealthvisitor" in formal
