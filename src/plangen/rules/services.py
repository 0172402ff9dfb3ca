"""Reading a predicate that uses a service (PLAN-03): its verb, then its object.

"Aisha will regularly attend | the Hope Centre | twice a week": the verb (after the
auxiliaries, semi-modals and adverbs) attends, and its object, up to a preposition or a
new clause, is a service by the head noun that ends it.  The verbs and nouns are word
lists in ``rules.toml`` ([process] service_verbs, service_heads ...); this module holds
only the shape of the phrase.
"""

from __future__ import annotations

import re

from plangen.rules.text import WordLists, quoted

# Where a service verb's object ends: a preposition or a new clause ("attend | the Hope
# Centre | twice a week"; "sessions | with the Play Therapist").
_OBJECT_END = re.compile(
    r"[,;.()]|\s(?:and|or|but|so|to|when|whenever|if|until|because|which|who|where|while|"
    r"whilst|from|with|at|for|in|on|by|as|about|after|before|during|without|through|via|"
    r"twice|once|every|each|daily|weekly|fortnightly|monthly|regularly|consistently|reliably|"
    r"always|fully|without)\b",
    re.I,
)
# Adverbs and auxiliaries before a predicate's verb: "will regularly attend".
_BEFORE_VERB = re.compile(
    r"^(?:(?:will|to|is|are|be|being|can|should|must|also|then|now|shall|would|has|have|"
    r"needs?|expected|required|going|able|agreed|agrees?|\w+ly|not yet)\s+)*",
    re.I,
)
# A proper name at the head of a service verb's object: "Compass", "St Giles Trust";
# not a family word, a day or a month ("engage with Mum", "on Monday").
_PROPER_NAME = re.compile(r"^(?:the |a |an |his |her |their |all |any )?(?-i:[A-Z][\w’'&-]*)", re.I)
_HOW_OFTEN_FIRST = re.compile(
    r"^\s*(?:(?:the|a|an|his|her|their)\s+)?"
    r"(?:(?:all|every|each|any|weekly|daily|fortnightly|monthly|regular|\d+)\s+)+",
    re.I,
)
_ACRONYM = re.compile(r"^(?-i:[A-Z][A-Z&]{2,})$")
_NOT_A_NAME = re.compile(
    r"^(?:the |a |an |his |her |their |all |any )?(?:mum|mummy|mam|mother|dad|daddy|father|"
    r"nan|nana|nanny|gran|grandma|grandad|grandpa|nain|taid|aunt\w*|uncle|i|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|christmas|easter|year)\b",
    re.I,
)


def service_used(words: WordLists, predicate: str, *, by_child: bool) -> str:
    """The head of the clause's predicate uses a service, as quoted evidence, or "":
    its verb attends, engages with, completes, is open or referred to ... and its
    object is a service, by the head noun that ends it, an acronym, or, after the
    verbs that take only services, a proper name ("will regularly attend | the Hope
    Centre", "is open to | Compass"); not school, nursery or a club ("attends |
    Little Stars nursery").  ``predicate`` starts after the subject, with the child's
    names already written as "the child" (a name is no service); ``by_child``: the
    clause's subject is the child, who may go to a club by its name ("Rainbows"), and
    may be supported by a service towards a change named after it ("supported by CAMHS |
    to reduce his self harm": the means, not the outcome)."""
    rest = predicate[_BEFORE_VERB.match(predicate).end() :]  # type: ignore[union-attr]
    verb = words.find("process.service_verbs", rest)
    if not verb:
        return ""
    after = rest[verb.end() :]
    # "every weekly" before the object is how often, not its end
    start = _HOW_OFTEN_FIRST.match(after)
    end = _OBJECT_END.search(after, start.end() if start else 0)
    thing = after[: end.start() if end else len(after)].strip()
    if not thing or len(thing.split()) > 6:
        return ""
    if (
        by_child
        and words.find("process.support_verbs", verb.group(0))
        and end
        and words.find("process.means_to_a_change", after[end.start() :])
    ):
        return ""  # the means to the child's change: "supported by CAMHS | to reduce ..."
    only_services = bool(words.find("process.service_names_after", rest)) or (
        not by_child and bool(words.find("process.adult_service_people_after", rest))
    )
    heads = ["process.service_heads"] + (["process.service_people"] if only_services else [])
    head = any(
        found.end() == len(thing)
        for key in heads
        for pattern in words[key]
        for found in pattern.finditer(thing)
    )
    names_after = ["process.service_names_after"]
    if not by_child:
        names_after.append("process.adult_service_names_after")
    named = bool(
        any(words.find(key, rest) for key in names_after)
        and _PROPER_NAME.match(thing)
        and not _NOT_A_NAME.match(thing)
        # the name runs to the object's end: "complete Horizons", not what the service
        # gives to use at home ("do the SALT exercises with Freya")
        and _PROPER_NAME.fullmatch(thing.split()[-1])
    )
    if head or named or _ACRONYM.search(thing.split()[-1]):
        return quoted(re.match(r".*", f"{rest[: verb.end()]} {thing}"))
    return ""


