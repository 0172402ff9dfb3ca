"""Whose voice a sentence is in: "you" for the parents, "I" for the child.

Pure functions, text in and text out, given :class:`Household` (who is who in the
plan), so they can run on a plan whose withheld details are already taken out.

The family version speaks to the parents as "you" ("Parents meet Betty's needs" ->
"You meet Betty's needs") and names everyone else ("texts mum" -> "texts Anna").  The
child's version is the child speaking: "Kacper's own health needs are met: he sees the
dentist" -> "My own health needs are met: I see the dentist", with family members as
the child calls them (Mum, Dad, Nan) and verbs that agree ("I attend ... and arrive").
When a sentence cannot be turned safely (the child's "he" could be someone else's),
:func:`for_child` returns ``None``: the caller keeps the worker's words whole and says
so in the worker's draft.  Never a half-converted sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from plangen.family import child_objects, verbs
from plangen.family.both_yours import both_yours, mum_and_dad
from plangen.family.capitals import capitalised
from plangen.family.half_turned import half_turned, we_not_them
from plangen.family.holds import hold_quotes
from plangen.family.household import (
    RELATIVES,
    SEVERAL,
    Household,
    Relative,
    age_on_plan_date,
    called,
    household,
    is_name,
    is_proper,
    lower_first,
    upper_first,
)
from plangen.family.named import CLAUSE_STOPS, Named, tail
from plangen.family.plain import fix_articles
from plangen.family.pronouns import HE, in_first_person, not_mine, objects_as_me, someone_else
from plangen.family.reader import parents_words, to_reader
from plangen.family.split import ends_sentence
from plangen.family.verbs import DETERMINERS, KIND, agree, with_verbs

# who is who lives in :mod:`plangen.family.household`; these names are still read
# from here by the version builders
__all__ = [
    "Household",
    "Relative",
    "age_on_plan_date",
    "called",
    "for_child",
    "for_parents",
    "household",
    "is_name",
    "is_proper",
    "lower_first",
    "relatives_as_called",
    "upper_first",
]


# group") and events named for parents ("parents' evening") are not the readers
_NOT_THESE = "".join(
    rf"(?<!\b{word} )" for word in ("young", "other", "teenage", "foster", "adoptive", "all")
)
_NOT_AN_EVENT = (
    r"(?!['’]?\s*(?:evenings?|groups?|forums?|nights?|association|room)\b)"
    # nor a name: "Parents Against Child Exploitation" is a charity, never "you Against"
    r"(?!\s+[A-Z][a-z]+\s+[A-Z])"
    # nor parents of a kind: "a course adapted for parents with learning disabilities"
    # was "adapted for you with learning disabilities" (held-out plan 144)
    r"(?!\s+with\s+(?:a\s+|an\s+)?(?:learning|additional|mental|physical|special|"
    r"substance|drug|alcohol|disabilit|needs))"
)


def _cased(said: str, match: re.Match[str]) -> str:
    """``said`` with a capital where the words it replaces began a sentence."""
    before = match.string[: match.start()]
    start = not before.strip() or ends_sentence(before, match.group(0))
    return upper_first(said) if start else said


def _cased_at(said: str, text: str, start: int) -> str:
    """``said`` with a capital where the words it replaces, at ``start``, began a sentence."""
    before = text[:start]
    return upper_first(said) if not before.strip() or ends_sentence(before, text[start:]) else said


def _sub_cased(pattern: re.Pattern[str], said: str, text: str) -> str:
    """Replace, with a capital where the replaced words began a sentence."""
    return pattern.sub(lambda match: _cased(said, match), text)


@lru_cache(maxsize=64)  # one plan's child, two endings
def _parents(child_names: tuple[str, ...], ending: str) -> re.Pattern[str]:
    """ "parents" (then ``ending``), "the parents", "Kacper's parents", "his parents";
    not "young parents" nor "parents' evening"."""
    child = "|".join(re.escape(n) for n in child_names)
    whose = rf"(?:[Tt]he |(?:{child})['’]s |[Hh]is |[Hh]er |[Tt]heir )?"
    return re.compile(rf"{_NOT_THESE}\b{whose}[Pp]arents{ending}{_NOT_AN_EVENT}")


def _bare(pattern: str, text: str, said: Callable[[re.Match[str]], str]) -> str:
    """Replace ``pattern`` where no determiner comes before it: "mum" as a name, not
    "his mum" or "a mum".  "that" before a subject with its verb is not a determiner:
    "a phone that mum knows the number of"."""

    def put(match: re.Match[str]) -> str:
        before = _WORD_BEFORE.search(match.string[: match.start()])
        subject = before is not None and before.group(1).lower() in ("that", "which")
        if subject and with_verbs(verbs.SUBJECT_VERB).match(match.string[match.end() :]):
            return said(match)
        if before and (
            _DETERMINER.fullmatch(before.group(1)) or before.group(1).endswith(("'s", "’s"))
        ):
            return match.group(0)
        # "wants to be a good dad": a kind of parent, never the parent's name
        if _A_KIND_OF.search(match.string[: match.start()]):
            return match.group(0)
        return said(match)

    return re.sub(pattern, put, text)


_LABELS = {
    "Mum": r"\bMother\b(?![-\s]+(?:and|&)\s+(?:[Bb]aby|[Cc]hild)\b)(?!['’]s Day)",
    "Dad": r"\bFather\b(?!['’]s Day)(?!\s+Christmas)",
}
_WORD_BEFORE = re.compile(r"([\w'’]+)\s+$")
_DETERMINER = re.compile(DETERMINERS, re.I)
_A_KIND_OF = re.compile(rf"\b(?:{DETERMINERS})\s+(?:{KIND}\s+){{1,3}}$", re.I)


def _constant(said: str) -> Callable[[re.Match[str]], str]:
    return lambda _: said


@lru_cache(maxsize=4096)  # the family, child and named versions turn the same sentences
def for_parents(
    text: str,
    who: Household,
    *,
    child_said: bool = False,
    reported: bool = False,
    joined: bool = False,
) -> str:
    """A sentence of the plan spoken to the parents: "parents" -> "you", "mum" -> "Anna".
    ``child_said``: what the child said, where Mum stays "Mum" (the child's word);
    ``reported``: someone's reported words, where the reader is never turned to "you";
    ``joined``: sentences the caller joins into one ("...; your own scaling 4/10"),
    turned one by one only where none has a pronoun of the reader's."""
    if not text:
        return text
    masked, restore = hold_quotes(capitalised(text, who))
    for ending, said in parents_words(who):  # "parents'" -> "your" first, then "you"
        if "arents" in masked:  # in every match; the look-behinds are slow on any text
            masked = _sub_cased(_parents(who.child_names, ending), said, masked)
    # "Both parents using" -> "Both of you using"; "by you who are" -> "by you when you are"
    masked = both_yours(_BOTH_YOU.sub(r"\1 of you", masked))
    masked = _YOU_WHO.sub(r"you when you \1", masked)
    if not (child_said or reported):  # "Mum and Dad to set ..." -> "You to set ..."
        masked = mum_and_dad(masked, who)
    for relative in who.relatives:
        if not relative.called or child_said:
            continue
        if who.relative_called(relative.called) is relative:
            # and the worker's label, capitalised: "Mother's relationship with Craig",
            # "Father - history of abuse" (held-out plans 147, 152)
            label = f"|{_LABELS[relative.called]}" if relative.called in _LABELS else ""
            called = rf"\b(?:{relative.called}|{relative.called.lower()})\b{label}"
            masked = _bare(called, masked, _constant(relative.first))
    masked = _bare(r"\b(mum|dad|nan)\b", masked, lambda m: m.group(1).capitalize())
    if who.reader is not None and not (child_said or reported):
        masked = to_reader(masked, who, who.reader, joined=joined)
        return own_words_said(restore(fix_articles(masked)), who.reader.first)
    return restore(fix_articles(masked))


def own_words_said(text: str, first: str) -> str:
    """In a parent's own copy, her words as reported ("Chloe said: “...”") said to her:
    "You said: “...”".  Only a sentence that is the report and the quotation alone: a
    "she" after it could be someone else, and is left as written."""
    return re.sub(
        rf"(^|(?<=[.!?]\s)){re.escape(first)} (said|says)(:?\s+)(?=“[^”]*”[.!?]?(?:\s|$)|"
        r"\"[^\"]*\"[.!?]?(?:\s|$))",
        lambda m: f"You {'say' if m.group(2) == 'says' else 'said'}{m.group(3)}",
        text,
    )


@lru_cache(maxsize=4096)  # the family, child and named versions turn the same sentences
def for_child(
    text: str, who: Household, *, actor: str | None = None, before: str = ""
) -> str | None:
    """A sentence of the plan in the child's own voice, or ``None`` where it cannot be
    turned safely.  ``actor``: the gender of whoever does the action the sentence
    describes; the child's pronoun then stays as it is (it may be the actor's).
    ``before``: the sentence before ``text`` where it is in the same field (a pronoun
    may be the child's because the child was the subject there)."""
    if not text:
        return text
    # "Chloe (13) has a working phone": the worker's note of the child's age goes before
    # turning, as "Chloe has ..." is turned (writer29's development texts were left in
    # the third person in the child's own version)
    ages = "|".join(re.escape(n) for n in who.child_names)
    if ages:
        text = re.sub(rf"\b({ages})\s*\(\s*(?:aged?\s*)?\d{{1,2}}\s*\)", r"\1", text)
    masked, restore = hold_quotes(capitalised(text, who), who.child_names)
    # a plan for brothers and sisters ("Tyler and Mia"): the child's "I" is one of them,
    # never the group ("Tyler and Mia are at risk" is not "I are at risk")
    group = [re.escape(n) for n in who.child_names if SEVERAL.search(n)]
    if group and re.search(rf"\b(?:{'|'.join(group)})(?!\w)", masked):
        return None
    child = "|".join(re.escape(n) for n in who.child_names)
    # the child's words quoted as the rest of a reported sentence ("Mason says he 'only
    # smokes at weekends now'"): turned, the quote no longer agrees ("I say I 'only
    # smokes'", held-out plan 117); the worker's words stay whole
    if re.search(rf"\b(?:he|she|they|{child})\s+{_QUOTED_THIRD}", text):
        return None
    # "Mateus and his family are safe": "My family and I are safe"
    masked = re.sub(
        rf"(^|[.;:!?]\s+)(?:{child}) and (?:his|her|their) (family|brothers?|sisters?)"
        r" (?=(?:are|were|have|will|can|feel|live)\b)",
        lambda m: f"{m.group(1)}My {m.group(2)} and I ",
        masked,
    )
    poss = rf"(?:(?:{child})['’]s|{'his' if who.pronoun == HE else 'her' if who.pronoun else '_'})"
    # family members as the child calls them
    masked = re.sub(
        rf"\b{poss}\s+({RELATIVES})\b",
        lambda m: called(m.group(1)) or m.group(0),
        masked,
        flags=re.I,
    )
    parents = who.parents_as_child_says
    whose = f"{parents}'" if parents.endswith("s") else f"{parents}'s"  # "my parents'"
    masked = re.sub(
        rf"\b(?:the |{poss} )?[Pp]arents(['’])?(?!\w)",
        lambda m: _cased(whose if m.group(1) else parents, m),
        masked,
    )
    masked = relatives_as_called(masked, who)
    masked = _bare(
        rf"\b({RELATIVES})\b", masked, lambda m: called(m.group(1).lower()) or m.group(0)
    )
    # the child: "Kacper's" -> "my"; "Kacper attends" -> "I attend"; else "me"
    masked = _THE_CHILDS.sub("my", masked)
    # "how the child is cared for" -> "how I am cared for"
    masked = with_verbs(_THE_CHILD_THEN_VERB).sub("I", masked)
    # "up to child safety": a kind of work, not the child ("up to me safety")
    masked = _THE_CHILD.sub("me", masked)
    names = who.child_names
    masked = Named(names, tail(r"['’]s\b")).sub(
        lambda m: _cased_at("my", m.string, m.start), masked
    )
    # notes written in the passive ("Jayden found by police", "TJ found wandering",
    # "Abdi seen alone"): "I found" would say the opposite, "me seen" is no sentence
    if Named(names, tail(rf"\s+(?:{_PASSIVE}|{_PARTICIPLES})\b")).search(masked):
        return None
    # "keep Shannon updated", "gives Mia vapes": the child is the verb's object
    masked = child_objects.objects_as_me(masked, child)
    masked = Named(names, with_verbs(verbs.BEFORE_VERB)).sub(lambda _: "I", masked)
    # at the start of a clause the child is the subject: "Connor punched ...", "Freya
    # experiences ...", "Connor to text Mum" (an action: "I will text Mum")
    masked = Named(names, tail(" to (?=[a-z])"), CLAUSE_STOPS).sub(
        lambda m: f"{m.lead}I will ", masked
    )
    masked = Named(names, tail(r"(?=\s+[a-z]+(?<!s)(?:s|ed)\b)"), CLAUSE_STOPS).sub(
        lambda m: f"{m.lead}I", masked
    )
    # after a joining word the child is the subject too: "If Ellie self-harms, ..."
    masked = Named(names, tail(r"(?=\s+[a-z]+(?:-[a-z]+)?(?<!s)(?:s|ed)\b)")).sub(
        lambda m: "I" if _JOINER.search(m.string, 0, m.start) else m.name, masked
    )
    # "Connor and mum can use ..." -> "Mum and I can use ..."
    masked = Named(names, with_verbs(verbs.AND_WHO), ";:.!?").sub(
        lambda m: (
            f"{m.lead}{upper_first(called(m.tail.group(1).lower()) or m.tail.group(1))} and I "
        ),
        masked,
    )
    # the child as a subject that cannot simply become "I": "Noah, a baby, is ...",
    # "Shannon (17) is ...", notes like "- Jayden found by police ..."
    if Named(names, with_verbs(verbs.ASIDE_THEN_VERB)).search(masked):
        return None
    if Named(names, tail(r"\b(?!['’]s)"), CLAUSE_STOPS).search(masked):
        return None
    masked = Named(names, tail(r"\b")).sub(lambda _: "me", masked)
    if who.pronoun and actor != who.pronoun:
        if someone_else(masked, who, before) or not_mine(masked, who.pronoun):
            return None
        masked = in_first_person(masked, who.pronoun)
    elif who.pronoun:  # the doer is "he" or "she" as I am: only their object is me
        masked = objects_as_me(masked, who)
    masked = agree(masked)
    if half_turned(masked):  # never "I am frightened at home, wets the bed"
        return None
    workers = _workers_not_us(masked)
    if workers is None:
        return None
    masked = _OPENING_MY.sub(
        lambda m: (
            m.group(0)
            if m.group(1) and not ends_sentence(m.string[: m.start(2)], m.group(2))
            else m.group(1) + m.group(2).capitalize()
        ),
        workers,
    )
    masked = we_not_them(_ME_AND.sub(r"\1 and I \2", masked))
    # "where me or Ellie are left": "Ellie or I" takes the verb of "I" ("am"), which
    # reads as a slip to a child: the worker's words, whole
    if re.search(r"\bme or [A-Z]\w* (?:are|were|have)\b", masked):
        return None
    # "I and Mum have agreed": the other person first, as a child says it
    masked = re.sub(r"\bI and ([A-Z][\w'’-]*)\b(?!['’])", r"\1 and I", masked)
    masked = _TWICE.sub(r"\1", masked)  # "Yousef's my ..." -> "my my"
    if Named(names, tail(r"\b")).search(masked):
        return None
    return restore(fix_articles(upper_first(masked)))


def relatives_as_called(text: str, who: Household) -> str:
    """Family members named as the child calls them: "Jo Smith" -> "Auntie Jo",
    "Kelly" -> "Mum" (a sentence in the worker's words too: never a parent's first name
    in the child's own plan)."""
    for relative in who.relatives:
        if relative.called:
            for name in (relative.name, relative.first):
                if name in text:
                    text = re.sub(rf"\b{re.escape(name)}\b", _as_called(relative), text)
    return text


def _as_called(relative: Relative) -> Callable[[re.Match[str]], str]:
    """A family member's name as the child calls them, unless the name already follows
    what the child calls them ("Nanna Carol", "Auntie Jo": never "Nanna Nan")."""

    def said(found: re.Match[str]) -> str:
        before = _KIN_BEFORE.search(found.string[: found.start()])
        if before and _KIN_TITLE.fullmatch(before.group(1)):
            return found.group(0)
        return relative.called

    return said


_KIN_BEFORE = re.compile(r"([\w'’]+),?\s+$")  # "Nanna Carol", "my Nana, Margaret"
_KIN_TITLE = re.compile(
    r"(?:Mum|Mummy|Mam|Dad|Daddy|Nan|Nanna|Nanny|Nana|Gran|Granny|Grandma|Grandad|Grandpa|"
    r"Auntie|Aunty|Aunt|Uncle)"
)


# the plan's "we" and "us" are its workers: in the child's "I" they would take the child
# in ("I have told us about ..."); said as who they are to the child
_WORKERS = "the people helping me"


def _workers_not_us(text: str) -> str | None:
    """The workers' "we" and "us" in a sentence now in the child's voice, as the people
    helping the child; None where "our" or "ours" would be left (whose is unclear)."""
    if re.search(r"\b(?:[Oo]ur|[Oo]urs|[Oo]urselves)\b", text):
        return None
    text = re.sub(r"\bus\b", _WORKERS, text)
    return re.sub(
        r"\b([Ww])e\b", lambda m: _WORKERS if m.group(1) == "w" else upper_first(_WORKERS), text
    )


_THE_CHILDS = re.compile(r"\bthe child['’]s\b")
_THE_CHILD_THEN_VERB = r"\bthe child\b(?=\s+{adverbs}(?:{finite})\b)"  # with_verbs fills it in
_THE_CHILD = re.compile(
    r"\b(?:the child|(?<=to |or |th )child)\b(?!['’]s)(?! (?:safety|protection|in need)\b)"
)
# a quotation that opens on a verb of the third person ("'only smokes", "'is fine")
_QUOTED_THIRD = r"['‘\"“](?:\w+ )?(?:is|was|has|does|\w+[^s\W]s)\b"
_OPENING_MY = re.compile(r"(^|[.!?]\s+)(my|me)\b")
_ME_AND = re.compile(r"\bme and ([A-Z]\w*) (are|were|have)\b")
_TWICE = re.compile(r"\b(my|me) \1\b")
_BOTH_YOU = re.compile(r"\b([Bb]oth|[Ee]ither|[Nn]either) you\b(?! and)")
_YOU_WHO = re.compile(r"\byou who (are|were)\b")
_JOINER = re.compile(r"\b(?:[Ii]f|[Ww]hen|[Uu]nless|[Uu]ntil|[Oo]nce|[Ww]hile|because|so that)\s+$")
_PASSIVE = (
    r"(?:(?:found|seen|left|taken|kept|\w+ed)\s+(?:by|\w+ing)|(?:found|seen|taken|caught|"
    r"brought|picked up)\s+(?:in|at|on|with|near|outside|inside|under|into))"
)
# verb forms that are only ever past participles: after a name, a passive note
_PARTICIPLES = (
    r"seen|taken|given|known|shown|spoken|written|driven|eaten|fallen|hidden|beaten|"
    r"forgotten|chosen|woken|stolen|been|gone|done"
)
