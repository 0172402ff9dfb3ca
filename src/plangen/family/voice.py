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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from plangen.family import verbs
from plangen.family.capitals import capitalised
from plangen.family.holds import hold_quotes
from plangen.family.named import CLAUSE_STOPS, Named, tail
from plangen.family.plain import fix_articles
from plangen.family.pronouns import HE, SHE, gendered, in_first_person, someone_else
from plangen.family.reader import parents_words, to_reader
from plangen.family.split import ends_sentence
from plangen.family.verbs import ADVERBS, DETERMINERS, agree, family_data, finite, with_verbs
from plangen.model import CorePerson, Plan
from plangen.privacy.names import is_family

_GENDER_OF_ROLE = {
    HE: ("father", "dad", "stepfather", "step-father", "grandfather", "grandad", "uncle"),
    SHE: ("mother", "mum", "stepmother", "step-mother", "grandmother", "nan", "gran", "aunt"),
}
_RELATIVES = (
    r"mum|mummy|mother|dad|daddy|father|nan|nana|gran|granny|grandmother|grandad|grandfather"
)


def called(role: str) -> str:
    """What a child calls a family member with this relationship: "Mother" -> "Mum"."""
    table = family_data()["called"]
    assert isinstance(table, dict)
    return str(table.get(role.strip().lower(), ""))


@dataclass(frozen=True)
class Relative:
    """A parent or carer in the core group, as the child and the parents know them."""

    name: str
    first: str
    called: str  # "Mum", "Dad", "Nan" ..., or "" for a carer the child calls by name
    gender: str | None


_SEVERAL = re.compile(r"\s(?:and|&)\s")  # "Ruby and Tyler", "Tyler & Mia"


@dataclass(frozen=True)
class Household:
    """Who is who in one plan, for turning sentences into "you" and "I"."""

    child: str  # the name the child goes by
    child_names: tuple[str, ...]  # full name, known-as name, first name: longest first
    pronoun: str | None  # "he" or "she", as the plan writes about the child; None: unsure
    age: int | None
    relatives: tuple[Relative, ...] = ()
    proper: frozenset[str] = field(default_factory=frozenset)  # capitalised names in the plan
    people: tuple[str, ...] = ()  # the professionals' names, full and first
    unborn: bool = False  # "Unborn baby Khan", "Unborn baby of Chelsea Whitfield"
    # other people's names whose gender the plan shows ("his sister Zofia", "Mrs Owusu")
    gendered: tuple[tuple[str, str], ...] = ()
    # the family member the family version speaks to as "you" (:mod:`~plangen.family.reader`)
    reader: Relative | None = None

    @property
    def siblings(self) -> bool:
        """A plan for brothers and sisters ("Ruby and Tyler")."""
        return any(_SEVERAL.search(name) for name in self.child_names)

    @property
    def teenager(self) -> bool:
        return self.age is not None and self.age >= 11

    def relative_called(self, word: str) -> Relative | None:
        matches = [r for r in self.relatives if r.called == word]
        return matches[0] if len(matches) == 1 else None

    @property
    def parents_as_child_says(self) -> str:
        mum, dad = self.relative_called("Mum"), self.relative_called("Dad")
        return "Mum and Dad" if mum and dad else "Mum" if mum else "Dad" if dad else "my parents"


def household(
    plan: Plan, texts: Iterable[str], originals: Iterable[CorePerson] | None = None
) -> Household:
    """Who is who in ``plan``; ``texts`` (the plan's free text) tell the child's pronoun.
    ``originals``: the core group as the intake has it, one for each member of ``plan``
    (a family copy may have a role withheld): who is family is read from them."""
    family = [is_family(o) for o in originals] if originals is not None else None
    if family is None:
        family = [is_family(p) for p in plan.core_group]
    child = plan.child
    # the family and the child's version each ask for the same plan's household
    return _household(
        (child.name, child.known_as, child.first_name),
        child.age if child.age is not None else age_on_plan_date(plan),
        tuple((p.name, p.role) for p in plan.core_group),
        tuple(family),
        tuple(texts),
    )


@lru_cache(maxsize=8)
def _household(
    child: tuple[str, str | None, str],
    age: int | None,
    core_group: tuple[tuple[str, str], ...],
    family: tuple[bool, ...],
    texts: tuple[str, ...],
) -> Household:
    name, known_as, first = child
    names = {name, first, name.split()[0]}
    unborn = bool(re.match(r"unborn\b", f"{name} {first}", re.I))
    if unborn:  # "Unborn baby Khan": the family calls them "the baby", or as known
        known = known_as or ""
        known = "" if re.match(r"unborn\b", known, re.I) else known
        first = known or "the baby"
        names = {name, first} if known else {name}
    relatives = []
    for (person, role), kin in zip(core_group, family, strict=True):
        if not kin:
            continue
        role = re.split(r"[(,/–-]", role)[0].strip().lower()  # "Mother (interpreter)"
        gender = next((g for g, roles in _GENDER_OF_ROLE.items() if role in roles), None)
        relatives.append(Relative(person, person.split()[0], called(role), gender))
    words = list(texts)
    return Household(
        child=first,
        child_names=tuple(sorted((n for n in names if n), key=lambda w: (-len(w), w))),
        pronoun=_pronoun(words, names),
        age=age,
        relatives=tuple(relatives),
        proper=frozenset(_proper_words(words) | {w for n in names for w in n.split()}),
        people=tuple(
            n
            for (person, _), kin in zip(core_group, family, strict=True)
            if not kin
            for n in (person, person.split()[0])
        ),
        unborn=unborn,
        gendered=gendered(words, [person for person, _ in core_group]),
    )


