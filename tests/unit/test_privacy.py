"""The privacy stage's matcher: a withheld detail is found however it is written, and
never inside another word."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from plangen.keys import name_key
from plangen.model import CorePerson
from plangen.privacy.match import MarkerFor, Matcher, Secret
from plangen.privacy.names import is_family
from plangen.privacy.secrets import address_forms, secret

SHARE = MarkerFor("not shared")
REFUGE = "Flat 2, 18 Harbour Road, Seaton, SE4 9QT"


def scrub(text: str, *secrets: Secret) -> str:
    return Matcher(secrets).redact(text, SHARE)[0]


def it_finds_an_address_however_it_is_written() -> None:
    address = secret("address", "Amy's address", REFUGE)
    for written in [
        REFUGE,
        "flat 2 18 harbour rd seaton",
        "Harbour  Road",
        "18 Harbour\nRoad",
        "SE49QT",
        "se4 9qt",
        "SE4",
        "\uff11\uff18 Harbour Road",
        "Harbour\u200bRoad",
        "Seaton",  # a town nobody else in the plan is said to be in
    ]:
        assert scrub(f"Amy is at {written}.", address) == "Amy is at [address not shared].", written


def it_leaves_a_town_the_plan_already_says_openly() -> None:
    forms = {form.squashed for form in address_forms(REFUGE, public="7 Mill Lane, Seaton")}
    assert "seaton" not in forms
    assert {"harbourroad", "se49qt", "se4", "flat2"} <= forms


def it_finds_a_phone_number_in_any_grouping() -> None:
    phone = secret("phone", "Amy's phone", "07700 900141")
    for written in ["07700900141", "+44 7700 900141", "07700-900-141", "+44 (0)7700 900141"]:
        assert scrub(f"Call {written} now", phone) == "Call [phone number not shared] now"


def it_finds_a_date_in_any_format() -> None:
    born = secret("date", "date of birth", dt.date(2019, 5, 12))
    for written in ["12.05.19", "12/5/2019", "12th May 2019", "Sunday 12 May 2019", "2019-05-12"]:
        assert "[date not shared]" in scrub(f"Born {written}.", born), written


def it_never_scrubs_inside_another_word() -> None:
    name = secret("name", "someone", "Max Ng")
    assert scrub("the maximum, Ngozi and Max", name) == "the maximum, Ngozi and [name not shared]"
    assert scrub("Ng came", name) == "[name not shared] came"  # short parts are found too


def it_finds_an_everyday_word_used_as_a_name_only_with_its_capital() -> None:
    name = secret("name", "someone", "Will Grace")
    assert scrub("Leo will see Will.", name) == "Leo will see [name not shared]."


def it_keys_names_in_every_script_and_never_to_nothing() -> None:
    assert {name_key(n) for n in ["王芳", "أمينة", "Дмитрий", "সাকিব"]} == {
        "王芳",
        "أمينة",
        "дмитрий",
        "সাকিব",
    }
    assert name_key("  Dean\u00a0HARRIS ") == name_key("dean harris") == name_key("Ｄｅａｎ Harris")
    assert name_key("Déan Harris") != name_key("Dean Harris")


def it_takes_relatives_for_family_and_support_workers_for_professionals() -> None:
    for role in [
        "Mother",
        "Stepdad",
        "Nan",
        "Mam",
        "Aunt",
        "Foster carer",
        "Family friend",
        "Mother (Urdu interpreter required)",
        "Dad, a police officer",
    ]:
        assert is_family(CorePerson(name="A", role=role, agency="Someplace")), role
    for role in [
        "Family Support Worker",
        "IDVA",
        "Designated Safeguarding Lead",
        "HV",
        "Young carers worker",
    ]:
        assert not is_family(CorePerson(name="A", role=role)), role
    assert is_family(CorePerson(name="A"))  # nothing known: treated as family


_DIGITS = st.text(alphabet="0123456789", min_size=6, max_size=6)
_STREETS = st.sampled_from(["Harbour Road", "Quarry Street", "Elm Avenue", "Mill Lane"])
_SEPARATORS = st.sampled_from([" ", "  ", "-", "\u00a0", "\n", ""])


@settings(max_examples=150, deadline=None)
@given(
    number=st.integers(min_value=1, max_value=399),
    street=_STREETS,
    phone=_DIGITS,
    separator=_SEPARATORS,
    upper=st.booleans(),
    words=st.lists(st.sampled_from(["Leo", "mum", "school", "will", "is", "safe"]), max_size=8),
)
def it_scrubs_every_generated_address_and_phone_in_any_spelling(
    number: int, street: str, phone: str, separator: str, upper: bool, words: list[str]
) -> None:
    address = f"{number} {street}, Seaton SE4 9QT"
    mobile = f"07700 {phone}"
    secrets = (secret("address", "a", address), secret("phone", "p", mobile))
    written_phone = separator.join([mobile[:5], mobile[6:9], mobile[9:]])
    written_street = separator.join(street.split()) if separator else street
    text = " ".join([*words, f"{number} {written_street}", *words, written_phone])
    if upper:
        text = text.upper()
    scrubbed = scrub(text, *secrets)
    squashed = "".join(ch for ch in scrubbed.casefold() if ch.isalnum())
    assert "".join(street.casefold().split()) not in squashed
    assert phone not in squashed


def it_withholds_an_action_inside_a_risk_already_withheld_whole() -> None:
    """A risk withheld and one of its own actions withheld too: the formal plan reads
    the risk as held (once), and nothing of the action is left."""
    from pathlib import Path

    from plangen.intake import read_plans
    from plangen.model import Plan, Withholding
    from plangen.privacy.withhold import HELD, formal

    [plan] = read_plans(Path(__file__).parents[2] / "inputs" / "early-help-ruby-clarke.xlsx")
    assert isinstance(plan, Plan)
    actions_before = sum(len(o.actions) for o in plan.risks[0].outcomes)
    inside = plan.risks[1].outcomes[0].actions[0].text
    plan.confidential = [
        Withholding(about="plan", detail="risk 2", withheld_from=[]),
        Withholding(about="plan", detail=f"action {actions_before + 1}", withheld_from=[]),
    ]
    copy = formal(plan).plan
    held = HELD[:1].upper() + HELD[1:]
    assert copy.risks[1].risk_factor == held and copy.risks[1].outcomes == []
    assert inside not in copy.model_dump_json()


def it_withholds_a_schools_own_name_with_the_person_who_works_there() -> None:
    """A withheld teacher's school, named in the child's words ("my new school, St
    Anne's"), tells a withheld parent where the child is (plan 35's reviewer found it in
    the father's copy)."""
    from plangen.privacy.match import squash
    from plangen.privacy.secrets import agency_forms

    forms = {form.squashed for form in agency_forms("St Anne's CE Primary School, Brambleford")}
    assert {squash("St Anne's"), squash("Saint Anne's"), squash("Brambleford")} <= forms
    assert squash("St Anne's CE Primary School") in forms
    # said openly elsewhere in the plan (another member's agency): not withheld by itself
    said = agency_forms("St Anne's CE Primary School, Brambleford", "Brambleford Family Hub")
    assert squash("Brambleford") not in {form.squashed for form in said}
    # an agency that is all kind-words, or whose name is its kind, adds no short form
    assert {f.squashed for f in agency_forms("Families Together")} == {"familiestogether"}
    assert {f.squashed for f in agency_forms("Primary School")} == {"primaryschool"}
