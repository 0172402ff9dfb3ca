"""The child's "Words in my plan": the parents' explanations, said by the child."""

from __future__ import annotations

import re


def words_for_child(
    explain: str, *, grown_ups: str, family: str = "the grown-ups in my family"
) -> str:
    """A "words we use" explanation, written to the parents, said by the child: "your
    child" is "me", "you" the grown-ups in the family, "we" the workers: "... to keep
    your child safe. We check it with you often." -> "... to keep me safe. The
    grown-ups check it with my family and me often."."""
    said = re.sub(r"\bYour (child|family)\b", r"your \1", explain)
    said = re.sub(r"\b([Yy]ou) and your child\b", r"\1", said)
    said = re.sub(r"\byour child's\b", "my", said)
    said = re.sub(r"\byour child is\b", "I am", said)
    said = re.sub(r"\byour child has\b", "I have", said)
    said = re.sub(r"\byour child does\b", "I do", said)
    said = re.sub(r"\byour child (\w+?)s\b", r"I \1", said)
    said = re.sub(r"\byour child\b", "me", said)
    said = re.sub(r"\byour family\b", "my family", said)
    said = re.sub(r"\byour (choice|decision|say)\b", r"my family's \1", said)
    said = re.sub(r"\bwith you\b", "with my family and me", said)
    family_said = iter([family])  # then "they"
    # "The core group is you, your social worker and others": a list that starts with the
    # reader ("is them, their social worker" in Leo's words box)
    said = re.sub(
        r"\b(is|are|means|includes?) you, your\b",
        lambda m: f"{m.group(1)} {next(family_said, 'they')}, my",
        said,
    )
    said = re.sub(r"\b[Yy]ou are\b", lambda m: f"{next(family_said, 'they')} are", said)
    said = re.sub(
        r"(?:(?<=[.!?] )|^)You\b|(?:(?<=and )|(?<=how )|(?<=what )|(?<=[Ii]f )|(?<=[Ww]hen )|"
        r"(?<=that ))you\b|\byou\b(?=\s+(?:can|"
        r"will|may|might|must|should|have|need|get|go|care|do|want|agree|choose|feel)\b)",
        lambda m: next(family_said, "they"),
        said,
    )
    said = re.sub(r"\byou\b", "them", said)
    said = re.sub(r"\b[Yy]our\b", "their", said)
    said = re.sub(r"(?:(?<=[.!?] )|^)We\b", grown_ups, said)
    said = re.sub(r"\bwe\b", grown_ups.lower(), said)
    said = re.sub(r"\bus\b", "me", said)
    return re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), said)
