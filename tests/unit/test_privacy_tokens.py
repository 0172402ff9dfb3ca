"""The tokens a withheld detail is matched on: the quick way for plain ASCII text
finds exactly what the character-by-character definition finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from plangen.privacy.match import Form, MarkerFor, Matcher, Secret, any_tokens, squash, tokens

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


def it_finds_each_matchers_own_secrets_in_a_text_another_searched_first() -> None:
    """A text's tokens are worked out once and shared by every search of it (issue 15:
    each copy of a plan searches the same texts): one search never changes what the
    next finds."""
    text = "Dean lives at 18 Harbour Rd, Seaton; call him on 07700 900278."
    address = Matcher([Secret("address", "Dean's address", (Form(squash("18 Harbour Road")),))])
    phone = Matcher([Secret("phone", "Dean's phone", (Form(squash("07700900278")),))])
    marker = MarkerFor("not shared")
    for _ in range(2):  # the second time from the shared tokens
        assert address.redact(text, marker)[0] == (
            "Dean lives at [address not shared], Seaton; call him on 07700 900278."
        )
        assert phone.redact(text, marker)[0] == (
            "Dean lives at 18 Harbour Rd, Seaton; call him on [phone number not shared]."
        )
