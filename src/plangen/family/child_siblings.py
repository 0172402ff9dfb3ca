"""A child's version for each child of a plan written for brothers and sisters together
("Tyler Hale and Mia Hale"), where that child's own views and outcomes can be told
apart from the others'.

"My plan" speaks as one child, so each child's version is made from the plan as it is
for that child alone:

- their views: the sentences of the views that are theirs by name (a sentence that
  starts with their name, and the "He ..."/"She ..." sentences that follow it);
  a view sentence that starts with no child's name, before any child was named, or
  with two children's names, cannot be told apart, and then no child gets a version
  (the readers: one child's words never go into the other's version);
- their outcomes, actions and worries: those that name them (alone or with the
  others) or no child; those that name only another child are left out, with their
  private worries ("Mia's speech ...");
- their age: from the plan ("Tyler (6, Year 2)"); no age known, no version (it could
  not be pitched).

A child under 4, or without views of their own, gets no version, and the reason is
said as for any plan.
"""

from __future__ import annotations

import re

from plangen.family.child_who import YOUNGEST, children_named
from plangen.family.quotes import KEPT
from plangen.family.split import split_sentences
from plangen.model import Child, Plan, Risk


def _first(name: str) -> str:
    return name.split()[0]


def _names(text: str, firsts: list[str]) -> list[str]:
    return [f for f in firsts if re.search(rf"\b{re.escape(f)}\b", text)]


def _age(plan: Plan, first: str) -> int | None:
    """ "Tyler (6, Year 2)", "Mia (3)", "Tyler, aged 6": the child's age in the plan."""
    texts = [plan.child_views, *(r.risk_factor for r in plan.risks)]
    texts += [r.risk_to_child for r in plan.risks]
    for text in texts:
        found = re.search(rf"\b{re.escape(first)}\s*(?:\(|,\s*aged\s+)(\d{{1,2}})\b", text)
        if found:
            return int(found.group(1))
    return None


def views_by_child(views: str, firsts: list[str]) -> dict[str, list[str]] | None:
    """Each child's view sentences, or None when a sentence cannot be told apart."""
    said: dict[str, list[str]] = {first: [] for first in firsts}
    current: str | None = None
    for sentence in (s for line in views.splitlines() for s in split_sentences(line)):
        sentence = sentence.strip()
        if not sentence:
            continue
        starts = [f for f in firsts if re.match(rf"{re.escape(f)}\b", sentence)]
        if current is None and _how_they_were_heard(sentence):
            continue  # "Ruby and Tyler were seen separately ...": the worker's, no one's
        if len(starts) == 1 and not re.match(rf"{re.escape(starts[0])}\s+(?:and|&)\s", sentence):
            current = starts[0]
        elif starts or not re.match(r"(?:He|She|His|Her)\b", sentence) or current is None:
            return None  # "Tyler and Mia said", a quote with no one named: mixed
        # "She wants ..." after "Ruby said ...": Ruby's, said with her name, so that her
        # version can put it in her voice where her pronoun is not known from the plan
        said[current].append(_by_name(sentence, current))
    return said


_NOT_A_NOUN = r"(?:that|to|the|a|an|about|and|if|when|what|how|why|not|so|at|in|on|with)\b"


def _by_name(sentence: str, first: str) -> str:
    """A view sentence that is one child's, with their pronouns as their name outside
    quotations: "She said she is sad when Mum doesn't come: "I wait ..."" -> "Ruby said
    Ruby is sad ...", which their version can put in their voice."""
    if not re.match(r"(?:He|She|His|Her)\b", sentence):
        return sentence
    he = sentence.startswith(("He ", "His "))
    subject, owner = (r"\b[Hh]e\b", r"\b[Hh]is\b") if he else (r"\b[Ss]he\b", r"\b[Hh]er\b")
    parts = KEPT.split(sentence)
    for n in range(0, len(parts), 2):
        part = re.sub(subject, first, parts[n])
        parts[n] = re.sub(rf"{owner}(?=\s+(?!{_NOT_A_NOUN})\w)", f"{first}'s", part)
    return "".join(parts)


def _how_they_were_heard(sentence: str) -> bool:
    """The worker's note of how the children were heard, before any child's own view
    ("Ruby and Tyler were seen separately at school on 08.05.25 and their views are
    different"): it holds no one's words, so it is nobody's view (the final8 reader)."""
    if re.search(r'["“]', sentence):
        return False
    return bool(re.search(r"\bseen (?:separately|together|apart|alone|on their own)\b", sentence))


