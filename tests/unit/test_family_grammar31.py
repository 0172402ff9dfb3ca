"""Family-version grammar and jargon kinds found by reader30 on held-out plans 143-152
(issue 13): a worry written as the worker's notes, a glossary swap before "be", a
referral to children's social care said softly, a note of where the child is with no
verb, a short form ("ICPC") explained only under its long name, and two cells joined
with the second's capital kept ("twice a week; Joint visit")."""

from __future__ import annotations

import pytest

from plangen.family.plain import frequency_in_words, glossary
from plangen.family.said_to_do import will_do
from plangen.family.sentences import is_clause
from plangen.family.words_box import headword, words_we_use
from plangen.family.workers import workers
from plangen.family.worries import worry_for_child, worry_for_parents
from plangen.model import CorePerson

from ..language_family import capital_after_semicolon, check_family
from .test_family_voice import family


def it_says_notes_as_notes_never_after_because() -> None:
    factor = (
        "attendance 89%; 2 fixed-term exclusions this year for comments in class; "
        "46 behaviour points"
    )
    said = worry_for_parents(factor, "", family("Connor Whitby"))
    assert "We are worried because attendance" not in said
    assert said == (
        "We are worried about these things: attendance 89%; 2 fixed-term exclusions this "
        "year for comments in class; 46 behaviour points."
    )
    assert not [k for k, _ in check_family(said, reader=None, others=set())]


@pytest.mark.parametrize(
    ("factor", "said"),
    [
        (
            "School attendance 81% last year and late 14 times in the summer term",
            "We are worried about these things: school attendance 81% last year and late 14 "
            "times in the summer term.",
        ),
        (
            "Benefits sanctioned, rent arrears of £1,140 - risk of eviction",
            "We are worried about these things: benefits sanctioned, rent arrears of £1,140 "
            "(risk of eviction).",
        ),
    ],
)
def it_says_a_figure_or_a_thing_done_as_the_workers_notes(factor: str, said: str) -> None:
    assert worry_for_parents(factor, "", family("Mason Pritchard")).startswith(said)


def it_still_says_a_clause_after_a_bracketed_list_as_it_was() -> None:
    factor = (
        "Donna's low mood since her diagnosis worsened in the summer; she says she feels guilty"
    )
    said = worry_for_parents(factor, "", family("Jake Moss"))
    assert "these things" not in said


def it_leaves_the_workers_notes_out_of_the_childs_words() -> None:
    said, left = worry_for_child("attendance 89%; 46 behaviour points", "", family("Connor"))
    assert "attendance 89%" not in said
    assert left == ["attendance 89%; 46 behaviour points"]


def it_reads_a_compound_and_a_describing_word_as_no_verb() -> None:
    assert not is_clause("attendance 89%; 2 fixed-term exclusions this year")
    assert not is_clause("mixed messages for Connor")
    assert is_clause("Kacper has come home after 11pm")


def it_gives_a_note_of_where_the_child_is_its_verb() -> None:
    factor = "Homeless - Kai in Braeside YP unit (temporary). Wants own tenancy."
    said = worry_for_parents(factor, "", family("Kai Robertson"))
    assert "We are worried about homeless." not in said
    assert "Kai in Braeside" not in said
    assert said.startswith(
        "We are worried because Kai is homeless. Kai is in Braeside YP unit (temporary)."
    )


def it_keeps_a_referral_to_childrens_social_care_through_the_mash_formal() -> None:
    text = "police will be called and a referral made to Children's Social Care through the MASH"
    said = glossary().plain(text)
    assert "request for help made" not in said
    assert "a referral made to Children's Social Care through the MASH" in said


def it_never_says_request_for_help_from_be() -> None:
    said = glossary().plain("Adult Support and Protection referral to be considered")
    assert "from be" not in said
    assert said == "Adult Support and Protection request for help to be considered"
    found = check_family(
        "Adult Support and Protection request for help from be considered.",
        reader=None,
        others=set(),
    )
    assert ("swap-fit", "from be") in list(found)


