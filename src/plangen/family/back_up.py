"""What happens if things don't change, said so a parent knows what happens next.

A worker's note ("Escalate to legal gateway meeting.", "Legal planning meeting /
referral to the Children's Reporter.") is no sentence: it is said as the next step "if
things do not change".  A back-up plan that says nobody and no time ("the family will be
supported", "we will consider ...") is kept as written, with who to ask (reader 29:
"What happens if things don't change - Raise to the meeting with the council's lawyers").
"""

from __future__ import annotations

import re

# a back-up plan that already says when it starts: "If ...", "Should ...", "Unless ..."
_CONDITION = re.compile(r"\b(?:if|unless|should|when|where|until|otherwise)\b", re.I)
# a note that starts with what the workers will do: "Escalate to ...", "Consider ..."
_DOING = re.compile(
    r"(?:take|raise|consider|refer|hold|arrange|call|convene|seek|request|move|start|"
    r"step|apply|go|return|review|meet)\b",
    re.I,
)
# says nobody who and no time: "the family will be supported", "we will consider ..."
_VAGUE = re.compile(
    r"\bwill\s+(?:be\s+(?:supported|helped|monitored|reviewed|looked\s+at|discussed)|consider)\b",
    re.I,
)
_CONCRETE = re.compile(r"\d|\b(?:same day|straight away|immediately|next day)\b", re.I)
_THEN = "If things do not change"
# a sentence, not a note: "Kai will go to Nan's that day"
_FINITE = re.compile(r"\b(?:will|would|is|are|was|were|has|have|can|must|shall)\b")


def back_up_said(text: str, ask: str) -> str:
    """``text`` (made plain, in the family's voice) as a whole sentence about what
    happens next; ``ask`` says whom the reader can ask where the plan says too little."""
    said = text.strip()
    if not said:
        return said
    if _CONDITION.search(said) or _FINITE.search(said):  # a sentence of its own
        vague = _VAGUE.search(said) and not _CONCRETE.search(said)
        return f"{said} {ask}" if vague else said
    body = re.sub(r"\s+/\s+", " or ", said.rstrip(" .;"))  # "meeting / referral": one or other
    lowered = body[:1].lower() + body[1:] if not body[:2].isupper() else body
    if _DOING.match(body):
        return f"{_THEN}, the workers will {lowered}. {ask}"
    return f"{_THEN}, the next step is: {lowered}. {ask}"


# a change written as a note: "Jordan to complete ...", "Leanne and Craig to engage ...",
# "You to clear the house", "Home conditions to improve" (reader 29: notes-style
# fragments copied from the plan)
_NOTE_TO = re.compile(
    r"^(?P<who>(?:[A-Z][\w'’-]*|you)(?:(?:,\s*|\s+(?:and|&)\s+)(?:[A-Z][\w'’-]*|you))*"
    r"|[A-Z][a-z]+\s+(?:conditions|routines|home|care)|State of the home)"
    r"\s+to\s+(?P<verb>[a-z]+)\b"
)


def change_said(text: str, doing: frozenset[str]) -> str:
    """A change written as a note ("Donna to see her family doctor") as a sentence:
    "Donna will see her family doctor"; ``doing`` is the verbs that may follow "will"."""
    found = _NOTE_TO.match(text)
    if found is None or (found.group("verb") not in doing and found.group("verb") != "be"):
        return text
    return f"{found.group('who')} will {found.group('verb')}{text[found.end() :]}"
