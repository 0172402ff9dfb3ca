"""Whose a "he" or "she" is: a pronoun of the child's gender becomes "I", "my", "me"
in the child's version only when it is certainly the child's (:func:`someone_else`
says when it could be someone else's); and the names whose gender the plan shows."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from plangen.family.named import Named
from plangen.family.quotes import QUOTATION
from plangen.family.split import split_sentences
from plangen.family.verbs import verbs, with_verbs

if TYPE_CHECKING:
    from plangen.family.household import Household

HE, SHE = "he", "she"
_OTHER_GENDER = {HE: SHE, SHE: HE}
_SUBJECT_PRONOUN = {HE: "he", SHE: "she"}


_GENDER_WORDS = {
    HE: r"brother|son|nephew|uncle|grandson|boyfriend|Mr|Master",
    SHE: r"sister|daughter|niece|aunt|auntie|granddaughter|girlfriend|Mrs|Ms|Miss",
}
# a gender word and the name after it: "his sister Zofia", "Mrs Dawn Fielding"
_GENDER_THEN_NAME = {
    gender: re.compile(rf"\b(?:{words})\.?\s+((?:[A-Z][\w'’-]+\s*){{1,2}})")
    for gender, words in _GENDER_WORDS.items()
}
_POSSESSIVE = re.compile(r"['’]s$")


def gendered(texts: list[str], people: list[str]) -> tuple[tuple[str, str], ...]:
    """Names the plan shows the gender of: "his sister Zofia", "Mrs Dawn Fielding"."""
    found: dict[str, str] = {}
    for gender, pattern in _GENDER_THEN_NAME.items():
        for text in [*texts, *people]:
            for match in pattern.finditer(text):
                for name in match.group(1).split():
                    found.setdefault(_POSSESSIVE.sub("", name), gender)
    return tuple(sorted(found.items()))


_MINE = r"\b(?:I|[Mm]e|[Mm]y|myself)\b"
_PRONOUN_FORMS = {HE: r"he|him|his|himself", SHE: r"she|her|hers|herself"}


def someone_else(text: str, who: Household, before: str = "") -> bool:
    """Whether a pronoun of the child's gender could be someone else's.  It is the
    child's only when the child comes first: earlier in its sentence ("My needs are
    met: he sees the dentist"), with nobody else who could be "he" or "she" (a relative
    of that gender, a worker, anyone else named) just before it or as the nearest
    subject; or, when it opens its sentence, as the subject of the sentence before
    ("I drew a house. He said ..."), which names nobody else who could be meant.
    ``before``: the sentence before ``text``, where that is in another field."""
    assert who.pronoun is not None
    forms = _PRONOUN_FORMS[who.pronoun]
    other = _others(who)
    child = "|".join(re.escape(n) for n in who.child_names)
    mine = _MINE
    subject = rf"^\W*(?:I|{_SUBJECT_PRONOUN[who.pronoun]}|{child})\b"
    clauses = _clauses(QUOTATION.sub("“”", before))  # names in a quotation are not subjects
    previous = clauses[-1] if clauses else ""
    mentioned = bool(re.search(subject, previous, re.I)) and not re.search(other, previous)
    for clause in _clauses(text):
        for pronoun in re.finditer(rf"\b(?:{forms})\b", clause, re.I):
            head = clause[: pronoun.start()]
            if not re.search(mine, head):
                if not mentioned or re.search(other, head):
                    return True
                continue
            # "I ... tell Mum where she is going": what I tell someone is about me (the
            # teller's own plans and wishes), as a subject after the question word
            if _TOLD_WHAT.search(head) and pronoun.group(0).lower() in ("he", "she"):
                continue
            if re.search(rf"{other}(?:\W+\w+){{0,3}}\W*$", head):
                return True
            # a worker is the subject of every action ("Amara will ... on his plan"): only
            # someone known to be "he" or "she" takes the pronoun from the child there
            found_subjects = list(_subject_verb(who).finditer(head))
            subjects = [found.name for found in found_subjects]
            # "I have been staying with him ... found him asleep" (from "Mason has been
            # staying with him"): the object of my own clause, with no other clause
            # begun between ("... when the line can use him"), is someone else, as the
            # child would be "myself" there
            if (
                subjects
                and subjects[-1] == "I"
                and not _NEW_CLAUSE.search(head[found_subjects[-1].end :])
                and not _AFTER_PREPOSITION.search(head)
                and _object_of_clause(pronoun.group(0), clause[pronoun.start() :])
            ):
                return True
            # "If Dad passes on where I am, his phone contact stops": a new clause after
            # both someone else and I were subjects may be about either of us, so it is
            # never said as mine (the reader29 chair: Kyle was told HIS contact stops)
            if (
                subjects
                and subjects[-1] == "I"
                and any(not re.fullmatch(mine, s) for s in subjects)
                and re.search(r"[,;:]", head[found_subjects[-1].end :])
            ):
                return True
            if subjects and not re.fullmatch(mine, subjects[-1]):
                # "Ms Desai will meet me ... and help her feel listened to": an object
                # "her" before a verb is never its own clause's subject (that would be
                # "herself"), and nobody else is named for it to be
                # "Auntie Jo reads with me and praises her": nor the object of its
                # clause ("her" not before a noun, "him"), which would be "herself"
                after = clause[pronoun.end() :]
                title = r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Auntie|Aunty|Aunt|Uncle)\.?\s+)?"
                named = rf"{title}\b{re.escape(subjects[-1])}\b"
                an_object = _object_before_verb(pronoun.group(0), after) or _object_of_clause(
                    pronoun.group(0), clause[pronoun.start() :]
                )
                if an_object and not re.search(other, re.sub(named, "", head)):
                    continue
                return True
        mentioned = bool(re.search(subject, clause, re.I)) and not re.search(other, clause)
    return False


_TOLD_WHAT = re.compile(
    # no one else named between me and the telling ("I ..., and Mum tells Jo where")
    r"\bI\b(?:(?![A-Z]|\b(?:he|she|they|who)\b)[^;])*?\b(?:tells?|asks?|shows?|lets?)\s+(?:[A-Z][\w'’-]*\s+)?[A-Z][\w'’-]*"
    r"(?:\s+(?:and|or)\s+(?:[A-Z][\w'’-]*\s+)?[A-Z][\w'’-]*)?"
    r"\s+(?:where|what|how|when|whether|why)\s+$"
)


# a word that begins another clause, whose subject may be someone else ("information
# linking him": a participle not after "is", "was" ...)
_NEW_CLAUSE = re.compile(
    r"\b(?:when|that|who|whom|which|because|if|so|while|where|until|as|but|says?|said|"
    r"make|makes|made|let|lets|help|helps|helped|ask|asks|asked|tell|tells|told)\b|[,;:]"
    # "wants Mum to ...": Mum's clause; "wants to see her": still mine
    r"|\b(?:want|wants|wanted)\b(?!\s+to\b)"
    r"|(?<!\bam )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )\b[a-z]+ing\b"
)


# "with him": after a preposition it may be the child ("I have an adult with me")
_AFTER_PREPOSITION = re.compile(
    r"\b(?:with|to|for|at|on|in|by|from|about|of|near|behind|beside|around|towards?)\s*$"
)


def _object_of_clause(pronoun: str, rest: str) -> bool:
    """ "him", or "her" not before a noun ("with her at weekends"): an object, never
    whose.  ``rest``: the clause from the pronoun on."""
    if pronoun.lower() == "him":
        return True
    after = rest[len(pronoun) :]
    return pronoun.lower() == "her" and bool(
        re.match(
            r"\s*(?:$|[,.;:!?]|(?:at|to|and|or|in|on|with|for|from|by|if|when|up|out|back|"
            # "see her more": an adverb of how often or when, never a thing of hers
            r"home|more|less|again|soon|too|now|today|tonight|tomorrow|often|later|alone|"
            r"properly|regularly|safely|there|here|sometimes|anymore|missing)\b)",
            after,
        )
    )


def _object_before_verb(pronoun: str, after: str) -> bool:
    """ "him", or "her" followed by a plain verb ("help her feel"): the object of a verb."""
    verb = re.match(r"\s+([a-z]+)\b", after)
    if pronoun.lower() == "him":
        return True
    return pronoun.lower() == "her" and verb is not None and verb.group(1) in verbs()


def _subject_verb(who: Household) -> Named:
    """A subject ("I", or someone known to be "he"/"she") and its finite verb.  The verb
    list makes a compile cost milliseconds: it is compiled once for the run, and only
    the plan's names are searched for apart (:class:`~plangen.family.named.Named`)."""
    return Named((*_MINE_WORDS, *_known_others(who)), with_verbs(_THEN_VERB))


