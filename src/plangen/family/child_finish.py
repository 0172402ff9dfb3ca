"""The child's version's last looks: family members as the child calls them, workers
as the child names them, and no marker where a withheld detail was taken out."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import cache
from typing import Any

from plangen.family.child_people import as_called, names_for_child
from plangen.family.child_roles import whose_role
from plangen.family.child_who import child_data
from plangen.family.half_turned import we_not_them
from plangen.family.plain import Glossary
from plangen.family.quotes import KEPT
from plangen.family.split import split_sentences
from plangen.family.verbs import first_person, subjectless, verbs
from plangen.family.voice import Household
from plangen.privacy import Redacted
from plangen.privacy.names import is_family

_CALLED = (
    ("Mum", ("Mummy", "Mam", "Mom", "Mammy")),
    ("Dad", ("Daddy", "Da")),
    ("Nan", ("Nanny", "Nanna", "Nana", "Granny", "Grandma", "Gran", "Nain")),
    ("Grandad", ("Grandpa", "Granda", "Grampy", "Gramps", "Taid")),
)


# "maternal Nan (Sharon Booth)": the side of the family is the worker's word
_SIDE = re.compile(
    r"\b(?:[Mm]aternal|[Pp]aternal) (?=(?:Nan|Nanny|Nanna|Nana|Gran|Grandma|Grandad)\b)"
)
# the child's own words and the words box are never rewritten; the child's name stays
_OWN = ("my_views", "words_we_use")
_NAMED = ("my_name", "words_we_use")


def _each_text(
    value: Any, change: Callable[[str], str], skip: Collection[str], key: str = ""
) -> Any:
    """``value`` with ``change`` made to every text in it, except under the keys
    ``skip`` (a list keeps the key it stands under)."""
    if key in skip:
        return value
    if isinstance(value, dict):
        return {k: _each_text(v, change, skip, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_each_text(v, change, skip, key) for v in value]
    return change(value) if isinstance(value, str) else value


def as_the_child_says(context: dict[str, Any], views: str) -> dict[str, Any]:
    """Mum, Dad and Nan as the child calls them in their own quoted words: a child who
    said "Mummy, Daddy, Nanny" reads "Mummy" in their plan, not "Mum"."""
    quoted = " ".join(a or b for a, b in re.findall(r'"([^"]+)"|“([^”]+)”', views))
    # in single quotes too ("said 'I want Mummy on Saturday'"), and a grandparent as
    # the worker heard the child name them ("put Grandma 'far away'"): the reader30
    # chair read "Nan booked tickets" for a girl who calls her Grandma
    quoted += " " + " ".join(re.findall(r"(?<!\w)'([^']+?)'(?!\w)", views))
    quoted += " " + " ".join(
        re.findall(r"\b(?:Nanny|Nanna|Nana|Granny|Grandma|Gran|Nain|Grandpa|Taid)\b", views)
    )
    swaps = [
        (formal, said)
        for formal, variants in _CALLED
        for said in variants[:1] + variants[1:]
        if re.search(rf"\b{said}\b", quoted)
    ]
    swaps = list(dict(swaps).items())  # the first word the child uses for each

    def swap(text: str) -> str:
        # never inside a quotation: the words someone said stay as they said them
        parts = KEPT.split(text)
        for n in range(0, len(parts), 2):
            for formal, said in swaps:
                parts[n] = re.sub(rf"\b{formal}\b", said, parts[n])
        return "".join(parts)

    context = _each_text(context, swap, _OWN) if swaps else context
    said: dict[str, Any] = _each_text(context, lambda text: _SIDE.sub("", text), _OWN)
    return said


def we_as_we(context: dict[str, Any]) -> dict[str, Any]:
    """ "My sister and I ... to care for them" said as "... for us" in every sentence
    of the version (a brother or sister turned late, after the sentence was in my
    voice); never inside a quotation, nor in what the child said or the words box."""

    def ours(text: str) -> str:
        parts = KEPT.split(subjectless(text))  # a quote within a clause of mine is in it
        parts[::2] = [_my_clauses(we_not_them(part)) for part in parts[::2]]
        return "".join(parts)

    said: dict[str, Any] = _each_text(context, ours, {*_OWN, *_NAMED})
    return said


def asked_of_me(context: dict[str, Any], pronoun: str | None) -> dict[str, Any]:
    """ "Mum will come alone and not to ask me where she lives" -> "... and will not
    ask me where I live": what someone asks me about is about me (the reader30 chair,
    Sana's version, told her mother would not ask where the mother lives)."""
    subject = {"he": "he", "she": "she"}.get(pronoun or "", "")

    def mine(text: str) -> str:
        text = re.sub(r"\b(will \w+[^.;]*?) and not to (\w+)\b", r"\1 and will not \2", text)
        if not subject:
            return text
        return re.sub(
            rf"\b(ask(?:s|ing)? me (?:where|what|who|how|when|if|whether)) {subject} (\w+)"
            r"(?:( or | and )(\w+))?\b",
            lambda m: (
                f"{m.group(1)} I {first_person(m.group(2))}"
                + (f"{m.group(3)}{first_person(m.group(4))}" if m.group(3) else "")
            ),
            text,
        )

    said: dict[str, Any] = _each_text(context, mine, {*_OWN, *_NAMED})
    return said


