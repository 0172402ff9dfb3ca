"""What each helper will do with or for the child, as real sentences: who, what,
how often, by when.

An action written with its verb first ("Meet Ruby at the gate") or as a note ("Nan to
stay over") is said as "Mr Osei will meet me at the gate"; one written as a noun
phrase ("Direct work with Tyler on his safety plan") through the verb its leading
noun stands for (``child.toml`` "action_heads"), or else as "arrange <the phrase>".
What still cannot be turned safely stays in the worker's words in quotation marks,
and the worker's draft says so.
"""

from __future__ import annotations

import re
from functools import cache

from plangen.family.child_clauses import clause_or_verb, pronoun_named
from plangen.family.child_gaps import has_gap
from plangen.family.child_help_kinds import help_in_my_words
from plangen.family.child_text import Notes, for_age, private, without_private
from plangen.family.child_who import Band, child_data, listed
from plangen.family.household import is_name
from plangen.family.plain import Glossary, dates_in_words, fix_articles, frequency_in_words
from plangen.family.said_to_do import named_doer
from plangen.family.verbs import DETERMINERS, verbs
from plangen.family.voice import Household, for_child, lower_first, upper_first
from plangen.model import Action

# nouns that take no "a": "arrange support", "arrange counselling"
_MASS = {
    "support", "care", "advice", "help", "work", "counselling", "training", "coordination",
    "co-ordination", "testing", "monitoring", "therapy", "treatment", "information", "planning",
    "funding", "money", "transport", "food", "equipment", "practice", "contact", "guidance",
}  # fmt: skip
# words that end the leading noun of a phrase: "Young carers in-depth check | for ..."
_PHRASE_END = re.compile(
    r"\s(?:for|with|to|of|at|in|on|by|via|from|about|using|including|incl\.?|re:|made|as|"
    r"agreed|shared|done|held|provided|between|after|before|so|if|when|where|which|that)\b|"
    r"\s?[;,:]|\s[-–(]"
)


_ROLE_TO = re.compile(
    r"^((?:[A-Za-z][\w'’-]*\s){0,2}?(?:person|worker|police|staff|nurse|teacher|school|"
    r"nursery|team|officer|adult|GP|SW|social worker|parents?|carers?|Nan|Grandad|Mum|Dad|"
    r"college|practitioner|key person)) to (\w+)\b",
    re.I,
)
_OFTEN = re.compile(
    r"(?:every|each|once|twice|three|four|\d|on|at|in|daily|weekly|monthly|fortnightly|"
    r"when|as|whenever|after|before|during|until|from|for|same|if)\b",
    re.I,
)
_TITLED = re.compile(r"^[A-Z][\w'’-]* (?:and|&|n) [A-Z]")
# a verb-like word and a capital: a name ("Care Act needs assessment for Donna"), not an
# order (held-out plan 136: "Alan and Priti will care Act needs assessment")
_NAMED_THING = re.compile(r"^([A-Z][a-z]+) ([A-Z][a-z][\w'’-]*)\b")
# someone else the plan names, then "to" and what they will do: "Finn to go to
# breakfast club" is arranged for Finn (held-out plan 136: "will arrange a Finn to go")
_SOMEONE_TO = re.compile(r"^[A-Z][\w'’-]+(?: (?:and|&) [A-Z][\w'’-]+)? to (\w+)\b")
# a noun phrase that starts with a word that can be a verb: "Sleep routine and screen
# time agreement made with Ollie" is arranged, not "will sleep routine"
_NOUN_FIRST = re.compile(
    r"^(?:sleep|play|safety|screen|bed|bedtime|meal|school|home|time)\s+"
    r"(?:routine|plan|time|agreement|chart|box|book|card|check|session|group|club|visit)s?\b",
    re.I,
)


@cache
def _verbs() -> frozenset[str]:
    listed = child_data()["verbs"]
    assert isinstance(listed, list)
    return verbs() | {str(v) for v in listed}