_MINE_WORDS = ("I", "Me", "me", "My", "my", "myself")  # _MINE's words, in its order
_THEN_VERB = r"\b\s+{adverbs}(?:{finite})\b"


def _clauses(text: str) -> list[str]:
    """The sentences of ``text`` and the clauses of each between semicolons."""
    return [c for s in split_sentences(text) for c in _SEMICOLON.split(s) if c.strip()]


_SEMICOLON = re.compile(r";\s+")


_DAYS_AND_MONTHS = re.compile(  # "on Tuesdays and Thursdays": days, never a "he"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|January|February|March|April|May|June|"
    r"July|August|September|October|November|December"
)


# clubs a child goes to, never a "he" or "she" ("Ruby goes to Brownies, or another club
# she chooses")
_GROUPS = frozenset(
    ("Brownies", "Guides", "Scouts", "Cubs", "Beavers", "Rainbows", "Explorers", "Cadets")
)


_TITLES = frozenset(("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"))


@lru_cache(maxsize=64)  # asked for each sentence of a plan in the child's voice
def _others(who: Household, *, known: bool = False) -> str:
    """A pattern for anyone named who could be "he" or "she" as the child is: relatives
    of that gender, workers, and any other name in the plan (not the child's, nor a
    relative of the other gender, nor a day or a month); ``known``: only those the plan
    shows are of that gender."""
    assert who.pronoun is not None
    others = set(_known_others(who))
    if known:
        return r"\b(?:" + "|".join(re.escape(o) for o in _known_others(who)) + r")\b"
    others |= {w for name in who.people for w in name.split() if len(w) > 2}
    not_others = {w for name in who.child_names for w in name.split()} | {"I"}
    not_others |= {
        n for r in who.relatives if r.gender not in (None, who.pronoun) for n in (r.first, r.called)
    }
    not_others |= {"Mum", "Nan", "Mummy"} if who.pronoun == HE else {"Dad", "Grandad", "Daddy"}
    not_others |= {name for name, gender in who.gendered if gender != who.pronoun}
    others |= {
        w
        for w in who.proper
        if w not in not_others and not _DAYS_AND_MONTHS.fullmatch(w) and w not in _GROUPS
    }
    others -= _TITLES  # "Mrs" is not someone: the name after it may be
    others = {o for o in others if o and o not in not_others}
    return (
        r"\b(?:"
        + "|".join(re.escape(o) for o in sorted(others, key=lambda w: (-len(w), w)))
        + r")\b"
    )