def _my_clauses(text: str) -> str:
    """Every clause of a sentence of mine in my voice: "I am low; misses my brothers"
    -> "...; I miss my brothers" (the reader30 chair: Sana's "misses my brothers ...;
    has thought about going home"); a note's "Mum and I to have family mediation" ->
    "Mum and I will have family mediation"."""
    text = re.sub(
        r"(^|[.!?]\s+)((?:[A-Z][\w’'-]*|My \w+) and I) to (?=[a-z]+\b)", r"\1\2 will ", text
    )
    # a goal goes on as one ("I will feel less anxious and am sleeping better", "I will
    # stay in the UK and am not cut"): "... and will be sleeping", "... and will not be"
    text = re.sub(r"(\bI will [^.;:]*?) and am( not)?\b", r"\1 and will\2 be", text)
    # two things of mine are "they" ("My feelings and mental health improves")
    return re.sub(
        r"(^|[.!?]\s+)(My [a-z]+(?: [a-z]+)? and (?!I\b)(?:my )?[a-z]+(?: [a-z]+)?) ([a-z]+s)\b",
        lambda m: f"{m.group(1)}{m.group(2)} {_plural(m.group(3))}",
        text,
    )


def _plural(verb: str) -> str:
    said = first_person(verb)
    return said if said != verb and said in verbs() else verb


# withheld work, not only a withheld name, phone or address: "arrange a [details not
# shared] for me"; or a marker that an article or "will" runs straight into
_GAPPED = re.compile(
    r"\[details not shared\]"
    r"|\b(?:an?|the|will|to)\s+\[[a-z ]+ not shared\]\s*(?:for|with|to|[.,;]|$)"
)


def without_markers(value: Any, notes: list[str]) -> Any:
    """A child reads around a detail taken out, not a "[phone number not shared]"
    marker; the worker's draft says where one was."""
    if isinstance(value, dict):
        kept = {k: without_markers(v, notes) for k, v in value.items()}
        if value.get("what") and not kept.get("what") and " is " in kept.get("text", ""):
            # a helper of mine whose only work was withheld still has a line of what they
            # do (the reader32 chair: "My worker is helping me." and nothing more)
            doer = kept["text"].split(" is ", 1)[0]
            kept["what"] = f"{doer} will help me with things in my plan."
        return kept
    if isinstance(value, list):
        return [without_markers(v, notes) for v in value]
    if isinstance(value, str) and "[" in value:
        # a sentence whose work itself was withheld says nothing, or says it with a gap
        # ("My worker will arrange a for me"): the whole sentence goes
        if _GAPPED.search(value):
            value = " ".join(s for s in split_sentences(value) if not _GAPPED.search(s))
        # a withheld name as the subject: "Someone will use a goodbye routine with me"
        said = re.sub(r"(^|[.!?]\s+)\[[a-z ]+ not shared\](?= will\b)", r"\1Someone", value)
        said = re.sub(r"\s*(?:on\s+)?\[[a-z ]+ not shared\]", "", said)
        if said != value and said.strip():
            notes.append(f'A detail withheld from someone was taken out of: "{said}"')
        return said
    return value


def workers_as_called(
    context: dict[str, Any], copy: Redacted, words: Glossary, who: Household
) -> dict[str, Any]:
    """Every worker named as the child calls them, in every sentence outside quotations:
    "Olivia", not "Olivia Grant"; "my head of year", not "Daniel"."""
    roles = {
        person.name: whose_role(person.role, words, who)
        for person, original in zip(copy.plan.core_group, copy.originals, strict=True)
        if not is_family(original)
    }
    people = names_for_child(copy.plan, roles)

    if not people:
        return context
    called: dict[str, Any] = _each_text(context, lambda text: as_called(text, people), _NAMED)
    return called


