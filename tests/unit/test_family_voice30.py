"""One voice in a parent's or carer's own copy (issue 13, reader 29's "reader named in the
third person in their own copy" kind): each kind of sentence that kept the reader's
name, or turned half, with the exact sentence before and after.  The sentences are
those of held-out plans 133-142 (written independently), with the names they use."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from plangen.family.household import Household, household
from plangen.family.reader import the_reader
from plangen.family.said_by import child_views_heading, views_heading
from plangen.family.voice import for_parents
from plangen.family.you_whole import third_left
from plangen.model import Child, CorePerson, Plan, PlanKind


def copy_for(
    reader: str,
    family: tuple[tuple[str, str], ...],
    *,
    child: str,
    says: str,
    age: int = 8,
) -> Household:
    """``reader``'s own copy of a plan for ``child`` with ``family`` (name, role) and a
    social worker; ``says`` is the plan's text that shows the child's pronoun."""
    plan = Plan(
        kind=PlanKind.CP_PLAN,
        child=Child(name=child, age=age),
        plan_date=dt.date(2026, 11, 19),
        core_group=[
            *(CorePerson(name=name, role=role) for name, role in family),
            CorePerson(name="Megan Doyle", role="Social Worker", lead_professional=True),
        ],
    )
    who = household(plan, (says,))
    return replace(who, reader=the_reader(who, reader, plan.core_group))


KAYLEIGH = (("Kayleigh Turner", "Mother"), ("Jordan Price", "Father"))
BABY = {"child": "Ava-Rose Turner", "says": "Ava-Rose smiled at her mum.", "age": 0}


def kayleigh() -> Household:
    return copy_for("Kayleigh Turner", KAYLEIGH, **BABY)  # type: ignore[arg-type]


def jordan() -> Household:
    return copy_for("Jordan Price", KAYLEIGH, **BABY)  # type: ignore[arg-type]


# a "she" that is the subject after her name, in her sentence, is hers though the baby
# is "she" too
def it_turns_her_subject_she_in_her_own_sentence_where_the_child_is_she_too() -> None:
    before = (
        "Kayleigh is 19, a care leaver, with low mood since the birth, no family support "
        "in the area and she has moved away from everyone she knows."
    )
    assert for_parents(before, kayleigh()) == (
        "You are 19, a care leaver, with low mood since the birth, no family support "
        "in the area and you have moved away from everyone you know."
    )
    before = (
        "Jordan strangled Kayleigh on Wednesday 2 September 2026 while she was holding Ava-Rose."
    )
    assert for_parents(before, kayleigh()) == (
        "Jordan strangled you on Wednesday 2 September 2026 while you were holding Ava-Rose."
    )


def it_keeps_whole_a_her_that_may_be_the_babys() -> None:
    before = "Kayleigh responds to her cues (observed by the health visitor)."
    assert for_parents(before, kayleigh()) == before
    # nor a "she" in a sentence that does not name her
    before = "Kayleigh has a learning disability. She struggles to read letters."
    assert for_parents(before, kayleigh()) == before
    # (but "Kayleigh says she ...": her own reported words, as "Dean says he wants")


def it_turns_her_right_after_her_name_and_with() -> None:
    before = "The leaving care worker will support Kayleigh with her budget and UC claim."
    assert for_parents(before, kayleigh()) == (
        "The leaving care worker will support you with your budget and UC claim."
    )


# a verb joined to hers agrees, where "you" opens a clause after a comma; else whole
def it_makes_every_verb_of_a_clause_after_a_comma_agree() -> None:
    before = (
        "Kayleigh's support worker brings Ava-Rose, Jordan arrives 15 mins before and "
        "leaves 15 mins after"
    )
    assert for_parents(before, jordan()) == (
        "Kayleigh's support worker brings Ava-Rose, you arrive 15 mins before and "
        "leave 15 mins after"
    )


def it_never_leaves_a_verb_of_the_third_person_beside_you() -> None:
    assert third_left("You say Nicola \ue0f1, denies the abuse and want to know")
    assert third_left("you arrive 15 mins before and leaves 15 mins after")
    # the verbs after a comma where "you" hangs on another's clause are that subject's
    assert not third_left(
        "This can mean that Kacper misses school when you are unwell, has little time "
        "of his own and is stressed."
    )
    assert not third_left("He helps you to shower and dress, does the cooking.")


def it_turns_what_he_says_and_denies_with_every_verb_agreeing() -> None:
    family = (("Nicola Baker", "Mother"), ("Wayne Baker", "Father"))
    wayne = copy_for(
        "Wayne Baker", family, child="Chantelle Baker", says="Chantelle said she is fine."
    )
    before = (
        "Wayne says Nicola 'turned Chan against him', denies the abuse and wants to know "
        "which school Chan goes to."
    )
    assert for_parents(before, wayne) == (
        "You say Nicola 'turned Chan against him', deny the abuse and want to know "
        "which school Chan goes to."
    )


def it_keeps_the_childs_verb_after_her_clause() -> None:
    family = (("Anna Nowak", "Mother"), ("Tomasz Nowak", "Father"))
    anna = copy_for("Anna Nowak", family, child="Kacper Nowak", says="Kacper says he is fine.")
    before = (
        "This can mean that Kacper misses school when Anna is unwell, has little time of "
        "his own and is stressed."
    )
    # was "... has little time of his own and are stressed": Kacper's "is" made hers
    assert for_parents(before, anna) == (
        "This can mean that Kacper misses school when you are unwell, has little time of "
        "his own and is stressed."
    )


def it_makes_the_verbs_of_who_after_you_agree() -> None:
    family = (("Donna Pearson", "Mother"),)
    donna = copy_for("Donna Pearson", family, child="Jake Pearson", says="Jake says he is ok.")
    before = (
        "Jake is the main carer for his mum Donna, who has relapsing MS and uses a "
        "wheelchair outside the home."
    )
    # was "for you, who has relapsing MS and uses a wheelchair"
    assert for_parents(before, donna) == (
        "Jake is the main carer for you, who have relapsing MS and use a wheelchair "
        "outside the home."
    )


# a kinship carer's role gives her gender; "his gran Isobel" is one person
GRAN = (
    ("Isobel Crawford", "Maternal gran - kinship carer (s.25)"),
    ("Darren Munro", "Father"),
)
KYLE = {"child": "Kyle Munro", "says": "Kyle says he is fine.", "age": 15}


def it_knows_a_maternal_gran_is_she() -> None:
    isobel = copy_for("Isobel Crawford", GRAN, **KYLE)  # type: ignore[arg-type]
    assert isobel.reader is not None and isobel.reader.gender == "she"
    before = "Isobel is committed to keeping Kyle until he is 16. She is 74 and worried."
    assert for_parents(before, isobel) == (
        "You are committed to keeping Kyle until he is 16. You are 74 and worried."
    )


def it_says_a_relationship_and_her_name_side_by_side_once() -> None:
    isobel = copy_for("Isobel Crawford", GRAN, **KYLE)  # type: ignore[arg-type]
    before = "Kyle moved to his gran Isobel's in Strathbeg on Friday 18 September 2026."
    assert for_parents(before, isobel) == (
        "Kyle moved to yours in Strathbeg on Friday 18 September 2026."
    )
    darren = copy_for("Darren Munro", GRAN, **KYLE)  # type: ignore[arg-type]
    # was "associates of you you" where the sentence stood alone
    before = "Information links the line to associates of his dad Darren."
    assert for_parents(before, darren) == "Information links the line to associates of you."


def it_never_leaves_your_owning_nothing() -> None:
    isobel = copy_for("Isobel Crawford", GRAN, **KYLE)  # type: ignore[arg-type]
    before = (
        "Kyle home at Isobel's by 9pm school nights; Kyle can name 2 adults (Isobel and Jamie)."
    )
    # was "Kyle home at your by 9pm"
    assert for_parents(before, isobel) == (
        "Kyle home at yours by 9pm school nights; Kyle can name 2 adults (you and Jamie)."
    )


# "Leanne and Craig ... their": the pair is the only "they" it can mean
PARENTS = (("Leanne Evans", "Mother"), ("Craig Hughes", "Stepfather"))
TYLER = {"child": "Tyler Evans", "says": "Tyler says he is rubbish at everything."}


def it_turns_their_of_the_reader_and_her_partner() -> None:
    leanne = copy_for("Leanne Evans", PARENTS, **TYLER)  # type: ignore[arg-type]
    before = "Leanne and Craig will work with Dyfodol and reduce their drinking."
    assert for_parents(before, leanne) == (
        "You and Craig will work with Dyfodol and reduce your drinking."
    )


def it_keeps_their_whole_where_someone_else_may_be_meant() -> None:
    leanne = copy_for("Leanne Evans", PARENTS, **TYLER)  # type: ignore[arg-type]
    before = "Leanne and Craig will take the children to their appointments."
    assert for_parents(before, leanne) == before
    before = "Leanne and Craig said they love Tyler."  # "you love" would be her alone
    assert for_parents(before, leanne) == before


# a sentence naming someone else of her gender first: her pronoun is that person's
def it_turns_her_worry_beside_a_sisters_own_plan() -> None:
    family = (("Rania Al-Khatib", "Mother (Arabic interpreter)"), ("Sami Al-Khatib", "Father"))
    before = (
        "Sami has hit and threatened Rania over many years, controlled all money and her "
        "passport. Yusuf and Maryam saw Sami hit Rania. Maryam is the subject of her "
        "own CP plan."
    )
    # the plan's own text: who is named in it ("Maryam") is read from it
    rania = copy_for(
        "Rania Al-Khatib", family, child="Yusuf Al-Khatib", says=f"Yusuf says he is sad. {before}"
    )
    assert for_parents(before, rania) == (
        "Sami has hit and threatened you over many years, controlled all money and your "
        "passport. Yusuf and Maryam saw Sami hit you. Maryam is the subject of her "
        "own CP plan."
    )
    before = (
        "Rania speaks little English, has no money of her own yet, and knows no one in Millbrook."
    )
    assert for_parents(before, rania) == (
        "You speak little English, have no money of your own yet, and know no one in Millbrook."
    )


# the views' heading
def it_heads_her_turned_words_with_you() -> None:
    family = (("Lisa Clarke", "Mother"), ("Mark Clarke", "Father"))
    lisa = copy_for("Lisa Clarke", family, child="Ruby Clarke", says="Ruby says she is sad.")
    views = "You agree that mornings had to change. Mark could not come to the review."
    # was "What Mark said" over her own words
    assert views_heading(views, lisa) == "What you and Mark said"
    rania_views = "Rania: she is 'not going back'. Sami attended the core group."
    sami = copy_for(
        "Sami Al-Khatib",
        (("Rania Al-Khatib", "Mother"), ("Sami Al-Khatib", "Father")),
        child="Yusuf Al-Khatib",
        says="Yusuf says he is fine.",
    )
    # was "What you said" over Rania's words in Sami's copy
    assert views_heading(rania_views.replace("Sami attended", "You attended"), sami) == (
        "What you and Rania said"
    )


def it_heads_a_babys_views_as_how_she_is() -> None:
    views = "Ava-Rose is 4 months old. She smiled and babbled at Kayleigh."
    assert child_views_heading(views, kayleigh()) == "How Ava-Rose is"  # was "What Ava-Rose said"
    leo = copy_for("Amy Harris", (("Amy Harris", "Mother"),), child="Leo Harris", says="He said.")
    assert child_views_heading("Leo said he likes his teacher.", leo) == "What Leo said"
    harris = copy_for(
        "Gemma Campbell", (("Gemma Campbell", "Mother"),), child="Harris Wallace", says="He", age=2
    )
    assert child_views_heading("Harris is too young to give his views.", harris) == (
        "How Harris is"
    )


def it_says_her_titled_home_as_yours() -> None:
    family = (("Denise Bennett", "Paternal aunt - kinship carer"), ("Tracey Holt", "Mother"))
    denise = copy_for(
        "Denise Bennett", family, child="Marcus Bennett", says="Marcus says he is ok."
    )
    before = "Meeting about extra help, 5pm at Auntie Denise's (after Marcus finishes college)."
    assert for_parents(before, denise) == (
        "Meeting about extra help, 5pm at yours (after Marcus finishes college)."
    )
    before = "Meeting at Auntie Denise's house."  # whose house is said as the child says it
    assert for_parents(before, denise) == before


def it_leaves_a_pronoun_to_the_owner_who_opens_its_sentence() -> None:
    family = (("Denise Bennett", "Paternal aunt - kinship carer"), ("Tracey Holt", "Mother"))
    tracey = copy_for(
        "Tracey Holt",
        family,
        child="Marcus Bennett",
        says="Marcus says he is ok. Denise's council tenancy is a 2-bed.",
    )
    before = (
        "Marcus has lived with his aunt Denise since he was 12 because of his mum Tracey's "
        "problem drinking. Denise's council tenancy is a 2-bed and she is worried about money."
    )
    assert for_parents(before, tracey) == (
        "Marcus has lived with his aunt Denise since he was 12 because of your problem "
        "drinking. Denise's council tenancy is a 2-bed and she is worried about money."
    )


def it_reads_a_past_form_without_ed_as_her_verb() -> None:
    before = (
        "Jordan sent 2 messages through his sister's Facebook in October; 4 of 5 contacts "
        "attended by Jordan, late once."
    )
    assert for_parents(before, jordan()) == (
        "You sent 2 messages through your sister's Facebook in October; 4 of 5 contacts "
        "attended by you, late once."
    )


def it_says_a_note_s_passive_at_a_sentence_s_start_as_one() -> None:
    """Held-out plan 151 (writer30): "Gary charged - bail cond. not to approach or
    contact Kai." read "You charged - ..." in the stepfather's own copy, as if he had
    brought the charge."""
    gary = copy_for(
        "Gary Muir",
        (("Donna Muir", "Mother"), ("Gary Muir", "Stepfather")),
        child="Kai Robertson",
        says="Kai says he is fine.",
        age=16,
    )
    said = for_parents("Gary charged - bail cond. not to approach or contact Kai.", gary)
    assert said == "You were charged - bail cond. not to approach or contact Kai."
    assert for_parents("Gary charged the phone for Kai.", gary) == "You charged the phone for Kai."
