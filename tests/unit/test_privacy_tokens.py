"""The tokens a withheld detail is matched on: the quick way for plain ASCII text
finds exactly what the character-by-character definition finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from plangen.privacy.match import any_tokens, tokens

_ASCII = st.lists(
    st.text(st.characters(min_codepoint=0, max_codepoint=127), max_size=8)
    | st.sampled_from(["Rd", "12th", "SE4 9QT", "07700-900-141", "St.", "O'Neil", "2ND"]),
    max_size=10,
).map("".join)


@given(_ASCII)
def it_tokenises_ascii_text_as_the_definition_does(text: str) -> None:
    assert tokens(text) == any_tokens(text)


def it_still_reads_text_beyond_ascii_character_by_character() -> None:
    text = "Flat 2, １２ Harbour Rd\u00ad, Café"  # full-width digits, a soft hyphen
    assert [t.text for t in tokens(text)] == [
        "flat",
        "2",
        "12",
        "harbour",
        "road",
        "cafe"[:3] + "é",
    ]
    assert tokens(text) == any_tokens(text)
