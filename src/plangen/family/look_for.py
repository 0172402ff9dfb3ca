"""What "we will look for", said as a list where the plan gives more than one sign
(reader 32: "We will look for: Attendance 95%. No disciplinaries." read as sentences
without verbs; the worker's "what success looks like" is a list of signs, most of
them notes).

One sign is said inline: "We will look for: Callum uses the device every day." Two or
more are a bulleted list, each sign on its own line with a capital and no full stop,
whether it is a sentence or a note: one form for every sign of the list, never a list
of half sentences.
"""

from __future__ import annotations

from plangen.family.split import split_outside, split_sentences

BULLET = "• "


def signs(how: str) -> list[str]:
    """The signs of a "what success looks like" text: its sentences, and the parts of
    each between semicolons outside brackets and quotations."""
    found = []
    for sentence in split_sentences(how):
        for part in split_outside(sentence, r";\s*"):
            part = part.strip().rstrip(".;,").strip()
            if part:
                found.append(part[:1].upper() + part[1:])
    return found


def look_for(lead: str, how: str) -> str:
    """ "We will look for: ..." (``lead`` and a colon) with ``how`` as one sign inline
    or a bulleted list (module doc); "" where ``how`` says nothing."""
    listed = signs(how)
    if not listed:
        return ""
    if len(listed) == 1:
        return f"{lead}: {listed[0]}."
    return f"{lead}:" + "".join(f"\n{BULLET}{sign}" for sign in listed)