def _for_one(text: str, first: str, others: list[str]) -> str:
    """``text`` without its sentences and ";"-clauses that name only other children."""
    kept = []
    about: list[str] = []  # the children the sentence before was about
    for sentence in (s for line in text.splitlines() for s in split_sentences(line)):
        named = _names(sentence, [first, *others])
        if re.match(r"\s*(?:He|She|His|Her|They)\b", sentence) and not named:
            named = about  # "Tyler (6) has been hitting. He wets the bed": Tyler's
        about = named or about
        if named and first not in named:
            continue  # another child's: never in this child's version
        clauses = re.split(r";\s+", sentence.strip())
        mine = [c for c in clauses if first in _names(c, [first, *others]) or not _names(c, others)]
        if mine:
            kept.append(_together("; ".join(mine).rstrip(".") + ".", first, others))
    return " ".join(kept)


def _together(text: str, first: str, others: list[str]) -> str:
    """ "Tyler and Mia live ... with their mum" as Tyler says it: "Mia and Tyler live
    ... with Tyler's mum", which the child's voice turns into "Mia and I live ... with
    Mum"."""
    for other in others:
        text = re.sub(
            rf"\b{re.escape(first)} and {re.escape(other)}\b", f"{other} and {first}", text
        )
    if re.search(rf"\b{re.escape(first)}\b", text) and _names(text, others):
        text = re.sub(
            r"\btheir (mum|dad|mother|father|home|address|school|family)\b",
            lambda m: f"{first}'s {m.group(1)}",
            text,
        )
    return text


def _theirs(text: str, first: str, others: list[str]) -> bool:
    """Whether ``text`` is about this child, or about no child in particular."""
    named = _names(text, [first, *others])
    return not named or first in named


def one_child(plan: Plan, name: str, age: int, views: list[str]) -> Plan:
    """The plan as it is for the child ``name`` alone."""
    firsts = [_first(n) for n in children_named(plan.child.name)]
    first = _first(name)
    others = [f for f in firsts if f != first]
    risks: list[Risk] = []
    for risk in plan.risks:
        kept = []
        for outcome in risk.outcomes:
            if not _theirs(outcome.text, first, others):
                continue
            # each action's own sentences and ";"-parts for this child: "Direct work
            # with Tyler on his safety plan; Mia to be observed" is Tyler's, then Mia's
            actions = [
                a.model_copy(update={"text": mine})
                for a in outcome.actions
                if (mine := _for_one(a.text, first, others).rstrip("."))
            ]
            text = _together(outcome.text, first, others)
            kept.append(outcome.model_copy(update={"text": text, "actions": actions}))
        risks.append(
            risk.model_copy(
                update={
                    "risk_factor": _for_one(risk.risk_factor, first, others),
                    "risk_to_child": _for_one(risk.risk_to_child, first, others),
                    "outcomes": kept,
                }
            )
        )
    child = Child(name=name, age=age, address=plan.child.address)

    # a worker whose every action is for the other child is not one of mine ("Mrs Lake
    # is my class teacher" in Amelia's version, when she teaches Jayden)
    def doers(of: list[Risk]) -> set[str]:
        return {n for risk in of for o in risk.outcomes for a in o.actions for n in a.responsible}

    theirs_only = doers(plan.risks) - doers(risks)
    group = [p for p in plan.core_group if p.name not in theirs_only or p.lead_professional]
    return plan.model_copy(
        update={
            "child": child,
            "risks": risks,
            "child_views": " ".join(views),
            "core_group": group,
        }
    )


def each_child(plan: Plan) -> tuple[list[tuple[str, Plan]], list[str]]:
    """([(first name, the plan for that child alone)], [why a child gets none])."""
    names = children_named(plan.child.name)
    firsts = [_first(n) for n in names]
    by_child = views_by_child(plan.child_views, firsts)
    if by_child is None:
        return [], [
            "the children's views cannot be told apart by name, and a child's version "
            "speaks as one child: write each child's views under their own name, or a "
            "plan for each child"
        ]
    made: list[tuple[str, Plan]] = []
    why: list[str] = []
    for name, first in zip(names, firsts, strict=True):
        age = _age(plan, first)
        if age is None:
            why.append(f"for {first}: the plan does not give their age, to pitch it to")
        elif age < YOUNGEST:
            why.append(f"for {first}: under {YOUNGEST}, too young to read it")
        elif not by_child[first]:
            why.append(f"for {first}: no views of their own are recorded")
        else:
            made.append((first, one_child(plan, name, age, by_child[first])))
    return made, why