def _known_others(who: Household) -> tuple[str, ...]:
    """Those the plan shows are "he" or "she" as the child is, longest first."""
    others = {r.called or r.first for r in who.relatives if r.gender == who.pronoun}
    others |= {r.first for r in who.relatives if r.gender == who.pronoun}
    others |= {"Dad", "Grandad", "brother"} if who.pronoun == HE else {"Mum", "Nan", "sister"}
    others |= {name for name, gender in who.gendered if gender == who.pronoun}
    return tuple(sorted(others, key=lambda w: (-len(w), w)))


# how someone is made or kept: "things that make her happy", "keep her safe"
_HOW = frozenset(
    ("happy", "sad", "safe", "calm", "upset", "angry", "cross", "worried", "scared", "better")
)


def objects_as_me(text: str, who: Household) -> str:
    """An action done by someone of the child's gender ("Auntie Jo will take me to
    school and collect her"): the object "him" or "her" of the doer's verbs is never the
    doer (that would be "herself"), so it is me, where I am in the sentence and no one
    else who could be "he" or "she" is named after the doer.  Anything else as it is."""
    assert who.pronoun is not None
    if not re.search(r"\b(?:I|me|my)\b", text):
        return text
    # people only: a place or a club named after the doer ("Hallam Boxing Club") is no
    # one who could be "him"
    people = {w for name in who.people for w in name.split() if len(w) > 2}
    people |= {
        n
        for r in who.relatives
        if r.gender != _OTHER_GENDER[who.pronoun]
        for n in (r.first, r.called)
        if n
    }
    people |= {name for name, gender in who.gendered if gender == who.pronoun}
    people -= {w for name in who.child_names for w in name.split()}
    others = (
        r"\b(?:" + "|".join(re.escape(p) for p in sorted(people, key=len, reverse=True)) + r")\b"
    )
    doer = re.search(r"\bwill\b", text)
    start = doer.end() if doer else 0

    def swap(found: re.Match[str]) -> str:
        named = re.search(others, text[start : found.start()]) if people else None
        if found.start() < start or named:
            return found.group(0)
        return "me" if _object_of_clause(found.group(0), text[found.start() :]) else found.group(0)

    return re.sub(r"\bhim\b" if who.pronoun == HE else r"\bher\b", swap, text)


