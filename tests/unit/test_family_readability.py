"""What the reading-ease average counts: the sentences the reader meets, whole."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from plangen.family.child import to_the_child
from plangen.family.plain import glossary
from plangen.family.readability import flesch, score, sentences, syllables
from plangen.family.versions import versions
from plangen.intake import read_plans
from plangen.model import Plan
from plangen.settings import Settings

from ..conftest import INPUTS


def it_keeps_a_sentence_whole_after_an_abbreviation() -> None:
    assert sentences("Co-parenting app (e.g. OurFamilyWizard) for all messages.") == [
        "Co-parenting app (e.g. OurFamilyWizard) for all messages."
    ]
    assert sentences("Assessment incl. Marta. Then a visit.") == [
        "Assessment incl. Marta.",
        "Then a visit.",
    ]


def it_never_splits_inside_a_quotation_but_does_at_line_breaks() -> None:
    assert sentences('Mum said "Go. Now." Then it ended.\nNext line') == [
        'Mum said "Go. Now."',
        "Then it ended.",
        "Next line",
    ]


def it_scores_the_words_we_use_box_the_family_reads() -> None:
    [plan] = read_plans(INPUTS / "domestic-abuse-leo-harris.xlsx")
    assert isinstance(plan, Plan)
    [family] = versions(plan, Settings(), names=("family",))
    box = family.context["words_we_use"]
    assert box, "the example has jargon kept in the worker's own words"
    scored = {path for path, _ in family.readability.scored}
    assert {f"words_we_use[{n}].explain" for n in range(len(box))} <= scored
    assert not any(path.startswith(("people", "family_views", "child_views")) for path in scored)


def it_explains_a_word_to_the_child_without_you_and_you() -> None:
    assert (
        to_the_child("You and your child will be asked what you think about your child's school.")
        == "You will be asked what you think about your school."
    )


def it_never_calls_the_term_a_words_we_use_explanation_explains_jargon() -> None:
    words = glossary()
    for name in ("domestic-abuse-leo-harris.xlsx", "betty-smith.xlsx"):
        [plan] = read_plans(INPUTS / name)
        assert isinstance(plan, Plan)
        [family] = versions(plan, Settings(), names=("family",))
        explained = [s for path, s in family.readability.scored if path.endswith(".explain")]
        assert explained and not any(s.jargon for s in explained)
    # the same words outside the box are jargon (a term kept in the worker's own words)
    said = "The core group checks the plan."
    family_settings = Settings().family
    assert score(said, target=70, settings=family_settings, words=words).jargon
    assert not score(said, target=70, settings=family_settings, words=words, explaining=True).jargon


@given(st.lists(st.text(max_size=6) | st.sampled_from(["—", "½", "_", "x²", "٣", "'", "co-op"])))
def it_counts_as_a_word_every_token_with_a_letter_or_digit(parts: list[str]) -> None:
    """Flesch counts the whitespace-separated tokens holding a letter or digit as
    ``str.isalnum`` sees them (any script), and no other."""
    text = " ".join(parts)
    words = [t for t in text.split() if any(ch.isalnum() for ch in t)]
    expected = (
        206.835 - 1.015 * len(words) - 84.6 * sum(map(syllables, words)) / len(words)
        if words
        else 100.0
    )
    assert abs(flesch(text) - expected) < 1e-9


def it_never_shows_a_missed_target_as_the_target_itself() -> None:
    """Issue 13: the draft said "reading ease 70, below the target of 70"."""
    from plangen.family.readability import shown_ease

    assert shown_ease(69.6, 70) == "69"
    assert shown_ease(69.99, 70) == "69"
    assert shown_ease(70.4, 70) == "70"
    assert shown_ease(83.5, 80) == "84"


def it_remembers_a_bounded_number_of_syllable_counts() -> None:
    """A batch of 1,000 plans meets words without end: the counts kept are bounded
    (issue 15), and a count worked out again is the same."""
    before = syllables("safeguarding")
    for n in range(20_000):
        syllables(f"word{n}x")
    info = syllables.cache_info()
    assert info.maxsize is not None and info.currsize <= info.maxsize
    assert syllables("safeguarding") == before