def age_on_plan_date(plan: Plan) -> int | None:
    """The child's age in whole years on the plan's date, from the date of birth."""
    born = plan.child.date_of_birth
    if born is None:
        return None
    on = plan.plan_date
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _pronoun(texts: list[str], names: set[str]) -> str | None:
    """he or she: the pronouns used in sentences about the child, by majority."""
    he = she = 0
    alternatives = "|".join(re.escape(n) for n in names if n)
    for text in texts:
        for sentence in re.split(r"(?<=[.;!?])\s+", text):
            # the pronouns after the child's name, up to the next other name or "Mum"
            for match in re.finditer(rf"\b(?:{alternatives})\b(.*?)(?=\b[A-Z][a-z]|$)", sentence):
                he += len(re.findall(r"\b(?:he|his|him|himself)\b", match.group(1), re.I))
                she += len(re.findall(r"\b(?:she|her|herself)\b", match.group(1), re.I))
    if he == she:
        return None
    return HE if he > she else SHE


def _proper_words(texts: list[str]) -> set[str]:
    """Capitalised words found inside a sentence somewhere, and never in lower case:
    names and places ("Brownies"), not the words of a service's name ("Abuse")."""
    found: set[str] = set()
    lower: set[str] = set()
    for text in texts:
        for match in re.finditer(r"(?<=[a-z,;(]\s)([A-Z][a-z][\w'’-]*)", text):
            found.add(re.sub(r"['’]s$", "", match.group(1)))
        lower.update(re.findall(r"\b[a-z][\w'’-]*", text))
    return {word for word in found if word.lower() not in lower}


def is_proper(word: str, who: Household) -> bool:
    """A word that keeps its capital inside a sentence: a name, a place, "I", "Mum"."""
    bare = re.sub(r"['’]s$", "", word.strip(".,;:!?()\"“”'‘’"))
    return (
        bare in who.proper
        or bare == "I"
        or bare.isupper()
        or bool(called(bare.lower()))
        or any(bare == r.first for r in who.relatives)
        or bare in who.people
    )


@lru_cache(maxsize=4096)  # asked of each word of each role
def is_name(word: str, who: Household) -> bool:
    """A word of someone's name in the plan: the child's, a relative's, a worker's."""
    bare = re.sub(r"['’]s$", "", word.strip(".,;:!?()\"“”'‘’"))
    names = [*who.child_names, *(r.name for r in who.relatives), *who.people]
    return any(bare in name.split() for name in names)


def lower_first(text: str, who: Household) -> str:
    """``text`` with its first word in lower case, unless that word is a name."""
    first, _, rest = text.partition(" ")
    second = rest.split(" ", 1)[0]
    title_case = second[:1].isupper() and not is_proper(second, who)  # "Young Carer Statement"
    if not first or is_proper(first, who) or not first[:1].isupper() or title_case:
        return text
    return text[:1].lower() + text[1:]


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


# other people's parents ("a supported young parents' flat", "other young parents at the
# group") and events named for parents ("parents' evening") are not the readers
_NOT_THESE = "".join(
    rf"(?<!\b{word} )" for word in ("young", "other", "teenage", "foster", "adoptive", "all")
)
_NOT_AN_EVENT = r"(?!['’]?\s*(?:evenings?|groups?|forums?|nights?|association|room)\b)"


def _cased(said: str, match: re.Match[str]) -> str:
    """``said`` with a capital where the words it replaces began a sentence."""
    before = match.string[: match.start()]
    start = not before.strip() or ends_sentence(before, match.group(0))
    return upper_first(said) if start else said


def _cased_at(said: str, text: str, start: int) -> str:
    """``said`` with a capital where the words it replaces, at ``start``, began a sentence."""
    before = text[:start]
    return upper_first(said) if not before.strip() or ends_sentence(before, text[start:]) else said


def _sub_cased(pattern: str, said: str, text: str) -> str:
    """Replace, with a capital where the replaced words began a sentence."""
    return re.sub(pattern, lambda match: _cased(said, match), text)


def _bare(pattern: str, text: str, said: Callable[[re.Match[str]], str]) -> str:
    """Replace ``pattern`` where no determiner comes before it: "mum" as a name, not
    "his mum" or "a mum".  "that" before a subject with its verb is not a determiner:
    "a phone that mum knows the number of"."""

    def put(match: re.Match[str]) -> str:
        before = re.search(r"([\w'’]+)\s+$", match.string[: match.start()])
        subject = before is not None and before.group(1).lower() in ("that", "which")
        if subject and re.match(rf"\s+{ADVERBS}(?:{finite()})\b", match.string[match.end() :]):
            return said(match)
        if before and (
            re.fullmatch(DETERMINERS, before.group(1), re.I)
            or before.group(1).endswith(("'s", "’s"))
        ):
            return match.group(0)
        return said(match)

    return re.sub(pattern, put, text)


