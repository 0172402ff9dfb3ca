"""Sentences held from a reader that no Confidential row names (held-out plans, stop 33).

Two ways a plan says what one of its readers must not learn, with no row for it:

- **a withheld item's topic said again elsewhere.** Risk 2 "Mum is 14 weeks pregnant
  and has hyperemesis" is withheld from the grandmother; the family's views say "She
  is worried about how mornings will go when the baby is born in May". Where an item
  withheld from someone speaks of a sensitive topic (a pregnancy, a termination,
  anyone's sexuality, an HIV status, a mental-health or other condition: the
  ``topic_*`` lists of ``data/privacy.toml``), every sentence of the plan's free text
  that carries the same topic's words is held from the same readers;
- **a sentence that says who must not know.** "She doesn't want Mum and Dad to know
  about Ruby yet", "she is not out at home", "has not told Dad", "asked that Nan is not
  told": held from the family members it names (Mum, Dad, parents, Nan, a name; "at
  home", "anyone" or no one named: the whole family), and with it every other sentence
  that names the same person ("Ruby helps her eat lunch") or speaks of the same topic.

Each is a :class:`~plangen.model.Withholding` of the plan's ``sentence``, its ``value``
the sentence as written: found and held however a copy writes it, as a withheld
action's text is (:func:`plangen.privacy.withheld.secrets_of`). Prefer holding too much.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from plangen.model import Plan, Withholding
from plangen.privacy.names import is_family, name_key, relationship_words, words
from plangen.privacy.sensitive import _FAMILY_WORD, _SEXUALITY
from plangen.privacy.withheld import NOT_SENTENCES, Place, numbered_paths, text_slots

SENTENCE = "sentence"  # the detail of a held sentence: never written by an intake
LABEL = "a sentence the plan says is not to be shared"

_TOPICS = ("pregnancy", "termination", "hiv", "mental_health", "condition")
_END = re.compile(r"(?<=[.!?])[\"\u201d')]?\s+|\n+")


@cache
def _topic_words() -> dict[str, re.Pattern[str]]:
    found = {"sexuality": _SEXUALITY}
    for topic in _TOPICS:
        found[topic] = re.compile(r"\b(?:" + "|".join(words()[f"topic_{topic}"]) + r")\b", re.I)
    return found


def topics(text: str) -> set[str]:
    """The sensitive topics ``text`` speaks of ("pregnancy", "sexuality" ...)."""
    return {topic for topic, pattern in _topic_words().items() if pattern.search(text)}


# Who must not know: "doesn't want Mum and Dad to know", "asked for Nan not to be told",
# "has not told Dad", "without her parents knowing", "keep it from Dad"; the words
# between are who.  "not out at home" / "not out to her parents": the family at home.
_WHO = r"(?P<who>[\w' ,&-]{1,60}?)"
_SHORT_WHO = r"(?P<who>(?:[\w'-]+ ){0,2}[\w'-]+)"  # "Mum", "her mum", "Mum and Dad"
_AFTER = r"(?=[ .,;:!?)]|$)"
_NOT_KNOW = [
    re.compile(pattern, re.I)
    for pattern in (
        r"\b(?:do(?:es)?n'?t|do(?:es)? not|did ?n[o']t|never|won'?t|will not|would ?n[o']t)"
        rf" (?:want|wish|like)\w* {_WHO} (?:to (?:know|find out|hear|see|be told)|knowing|told)\b",
        rf"\b(?:asked|asks|asking|wants?|wanted|prefers?|requested)(?: for| that)? {_WHO}"
        r" (?:is |are |be |was |were )?not (?:to )?(?:be )?(?:told|know|informed|made aware)\b",
        r"\b(?:not|never|don'?t|do not) (?:to )?(?:tell|telling|inform|informing) "
        rf"{_SHORT_WHO}{_AFTER}",
        rf"\b(?:has|have|had)(?:n'?t| not| never) (?:yet )?(?:told|informed) {_SHORT_WHO}{_AFTER}",
        rf"\bwithout {_SHORT_WHO} (?:knowing|finding out|being told)\b",
        r"\bkeep(?:s|ing)? (?:it |this |that |them |him |her )?(?:secret )?from "
        rf"{_SHORT_WHO}{_AFTER}",
        rf"\b{_SHORT_WHO} (?:(?:does|do) ?n[o']t know (?:about|that|yet)|(?:must|should|can)"
        r"(?: ?not|n'?t) (?:know|find out|be told))\b",
        rf"\bnot out (?:at home|to {_SHORT_WHO}{_AFTER})",
    )
]
_EVERYONE = re.compile(
    r"\b(?:any ?one|any ?body|every ?one|every ?body|no ?one|nobody|home|family|people)\b", re.I
)
_PARENTS = re.compile(r"\b(?:parents?|carers?|folks)\b", re.I)
# a capitalised word that is no one's name: the start of a clause, a day, a month
_NOT_A_WORD_LIST = (
    "I A The She He They We It Her His Their This That When If Mum Mam Mummy Dad Daddy Nan"
    " Nana Gran Granny Grandad Grandma Papa Auntie Uncle Monday Tuesday Wednesday Thursday"
    " Friday Saturday Sunday January February March April May June July August September"
    " October November December School GP"
)
_NOT_A_NAME = frozenset(_NOT_A_WORD_LIST.split())


def held_sentences(plan: Plan) -> list[Withholding]:
    """The sentences of ``plan`` held from readers though no Confidential row names
    them, each with the readers it is held from (``[]``: every family copy)."""
    said = list(_sentences(plan))
    held: list[Withholding] = []
    # an unborn baby's plan is about the pregnancy: it is no one's secret there
    subject = {"pregnancy"} if plan.child.due_date or _UNBORN.search(plan.child.name) else set()
    for texts, kept_from in _withheld_texts(plan):
        spoken = set().union(*(topics(text) for text in texts)) - subject
        held += _echoes(said, spoken, set(), kept_from)
    for place, sentence in said:
        match = _not_to_know(sentence)
        if match is None:
            continue
        readers = _who(plan, match)
        if readers is None:
            continue  # kept from no one who gets a copy: a friend, the GP, a school
        held.append(_held(sentence, readers))
        if readers == [] and not _EVERYONE.search(match.groupdict().get("who") or "home"):
            continue  # family plangen cannot name: the sentence alone, from every copy
        spoken = topics(sentence) - subject
        if "not out" in match.group(0).lower():
            spoken.add("sexuality")
        # a secret topic follows plan-wide; any other (her self-harm) within its own
        # risk: the parents of a child who "doesn't want them to see her CAMHS notes"
        # still read the plan's work on her mental health
        held += _echoes(said, spoken & _SECRET, _names(plan, sentence, match), readers)
        held += _echoes(said, spoken, set(), readers, within=place[:2])
    unique: dict[tuple[str, tuple[str, ...]], Withholding] = {}
    for item in held:
        unique.setdefault((item.value, tuple(item.withheld_from)), item)
    return list(unique.values())


# the topics a young person keeps from family, said anywhere in the plan
_SECRET = frozenset({"sexuality", "pregnancy", "termination", "hiv"})
_UNBORN = re.compile(r"\bunborn\b|\bbaby\b", re.I)
# "No nights away without her parents knowing": a rule for the young person, no secret
_RULE = re.compile(r"\b(?:no|not|never)\b[^.;,]*\bwithout\b", re.I)


def _not_to_know(sentence: str) -> re.Match[str] | None:
    """The words of ``sentence`` that say who must not know, or None."""
    for pattern in _NOT_KNOW:
        match = pattern.search(sentence)
        if match is None:
            continue
        if match.group(0).lower().startswith("without") and _RULE.search(sentence[: match.end()]):
            continue
        return match
    return None


def _held(sentence: str, readers: list[str]) -> Withholding:
    return Withholding(about="plan", detail=SENTENCE, withheld_from=readers, value=sentence)


def _echoes(
    said: list[tuple[Place, str]],
    spoken: set[str],
    named: set[str],
    readers: list[str],
    *,
    within: Place = (),
) -> list[Withholding]:
    """Each sentence of ``said`` (``within`` a place: one risk) that speaks of one of
    the ``spoken`` topics or names one of the ``named`` people, held from ``readers``."""
    if not spoken and not named:
        return []
    held = []
    for place, sentence in said:
        if place[: len(within)] != within:
            continue
        names = any(re.search(rf"\b{re.escape(name)}\b", sentence) for name in named)
        if names or topics(sentence) & spoken:
            held.append(_held(sentence, readers))
    return held


def _sentences(plan: Plan) -> Iterator[tuple[Place, str]]:
    """(place, sentence) of every sentence of the plan's free text."""
    for place, holder, key in text_slots(plan.model_dump()):
        if place[0] in NOT_SENTENCES or key in ("responsible", "frequency", "timescale"):
            continue
        for n, sentence in enumerate(_END.split(holder[key])):
            if sentence.strip():
                yield (*place, n), sentence.strip()


