"""What a helper's action line says is done with or for me (split from
:mod:`plangen.family.child_helpers`): its parts that do not say "me", "my" or "I" are
the worker's detail, which the family version keeps."""

from __future__ import annotations

import re

from plangen.family.child_actions import is_childs_action
from plangen.family.child_who import listed
from plangen.family.split import split_sentences

_FOLLOWS = re.compile(r"^This (?:happens|goes on|will be done)\b")
# work a child's own helper does with the child even where the line does not say "me"
# ("Aaron will arrange 1:1 exploitation sessions"): the readers found it missing
_DIRECT = re.compile(
    r"^(.+?) will arrange (?:an? )?(.*\b(?:sessions?|1:1|one-to-one|mentoring|therapy|"
    r"counselling|key work|direct work|group work)\b.*?)\.?$",
    re.I,
)


_ASKED = re.compile(
    r"^(.+?) will arrange (?:an? )?request for help from (?:the )?(.+?)(?: service| team)?$"
)


# sessions for the grown-ups, not with me: "Ryan and Mum will arrange parent sessions"
GROWN_UPS = re.compile(
    r"\b(?:parent(?:s|ing)?|Mum|Dad|Mummy|Daddy|Nan|Grandad|Gran|carers?|family|couple)\b"
)


# "X will arrange <a thing>" with no one else named in it: arranged for me
_FOR_ME = re.compile(
    r"^[^.,]+? will arrange (?![^.,]*\b(?:for|with|to|by|from)\b)(?![^.,]*\b[A-Z][a-z]+\b)"
    r"[a-z][^.,]*"
)


def about_me(line: str, *, own: bool = False) -> str:
    """What an action line says is done with or for me, or "": its sentences, ";"-parts,
    brackets and " - " notes that do not say "me", "my" or "I" are the worker's detail
    (the family version keeps them).  How often and by when stay with what they time.
    ``own``: the line is one of my own helpers', whose sessions are with me."""
    kept: list[str] = []
    keep = False
    first_doer = line.split(" will ", 1)[0] if " will " in line else ""
    # "Mrs Davies (school counsellor) will arrange ...": "Mrs Davies will meet me" next
    first_doer = re.sub(r"\s*\([^()]*\)$", "", first_doer)
    for sentence in split_sentences(line):
        sentence = sentence.strip()
        if _FOLLOWS.match(sentence):
            if keep:
                kept.append(sentence)
            continue
        if not keep and first_doer and not sentence.startswith(first_doer):
            # "My communication passport will go with me" after the panel it goes to
            # was left out: it needs that sentence, so it goes too
            keep = False
            continue
        body = sentence.rstrip(".")
        body = re.sub(
            r"\s*\(([^()]*)\)", lambda m: m.group(0) if is_childs_action(m.group(1)) else "", body
        )
        # "Mrs Ellison will arrange a daily 'meet and greet' with me by Mrs Ellison / TA"
        doer = body.split(" will ", 1)[0]
        if " will " in body and doer:
            body = re.sub(rf"\s+by {re.escape(doer)}(?:\s*/\s*[\w ]+?)?(?=[,;.]|$)", "", body)
        parts = re.split(r";\s+|:\s+|\s[-–]\s", body)
        # a referral, said as what it is for me (the reader30 chair: "Mrs Lloyd will
        # have request for help from the speech and language therapy with me")
        asked = _ASKED.match(parts[0])
        if asked and listed("grown_ups_services").search(asked.group(2)):
            continue  # a grown-up's own help is never "to help me"
        parts[0] = _ASKED.sub(r"\1 will ask the \2 team to help me", parts[0])
        direct = _DIRECT.match(parts[0])
        # a grown-up's own work (tests, drinking, their home) is never turned "for me"
        own_work = own and not listed("grown_ups_work").search(parts[0])
        if (
            own_work
            and direct
            and not is_childs_action(parts[0])
            and not GROWN_UPS.search(parts[0])
        ):
            parts[0] = f"{direct.group(1)} will have {direct.group(2)} with me"
        elif own_work and (done := _FOR_ME.match(parts[0])) and not GROWN_UPS.search(parts[0]):
            # "arrange a reading assessment and small-group reading support": for me
            parts[0] = f"{done.group(0).rstrip(' ,')} for me"
        keep = is_childs_action(parts[0])
        if keep and not kept:  # "X will also ..." after a part that was left out
            parts[0] = re.sub(r"\bwill also\b", "will", parts[0])
        if keep:
            body = "; ".join([parts[0], *(p for p in parts[1:] if is_childs_action(p))])
            kept.append(body.rstrip(" ,;") + ".")
    return " ".join(kept)
