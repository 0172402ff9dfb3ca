"""Whether a sentence turned to the reader's "you" reads whole, in one voice: a verb of
the third person left beside "you" (:func:`third_left`), the reader and her partner's
"their" (:func:`pair_theirs`), a "your" that owns nothing (``YOUR_NOTHING``), the verbs
of "who" after "you" (``YOU_WHO_VERBS``).  Used by :mod:`plangen.family.reader`, which
keeps a sentence whole where one of these says it would be half turned."""

from __future__ import annotations

import re

from plangen.family.verbs import first_person, verbs


def pair_theirs(said: str) -> str | None:
    """ "You and Craig will work with Dyfodol and reduce their drinking": the pair that
    opens the clause is the only "they" it can mean, so "their" is "your" (held-out
    plans 135 and 139).  None where anyone else could be "they": a plural word between
    ("take the children to their ..."), another clause, or a "they" before the pair."""
    pair = _PAIR_OPENS.search(said)
    if pair is None:
        return None
    theirs = list(re.finditer(r"\b(?:they|them|their|themselves)\b", said, re.I))
    # "You and Leo said they like the flat": "you like" would read as her alone
    if theirs[0].start() < pair.end() or any(
        t.group(0).lower() in ("they", "them") for t in theirs
    ):
        return None
    for found in theirs:
        between = said[pair.end() : found.start()]
        if re.search(r"[.;:!?()]|\s[-–]\s", between) or any(
            _PLURAL.fullmatch(word) and word.lower() not in _NOT_PLURAL
            for word in re.findall(r"[A-Za-z]+", between)
        ):
            return None
    return re.sub(
        r"\b(?:their|themselves)\b",
        lambda m: _THEIRS_YOURS[m.group(0).lower()],
        said,
        flags=re.I,
    )


# "You and Craig", "Gemma and you" opening the sentence or a clause ("If you and Ryan")
_PAIR_OPENS = re.compile(
    r"(?:^|(?<=[.;:!?]\s)|\b(?:[Ii]f|[Ww]hen|[Uu]ntil|[Uu]nless|[Oo]nce|[Ww]hile)\s+)"
    r"(?:[Yy]ou and [A-Z][\w'’-]*|[A-Z][\w'’-]* and you)\b(?!['’])"
)
_PLURAL = re.compile(r"[a-z]+(?:s|ren|people|men)", re.I)
_NOT_PLURAL = frozenset(
    [
        "is",
        "was",
        "has",
        "does",
        "this",
        "his",
        "its",
        "us",
        "as",
        "always",
        "sometimes",
        "less",
        "unless",
        "across",
        "plus",
        "bus",
        "yes",
        "perhaps",
        "towards",
        "afterwards",
        "whereas",
        "thus",
        "various",
        "serious",
        "previous",
        "nervous",
        "anxious",
        "class",
        "glass",
        "grass",
        "address",
        "process",
        "access",
        "progress",
        "stress",
        "success",
        "business",
        "wellness",
        "illness",
        "fitness",
    ]
)
_THEIRS_YOURS = {"their": "your", "themselves": "yourselves"}


YOU_WHO_VERBS = re.compile(r"(\byou,? who\s+)([^.;:!?,()]+)")


def third_left(said: str) -> bool:
    """Whether a verb of the third person is left joined to the reader's "you" in its
    clause (", denies", "and leaves"): the turn did not reach it, and the sentence would
    be half turned.  Where "you" hangs on another subject's clause ("Kacper misses school
    when you are unwell, has little time"), the verbs after the comma are that subject's."""
    for clause in _CLAUSES.split(said):
        for you in _YOU_DOES.finditer(clause):
            before = clause[: you.start()]
            rest = clause[you.end() :]
            hangs = _HANGS.search(before)
            if hangs and before[: hangs.start()].strip():
                rest = rest.split(",")[0]
            for joined in _JOINED_VERB.finditer(rest):
                if _OTHER_SUBJECT.search(rest[: joined.start()]):
                    break
                word = joined.group(1)
                if word in ("is", "was", "has", "does", "isn't", "doesn't") or (
                    word.endswith("s")
                    and first_person(word) != word
                    # a word after "and" ending in "s" is taken as a verb, listed or not
                    and (first_person(word) in verbs() or "," not in joined.group(0))
                ):
                    return True
    return False


_CLAUSES = re.compile(r"[.;:!?]\s+|\s[-–]\s")
# "you" as a subject: not after a preposition ("with you and is")
_YOU_DOES = re.compile(
    r"(?<!\bwith )(?<!\bto )(?<!\bfor )(?<!\bfrom )(?<!\babout )(?<!\bby )(?<!\bof )"
    r"(?<!\bat )(?<!\bon )(?<!\bthan )(?<!\bunless )"
    r"\b[Yy]ou\s+(?:also\s+|still\s+|never\s+|now\s+|often\s+)?"
    # "helps you to shower", "sees you when he chooses": an object, no verb of hers
    r"(?!(?:to|and|or|with|at|in|on|for|from|by|as|the|a|an|about|if|when|while|because|"
    r"until|who|that|so|too|both|all|know|out|up|back|home)\b)[a-z]+\b"
)
_HANGS = re.compile(r"\b(?:when|if|while|because|until|unless|once|as|where|since)\s+$", re.I)
_JOINED_VERB = re.compile(
    r"(?:,\s*(?:and\s+|or\s+|but\s+)?|\s(?:and|or|but)\s+)"
    r"(?:also\s+|then\s+|still\s+|never\s+)?([a-z]+(?:n't)?)(?![\w'’])"
)
# someone else takes over the clause: a name, "he", "she", "it", "they", "who", "which"
_OTHER_SUBJECT = re.compile(
    r"(?:,|\band|\bor|\bbut)\s+(?:[A-Z][\w'’-]*|he|she|it|they|who|which|that|this|there)\b"
)


YOUR_NOTHING = re.compile(
    r"\b[Yy]our\s*(?:$|[,.;:!?)/(]|(?:by|from|until|till|at|in|on|to|and|or|after|before|"
    r"when|if|overnight|every|each)\b)"
)
