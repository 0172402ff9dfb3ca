"""The last look at every sentence of the family and child versions: brackets and
quotes balanced, no word twice, names in capitals, verbs that agree."""

from __future__ import annotations

import pytest

from plangen.family.capitals import capitalised
from plangen.family.mend import mend, mended
from plangen.family.plain import signs_in_words
from plangen.family.verbs import agree

from .test_family_voice import family


@pytest.mark.parametrize(
    ("written", "sent"),
    [
        # a bracket left open by the worker is closed before the sentence's stop
        ("Anna (Mum will attend every session.", "Anna (Mum will attend every session)."),
        # a closing bracket with nothing to close goes
        ("Leo goes to school) every day.", "Leo goes to school every day."),
        # a bracket across a sentence end stays one sentence
        (
            "Dad (who lives in Leeds. He visits weekly) will come.",
            "Dad (who lives in Leeds; he visits weekly) will come.",
        ),
        ("Mum (e.g. at home) will help.", "Mum (e.g. at home) will help."),
        # a quotation left open is closed; a lone straight quote goes
        ("Leo said “I like school.", "Leo said “I like school”."),
        ('Leo said "no more.', "Leo said no more."),
        # a word written twice, never inside a quotation
        ("Go to the the doctor.", "Go to the doctor."),
        ("Mum (Mum) will come.", "Mum will come."),
        ("Leo said “no no no”.", "Leo said “no no no”."),
        ("She had had enough.", "She had had enough."),
        # words twice from two glossary swaps, and words echoed in brackets
        (
            "The formal stage before court stage before court letter.",
            "The formal stage before court letter.",
        ),
        (
            "On Monday (Formal meeting to review the plan (formal meeting to review the plan)).",
            "On Monday (Formal meeting to review the plan).",
        ),
        # sentences and line breaks between them stay as they were
        ("One (two. Three.\nFour.", "One (two). Three.\nFour."),
    ],
)
def it_balances_every_sentence(written: str, sent: str) -> None:
    assert mend(written) == sent


def it_leaves_a_balanced_text_as_it_is() -> None:
    text = 'Leo said: "I like my school." He drew his house (with Mum).'
    assert mend(text) == text


def it_names_each_mended_text_for_the_worker() -> None:
    notes: list[str] = []
    context = mended({"worries": ["Dad (Dean will visit.", "All fine."], "notes": []}, notes)
    assert context["worries"] == ["Dad (Dean will visit).", "All fine."]
    assert notes == ['A bracket or quote was put right in: "Dad (Dean will visit)."']


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("kacper to read with anna every night.", "Kacper to read with Anna every night."),
        ("checked weekly by dad, or by his mum.", "checked weekly by Dad, or by his mum."),
        ('kacper said "mum is kind".', 'Kacper said "mum is kind".'),
        ("I will tell mum's friend.", "I will tell Mum's friend."),
    ],
)
def it_gives_names_written_in_lower_case_their_capitals(written: str, said: str) -> None:
    assert capitalised(written, family()) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # a time's point is no clause end
        (
            "I am dressed every morning, arrive by 8.50am, and tells my teacher I am fine.",
            "I am dressed every morning, arrive by 8.50am, and tell my teacher I am fine.",
        ),
        # a determiner's own word is no verb ("a packed lunch")
        (
            "I have breakfast, a packed lunch and an evening meal and is in bed by 8pm.",
            "I have breakfast, a packed lunch and an evening meal and am in bed by 8pm.",
        ),
        # another subject with its verb still takes over
        (
            "I attend school and her worry score falls.",
            "I attend school and her worry score falls.",
        ),
    ],
)
def it_makes_every_verb_of_the_childs_clause_agree(written: str, said: str) -> None:
    assert agree(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Nan to help with feeds/weaning", "Nan to help with feeds or weaning"),
        ("Meeting with Shannon & Adult Social Care", "Meeting with Shannon and Adult Social Care"),
        ("3 meals + 2 snacks a day", "3 meals and 2 snacks a day"),
        ("police called x4 in 2024", "police called 4 times in 2024"),
        ("bathed at least 3x week", "bathed at least 3 times a week"),
        ("Mum and/or Dad", "Mum or Dad"),
        # dates, A&E, 24/7, chains and capitals stay as written
        ("A&E on 12/24, 24/7 care, school/nursery/home plan, CAMHS/school", None),
    ],
)
def it_says_note_taking_signs_in_words(written: str, said: str | None) -> None:
    assert signs_in_words(written) == (said or written)


def it_searches_far_enough_back_for_any_abbreviation() -> None:
    from plangen.family import split
    from plangen.family.verbs import family_data

    listed = [str(w) for key in ("abbreviations", "before_numbers") for w in family_data()[key]]  # type: ignore[attr-defined]
    assert max(len(w) for w in listed) + 2 < split._LONGEST
