"""The child's version's last look for one voice: a sentence that still speaks of the
child by name ("Lowri has no surprise visits ...", "If Farzana goes missing ...") is not
in "My plan" in the worker's words, nor a sentence with no one or nothing before it
("The meeting will consider ...", "When things are better for me."); what happens if
things do not get better and when my plan can end are then said plainly, never lost
(the reader32 chair, kinds C4, C7, C10, C11)."""

from __future__ import annotations

import re
from typing import Any

from plangen.family.child_finish import _each_text as each_text
from plangen.family.child_text import WHOLE
from plangen.family.quotes import KEPT
from plangen.family.sentences import is_clause
from plangen.family.split import split_sentences
from plangen.family.verbs import first_person, verbs

# the lists of "My plan" whose items are sentences of mine, and the paragraphs
_ITEMS = ("worries", "better", "grown_ups")
_DICT_ITEMS = (("changes", "text"), ("helpers", "text"), ("helpers", "what"))
# a sentence that leans on one before it: "The meeting will ...", "Then ...", "He ..."
_LEANS = re.compile(r"^(?:The meeting|This meeting|Then|He|She|They|It|This)\b")
# a "when" or "and when" with no sentence of its own: "When things are better for me."
_SUBORDINATE = re.compile(r"^When\b")
_MODAL = re.compile(r"\b(?:will|can|could|may|must|should|would|might)\b")
_LEANS_ON_MEETING = re.compile(r"^(?:The|This) meeting\b")
_HAS_VERB = re.compile(r"\b(?:I|am|is|are|was|were|will|can|could|may|might|has|have|had)\b")
# a goal said as now ("My behaviour improves.", "Dad completes DAPP and accepts ..."):
# what will be better is said as what will be
_NOW = re.compile(
    r"^((?:My [a-z]+|Mum|Dad|Nan|Grandad|[A-Z][a-z]+)) (?!has\b|does\b)([a-z]+[^s]s)\b"
)
_MISSING = re.compile(r"\bgo(?:es)? missing\b[^.]*\bpolice\b", re.I)
_CAN_MEAN = re.compile(r"\bThis can mean that ([^.;]+)(;[^.]*)?\.")


def _outside_quotes(text: str) -> str:
    """``text`` with what anyone said (a quotation) taken out."""
    return "".join(KEPT.split(text)[::2])


def _by_name(sentence: str, names: tuple[str, ...]) -> bool:
    """Whether ``sentence`` speaks of the child by name (outside a quotation)."""
    found = "|".join(re.escape(n) for n in names if n)
    return bool(found) and bool(re.search(rf"\b(?:{found})\b", _outside_quotes(sentence)))


def _fragment(sentence: str) -> bool:
    """ "When things are better for me.": a "when" with no main clause (an "And when
    ..." after "This can happen when ..." goes on that sentence's list)."""
    return (
        bool(_SUBORDINATE.match(sentence)) and not _MODAL.search(sentence) and "," not in sentence
    )


def _clause(text: str) -> bool:
    """Whether ``text`` has a verb of its own ("I am lonely"), not only a harm named."""
    return is_clause(text) or bool(_HAS_VERB.search(text))


def _will_be(goal: str) -> str:
    """ "My behaviour improves." -> "My behaviour will improve."; "Dad completes DAPP and
    accepts responsibility" -> "Dad will complete DAPP and accept responsibility"."""
    found = _NOW.match(goal)
    if (
        not found
        or re.search(r"\b(?:is|are|am|will|was|were)\b", goal)
        or first_person(found.group(2)) not in verbs()
    ):
        return goal
    rest = goal[found.end() :]
    rest = re.sub(
        r"^([^.;:]*?\band )([a-z]+[^s]s)\b",
        lambda m: (
            m.group(1)
            + (first_person(m.group(2)) if first_person(m.group(2)) in verbs() else m.group(2))
        ),
        rest,
        count=1,
    )
    return f"{found.group(1)} will {first_person(found.group(2))}{rest}"


def _mended(text: str) -> str:
    """Slips of grammar a turned sentence can carry: "will be not" -> "will not be";
    "by my and Mum's account" -> "by Mum's account and mine";
    "This can mean that pain, infection ..." (no verb) -> "This can lead to pain, ..."."""
    text = re.sub(r"\bwill be not\b", "will not be", text)
    # a goal's list goes on as one: "I will live with Nain, go to school, am fed" -> "be fed"
    text = re.sub(r"(\bI will [^.;:]*?, )am\b", r"\1be", text)
    # and its last verb: "I will have a tenancy ... and pays my rent" -> "and pay"; a verb
    # the word list may not hold, known by what follows it ("my", "the", "to" ...), so
    # "and books." stays a noun
    text = re.sub(
        r"(\bI will [^.;:]*? and )([a-z]+[^s]s)"
        r"(?= (?:my|the|a|an|to|her|his|their|our|it|up|out|on|in|at|with|for)\b)",
        lambda m: m.group(1) + first_person(m.group(2)),
        text,
    )
    # "by my and Mum's account" (a worker's "by Erin's and Mum's account", turned)
    text = re.sub(r"\bmy and ([A-Z][\w-]*['’]s) ([a-z]+)\b", r"\1 \2 and mine", text)

    def harm(found: re.Match[str]) -> str:
        said, more = found.group(1), (found.group(2) or "").lstrip("; ")
        head = f"This can mean that {said}." if _clause(said) else f"This can lead to {said}."
        if not more:
            return head
        if _clause(more):
            return f"{head[:-1]}; {more}."
        return f"{head} It can also lead to {more}."

    return _CAN_MEAN.sub(harm, text)