_THEY = {"they are": "I am", "they were": "I was", "they're": "I'm", "they": "I"}
_THEIR = {
    "their": "my",
    "theirs": "mine",
    "them": "me",
    "themselves": "myself",
    "themself": "myself",
}
# a "they" after one of these in the sentence may be them, not me
_OTHERS = re.compile(
    r"\b[A-Z][\w'’-]* and [A-Z][\w'’-]*\b|\b(?:parents|children|workers|helpers|pupils|"
    r"staff|police|everyone|people|others|friends|adults|grown-ups|family|services|"
    r"teachers|boys|girls)\b",
)


def they_as_me(context: dict[str, Any], plan_child: str, views: str) -> dict[str, Any]:
    """A child who uses they/them is "I" in their own version (the final8 reader: Robin
    was "they" all through their plan, and in the contingency it could mean Mum): in a
    sentence in my voice, "they", "their", "them" outside quotations are me, unless a
    group is named before them in the sentence."""
    if not re.search(r"\bthey\s*/\s*them\b", f"{plan_child} {views}", re.I):
        return context

    def sentence(text: str, before: str) -> str:
        # "They are working together ..." after "people are worried": theirs
        if _OTHERS.search(before) and re.match(r"They\b", text):
            return text
        mine = bool(re.search(r"\b(?:I|me|my)\b", f"{before} {text}"))
        parts = KEPT.split(text)
        for n in range(0, len(parts), 2):
            quoted_next = n + 1 < len(parts)  # 'said they "never ..."': theirs
            parts[n] = _mine(parts[n], quoted_next, before) if mine else parts[n]
        return "".join(parts)

    def text(value: str) -> str:
        said, before = [], ""
        for one in re.split(r"(?<=[.!?])\s+(?=[A-Z])", value):
            said.append(sentence(one, before))
            before = one
        return " ".join(said)

    mine: dict[str, Any] = _each_text(context, text, _NAMED)
    return mine


def _mine(part: str, quoted_next: bool, before: str = "") -> str:
    """``part`` with "they", "their", "them" as mine; a group's stays theirs: one named
    before it in its sentence, or "them" after a sentence that names a group ("... who
    my safe adults are. I can talk to them": never "talk to me")."""

    def swap(found: re.Match[str]) -> str:
        reported = quoted_next and not part[found.end() :].strip()
        group_before = found.group(0).lower() == "them" and _OTHERS.search(before)
        if _OTHERS.search(part[: found.start()]) or reported or group_before:
            return found.group(0)  # a group's, or reported speech: "said they "..."
        word = found.group(0)
        said = _THEY.get(word.lower()) or _THEIR[word.lower()]
        return said[:1].upper() + said[1:] if word[:1].isupper() and said != "I" else said

    pattern = r"\b(?:they are|they were|they're|they|their|theirs|them|themselves|themself)\b"
    return re.sub(pattern, swap, part, flags=re.I)


def said_safely(context: dict[str, Any]) -> dict[str, Any]:
    """What a child's own copy says more safely (``child.toml`` "safe_words"): no
    overdose quantity, a reason that does not blame the child; and in a child's words
    ("child_words": "see how I am", not "check my presentation"); never in the child's
    own words or the words box."""
    rules = _safe_words()

    def safer(text: str) -> str:
        for pattern, said in rules:
            text = pattern.sub(said, text)
        return text

    said: dict[str, Any] = _each_text(context, safer, {*_OWN, *_NAMED})
    if isinstance(said.get("my_views"), list):
        # the worker's recording of my views, said by me, in my words ("I smiled and
        # vocalised", the reader29 chair, Oli's version); what I said, as I said it
        said["my_views"] = [_outside_quotes(view, safer) for view in said["my_views"]]
    return said


def _outside_quotes(text: str, change: Callable[[str], str]) -> str:
    parts = KEPT.split(text)
    return "".join(part if n % 2 else change(part) for n, part in enumerate(parts))


@cache
def _safe_words() -> list[tuple[re.Pattern[str], str]]:
    """``child.toml``'s "safe_words" then "child_words": each pattern compiled once a
    run (each is tried on every text of every child's version)."""
    safe, plain = child_data()["safe_words"], child_data()["child_words"]
    assert isinstance(safe, list) and isinstance(plain, list)
    return [(re.compile(rule["pattern"], re.M), rule["said"]) for rule in [*safe, *plain]]
