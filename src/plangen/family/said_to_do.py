"""An action written as a note ("Imran to attend ...", "Leanne not to speak ...") said as
a sentence: who will do what, or will not.  Split from :mod:`plangen.family.sentences`."""

from __future__ import annotations

import re
from functools import lru_cache

from plangen.family.verbs import verbs
from plangen.family.voice import Household, upper_first


def named_doer(text: str, who: Household) -> re.Match[str] | None:
    """ "Dean to complete a programme": the named person who will do it."""
    if " to " not in text:
        return None
    # "Nain to walk Mason": a relative as the plan and the child call them
    relatives = tuple(n for r in who.relatives for n in (r.name, r.first, r.called) if n)
    # "Mr Owen to check in with Jade": a worker by title and surname, as a school writes
    titled = tuple(
        f"{title} {name.split()[-1]}"
        for name in who.people
        if len(name.split()) > 1
        for title in ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr")
    )
    return _doer(relatives, (*who.people, *titled)).match(text)


@lru_cache(maxsize=16)
def _doer(relatives: tuple[str, ...], people: tuple[str, ...]) -> re.Pattern[str]:
    """ "<a plan's person> to <verb>", compiled once for a plan's people."""
    names = {*relatives, *people, "Parents", "Mum and Dad", "Mum", "Dad"}
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=lambda w: (-len(w), w)))
    return re.compile(rf"^({alternatives}) to (\w+)\b")


def will_do(text: str, who: Household) -> str:
    """An action written as a note, "Imran to attend ..." / "You to attend ...", as a
    sentence: "Imran will attend ..."; "Piotr not to go ..." -> "Piotr will not go
    ..."; anything else as it is."""
    negated = _NOT_TO.match(text)
    if negated:  # said as "to" first, then "not" put after "will"
        doer = negated.group(1)
        said = _will_do(f"{doer} to {text[negated.end() :]}", who)
        if said.startswith(f"{doer} will "):
            return _and_not(_not_to_later(f"{doer} will not {said[len(doer) + 6 :]}", who))
        return _not_to_later(text, who)
    return _and_not(_not_to_later(_will_do(text, who), who))


def _not_to_later(text: str, who: Household) -> str:
    """ "...; Wayne not to ask Chan ..." -> "...; Wayne will not ask Chan ...": a plan's
    person (or "you") and "not to", wherever a sentence or a part of one starts."""
    names = (*who.people, *(n for r in who.relatives for n in (r.name, r.first)), *who.child_names)
    alternatives = "|".join(re.escape(n) for n in sorted({*names, "You", "you"}, key=len)[::-1])
    return re.sub(
        rf"(^|[.;]\s+)({alternatives}) not to (\w+)\b",
        lambda m: (
            f"{m.group(1)}{m.group(2)} will not {m.group(3)}"
            if m.group(3) in verbs() or m.group(3) == "be"
            else m.group(0)
        ),
        text,
    )


# "Piotr not to go to ...", "You not to speak ...": the doer, then "not to"
_NOT_TO = re.compile(r"^([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?|(?:Both of )?[Yy]ou) not to (?=\w)")
# "... will come alone and not to ask": the second thing not to do, once "will" is said
_AND_NOT_TO = re.compile(r"(?<=\w)(,? (?:and|or) not) to (\w+)\b")


def _and_not(said: str) -> str:
    """ "Nasreen will come alone and not to ask" -> "... and not ask"."""
    if " will " not in said:
        return said
    return _AND_NOT_TO.sub(
        lambda m: f"{m.group(1)} {m.group(2)}" if m.group(2) in verbs() else m.group(0), said
    )


def _will_do(text: str, who: Household) -> str:
    match = (
        named_doer(text, who)
        or re.match(r"^((?:Both of )?[Yy]ou) to (\w+)\b", text)
        # "Kacper to stay at Nan's on Fridays": the child too
        or re.match(rf"^({'|'.join(re.escape(n) for n in who.child_names)}) to (\w+)\b", text)
    )
    if match is None:
        return _role_will_do(text)
    # "You to set parental controls": after "you to" only a verb can come
    if match.group(2).lower() not in verbs() and match.group(1).lower() != "you":
        return text
    return f"{match.group(1)} will {match.group(2)}{text[match.end() :]}"


# "Child safety lead to check Kacper in", "nursery to record ...": a worker or a service
# by what it is, then what it will do (never "Home visits to see Leo": no one's role)
_ROLE_TO = re.compile(
    r"(?:^|(?<=;\s))(?P<role>(?:[A-Za-z][a-z]*\s+){0,3}?(?i:school|nursery|college|police|"
    r"visitor|midwife|nurse|lead|worker|teacher|officer|coordinator|co-ordinator|team|service|"
    r"council|practitioner|therapist|mentor|manager|adviser|advisor|key person|SENCo))"
    r"\s+to\s+(?P<verb>[a-z]+)\b"
)


def _role_will_do(text: str) -> str:
    """ "Child safety lead to check Kacper in" -> "The child safety lead will check
    Kacper in"; at the start, or after ";"."""

    def said(match: re.Match[str]) -> str:
        words = match["role"].split()
        if (
            match["verb"] not in verbs()
            or words[0].lower() in verbs()
            or any(w[:1].isupper() for w in words[1:])  # a name: "Moor School to send"
        ):
            return match.group(0)
        role = match["role"]
        role = role[:1].lower() + role[1:] if role[1:2].islower() else role
        the = "" if words[0].lower() == "the" else "the "
        said = f"{the}{role} will {match['verb']}"
        return upper_first(said) if match.start() == 0 else said

    return _ROLE_TO.sub(said, text)
