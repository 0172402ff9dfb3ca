"""What will be better for me, said as a goal and never as a fact: "I will be ...",
"Mum will see ...", "My health needs will be met"; and an outcome that is a service (a
referral, an assessment) said as part of my plan, not as a change for me (the reader29
chair: "Mum and Dad meet my basic needs", "I no longer wash and dress Mum", "Short
breaks assessment completed.")."""

from __future__ import annotations

import re

from plangen.family.verbs import verbs
from plangen.family.voice import Household


def as_goal(text: str, who: Household) -> str:
    """What will be better, said as a goal and never as a fact (the reader29 chair:
    "Mum and Dad meet my basic needs", "I am safe from abuse at home"): each sentence
    whose subject is me or a grown-up in my family and whose verb is in the present
    takes "will" ("I will be safe ...", "Mum and Dad will look after me ...")."""
    family = [n for r in who.relatives for n in (r.called, r.first) if n]
    family += ["Mum", "Dad", "Mum and Dad", who.parents_as_child_says]
    whom = "|".join(re.escape(n) for n in sorted(set(family), key=len, reverse=True))
    plain = verbs()

    def goal(found: re.Match[str]) -> str:
        subject, verb, rest = found.group(1), found.group(3), found.group(4)
        before = found.group(2) or ""  # "I no longer wash and dress Mum"
        if before:
            base = verb if verb in plain else _singular(verb)
            return f"{subject} will {before}{base} {rest}" if base else found.group(0)
        if verb in ("am", "is", "are"):  # "I am never asked": "I will never be asked"
            adverb = re.match(r"(?:not|never|always|still|no longer) ", rest)
            said = f"{adverb.group(0)}be {rest[adverb.end() :]}" if adverb else f"be {rest}"
            return f"{subject} will {said}"
        if subject != "I" and re.search(r"\band (?:has|is|does|was|[a-z]+[^s\W]s)\b", rest):
            return found.group(0)  # "Mum keeps ... and has": one voice, as written
        base = verb if verb in plain else _singular(verb)
        if base in ("say", "tell", "score", "rate"):  # what I say shows it: as written
            return found.group(0)
        if not base or re.match(r"(?:been|got|had)\b", rest):  # "I have been": as written
            return found.group(0)
        return f"{subject} will {base} {rest}"

    if any(name in text for name in who.child_names):  # the worker's words, whole
        return text
    # "Mum to see her family doctor about her mood": the worker's note, as a goal
    text = re.sub(
        rf"(?:^|(?<=\. ))({whom}) to ([a-z]+)\b",
        lambda m: f"{m.group(1)} will {m.group(2)}" if m.group(2) in plain else m.group(0),
        text,
    )
    text = re.sub(
        rf"(?:^|(?<=\. ))(I|{whom}) ((?:no longer|never|always|still) )?([a-z]+) (\S.*?)(?=$|\. )",
        goal,
        text,
    )

    # "My health needs are met" (Oli's version): "My health needs will be met"; "... and
    # I feel safe at home" in the same sentence: "and I will feel"
    def my_goal(found: re.Match[str]) -> str:
        rest = re.sub(
            r"\band I ([a-z]+)\b",
            lambda m: f"and I will {m.group(1)}" if m.group(1) in plain else m.group(0),
            found.group(2),
        )
        return f"{found.group(1)} will be {rest}"

    return re.sub(
        r"(?:^|(?<=\. ))(My(?: [a-z]+){1,3}) (?:is|are) (?!going\b)([^.]*)", my_goal, text
    )


# an outcome that is a service, not a change for me (the reader29 chair: "Request for
# help from Occupational Therapy for equipment and adaptations." and "Short breaks
# assessment completed." under "What will be better for me", for Oli, 8)
_ASKED = re.compile(
    r"^(?:a )?(?:request for help|referral) (?:from|to) (.+?)(?: for (.+?))?\.?$", re.I
)
_ASSESSED = re.compile(r"^(.+?\bassessment)(?: is)? (?:completed|done|carried out)\.?$", re.I)


def as_part_of_my_plan(text: str) -> str:
    """ "Part of my plan is asking Occupational Therapy for help with equipment ...",
    "Part of my plan is a short breaks assessment.", or "" for any other outcome."""
    if asked := _ASKED.match(text):
        what = f" with {asked.group(2)}" if asked.group(2) else ""
        return f"Part of my plan is asking {asked.group(1)} for help{what}."
    if assessed := _ASSESSED.match(text):
        thing = assessed.group(1)
        if re.match(r"I\b", thing):  # turned already: "I will have an early help assessment"
            return f"Part of my plan is that {thing}."
        thing = thing[:1].lower() + thing[1:] if thing[1:2].islower() else thing
        article = "an" if thing[:1].lower() in "aeiou" else "a"
        return f"Part of my plan is {article} {thing}."
    return ""


def _singular(verb: str) -> str:
    """ "meets" -> "meet", "goes" -> "go", "tries" -> "try"."""
    for ending, base in (("ies", "y"), ("es", ""), ("s", "")):
        if verb.endswith(ending) and (stem := verb[: -len(ending)] + base) in verbs():
            return stem
    return ""
