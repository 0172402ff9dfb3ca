"""A worker's note-taking shorthand said as a sentence to the family (reader 29: notes-
style fragments, "Checking presentation and listening to child", "attending school 95%
time", "Remind you and support worker", "Goes the first time with Lisa").

Each rule changes only the shorthand's own words; the rest of the worker's text stays
as written, so who does what, how often and by when are never changed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from plangen.family.verbs import verbs
from plangen.family.voice import Household

# "95% time", "90% attendance time": the "of the" a note leaves out
_PERCENT_TIME = re.compile(r"\b(\d{1,3})% time\b")
# "you and support worker": a worker's role with no "your" after the reader
_BARE_ROLE = re.compile(
    r"\b([Yy]ou) and (support worker|social worker|family support worker|health visitor|"
    r"school nurse|key worker|youth worker|teacher)\b"
)
# "listening to child", "the child's safety", "for the child": the one child the plan is
# for; never "a child", "your child", "child protection", "the child's plan"
_NOT_AFTER = r"(?![\w'’-]| (?:protection|in need|plan|care|arrangements|and family)\b)"
_BARE_CHILD = re.compile(rf"\b(to|with|for|about|of|on) child{_NOT_AFTER}")
_THE_CHILDS = re.compile(r"\b[Tt]he child['’]s(?! plan\b)(?=\s)")
_THE_CHILD = re.compile(rf"\b(to|with|for|about|of|on) the child{_NOT_AFTER}")


def notes_in_words(text: str) -> str:
    """``"attending school 95% time"`` -> ``"attending school 95% of the time"``;
    ``"Remind you and support worker"`` -> ``"Remind you and your support worker"``."""
    text = _PERCENT_TIME.sub(r"\1% of the time", text)
    return _BARE_ROLE.sub(r"\1 and your \2", text)


def child_named(text: str, child: str) -> str:
    """``"listening to child"`` -> ``"listening to Betty"``, ``"the child's safety"`` ->
    ``"Betty's safety"``, ``"for the child"`` -> ``"for Kyle"``: "child" in a note about
    the one child the plan is for (see the patterns above for what is never changed)."""
    text = _BARE_CHILD.sub(lambda m: f"{m.group(1)} {child}", text)
    # a function, not a template: a name is never read as "\\1" (test_properties)
    text = _THE_CHILDS.sub(lambda _: f"{child}'s", text)
    return _THE_CHILD.sub(lambda m: f"{m.group(1)} {child}", text)


def doing_said(what: str) -> str:
    """An action's cell that starts with a doing: ``"Checking presentation and listening
    to Betty"`` -> ``"Check presentation and listen to Betty"``, like the cells beside it
    ("Remind you ...", "Work with you ...")."""
    first = re.match(r"([A-Z][a-z]+)ing(?= )(?! of\b| in\b| up\b| out\b)", what)
    # two doings joined ("Checking ... and listening ..."): a note, never a noun
    # ("Settling in sessions", "Monitoring of presentation" stay as written)
    if first is None or not re.search(r"\band [a-z]+ing\b", what):
        return what
    stem = _base(first.group(1).lower())
    if stem is None:
        return what
    rest = re.sub(
        r"\b(and|then|,) ([a-z]+)ing\b",
        lambda m: f"{m.group(1)} {_base(m.group(2)) or m.group(2) + 'ing'}",
        what[first.end() :],
    )
    return f"{stem.capitalize()}{rest}"


def _base(stem: str) -> str | None:
    """ "check" for "checking"'s stem "check", "take" for "tak", "sit" for "sitt"."""
    doing = verbs()
    for word in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if word and word in doing:
            return word
    return None


def said_as_sentence(text: str, child: str) -> str:
    """A "we will look for" note's sentence that starts with the child's verb and no
    subject: ``"Ruby chooses her club. Goes the first time with Lisa"`` -> ``"...
    Ruby goes the first time with Lisa"``."""

    def named(match: re.Match[str]) -> str:
        verb = match.group(2)
        if verb.lower()[:-1] not in verbs() and verb.lower()[:-2] not in verbs():
            return match.group(0)
        return f"{match.group(1)}{child} {verb.lower()}"

    return re.sub(r"((?:^|[.;:]\s+|\n• ))([A-Z][a-z]+(?:es|s))\b(?= )", named, text)


def each_text(value: Any, change: Callable[[str], str], skip: frozenset[str]) -> Any:
    """Every text in a version's values changed by ``change``; ``skip``: keys left as
    they are."""
    if isinstance(value, str):
        return change(value)
    if isinstance(value, list):
        return [each_text(item, change, skip) for item in value]
    if isinstance(value, dict):
        return {k: v if k in skip else each_text(v, change, skip) for k, v in value.items()}
    return value


def due_status(by_when: str, reached: bool) -> str:
    """ "Was due by Friday 3 May 2024" says what the plan knows of it: the change it is
    for has been reached, or the plan does not say it is done (reader 29: "the parent
    is not told whether these were done; 'Was due' reads as 'overdue'")."""
    if not re.match(r"(?:.* )?[Ww]as due by ", by_when) or by_when.endswith("."):
        return by_when
    if reached:
        return f"{by_when}. The change it is for has been reached."
    return f"{by_when}. The plan does not say if it is done yet."


def in_sentences(context: dict[str, Any], who: Household) -> dict[str, Any]:
    """The family version's texts with the shorthand of :func:`notes_in_words` said in
    words, "child" named where the plan is for one child, and a "we will look for" note
    given its subject; contacts and the reader's name as they are."""
    child = who.child

    def change(text: str) -> str:
        text = notes_in_words(text)
        return text if who.siblings else child_named(text, child)

    said: dict[str, Any] = each_text(
        context, change, frozenset({"people", "recipient", "child_name"})
    )
    if not who.siblings:
        for item in said.get("changes", []):
            item["how_we_know"] = said_as_sentence(item["how_we_know"], child)
    return said
