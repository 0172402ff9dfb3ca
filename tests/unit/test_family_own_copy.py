"""A family member's own copy speaks to its reader as "you" wherever that is safe,
kind by kind (issue 13): sentence by sentence, where every pronoun of the reader's
gender follows her name in its own sentence; never half turned, never a pronoun that
may be someone else's, never the speaker of a quotation."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from plangen.family.context import family_context
from plangen.family.household import Household, household
from plangen.family.plain import glossary
from plangen.family.reader import the_reader
from plangen.family.voice import for_parents
from plangen.model import Child, CorePerson, Plan, PlanKind


def copy_for(
    reader: str, *, child: str = "Mia Hale", says: str = "Mia says her room is cold."
) -> Household:
    """The household of a plan for ``child`` (a girl unless ``says`` says "he"), with
    her mother Kirsty, her father Dean and a social worker; ``reader``'s own copy."""
    plan = Plan(
        kind=PlanKind.CP_PLAN,
        child=Child(name=child, age=6),
        plan_date=dt.date(2025, 3, 6),
        core_group=[
            CorePerson(name="Kirsty Hale", role="Mother"),
            CorePerson(name="Dean Hale", role="Father"),
            CorePerson(name="Amara Osei", role="Social Worker", lead_professional=True),
        ],
    )
    who = household(plan, (says,))
    return replace(who, reader=the_reader(who, reader, plan.core_group))


def boys_copy_for(reader: str) -> Household:
    return copy_for(reader, child="Tyler Hale", says="Tyler says his room is cold.")


def it_turns_each_sentence_that_names_the_reader_where_another_is_left_whole() -> None:
    said = for_parents(
        "Dean hurt Kirsty over at least 5 years (threats, control of money). "
        "Dean assaulted Kirsty while holding Mia, who got a bruise to her forehead.",
        copy_for("Kirsty Hale"),
    )
    assert said == (
        "Dean hurt you over at least 5 years (threats, control of money). "
        "Dean assaulted Kirsty while holding Mia, who got a bruise to her forehead."
    )


def it_leaves_a_text_whole_where_a_sentence_without_her_name_has_her_pronoun() -> None:
    text = "Kirsty has a learning disability. She struggles to read letters."
    assert for_parents(text, copy_for("Kirsty Hale")) == text


def it_turns_him_where_the_pronoun_of_the_other_gender_is_never_the_readers() -> None:
    said = for_parents(
        "Dean has hit her (punched her face), controls her phone.", copy_for("Dean Hale")
    )
    assert said == "You have hit her (punched her face), control her phone."


def it_turns_her_name_as_an_object_and_her_pronoun_where_only_she_is_her() -> None:
    text = "We are worried about abuse by Dean towards Kirsty over 4 years, taking her phone and money."
    assert for_parents(text, boys_copy_for("Kirsty Hale")) == (
        "We are worried about abuse by Dean towards you over 4 years, taking your phone and money."
    )
    # Mia is "her" too: the sentence keeps Kirsty's name
    assert for_parents(text, copy_for("Kirsty Hale")) == text


def it_turns_her_pronoun_where_the_only_other_person_comes_after_it() -> None:
    text = "Kirsty will call police if she is at risk and tell the social worker within 24 hours."
    assert for_parents(text, boys_copy_for("Kirsty Hale")) == (
        "You will call police if you are at risk and tell the social worker within 24 hours."
    )
    held = "Dean assaulted Kirsty while holding Amara, who got a bruise to her forehead."
    assert for_parents(held, boys_copy_for("Kirsty Hale")) == held


def it_never_takes_a_she_that_opens_a_sentence_naming_the_reader_for_hers() -> None:
    said = for_parents("She worries about Kirsty all day.", boys_copy_for("Kirsty Hale"))
    assert said == "She worries about you all day."


def it_keeps_the_name_of_the_speaker_of_a_quotation() -> None:
    text = 'Dean denies it and states Kirsty "winds him up".'
    assert for_parents(text, copy_for("Kirsty Hale")) == text


def it_never_gives_the_readers_family_to_the_child() -> None:
    # "his" right after "Dean or" is Dean's, though the child is "he" too (voice30):
    # his own family, never the child's
    text = "If Dean or his family find where Kirsty lives, police will be called."
    said = for_parents(text, boys_copy_for("Dean Hale"))
    assert said == "If you or your family find where Kirsty lives, police will be called."


def it_keeps_her_where_she_may_be_given_something() -> None:
    text = "Dean gave her money and Kirsty spent it."
    assert for_parents(text, boys_copy_for("Kirsty Hale")) == text


def it_never_half_turns_sentences_that_are_joined_into_one() -> None:
    text = "Kirsty has been twice and says she liked it. Kirsty's own scaling 4/10."
    who = copy_for("Kirsty Hale")  # "she" may be Mia's: the first is left whole
    assert for_parents(text, who, joined=True) == text
    assert (
        for_parents(text, who)
        == "Kirsty has been twice and says she liked it. Your own scaling 4/10."
    )


def it_speaks_to_a_pregnant_mother_whose_baby_is_not_yet_she() -> None:
    who = copy_for("Kirsty Hale", child="Unborn baby Hale", says="The baby is due in May.")
    said = for_parents("Kirsty stopped her medicine when she found out she was pregnant.", who)
    assert said == "You stopped your medicine when you found out you were pregnant."


def _plan_with_action(child: str, says: str, action: str) -> Plan:
    return Plan.model_validate(
        {
            "kind": PlanKind.CP_PLAN,
            "child": Child(name=child, age=6),
            "plan_date": dt.date(2025, 3, 6),
            "core_group": [
                CorePerson(name="Kirsty Hale", role="Mother"),
                CorePerson(name="Dean Hale", role="Father"),
                CorePerson(name="Amara Osei", role="Social Worker", lead_professional=True),
            ],
            "child_views": says,
            "risks": [
                {
                    "risk_factor": "Dean has hit Kirsty.",
                    "risk_to_child": "The child could be hurt.",
                    "outcomes": [
                        {
                            "text": "The child is safe at home every day.",
                            "actions": [
                                {
                                    "text": action,
                                    "responsible": ["Kirsty Hale"],
                                    "frequency": "Daily",
                                }
                            ],
                        }
                    ],
                }
            ],
        }
    )


def it_makes_the_who_cell_follow_its_action() -> None:
    action = "Kirsty will keep her new number private."
    boy = _plan_with_action("Tyler Hale", "Tyler says his room is cold.", action)
    [row] = family_context(boy, glossary(), recipient="Kirsty Hale")["actions"]
    assert (row["who"], row["what"]) == ("You", "You will keep your new number private.")
    girl = _plan_with_action("Mia Hale", "Mia says her room is cold.", action)
    [row] = family_context(girl, glossary(), recipient="Kirsty Hale")["actions"]
    assert (row["who"], row["what"]) == ("Kirsty Hale", action)


def it_turns_a_sentence_beside_one_whose_she_is_someone_elses() -> None:
    text = (
        "Kirsty has depression. Dean hit Kirsty while holding Mia, who hurt her head. "
        "She worries about Kirsty all day."
    )
    assert for_parents(text, copy_for("Kirsty Hale")) == (
        "You have depression. Dean hit Kirsty while holding Mia, who hurt her head. "
        "She worries about you all day."
    )


def it_makes_a_verb_joined_to_hers_after_when_agree() -> None:
    who = copy_for("Kirsty Hale", child="Unborn baby Hale", says="The baby is due in May.")
    said = for_parents("Police came on Monday when Kirsty was pregnant and was hurt.", who)
    assert said == "Police came on Monday when you were pregnant and were hurt."