@cache
def _heads() -> list[tuple[re.Pattern[str], str]]:
    heads = child_data()["action_heads"]
    assert isinstance(heads, list)
    return [(re.compile(h["pattern"], re.I), str(h["verb"])) for h in heads]


def _noun_phrase(text: str) -> str:
    """ "Young carers in-depth check for Ellie" -> "a young carers in-depth check for
    Ellie"; "ELSA sessions in school" and "Care coordination" take no article."""
    end = _PHRASE_END.search(text)
    head = (text[: end.start()] if end else text).split()[-1:] or [""]
    word = re.sub(r"\W+$", "", head[0]).lower()
    if re.match(r"(?:a|an|the|one|two|three|four|five|six|\d+)\b", text, re.I):
        return text
    if word.endswith(("s", "ing")) or word in _MASS:
        return text
    return fix_articles(f"a {text}")


_FAMILY_FIRST = r"(?:Mum|Dad|Mummy|Daddy|Nan|Nana|Gran|Granny|Grandad|Grandma|{names})"


def _kept_from(text: str, actors: str, who: Household) -> str:
    """ "Dad not to be told where Tyler is living": what is kept from a family member,
    said as what the worker makes sure of, never "will arrange a Dad not to be told";
    "Mum and Tyler 'one to one time'" as time for Mum and me, never "arrange a Mum"."""
    names = "|".join(re.escape(r.first) for r in who.relatives if r.first) or "Mum"
    family = _FAMILY_FIRST.format(names=names)
    if kept := re.match(rf"({family}) not to be (\w+)\b(.*)", text):
        return f"{actors} will make sure {kept[1]} is not {kept[2]}{kept[3]}"
    if kept := re.match(rf"({family}) not to (\w+)\b(.*)", text):
        rest = re.sub(r",? and not to (\w+)\b", r", and will not \1", kept[3])
        same = {kept[1]} | {r.called for r in who.relatives if kept[1] in (r.first, r.name)}
        if actors in same:
            # their own promise: "Mum will not speak ...", never "Mum will make sure Mum
            # does not ..." (the reader30 chair, Noah's and Kacper's versions)
            return f"{actors} will not {kept[2]}{rest}"
        return f"{actors} will make sure {kept[1]} does not {kept[2]}{kept[3]}"
    me = "|".join([*(re.escape(n) for n in who.child_names), "me"])
    if together := re.match(rf"({family}) and (?:{me})\b\s*(.+)", text):
        what, joint, rest = (*re.split(r"(\s[-–]\s|;\s)", together[2], maxsplit=1), "", "")[:3]
        if actors == together[1]:  # "Mum will have 'one to one time' with me"
            return f"{actors} will have {what} with me{joint}{rest}"
        return f"{actors} will make {what} for {together[1]} and me{joint}{rest}"
    return ""


_OWN_DOER = re.compile(r"the\s+(?:[\w'-]+\s+){1,3}(?:will|must|should)\s+\w", re.I)