def mine_only(
    text: str,
    names: tuple[str, ...],
    said: list[str],
    *,
    pronoun: str | None = None,
    by_name: bool = True,
) -> str:
    """``text`` without its sentences that name me, that are no sentence, or that lean
    on one left out (one that starts so, or that speaks of me as ``pronoun``: "What if
    he goes missing twice"); each noted for the worker."""
    kept: list[str] = []
    dropped = False
    for sentence in split_sentences(text):
        sentence = sentence.strip()
        if not sentence:
            continue
        why = ""
        # a sentence kept whole in the worker's words is said so in the draft (the
        # issue's rule: whole, never half-turned); only a slip that names me goes
        whole = any(n.startswith(WHOLE) and sentence.rstrip(".") in n for n in said)
        if by_name and _by_name(sentence, names) and not whole:
            why = 'it speaks of me by name, not as "I"'
        elif _fragment(sentence):
            why = "not a whole sentence"
        elif dropped and (
            _LEANS.match(sentence)
            or (pronoun and re.search(rf"\b{pronoun}\b", _outside_quotes(sentence), re.I))
        ):
            why = "it leans on a sentence left out"
        elif _LEANS_ON_MEETING.match(sentence) and not any("meeting" in k for k in kept):
            why = "no meeting is named before it"
        if why:
            said.append(f'Left out of the child\'s version ({why}): "{sentence}"')
            dropped = True
            continue
        dropped = False
        kept.append(_mended(sentence))
    return " ".join(kept)


def in_my_voice(
    context: dict[str, Any],
    names: tuple[str, ...],
    said: list[str],
    *,
    people: str,
    teller: str,
    pronoun: str | None = None,
) -> dict[str, Any]:
    """``context`` with every sentence of mine in my voice (see the module); ``said``
    gets the worker's notes.  ``people``: "My helpers" or "The grown-ups"; ``teller``:
    who tells me more ("Claire"); ``pronoun``: the child's "he" or "she", which after a
    sentence left out is still me."""
    for key in _ITEMS:
        items = [mine_only(item, names, said) for item in context.get(key, [])]
        context[key] = [item for item in items if item]
    for change in context.get("changes", []):
        change["text"] = _will_be(change["text"])
    for key, field in _DICT_ITEMS:
        for item in context.get(key, []):
            item[field] = mine_only(item[field], names, said)
        context[key] = [item for item in context.get(key, []) if item["text"]]
    lead = f"{people} have a plan in case things do not get better."
    if context.get("if_not"):
        before = len(said)
        # a contingency kept in the worker's words stays whole (the e2e "nothing lost")
        if_not = mine_only(context["if_not"], names, said, pronoun=pronoun, by_name=False)
        if if_not in ("", lead):
            # what the plan says happens, said plainly, never half of it: the worker's
            # draft has the rest, and the family version has it whole
            if_not = (
                f"If things do not get better, {people.lower()} will meet quickly to work "
                f"out how to keep me safe. {teller} will talk to me about it."
            )
            if _MISSING.search(context["if_not"]):  # the one step a child must know
                if_not = f"If I go missing, the police will be told straight away. {if_not}"
        elif len(said) > before:
            if_not += f" {teller} will tell me about the rest."
        context["if_not"] = if_not
    step_lead = "My plan can change or end when things are better."
    if context.get("step_down"):
        before = len(said)
        step_down = mine_only(context["step_down"], names, said, pronoun=pronoun, by_name=False)
        if len(said) > before:  # what is left, and who tells me the rest
            step_down = (
                f"{step_down or step_lead} {teller} will tell me what needs to happen first."
            )
        context["step_down"] = step_down
    return context


# what a child calls a relative or carer by name: "Auntie Grace", "Uncle Jay", "Nain Eirlys"
_KIN_TITLE = re.compile(
    r"\b(Auntie|Aunty|Aunt|Uncle|Nana|Nanny|Nain|Grandma|Grandad|Granny|Gran|Taid) ([A-Z][a-z]+)\b"
)
_NOT_MINE = ("my_name", "words_we_use")


def as_i_call_them(context: dict[str, Any], views: str) -> dict[str, Any]:
    """Each carer or relative the child's own words give a title ("Auntie Grace is kind
    ...") called so throughout "My plan", never by first name alone ("I have lived with
    Grace", the reader32 chair, C8); never inside a quotation."""
    called = dict((name, title) for title, name in _KIN_TITLE.findall(views))
    if not called:
        return context

    def said(text: str) -> str:
        parts = KEPT.split(text)
        for n in range(0, len(parts), 2):
            for name, title in called.items():
                parts[n] = re.sub(
                    rf"(?<!\b{title} )\b{name}\b(?! [A-Z])", f"{title} {name}", parts[n]
                )
        return "".join(parts)

    done: dict[str, Any] = each_text(context, said, _NOT_MINE)
    return done


def one_line_helpers(helpers: list[dict[str, str]]) -> list[dict[str, str]]:
    """A helper I know only by their job said once, with what they do: never "My school
    nurse is helping me." then "My school nurse will help me stay healthy." (C13)."""
    for helper in helpers:
        found = re.fullmatch(r"(.+) is helping me\.", helper["text"])
        if found and helper["what"].startswith(f"{found.group(1)} will "):
            helper["text"], helper["what"] = helper["what"], ""
    return helpers