def it_shows_a_short_form_beside_the_word_it_is_explained_under() -> None:
    context = {"better": ["Kayleigh scores her safety 8/10 (was 3/10 at ICPC)."]}
    box = words_we_use(context, glossary())
    terms = [word["term"] for word in box]
    assert "child protection conference" not in terms
    assert "ICPC (child protection conference)" in terms
    assert headword("ICPC (child protection conference)") == "child protection conference"


def it_lowers_a_joined_frequencys_capital_but_not_a_name() -> None:
    said = frequency_in_words(
        "Twice Weekly\nJoint visit with SW fortnightly to discuss progress", glossary()
    )
    assert "; Joint visit" not in said
    assert (
        said
        == "twice a week; joint visit with the social worker every two weeks to discuss progress"
    )
    assert frequency_in_words("Weekly\nMegan visits", glossary()) == "once a week; Megan visits"


def it_finds_a_capital_kept_after_a_semicolon() -> None:
    line = "twice a week; Joint visit with the social worker every two weeks"
    assert list(capital_after_semicolon(line, names=set())) == [("capital", "; Joint")]
    assert not list(capital_after_semicolon("once a week; Megan visits", names={"Megan"}))


def it_finds_notes_glued_after_worried_about() -> None:
    sentence = "We are worried about school attendance 81% last year and late 14 times."
    assert "worry" in [k for k, _ in check_family(sentence, reader=None, others=set())]
    fine = "We are worried about these things: school attendance 81% last year."
    assert "worry" not in [k for k, _ in check_family(fine, reader=None, others=set())]


@pytest.mark.parametrize(
    ("written", "term"),
    [
        ("DS Qureshi to consider variation of the FMPO", "FMPO"),
        ("police will arrest if the FGMPO is breached", "FGMPO"),
        ("convicted 2019; MAPPA level 2", "MAPPA"),
        ("Prevent referral on 15/09/26; accepted to Channel", "Channel"),
        ("Gary charged - bail cond. not to approach Kai", "bail"),
        ("Kai missed 3 wks of S5 and may not sit his Nat 5s", "Nat 5s"),
        ("Apply for EMA", "EMA"),
        ("2 fixed-term exclusions this year", "fixed-term exclusions"),
        ("YPVA 1:1 sessions", "YPVA"),
        (
            "Fabricated or induced illness (perplexing presentations).",
            "fabricated or induced illness",
        ),
        ("Audiology appointments for glue ear", "glue ear"),
    ],
)
def it_explains_the_practice_words_reader30_found_unexplained(written: str, term: str) -> None:
    plain = glossary().plain(written)
    assert term in [t.term for t in glossary().terms_in(plain)]
    box = words_we_use({"worries": [plain]}, glossary())
    assert term in [word["term"] for word in box]


def it_says_two_practice_words_in_plain_words_instead() -> None:
    """(family31, reader 30 B-MEANING) CSODS and "perplexing presentations" are said in
    plain words rather than kept and explained."""
    assert glossary().plain("CSODS disclosure to Leanne") == (
        "Police warning about a person's record to Leanne"
    )
    said = glossary().plain("Fabricated or induced illness (perplexing presentations).")
    assert "(symptoms that doctors cannot explain)" in said


def it_says_a_typed_timescale_and_shorthand_in_words() -> None:
    assert glossary().plain("Asap") == "As soon as possible"
    assert glossary().plain("6 mths") == "6 months"
    assert frequency_in_words("3 x week", glossary()) == "3 times a week"
    said = glossary().plain("24 hours; legal gateway 15/10/26")
    assert "legal gateway" not in said
    assert "meeting with the council's lawyers" in said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "Tomasz not to go to Kacper's school, and not to ask other people where Kacper lives",
            "Tomasz will not go to Kacper's school, and not ask other people where Kacper lives",
        ),
        ("You not to speak negatively about Dad", "You will not speak negatively about Dad"),
        (
            "Anna to come alone and not to ask Kacper where he lives",
            "Anna will come alone and not ask Kacper where he lives",
        ),
        (
            "Supervised time, Saturdays 2-3pm; Tomasz not to ask Kacper about school",
            "Supervised time, Saturdays 2-3pm; Tomasz will not ask Kacper about school",
        ),
        ("Tomasz not to be given the address", "Tomasz will not be given the address"),
    ],
)
def it_says_what_someone_will_not_do_as_a_sentence(written: str, said: str) -> None:
    assert will_do(written, family("Kacper Nowak")) == said
    assert not [k for k, _ in check_family(said, reader=None, others=set()) if k == "note"]