def _sentence(text: str, actors: str, who: Household, written: str) -> str:
    """The action as a clause "<actors> will <verb> ...", before the child's voice."""
    first, _, rest = text.partition(" ")
    plain_verbs = _verbs()
    if kept := _kept_from(text, actors, who):
        return kept
    # a clause with its own doer, left when the part before it was held back ("the
    # council will support Pauline to apply ..."): never "Asha will arrange the council"
    if _OWN_DOER.match(text):
        return text
    if _TITLED.match(written):  # "Stay and Play sessions": a name, not "stay"
        return f"{actors} will arrange {_noun_phrase(text)}"
    if (thing := _NAMED_THING.match(written)) and not any(
        is_name(word, who) for word in thing.groups()
    ):
        return f"{actors} will arrange {_noun_phrase(text)}"
    if (
        first.lower() in plain_verbs
        and written.split(" ", 1)[0].lower() in plain_verbs
        and not (_NOUN_FIRST.match(text))
    ):
        return f"{actors} will {first.lower()} {rest}"
    # "Callum to set his alarm": I will set it, not "arrange a me to set"
    me = "|".join([*(re.escape(n) for n in who.child_names), "me", "I"])
    verb = (mine := re.match(rf"(?:{me})\s+to\s+(\w+)\b", text)) and mine.group(1)
    if mine and (verb in plain_verbs or verb == "be"):  # the child does it, whoever arranges
        return f"{who.child} will {mine.group(1)}{text[mine.end() :]}"
    if match := named_doer(text, who):
        return f"{actors} will {match.group(2)}{text[match.end() :]}"
    # "Key person to use ...", "Police to flag ...": a person or service, "to", a verb
    match = _ROLE_TO.match(text)
    if match and match.group(2).lower() in plain_verbs and _ROLE_TO.match(written):
        return f"{actors} will {match.group(2)}{text[match.end() :]}"
    for pattern, verb in _heads():
        if head := pattern.match(text):
            rest = text[head.end() :]
            if rest.split(" ", 1)[0].lower() in plain_verbs:  # "visits to see Leo"
                return f"{actors} will {verb} to {rest}".rstrip()
            return f"{actors} will {verb} {rest}".rstrip()
    if doing := _from_gerunds(text):  # "Checking looks and listening to Leo"
        return f"{actors} will {doing}"
    if (someone := _SOMEONE_TO.match(text)) and someone.group(1).lower() in plain_verbs:
        return f"{actors} will arrange for {text}"
    if clause := clause_or_verb(text, actors, who):  # "Mia sees ...", "Chase the ..."
        return clause
    return f"{actors} will arrange {_noun_phrase(lower_first(text, who))}"


def _base(word: str) -> str:
    """ "checking" -> "check", "making" -> "make", "running" -> "run"; "" if not a verb."""
    stem = word.lower()[:-3]
    for base in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if base and base in _verbs():
            return base
    return ""


def _from_gerunds(text: str) -> str:
    """ "Checking looks and mood and listening to Leo" -> "check looks and mood and
    listen to Leo"; "" unless the phrase starts with one."""
    first = text.split(" ", 1)[0]
    if not first.lower().endswith("ing") or not _base(first):
        return ""
    said = _base(first) + text[len(first) :]
    return re.sub(
        r"\b(and|or|then) (\w+ing)\b",
        lambda m: f"{m.group(1)} {_base(m.group(2)) or m.group(2)}",
        said,
    )


def _joined(sentence: str) -> str:
    """One clause: "will take her medicine and to let Paul know" -> "... and let Paul
    know"; "and to the sensory room" stays."""
    # a place keeps its "to": "take me swimming and to the sensory room", "and to Nan's"
    sentence = re.sub(rf"\b(and|or) to (?!(?:{DETERMINERS})\b|[A-Z])(?=\w)", r"\1 ", sentence)
    return re.sub(r"\s+", " ", sentence).strip().rstrip(".;, ")


def _clauses(said: str, actors: str) -> list[str]:
    """ "Fraser will arrange a place for Ellie; Mum or Lorraine to take Ellie in" ->
    ["Fraser will arrange a place for Ellie", "Mum or Lorraine will take Ellie in"]: each
    ";"-part that says who does what (a verb, or "<who> to <verb>") is a sentence."""
    parts = re.split(r";\s+(?![^(]*\))", said)
    out = [parts[0]]
    for part in parts[1:]:
        first = part.split(" ", 1)[0].lower()
        doer = re.match(r"^((?:[\w'’-]+\s){0,3}?[\w'’-]+) to (\w+)\b", part)
        second = (part.split(" ", 2)[1:2] or [""])[0].lower()
        object_then_verb = second.endswith("ed") or second in ("made", "done", "given", "held")
        if first in _verbs() and not object_then_verb:  # "offer breakfast club"; not
            # "contact cancelled if ...", where the first word is the thing done to
            out.append(f"{actors} will also {part[:1].lower()}{part[1:]}")
        elif doer and doer.group(2).lower() in _verbs() and doer.group(1)[:1].isupper():
            out.append(f"{doer.group(1)} will {doer.group(2)}{part[doer.end() :]}")
        elif (role := _ROLE_TO.match(part)) and role.group(2).lower() in _verbs():
            # "social worker to check at every visit" -> "The social worker will check ..."
            who_does = role.group(1) if role.group(1)[:1].isupper() else f"The {role.group(1)}"
            out.append(f"{who_does} will {role.group(2)}{part[role.end() :]}")
        else:
            out[-1] += f"; {part}"
    return out


