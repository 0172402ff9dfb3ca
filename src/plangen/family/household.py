"""Who is who in a plan, as its family and child versions speak of them.

:class:`Household` holds the child's names and pronoun, the family members and what the
child calls them (Mum, Dad, Nan), and the reader of a named copy; built once per copy
from the plan (:func:`household`).  The voices (:mod:`plangen.family.voice`) turn
sentences given a Household; this module only reads the plan.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from plangen.family.pronouns import HE, SHE, gendered
from plangen.family.quotes import QUOTATION
from plangen.family.verbs import family_data
from plangen.model import CorePerson, Plan
from plangen.privacy.names import is_family

_GENDER_OF_ROLE = {
    HE: ("father", "dad", "stepfather", "step-father", "grandfather", "grandad", "uncle"),
    SHE: (
        *("mother", "mum", "stepmother", "step-mother", "grandmother", "nan", "gran"),
        *("aunt", "auntie", "aunty"),
    ),
}
RELATIVES = (
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
    # a step-parent, in the child's version only: one of "my parents" with Mum or Dad
    step: bool = False
    # the child or young person herself, in her own copy: "you", never one of the parents
    young: bool = False
    # in her own copy, what the child calls her where her role says so ("Maternal
    # grandmother (Nain)"): another name of hers, so "only Nain can collect" is "only you"
    alias: str = ""


SEVERAL = re.compile(r"\s(?:and|&)\s")  # "Ruby and Tyler", "Tyler & Mia"


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
        return any(SEVERAL.search(name) for name in self.child_names)

    @property
    def teenager(self) -> bool:
        return self.age is not None and self.age >= 11

    def relative_called(self, word: str) -> Relative | None:
        matches = [r for r in self.relatives if r.called == word]
        return matches[0] if len(matches) == 1 else None

    @property
    def parents_as_child_says(self) -> str:
        mum, dad = self.relative_called("Mum"), self.relative_called("Dad")
        if mum and dad:
            return "Mum and Dad"
        # "when parents are drunk" said of Mum and her partner Craig, the stepfather:
        # "Mum and Craig", never "Mum are drunk" (the reader29 chair, Tyler's version)
        steps = [r.called or r.first for r in self.relatives if r.step]
        one = mum or dad
        if one and len(steps) == 1:
            return f"{one.called} and {steps[0]}"
        return "Mum" if mum else "Dad" if dad else "my parents"


def household(
    plan: Plan,
    texts: Iterable[str],
    originals: Iterable[CorePerson] | None = None,
    *,
    by_child: bool = False,
) -> Household:
    """Who is who in ``plan``; ``texts`` (the plan's free text) tell the child's pronoun.
    ``originals``: the core group as the intake has it, one for each member of ``plan``
    (a family copy may have a role withheld): who is family is read from them.
    ``by_child``: family members as the child calls them in their own version ("Maternal
    Grandmother" is Nan, an aunt "Auntie Jo"); the family version, which names everyone
    but its reader, knows them as its own rules say."""
    family = [is_family(o) for o in originals] if originals is not None else None
    if family is None:
        family = [is_family(p) for p in plan.core_group]
    child = plan.child
    # the family and the child's version each ask for the same plan's household
    return _household(
        (
            child.name,
            child.known_as,
            child.first_name,
            # no date of birth or age: not born yet (a due date kept from the reader too)
            child.date_of_birth is None and child.age is None,
        ),
        child.age if child.age is not None else age_on_plan_date(plan),
        tuple((p.name, p.role) for p in plan.core_group),
        tuple(family),
        tuple(texts),
        by_child,
    )


# "Unborn baby Khan"; "Baby Kirby" with no date of birth or age, a baby not born or
# named yet (reader 33, plan 181: "Our plan for Baby ... so that Baby is safe")
_UNBORN = re.compile(r"unborn\b", re.I)
_BABY = re.compile(r"(?:unborn|baby)\b", re.I)


@lru_cache(maxsize=8)
def _household(
    child: tuple[str, str | None, str, bool],
    age: int | None,
    core_group: tuple[tuple[str, str], ...],
    family: tuple[bool, ...],
    texts: tuple[str, ...],
    by_child: bool = False,
) -> Household:
    name, known_as, first, due = child
    names = {name, first, name.split()[0]}
    pattern = _BABY if due else _UNBORN
    unborn = bool(pattern.match(f"{name} {first}"))
    if unborn:  # "Unborn baby Khan": the family calls them "the baby", or as known
        known = known_as or ""
        known = "" if pattern.match(known) else known
        first = known or "the baby"
        names = {name, first} if known else {name}
    relatives = []
    called_by = {n for n in (first, known_as, name.split()[0]) if n}
    for (person, role), kin in zip(core_group, family, strict=True):
        # the young person in their own core group, by the name they go by ("Jake
        # Pearson" for Jacob Pearson, known as Jake: held-out plan 136's "Mum and Jake
        # have things to do too, to make things better for me")
        parts = person.split()
        if (
            not unborn
            and len(parts) > 1
            and parts[0] in called_by
            and parts[-1] == name.split()[-1]
        ):
            names.add(person)
            continue
        if not kin:
            continue
        given = person.split()[0]
        if by_child:
            # "Maternal aunt (Aunt Claire)", "Paternal grandmother (Nan)": the worker
            # wrote down what the child calls her
            own = _CALLED_IN_ROLE.search(role)
            role = re.split(r"[(,/–]|-(?!\w)", role)[0].strip().lower()  # "Step-father"
            role = _SIDE.sub("", role)  # "Maternal Grandmother": the child's Nan all the same
            said = own.group(1) if own else _called_by_child(role, given)
            step = bool(_STEP.fullmatch(role))
        else:
            role = re.split(r"[(,/–-]", role)[0].strip().lower()  # "Mother (interpreter)"
            said = called(role)
            step = False
        # "Maternal gran - kinship carer": a gran all the same, so "she" (held-out plans
        # 134 and 140: the carer's own "she" kept her copy in the third person)
        kind = _SIDE.sub("", role)
        gender = next((g for g, roles in _GENDER_OF_ROLE.items() if kind in roles), None)
        relatives.append(Relative(person, given, said, gender, step))
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


_SIDE = re.compile(r"^(?:maternal|paternal)\s+")
_STEP = re.compile(r"step-?(?:father|mother|dad|mum|parent)")
# a grandparent the plan calls by the child's own word ("Maternal gran"): said so, not
# "Nan" (the reader29 chair: Kyle's gran was "Nan" in his version)
_GRAN_WORDS = {"gran", "granny", "grandma", "nana", "nanna", "nanny", "grandpa"}
CALLED_IN_ROLE = _CALLED_IN_ROLE = re.compile(
    r"\(((?:Aunt|Auntie|Aunty|Uncle|Nan|Nanna|Nanny|Nana|Gran|Granny|Grandma|Grandad|"
    r"Grandpa|Granda|Nain|Taid)(?: [A-Z][\w'’-]+)?)\)"
)
# relatives a child calls by a title and their first name ("Auntie Jo", "Uncle Sam")
_TITLED = {"aunt": "Auntie", "auntie": "Auntie", "aunty": "Auntie", "uncle": "Uncle"}


def _called_by_child(role: str, first: str) -> str:
    """What the child calls a family member: "Mum", "Nan", or "Auntie Jo"."""
    if role in _TITLED:
        return f"{_TITLED[role]} {first}"
    if role in _GRAN_WORDS:
        return role.capitalize()
    return called(role)


def age_on_plan_date(plan: Plan) -> int | None:
    """The child's age in whole years on the plan's date, from the date of birth."""
    born = plan.child.date_of_birth
    if born is None:
        return None
    on = plan.plan_date
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


_SENTENCE_GAP = re.compile(r"(?<=[.;!?])\s+|(?<=\"\")\s+(?=[A-Z])")
_HE_OR_SHE = re.compile(r"(He|She)\b")
_HIS = re.compile(r"\b(?:he|his|him|himself)\b", re.I)
_HERS = re.compile(r"\b(?:she|her|herself)\b", re.I)
_NOT_AN_OBJECT = "".join(
    rf"(?<!\b{w} )" for w in ("for", "to", "with", "and", "or", "of", "collect")
)


def _pronoun(texts: list[str], names: set[str]) -> str | None:
    """he or she: the pronouns used in sentences about the child, by majority."""
    he = she = 0
    # longest first, as a set's order changes from run to run: "Tyler-Jay" tried before
    # "Tyler-Jay Morgan" stopped at "Morgan", and the same plan read "he" or nothing
    longest_first = sorted((n for n in names if n), key=lambda w: (-len(w), w))
    alternatives = "|".join(re.escape(n) for n in longest_first)
    # compiled once for all the texts (the child's names are the same in each)
    opens_with_child = re.compile(rf"(?:{alternatives})\b")
    about_child = re.compile(rf"{_NOT_AN_OBJECT}\b(?:{alternatives})\b(.*?)(?=\b[A-Z][a-z]|$)")
    child_said = re.compile(
        rf"\b(?:{alternatives})\s+(?:said|says|told \w+|tells \w+|feels|thinks)"
        r"\s+(?:that\s+)?(he|she)\b"
    )
    for text in texts:
        # a quotation is the speaker's own words: its "he" is someone they talk about
        text = QUOTATION.sub('""', text)
        about = False  # the sentence before opened with the child's name
        for sentence in _SENTENCE_GAP.split(text):
            # "Ruby (9) said: ... She wants to stay at home": the child, told on about
            opening = _HE_OR_SHE.match(sentence)
            if about and opening:
                he, she = (he + 2, she) if opening.group(1) == "He" else (he, she + 2)
            about = bool(opens_with_child.match(sentence) or (about and opening))
            # the pronouns after the child's name, up to the next other name or "Mum"
            # (the child as its subject: "a caring role for Ruby and his dad" is Tyler's)
            for match in about_child.finditer(sentence):
                he += len(_HIS.findall(match.group(1)))
                she += len(_HERS.findall(match.group(1)))
            # "Jayden said he ...": the child's own pronoun, surest of all (a sister's
            # "herself" later in "... look after Jayden, and has time for herself" is hers)
            for said in child_said.finditer(sentence):
                he, she = (he + 2, she) if said.group(1) == "he" else (he, she + 2)
    if he == she:
        return None
    return HE if he > she else SHE


def _proper_words(texts: list[str]) -> set[str]:
    """Capitalised words found inside a sentence somewhere, and never in lower case:
    names and places ("Brownies"), not the words of a service's name ("Abuse")."""
    found: set[str] = set()
    lower: set[str] = set()
    for text in texts:
        for match in _INSIDE_CAPITALISED.finditer(text):
            found.add(_POSSESSIVE.sub("", match.group(1)))
        lower.update(_LOWER_WORD.findall(text))
    return {word for word in found if word.lower() not in lower}


_INSIDE_CAPITALISED = re.compile(r"(?<=[a-z,;(]\s)([A-Z][a-z][\w'’-]*)")
_LOWER_WORD = re.compile(r"\b[a-z][\w'’-]*")
_POSSESSIVE = re.compile(r"['’]s$")


def is_proper(word: str, who: Household) -> bool:
    """A word that keeps its capital inside a sentence: a name, a place, "I", "Mum"."""
    bare = _POSSESSIVE.sub("", word.strip(".,;:!?()\"“”'‘’"))
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
    bare = _POSSESSIVE.sub("", word.strip(".,;:!?()\"“”'‘’"))
    names = [*who.child_names, *(r.name for r in who.relatives), *who.people]
    return any(bare in name.split() for name in names)


_WHEN = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|"
    r"July|August|September|October|November|December"
)


def lower_first(text: str, who: Household) -> str:
    """``text`` with its first word in lower case, unless that word is a name."""
    first, _, rest = text.partition(" ")
    second = rest.split(" ", 1)[0]
    # "Young Carer Statement", "Little Steps start date": a name's first word; not "On
    # Monday" (a day or a month is no name's second word)
    title_case = second[:1].isupper() and not _WHEN.fullmatch(second.rstrip(",.;:"))
    # a worker's first name alone ("Jean says Harris is ...": "Mrs Jean Fyfe" in the core
    # group, held-out plan 139) is a name too
    if not first or is_proper(first, who) or not first[:1].isupper() or title_case:
        return text
    if is_name(first.rstrip(",.;:"), who):
        return text
    return text[:1].lower() + text[1:]


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


# other people's parents ("a supported young parents' flat", "other young parents at the
