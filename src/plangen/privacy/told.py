"""A finding's words in a copy, said as that copy says the plan's own text (stop 32: a
review copy quoted "Mr Qureshi (learning mentor)", staff of a school withheld from the
father, in a PLAN-07 comment; the plan itself said "the learning mentor").

A finding quotes the plan ('"Mrs Davies (school counsellor)" is responsible ...'), or
tells its words unquoted (PLAN-14: "The parents say the plan is a lot for them: ...").
Each sentence of a finding that does (a quotation, or three words running as the plan
has them) is put into the copy as a text of its own, and treated as the plan's free text
is, whole: withheld values, people and staff said by role, a sentence that locates
someone or is sensitive held back.  A sentence in the rule's own words ("Say what Ruby's
days will be like (for example: ... at school ...)") has its withheld values and names
treated the same, but is not read as the plan's sentence: it holds nothing of the plan
but names, and the sentence-level reading, which looks for places and routines in a
worker's words, held back the advice of nearly every finding on a plan that withholds
an address.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from plangen.model import Plan
from plangen.privacy.holding import pieces
from plangen.privacy.withheld import WORDING, texts_of

QUOTED = "quoted"  # the slot of a copy's dumped plan for the plan's words in a finding
_QUOTATION = re.compile(r"(\"|\u201c)([^\"\u201c\u201d]+)(\"|\u201d)")
_WORD = re.compile(r"[a-z0-9]+")
_RUN = 3  # words running as the plan has them, two of them more than little words

Part = tuple[str, int] | str  # a text's part in a slot of the copy, or as it stands


@dataclass
class Told:
    """Texts to be said in a copy, cut into the plan's words and the rule's, each part
    in its slot of the copy's dumped plan."""

    texts: list[str]
    slots: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    layout: list[list[Part]] = field(default_factory=list)
    # each part as it was given (the copy changes the slots' texts in place)
    given: dict[Part, str] = field(default_factory=dict)

    @classmethod
    def of(cls, plan: Plan, texts: list[str]) -> Told:
        """``texts`` cut into sentences: one that tells the plan's words unquoted goes
        whole into the plan's slot; of any other, each quotation does, and the rest
        into the rule's."""
        runs = _runs(plan)
        told = cls(list(texts), {QUOTED: [], WORDING: []})
        for text in told.texts:
            parts: list[Part] = []
            for piece in pieces(text):
                said = piece.rstrip()
                if said and _tells(_QUOTATION.sub(" ", said), runs):
                    parts.append(told._put(QUOTED, said))
                else:
                    parts += told._quotations(said)
                parts.append(piece[len(said) :])
            told.layout.append(parts)
        return told

    def _put(self, slot: str, text: str) -> Part:
        self.slots[slot].append({"text": text})
        part = (slot, len(self.slots[slot]) - 1)
        self.given[part] = text
        return part

    def _quotations(self, sentence: str) -> list[Part]:
        parts: list[Part] = []
        start = 0
        for quote in _QUOTATION.finditer(sentence):
            if sentence[start : quote.start()].strip():
                parts.append(self._put(WORDING, sentence[start : quote.start()]))
            else:
                parts.append(sentence[start : quote.start()])
            parts += [quote.group(1), self._put(QUOTED, quote.group(2)), quote.group(3)]
            start = quote.end()
        rest = sentence[start:]
        parts.append(self._put(WORDING, rest) if rest.strip() else rest)
        return parts

    def back(self, data: dict[str, Any]) -> dict[str, str]:
        """Each text as the copy says it, its parts taken out of ``data``."""
        said = {slot: data.pop(slot) for slot in self.slots}
        found = {}
        for text, parts in zip(self.texts, self.layout, strict=True):
            whole = ""
            for part in parts:
                if isinstance(part, str):
                    whole += part
                    continue
                now = said[part[0]][part[1]]["text"]
                # a quotation held whole is the marker, not a sentence with its full stop
                whole += now if self.given[part].endswith(".") else now.removesuffix(".")
            found[text] = whole.strip()
        return found


def _tells(sentence: str, runs: frozenset[tuple[str, ...]]) -> bool:
    """Whether a sentence of a finding tells the plan's words unquoted: words running as
    :func:`_runs` has them ("The parents say the plan is a lot for them: ...")."""
    words = _WORD.findall(sentence.casefold())
    return any(tuple(words[i : i + _RUN]) in runs for i in range(len(words) - _RUN + 1))


def _runs(plan: Plan) -> frozenset[tuple[str, ...]]:
    """Every run of three words in the plan's texts, two of them more than a name or a
    little word ("at Oakfield Primary", "gym on Tuesdays"; not "and at school", which
    a rule's own example says too)."""
    people = [plan.child.name, plan.child.known_as or "", *(p.name for p in plan.core_group)]
    names = {word for name in people for word in _WORD.findall(name.casefold())}
    runs = set()
    for _, text in texts_of(plan):
        words = _WORD.findall(text.casefold())
        for i in range(len(words) - _RUN + 1):
            run = tuple(words[i : i + _RUN])
            said = [w for w in run if len(w) > 2 and w not in names and w not in _LITTLE]
            if len(said) >= 2:
                runs.add(run)
    return frozenset(runs)


_LITTLE = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "that",
        "this",
        "from",
        "will",
        "have",
        "has",
        "had",
        "their",
        "they",
        "them",
        "what",
        "when",
        "where",
        "which",
        "who",
        "are",
        "was",
        "were",
        "been",
        "being",
        "does",
        "did",
        "into",
        "each",
        "not",
        "but",
        "all",
        "any",
        "can",
        "her",
        "his",
        "him",
        "she",
        "our",
        "you",
        "your",
        "its",
        "out",
        "off",
        "per",
        "than",
        "then",
        "there",
        "these",
        "those",
        "also",
        "only",
        "very",
        "more",
        "most",
        "some",
        "such",
        "child",
        "plan",
        "core",
        "group",
        "views",
        "parents",
        "carers",
    ]
)