def _lowered(text: str) -> str:
    """ "By Monday 10 November" -> "by Monday 10 November": only a first word that is
    not a name."""
    first = text.split(" ", 1)[0]
    if first.lower() in _LOWER_FIRST:
        return text[:1].lower() + text[1:]
    return text


_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_LOWER_FIRST = {
    "by", "before", "within", "until", "from", "for", "starting", "at", "in", "on", "every",
    "each", "once", "twice", "daily", "weekly", "monthly", "same", "group", "visit", "home",
    "when", "as", "after", "three", "two", "one",
}  # fmt: skip


# how often an action already says in its own words: "meet me weekly" needs no "This
# happens once a week" after it
_OFTEN_WORD = {
    "once a week": "weekly",
    "every day": "daily",
    "every two weeks": "fortnightly",
    "once a month": "monthly",
}


def _said_already(often: str, sentence: str) -> bool:
    word = _OFTEN_WORD.get(often.lower().strip())
    return bool(word and re.search(rf"\b{word}\b", sentence, re.I))


def often_for_child(often: str) -> str:
    """ "(Friday mornings) once a week" -> "once a week (Friday mornings)"."""
    often = re.sub(
        r"^(weekends?|weekdays|evenings|nights)$",
        lambda m: f"at {m.group(1).lower()}",
        often.strip(),
        flags=re.I,
    )
    return re.sub(r"^\(([^()]*)\)\s*(.+)$", r"\2 (\1)", often)