def _constant(said: str) -> Callable[[re.Match[str]], str]:
    return lambda _: said


@lru_cache(maxsize=4096)  # the family, child and named versions turn the same sentences
def for_parents(
    text: str, who: Household, *, child_said: bool = False, reported: bool = False
) -> str:
    """A sentence of the plan spoken to the parents: "parents" -> "you", "mum" -> "Anna".
    ``child_said``: what the child said, where Mum stays "Mum" (the child's word);
    ``reported``: someone's reported words, where the reader is never turned to "you"."""
    if not text:
        return text
    masked, restore = hold_quotes(capitalised(text, who))
    child = "|".join(re.escape(n) for n in who.child_names)
    whose = rf"(?:[Tt]he |(?:{child})['’]s |[Hh]is |[Hh]er |[Tt]heir )?"
    for ending, said in parents_words(who):  # "parents'" -> "your" first, then "you"
        masked = _sub_cased(
            rf"{_NOT_THESE}\b{whose}[Pp]arents{ending}{_NOT_AN_EVENT}", said, masked
        )
    # "Both parents using" -> "Both of you using"; "by you who are" -> "by you when you are"
    masked = re.sub(r"\b([Bb]oth|[Ee]ither|[Nn]either) you\b(?! and)", r"\1 of you", masked)
    masked = re.sub(r"\byou who (are|were)\b", r"you when you \1", masked)
    for relative in who.relatives:
        if not relative.called or child_said:
            continue
        if who.relative_called(relative.called) is relative:
            masked = _bare(
                rf"\b(?:{relative.called}|{relative.called.lower()})\b",
                masked,
                _constant(relative.first),
            )
    masked = _bare(r"\b(mum|dad|nan)\b", masked, lambda m: m.group(1).capitalize())
    if who.reader is not None and not (child_said or reported):
        masked = to_reader(masked, who, who.reader)
    return restore(fix_articles(masked))


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
    masked, restore = hold_quotes(capitalised(text, who), who.child_names)
    # a plan for brothers and sisters ("Tyler and Mia"): the child's "I" is one of them,
    # never the group ("Tyler and Mia are at risk" is not "I are at risk")
    group = [re.escape(n) for n in who.child_names if _SEVERAL.search(n)]
    if group and re.search(rf"\b(?:{'|'.join(group)})(?!\w)", masked):
        return None
    child = "|".join(re.escape(n) for n in who.child_names)
    poss = rf"(?:(?:{child})['’]s|{'his' if who.pronoun == HE else 'her' if who.pronoun else '_'})"
    # family members as the child calls them
    masked = re.sub(
        rf"\b{poss}\s+({_RELATIVES})\b",
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
    for relative in who.relatives:
        if relative.called:
            for name in (relative.name, relative.first):
                masked = re.sub(rf"\b{re.escape(name)}\b", relative.called, masked)
    masked = _bare(
        rf"\b({_RELATIVES})\b", masked, lambda m: called(m.group(1).lower()) or m.group(0)
    )
    # the child: "Kacper's" -> "my"; "Kacper attends" -> "I attend"; else "me"
    masked = re.sub(r"\bthe child['’]s\b", "my", masked)
    # "how the child is cared for" -> "how I am cared for"
    masked = re.sub(rf"\bthe child\b(?=\s+{ADVERBS}(?:{finite()})\b)", "I", masked)
    masked = re.sub(r"\b(?:the child|(?<=to |or |th )child)\b(?!['’]s)", "me", masked)
    names = who.child_names
    masked = Named(names, tail(r"['’]s\b")).sub(
        lambda m: _cased_at("my", m.string, m.start), masked
    )
    # notes written in the passive ("Jayden found by police", "TJ found wandering",
    # "Abdi seen alone"): "I found" would say the opposite, "me seen" is no sentence
    if Named(names, tail(rf"\s+(?:{_PASSIVE}|{_PARTICIPLES})\b")).search(masked):
        return None
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
        if someone_else(masked, who, before):
            return None
        masked = in_first_person(masked, who.pronoun)
    masked = agree(masked)
    masked = re.sub(
        r"(^|[.!?]\s+)(my|me)\b",
        lambda m: (
            m.group(0)
            if m.group(1) and not ends_sentence(m.string[: m.start(2)], m.group(2))
            else m.group(1) + m.group(2).capitalize()
        ),
        masked,
    )
    masked = re.sub(r"\bme and ([A-Z]\w*) (are|were|have)\b", r"\1 and I \2", masked)
    masked = re.sub(r"\b(my|me) \1\b", r"\1", masked)  # "Yousef's my ..." -> "my my"
    if Named(names, tail(r"\b")).search(masked):
        return None
    return restore(fix_articles(upper_first(masked)))


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