def _withheld_texts(plan: Plan) -> Iterator[tuple[list[str], list[str]]]:
    """(texts, readers) of each withheld item of the plan: a risk, outcome or action,
    the views, contingency or step-down."""
    for item in plan.confidential:
        if item.about != "plan":
            continue
        if item.detail == "contingency":
            yield [plan.contingency.plan, plan.contingency.timescale], item.withheld_from
            continue
        if not numbered_paths(plan, item.detail):
            yield [str(getattr(plan, item.detail, ""))], item.withheld_from
            continue
        for noun, path in numbered_paths(plan, item.detail):
            risk = plan.risks[path[0]]
            if noun == "risk":
                texts = [risk.risk_factor, risk.risk_to_child, risk.plain or ""]
                outcomes = risk.outcomes
            else:
                texts, outcomes = [], [risk.outcomes[path[1]]]
            for outcome in outcomes:
                actions = outcome.actions if noun != "action" else [outcome.actions[path[2]]]
                if noun != "action":
                    texts += [outcome.text, outcome.success_looks_like, outcome.plain or ""]
                texts += [text for a in actions for text in (a.text, a.plain or "")]
            yield texts, item.withheld_from


def _who(plan: Plan, match: re.Match[str]) -> list[str] | None:
    """The family members the words ``who`` of ``match`` name; ``[]`` (every family
    copy) for anyone, the family at home, the child, or family plangen cannot name
    ("TJ's dad", "Ruby"); None for no family at all (her friends, the GP)."""
    who = match.groupdict().get("who") or ""
    if not who or _EVERYONE.search(who):
        return []
    from plangen.privacy import _RELATIONSHIPS  # the package's own list, defined after

    said = set(name_key(who).replace("-", " ").split())
    found = []
    for person in plan.core_group:
        if not is_family(person):
            continue
        roles = relationship_words(person.role)
        kin = {word for group in _RELATIONSHIPS if roles & group for word in group}
        first = {name_key(person.name).split()[0]} if person.name.split() else set()
        parent = _PARENTS.search(who) is not None and bool(roles & _PARENT_WORDS)
        if said & (kin | first) or parent:
            found.append(person.name)
    if found:
        return found
    # family plangen cannot name, or a name (a brother or sister, in the version of a
    # plan for one of them): the sentence alone, from every copy
    return [] if _FAMILY_WORD.search(who) or _CAPITALISED.search(who) else None


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_PARENT_WORDS = frozenset(
    {"mother", "father", "mum", "dad", "parent", "carer", "stepmother", "stepfather", "stepmum"}
    | {"stepdad", "foster", "guardian"}
)


def _names(plan: Plan, sentence: str, match: re.Match[str]) -> set[str]:
    """The people ``sentence`` keeps from its readers, named just after what ``match``
    says ("doesn't want Mum and Dad to know about Ruby"), who are not in the plan's
    core group or the child: the other sentences naming them follow."""
    after = _ABOUT.match(sentence, match.end())
    if after is None:
        return set()
    known = {plan.child.name, plan.child.known_as or ""}
    known |= {person.name for person in plan.core_group}
    parts = {part for name in known for part in name.split()}
    return {
        word
        for word in re.findall(r"\b[A-Z][a-z]{2,}\b", after.group(1))
        if word not in parts and word not in _NOT_A_NAME
    }


_ABOUT = re.compile(r"\s+(?:about|of|that)\s+([^.;,!?]{1,60})")