def action_for_child(
    action: Action,
    text: str,
    actors: str,
    who: Household,
    band: Band,
    notes: Notes,
    *,
    actor: str | None,
    words: Glossary,
    by_when: str,
) -> str:
    """One action as a sentence the child hears, with how often and by when; the
    worker's words in quotation marks where it cannot be turned safely, and "" (a note
    in ``notes``) where it holds detail the child is not told."""
    text = listed("method_notes").sub("", text)  # "Ellie to be seen alone": the worker's
    whole = text
    text = pronoun_named(without_private(text, band, notes).rstrip(". ;,"), who)
    if not text:
        return ""
    names = "|".join(re.escape(n) for n in who.child_names)
    lost = rf"(?:my|me|his|her|their|the|(?:{names})['’]s)\b" if names else r"(?:my|me|the)\b"
    if text != whole.rstrip(". ;,") and re.match(lost, text, re.I):
        # what is left once a clause a child is not told is out ("...; my case to be
        # treated as ...") has lost its doer: held back, never "will arrange a my case"
        notes.kept(f"{actors}: {text}")
        return ""
    if text == (action.plain or "").rstrip(". "):  # the worker's own plain sentence, whole
        mine = for_child(text, who, actor=actor)
        if mine is not None:
            return f"{upper_first(for_age(mine.rstrip('. '), band))}. {by_when}".strip()
    said = _clauses(_joined(_sentence(text, actors, who, action.text)), actors)
    turned_each = [for_child(part, who, actor=actor) for part in said]
    mine = None if None in turned_each else ". ".join(p.rstrip(". ") for p in turned_each if p)
    if mine is not None and has_gap(mine, who.pronoun):  # "with me on her feelings"
        mine = None
    written = listed("method_notes").sub("", action.text).rstrip(". ;,")
    if mine is None:
        # the first part alone, whole, when it can be turned ("Visits to Ellie at home
        # and school; direct work on her worries ..."): what the helper does with me
        # comes through, the rest stays in the worker's words (the draft says so)
        head = re.split(r";\s+(?![^(]*\))|\s[-–]\s", text)[0].strip(" ,")
        first = _joined(_sentence(head, actors, who, action.text)) if head != text else ""
        mine = for_child(first, who, actor=actor) if first else None
        if mine is not None and has_gap(mine, who.pronoun):
            mine = None
        if mine is None and (kinds := help_in_my_words(written, actors, who)):
            # the kind of help it is, in my words: my own help is never left out
            notes.add(f'In the child\'s version as the kind of help it is only: "{written}"')
            return kinds
        if mine is None:
            notes.kept(f"{actors}: {written}")  # held back: never half-converted
            return ""
        notes.add(
            f"Only its first part is in the child's version, the rest could not be put in "
            f'the child\'s words: "{written}"'
        )
    sentence = upper_first(for_age(mine.rstrip(". "), band))
    often = frequency_in_words(action.frequency, words) if action.frequency else ""
    often = listed("method_notes").sub("", often).strip(" ,;")
    turned = for_child(often, who, actor=actor) if often else ""
    if turned is None:  # "Fortnightly home visits, Leo seen alone": not the child's words
        notes.add(
            f'Left out of the child\'s version (not safe to turn): "{action.text}" how often: '
            f'"{action.frequency}"'
        )
    often = often_for_child(turned or "")
    # "Tea visits weekly x 4", "group every two weeks; 1:1 monthly": the plan's own
    # words, not a child's (the readers: a child does not need every detail of the work)
    if not _OFTEN.match(often) or ";" in often:
        often = ""
    if re.match(r"once(?: each| only)?$", often, re.I):  # "This happens once each."
        often = ""
    # a clause with its own doer left once the part before it was held back (a day,
    # a place): how often was the held-back part's, never "The council will support Nan
    # to apply for an SGO. This happens once a week."
    if _OWN_DOER.match(text):
        often = ""
    if often and often.lower() not in sentence.lower() and not _said_already(often, sentence):
        if not often[:1].islower():
            sentence += f". This happens {_lowered(lower_first(often, who))}"
        else:
            sentence += f", {often}"
    sentence += "."
    if by_when:
        sentence += f" {by_when}"
    return sentence


def by_when_for_child(timescale: str, words: Glossary, who: Household, band: Band) -> str:
    """The action's timescale as a sentence: "By when: Friday 30 May 2025."; "" when the
    plan gives none (the family version says "Not agreed yet")."""
    if not timescale or band is Band.YOUNG:  # a younger child hears what, not by when
        return ""
    said = words.plain(timescale)
    mine = for_child(said, who)
    if mine is None or private(said, band):
        return ""
    said = _lowered(for_age(dates_in_words(mine), band).rstrip(". "))
    if re.match(r"(?:ongoing|in place|continue|tbc|to be confirmed|not known)\b", said, re.I):
        return ""
    if re.match(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d", said):
        return f"This will be done by {said}."  # a date alone is the date it is done by
    if re.match(r"(?:by|before|within)\b", said):
        return f"This will be done {said}."
    if re.match(r"(?:until|from|for|starting)\b", said):
        # "until review conf", "until formal meeting to review the plan": the worker's
        # timetable; a date or "the end of term" the child can hold on to
        if not re.search(
            rf"\b(?:{'|'.join(_MONTHS)})\b|\bthe end of\b|\b\d+ (?:weeks|months)\b", said
        ):
            return ""
        return f"This goes on {said}."
    return ""  # "Plan agreed by ...; checked until ...": the worker's timetable


def is_childs_action(sentence: str) -> bool:
    """Whether the sentence is done with or for the child: it says "me", "my" or "I"."""
    return bool(_ME_OR_US.search(sentence))


_ME_OR_US = re.compile(r"\b(?:me|my|I|us|our)\b")
