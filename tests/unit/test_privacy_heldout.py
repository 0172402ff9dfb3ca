"""Kinds of locating detail seen on held-out plans (task privacy29), one function at a
time: a house number written apart from its street, a postcode district never found
inside another postcode or word, a town's "area" held back with it, legal terms that
are no place, whose day a shared copy keeps, a person's own contacts in their own copy,
JSON intake errors that never echo a withheld value, and PLAN-21 quiet about family
contacts no copy prints.  The whole plan is ``tests/e2e/locating_plans/plan-l6.json``
(tests/e2e/test_locating_heldout.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from plangen.errors import InputError, InputErrors
from plangen.intake.jsonfile import read_json
from plangen.model import Plan
from plangen.privacy.holding import held_back
from plangen.privacy.locating import People, kept_readers, kept_whereabouts
from plangen.privacy.match import MarkerFor, Matcher, Secret
from plangen.privacy.secrets import address_forms, secret
from plangen.rules import check

PLAN = Path(__file__).resolve().parents[1] / "e2e" / "locating_plans" / "plan-l6.json"
SHARE = MarkerFor("not shared")


def _plan(**changes: object) -> Plan:
    data = json.loads(PLAN.read_text(encoding="utf-8"))
    data.update(changes)
    return Plan.model_validate(data)


def _people(plan: Plan) -> People:
    whereabouts = kept_whereabouts(plan, plan.confidential, None)
    return People.of(plan, kept_readers(plan, whereabouts, None))


def it_finds_a_house_number_written_apart_from_its_street() -> None:
    home = secret("address", "Kerry's address", "14 Elm Road, Headingley, Leeds LS6 3QR")
    matcher = Matcher([home])
    for written in ("at number 14", "at No. 14", "at no 14", "house 14"):
        said = matcher.redact(f"Kerry feels safe {written}.", SHARE)[0]
        assert "14" not in said and "[address not shared]" in said, written
    # a number that is no house number stays
    assert matcher.redact("Jayden is 14 weeks into the term.", SHARE)[0].count("14") == 1
    forms = {form.squashed for form in address_forms("Flat 3, 12b Brackenfield Road, KB7 2QT")}
    assert {"number12b", "no12b", "flat3"} <= forms


def it_never_finds_a_postcode_district_inside_another_postcode_or_word() -> None:
    home = Matcher([Secret("address", "a's address", address_forms("3 Cliff Lane, S6 4PL"))])
    for other in ("LS6 2DT", "BS6 1AA", "S60 1AA", "the S6A form", "ref CPS6-22", "ls6s6"):
        assert home.find(f"The office is at {other}.") == [], other
    for same in ("S6 1AB", "near S6.", "s6"):
        assert home.find(f"The office is at {same}.") != [], same


def it_holds_back_a_house_number_and_an_area_with_their_place() -> None:
    people = _people(_plan())
    for text, said in [
        (
            "Asha to visit Jayden at home at 14, Elm Road every 2 weeks.",
            "Asha to visit Jayden at home [details not shared] every 2 weeks.",
        ),
        ("Kerry says she is at 14 Elm Road.", "Kerry says she is [details not shared]."),
        (
            "Jayden is settled in the Headingley area and at his new school.",
            "Jayden is settled [details not shared] and at his new school.",
        ),
        (
            "They will move out of the Headingley district the same day.",
            "They will move out of [details not shared] the same day.",
        ),
    ]:
        assert held_back(text, people)[0] == said


def it_takes_no_legal_term_for_a_place() -> None:
    people = _people(_plan())
    for text in [
        "Pauline will apply to the court for an SGO.",
        "The case moves to PLO if no change.",
        "Move to SGO assessment in June.",
        "Kerry is in PLO.",
        "The plan steps down to CIN.",
        "Apply to the Family Court for a Special Guardianship Order.",
        "Referral to MARAC and to CAMHS.",
    ]:
        assert held_back(text, people) == (text, []), text
    # a place named after one is still a place
    said, _ = held_back("Kerry goes to Headingley Family Court.", people)
    assert "Headingley" not in said


def it_keeps_a_day_only_for_a_reader_kept_from_the_whereabouts() -> None:
    """Pauline, the paternal grandmother, is kept from nothing: in a copy for the whole
    family (which Nathan reads too) her "every Wednesday" with Jayden says where he is;
    Nathan's own contact day is his."""
    plan = _plan()
    readers = kept_readers(plan, kept_whereabouts(plan, plan.confidential, None), None)
    assert "Nathan Cole" in readers and "Pauline Cole" not in readers
    people = _people(plan)
    said, kinds = held_back("Pauline to look after Jayden every Wednesday after school.", people)
    assert "Wednesday" not in said and "a day of the week" in kinds
    assert held_back("Nathan to see Jayden every other Saturday.", people)[1] == []
    # a withholding from every family member: every one of them is such a reader
    data = json.loads(PLAN.read_text(encoding="utf-8"))
    data["confidential"][0]["withheld_from"] = []
    everyone = Plan.model_validate(data)
    found = kept_readers(everyone, kept_whereabouts(everyone, everyone.confidential, None), None)
    assert "Pauline Cole" in found