@pytest.mark.parametrize(
    "bad",
    [
        "You not to speak negatively about Daniel in front of Noah at contact",
        "Nasreen will come alone and not to ask Sana where she lives or studies",
    ],
)
def it_finds_an_order_noted_without_its_verb(bad: str) -> None:
    assert "note" in [k for k, _ in check_family(bad, reader=None, others=set())]


def it_says_how_someone_is_with_its_verb() -> None:
    who = family("Kacper Nowak")
    factor = "Tomasz shares Kacper's views; tension at home; Anna worried and unsure what to do"
    said = worry_for_parents(factor, "Kacper upset and frightened; hides under the table", who)
    assert "Anna worried" not in said
    assert "Anna is worried and unsure what to do" in said
    assert "that Kacper upset" not in said
    assert "This can mean that Kacper is upset and frightened" in said


def it_never_says_your_before_someone_elses_worker() -> None:
    bad = "Marcus is your Kayla's social worker."
    assert ("voice", "your Kayla's") in list(check_family(bad, reader=None, others=set()))


def it_says_whose_worker_once() -> None:
    marcus = CorePerson(name="Marcus Reid", role="Kayla's Social Worker (Children in Care Team)")
    kayla = CorePerson(name="Kayla Brooks", role="Mother")
    people = [(marcus, False), (kayla, True)]
    others = workers(people, "the baby", glossary(), {"Kayla"})
    assert [w.who for w in others] == ["Kayla's social worker"]
    hers = workers(people, "the baby", glossary(), {"Kayla"}, reader="Kayla")
    assert [w.who for w in hers] == ["your social worker"]


def it_lists_a_helper_the_actions_name_who_is_not_in_the_core_group() -> None:
    import datetime as dt

    from plangen.family.contacts import through_lead
    from plangen.model import Action, Child, Outcome, Plan, PlanKind, Risk

    plan = Plan(
        kind=PlanKind.CHILDS_PLAN,
        child=Child(name="Connor Whitby", age=14),
        plan_date=dt.date(2026, 10, 5),
        core_group=[
            CorePerson(name="Tom Ashworth", role="Early Help Practitioner", lead_professional=True),
            CorePerson(name="Karen Whitby", role="Mother"),
        ],
        risks=[
            Risk(
                risk_factor="Connor is isolated",
                outcomes=[
                    Outcome(
                        text="Connor does 2 offline activities a week",
                        actions=[
                            Action(text="Take Connor to boxing", responsible=["Jay Patel"]),
                            Action(text="Walk to school", responsible=["Connor Whitby"]),
                        ],
                    )
                ],
            )
        ],
    )
    entries = [
        {"name": "Tom Ashworth", "role": "", "agency": "", "contact": "01772 555 330"},
        {"name": "Karen Whitby", "role": "Mother", "agency": "", "contact": ""},
    ]
    actions = [{"who": "Jay Patel"}, {"who": "Connor Whitby"}]
    through_lead(entries, [False, True], plan, actions)
    assert [e["name"] for e in entries] == ["Tom Ashworth", "Karen Whitby", "Jay Patel"]
    assert entries[-1]["contact"] == "Ask Tom Ashworth, your lead worker"
    hidden = entries[:2]
    through_lead(hidden, [False, True], plan, [{"who": "A worker"}])
    assert "Jay Patel" not in [e["name"] for e in hidden]  # not printed in this copy


def it_goes_on_in_lower_case_after_a_semicolon() -> None:
    said = glossary().plain("Intelligence sharing; Child Abduction Warning Notices to both")
    assert "; Police warnings" not in said
    assert said == "Information sharing; police warnings to stay away from a child to both"
    assert glossary().plain("CAWN for him").startswith("Police warning")
    # with what was done to it after it, the notice keeps its name (reader 32: "Police
    # warning to stay away from a child served on Dale"), explained in the box
    assert glossary().plain("CAWN served") == "CAWN served"