def in_first_person(text: str, pronoun: str) -> str:
    if pronoun == HE:
        text = re.sub(r"\bhimself\b", "myself", text)
        text = re.sub(r"\b[Hh]is\b", lambda m: "My" if m.group(0)[0] == "H" else "my", text)
        text = re.sub(r"\bhim\b", "me", text)
        return re.sub(r"\b[Hh]e\b", "I", text)
    text = re.sub(r"\bherself\b", "myself", text)
    # "help her manage", "let her choose": "her" before a verb is "me", never "my"
    text = re.sub(
        r"\b(?P<lead>(?:help|let|make|keep|watch|see|hear)(?:s|ed|ing)?|made|kept|saw|heard)"
        r"\s+her\s+(?P<verb>[a-z]+)\b",
        lambda m: f"{m['lead']} me {m['verb']}" if m["verb"] in verbs() | _HOW else m.group(0),
        text,
    )
    # "known to her as", "to stop her going": the object, "me", never "my"
    text = re.sub(r"\bher(?= as\b)", "me", text)
    text = re.sub(r"\b((?:stop|prevent)(?:s|ped|ping|ed|ing)?) her(?= \w+ing\b)", r"\1 me", text)
    # "questions about her home": whose home, after a preposition ("take her home": me)
    text = re.sub(r"\b((?:about|of|from|at|to|in|near|outside) )her(?= home\b)", r"\1my", text)
    # "her" before a noun is "my" ("her worry score"), else "me" ("take her to school")
    text = re.sub(
        r"\b([Hh])er\b(?=\s+(?!(?:to|and|or|at|in|on|with|for|from|by|if|when|about|"
        r"up|out|back|home|again|every|each|a|an|the)\b)[A-Za-z0-9])",
        lambda m: "My" if m.group(1) == "H" else "my",
        text,
    )
    text = re.sub(r"\bher\b", "me", text)
    return re.sub(r"\b[Ss]he\b", "I", text)


# "Kacper is scared of him", "Piotr wants Kacper to live with him": once the child is
# "I" (or "me to ..."), a "him" later in the same clause is someone else, never "me"
# (the reader30 chair read "People are worried about Father. I am scared of me.")
# between the child as subject and the pronoun: no other subject, no new clause
_SAME_CLAUSE = (
    r"\b(?:I|me to \w+)\b(?:(?![.;:!?]|\b(?:when|because|if|and|but|that|who|while|after|"
    r"before|until|as|so|he|she|they|it|we|you)\b|\b[A-Z][a-z]+\b).)*?"
)
_OBJECT_AFTER_ME = {
    HE: re.compile(rf"{_SAME_CLAUSE}\bhim\b"),
    SHE: re.compile(rf"{_SAME_CLAUSE}\bher(?=\s*(?:[.,;:!?)]|$))"),
}


def not_mine(masked: str, pronoun: str) -> bool:
    """Whether an object pronoun in ``masked`` cannot be the child's: the child is
    already its clause's subject."""
    pattern = _OBJECT_AFTER_ME.get(pronoun)
    return bool(pattern and pattern.search(masked))