def it_says_a_readers_own_contact_as_theirs() -> None:
    """A person's own contact details are never printed, even in their own copy: there
    they read "[your phone number]"; someone else's read "not shared"."""
    own = MarkerFor("not shared", "Kerry Cole")
    for kind, noun in (
        ("phone", "phone number"),
        ("email", "email address"),
        ("address", "address"),
    ):
        assert own(Secret(kind, f"Kerry Cole's {kind}", ())) == f"[your {noun}]"
        assert own(Secret(kind, f"Nathan Cole's {kind}", ())) == f"[{noun} not shared]"
    assert SHARE(Secret("phone", "Kerry Cole's phone", ())) == "[phone number not shared]"


def _json_problems(tmp_path: Path, data: dict[str, object]) -> str:
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    [result] = read_json(path)
    assert isinstance(result, (InputError, InputErrors))
    return str(result)


@pytest.mark.usefixtures("verbose")
def it_never_echoes_a_withheld_value_in_a_json_error(tmp_path: Path) -> None:
    data = json.loads(PLAN.read_text(encoding="utf-8"))
    data["child"]["date_of_birth"] = "2017-13-45"
    data["confidential"].append(
        {"about": "child", "detail": "date_of_birth", "withheld_from": ["Nathan Cole"]}
    )
    said = _json_problems(tmp_path, data)
    assert "child.date_of_birth" in said and "is not a date" in said
    assert "2017-13-45" not in said
    # with nothing withheld, --verbose shows the value, as it asked
    data["confidential"] = []
    assert '"2017-13-45"' in _json_problems(tmp_path, data)


def it_hides_a_json_date_without_verbose(tmp_path: Path) -> None:
    data = json.loads(PLAN.read_text(encoding="utf-8"))
    data["confidential"] = []
    data["plan_date"] = "2026-02-30"
    said = _json_problems(tmp_path, data)
    assert "2026-02-30" not in said and "[hidden] is not a date" in said


def it_says_nothing_in_plan_21_of_family_contacts_no_copy_prints() -> None:
    """Kerry's phone and e-mail are withheld from Nathan, and printed in no copy to
    anyone (a family member's own contacts): no PLAN-21 at the text holding them."""
    plan = _plan(
        step_down="The plan can step down when Kerry confirms by text from 07700 900611 "
        "or kerry.cole@example.com."
    )
    at = [f.place.path for f in check(plan) if f.rule == "PLAN-21"]
    assert "step_down" not in at
    # a withheld detail that other copies print (a worker's phone) still gets one
    data = json.loads(PLAN.read_text(encoding="utf-8"))
    data["confidential"].append(
        {"about": "Tom Riley", "detail": "phone", "withheld_from": ["Nathan Cole"]}
    )
    data["step_down"] = "The plan can step down when Tom (0113 496 0140) says so."
    plan = Plan.model_validate(data)
    assert "step_down" in [f.place.path for f in check(plan) if f.rule == "PLAN-21"]


def it_tells_the_worker_why_a_place_in_the_homes_postcode_district_is_held_back() -> None:
    """The school, the GP and the early help office are in LS6, the district of Kerry's
    withheld address: PLAN-21 says so (never the district), at their rows and the
    meeting place, and says what the copies keep."""
    [district] = [
        f for f in check(_plan()) if f.rule == "PLAN-21" and "same postcode district" in f.problem
    ]
    assert district.place.path == "next_core_group.details"
    assert district.also_in == "core group members 2-4"
    assert "Kerry Cole's address" in district.problem and "LS6" not in district.problem
    assert '"the school", "the GP surgery"' in district.problem
