"""Where a glossary term stays as written, inside a phrase whose meaning its plain words
would change: the "words we use" box explains it instead.

A held-out reader (stop 32) found four such swaps, each worse than the jargon:

- a term used as a modifier: "MARAC high risk" -> "safety meeting for people at high
  risk of abuse high risk";
- a term that names a thing done to someone, with the doing beside it: "a CAWN served on
  Dale" -> "police warning to stay away from a child served on Dale" (and "Serve a CAWN
  on Smokey": "... from a child on Smokey");
- a term that is the subject of learning: "Paul to understand CSE" -> "Paul will
  understand being tricked or forced into sexual acts" (read as learning how to do it),
  "a session for parents on CSE";
- a term inside a job title or a team's name: "Police Officer (Online CSE)" ->
  "(Online being tricked or forced into sexual acts)".

Only plain words of more than one word are held back here: a one-word swap
("HV" -> "health visitor") fits wherever the term stood.
"""

from __future__ import annotations

import re

# "MARAC high risk", "CSE medium-risk": a grading after the term makes it a modifier
_GRADED_AFTER = re.compile(
    r"\s+(?:very\s+)?(?:high|medium|low|standard|significant|moderate|raised|serious)"
    r"[\s-]+(?:risk|risks|level|concern|concerns)\b",
    re.I,
)
# "CAWN served on", "CSE concerns raised": a past participle hangs on the term's noun;
# plain words that end in a phrase of their own would take it ("... from a child served")
_DONE_TO_AFTER = re.compile(
    r"\s+(?:served|issued|signed|granted|breached|renewed|lifted|withdrawn|obtained)\b"
)
# "Serve a CAWN on Smokey": the notice's person hangs on the verb, not on "a child"
_SERVED_BEFORE = re.compile(r"\b(?:serve|serves|served|serving)\s+(?:an?\s+|the\s+)?$", re.I)
_ON_AFTER = re.compile(r"\s+on\b")
_PHRASE = re.compile(r"\b(?:of|on|for|to|with|about|at|in|by|from|into|that|who)\b", re.I)
# "understand CSE", "learn about CSE", "a session for parents on CSE", "awareness of CSE":
# what is learned keeps its name (plain words here say what is done, not what is learned)
_LEARNED_BEFORE = re.compile(
    r"\b(?:understand(?:s|ing)?|understood|learn(?:s|t|ed|ing)?\s+(?:about|on)|"
    r"(?:session|sessions|training|course|courses|work|workshop|group|programme|"
    r"education|information|advice|leaflet|leaflets|talk|talks|talking|awareness)"
    r"(?:\s+for\s+(?:\w+\s+){0,3}?\w+)?\s+(?:on|about|around|of)|"
    r"aware\s+of|awareness\s+of|knowledge\s+of|recogni[sz]e|recogni[sz]ing|"
    r"signs\s+of|risks\s+of|dangers\s+of)\s+(?:the\s+)?$",
    re.I,
)
# a capitalised word just before an abbreviation, not starting a sentence: part of a
# title or a team ("Online CSE", "Police CSE", "Family CAWN"); after "(", "," or "-" too
_TITLE_WORD_BEFORE = re.compile(r"(?:^|[(,/–—-]\s*|\s)([A-Z][a-z]+)\s+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n)$")


def kept_in_place(text: str, start: int, end: int, original: str, plain: str) -> bool:
    """Whether the term ``original`` at ``text[start:end]`` stays as written: its plain
    words (of more than one word) would change what the phrase says."""
    if " " not in plain.strip():
        return False
    before = text[max(0, start - 60) : start]
    if _GRADED_AFTER.match(text, end) or _LEARNED_BEFORE.search(before):
        return True
    served = _SERVED_BEFORE.search(before) and _ON_AFTER.match(text, end)
    done_to = _DONE_TO_AFTER.match(text, end) or served
    if done_to and _PHRASE.search(plain):
        return True
    return original.isupper() and _in_title(text, start)


def _in_title(text: str, start: int) -> bool:
    """An abbreviation after a capitalised word that does not start a sentence."""
    title = _TITLE_WORD_BEFORE.search(text, 0, start)
    if title is None:
        return False
    at = title.start(1)
    return at > 0 and not _SENTENCE_START.search(text[:at])