def provision_given(words: WordLists, predicate: str) -> str:
    """The child's predicate is provision made for them and nothing else, as quoted
    evidence, or "": given, put on or having a plan, a timetable, an assessment or a
    worker ("to have a reduced timetable", "to have a PEP", "placed on a part-time
    timetable"), or supported by or with a service ("supported in school by a learning
    mentor").  What the child is to do after it ("supported to reduce her missing
    episodes", "has a mentor and sees her weekly") is a change, and is no provision."""
    rest = predicate[_BEFORE_PROVISION.match(predicate).end() :]  # type: ignore[union-attr]
    verb = words.find("process.provision_verbs", rest)
    if not verb:
        return ""
    after = rest[verb.end() :]
    # the object runs to the clause's end, but for where and how often ("in school",
    # "at school", "weekly") and who agrees it ("agreed with school", "in place")
    thing = _PROVISION_TAIL.sub("", after.strip(" .;,")).strip()
    if verb.group(0).lower().endswith("with"):
        # supported with a need, by whom: "with his emotional wellbeing by the counsellor"
        thing = thing.rpartition(" by ")[2]
    # provisions listed: "a reduced timetable and a PEP"
    things = [t.strip() for t in re.split(r",\s*(?:and\s+)?|\s+and\s+", thing)]
    if (
        not thing
        or len(thing.split()) > 10
        or any(not t or len(t.split()) > 5 or _OBJECT_END.search(t) for t in things)
    ):
        return ""
    if all(words.find("process.provision_heads", t) for t in things):
        return quoted(re.match(r".*", f"{rest[: verb.end()]} {thing}"))
    return ""


# Auxiliaries before the verb, keeping "have" (the verb of "to have a PEP").
_BEFORE_PROVISION = re.compile(
    r"^(?:(?:will|to|can|should|must|also|then|now|shall|would|needs? to|\w+ly)\s+)*", re.I
)
# What may follow the provision without saying anything of a change for the child.
_PROVISION_TAIL = re.compile(
    r"(?:\s+(?:in|at)\s+(?:school|class|nursery|college|home)"
    r"|\s+(?:is|to be|will be)?\s*(?:in place|agreed|put in place|set up)"
    r"(?:\s+(?:with|by)\s+(?:the\s+)?\w+)?"
    r"|\s+(?:weekly|daily|fortnightly|each week|every week)"
    r"|\s+by\s+(?:the\s+)?(?:end\s+of\s+|start\s+of\s+)?[\w/.]+(?:\s+\d{2,4})?"
    r"|\s+(?:agreed|arranged|provided)\s+(?:with|by)\s+(?:the\s+)?\w+(?:\s+\w+)?)+$",
    re.I,
)


# What may follow a kind of care and say nothing more: with whom, where, how often, for
# how long ("with her aunt", "one weekend a month", "until the review").
_CARE_TAIL = re.compile(
    r"^[\s,.;:-]*(?:(?:with|for|at|in|near|from|by|under|until|till|on|"
    r"one|two|three|1|2|3|every|each|a|per|once|twice|weekly|fortnightly|monthly|overnight|"
    r"weekends?|during|over|throughout)\b[^.;]*)?[\s.;]*$",
    re.I,
)
# a new clause after the care, not "and" between names ("with Mr and Mrs Hall")
_CARE_TAIL_CHANGE = re.compile(
    r"\b(?:but|so|where|which|who|that|while|whilst)\b"
    r"|(?-i:\band\b(?! (?:Mr|Mrs|Ms|Miss|Dr|[A-Z][a-z]+)\b))",
    re.I,
)


def care_placement(words: WordLists, predicate: str) -> str:
    """The predicate is only a kind of care the child is given or placed in (foster
    care, respite, a residential or kinship placement), as quoted evidence, or "": what
    follows may say with whom, where, how often or how long, and nothing else ("to remain
    in foster care with Mr and Mrs Hall"; not "in a stable foster placement", not "and
    attends school every day")."""
    found = words.find("process.care_kinds", predicate.strip())
    if not found:
        return ""
    tail = predicate.strip()[found.end() :]
    if not _CARE_TAIL.match(tail) or _CARE_TAIL_CHANGE.search(tail):
        return ""
    if re.search(
        r"\b(?:stable|settled|permanent|secure|safe|loving|consistent)\b", found.group(0), re.I
    ):
        return ""
    return quoted(found)
