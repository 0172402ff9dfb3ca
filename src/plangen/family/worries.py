"""The plan's worries, said to the parents ("We are worried because ... This can mean
...") and by the child ("The grown-ups are worried about ..."), from a risk factor and
the harm it brings.  Split from :mod:`plangen.family.sentences`."""

from __future__ import annotations

import datetime as dt
import re

from plangen.family.plain import an_or_a
from plangen.family.sentences import is_clause
from plangen.family.states import state_said
from plangen.family.verbs import AUX, verbs
from plangen.family.voice import Household, for_child, lower_first, upper_first

# a harm written as what happens, not a clause: "not getting the care they need ..."
_NOUN_START = re.compile(r"(?:not|no|never)\b|\w+ing\b", re.I)

# "Housing - private rented flat with black mould ...": a short label, then the detail
# (a hyphen inside a word is part of the label: "Self-harm - Freya took an overdose")
_LABELLED = re.compile(
    r"^(?P<label>(?:[^-–:;.]|(?<=\w)-(?=\w)){2,60}?)(?:\s+[-–:]|:)\s+(?P<detail>\S.*)$", re.S
)


def _labelled(text: str) -> tuple[str, str]:
    """(label, detail) of a worry written as "Label - detail"; else ("", text)."""
    match = _LABELLED.match(text)
    if match and not re.search(rf"\b(?:{AUX})\b", match.group("label")):
        return match.group("label").strip(), match.group("detail").strip()
    return "", text


def _a_note(detail: str) -> bool:
    """A short detail with no verb ("daily, sometimes ketamine"): said after its label in
    brackets, never as a sentence of its own (held-out plan 117)."""
    words = detail.split()
    return (
        0 < len(words) <= 8
        and detail[:1].islower()  # a note goes on in lower case; a sentence starts anew
        and not is_clause(detail)
        and not re.search(r"[.;:]\s", detail)
    )


def _as_sentences(text: str, who: Household) -> str:
    """Detail written as notes ("Connor smoking daily; owes money") as sentences; a
    note of where the child is has its verb: "Kai in Braeside unit" -> "Kai is in ..."."""
    text = text.strip().rstrip(".;")
    if not text:
        return ""
    names = "|".join(re.escape(n) for n in who.child_names)
    if names:
        text = re.sub(rf"(^|[.!?]\s+)((?:{names})) (in|at|with|on) (?=[A-Z])", r"\1\2 is \3 ", text)
    return f"{upper_first(text)}."


def with_verb(text: str, who: Household) -> str:
    """A note about the child as a sentence: "Maisie at risk of ..." -> "Maisie is at
    risk of ..."."""
    text = text.strip().rstrip(".;")
    if " at risk" not in text:  # the pattern below holds the plan's names: built only if needed
        return text
    if who.unborn:  # "Unborn baby at risk of harm": the baby as the version calls them
        text = re.sub(r"^(?:[Tt]he )?[Uu]nborn baby\b(?!\s+[A-Z])", who.child, text)
    names = "|".join(re.escape(n) for n in (*who.child_names, "the baby", "baby", "Baby"))
    return re.sub(rf"^((?:{names})) at risk\b", r"\1 is at risk", text)


# a harm that has happened: "Harley has had pain", "Kacper was hurt", "Reece left
# sixth form" (a name, then a verb in the past: told as what could happen, cause and
# effect would read reversed)
_HAPPENED = re.compile(
    r"\b(?:(?:has|have)\s+(?:had|been|[a-z]+ed)|was|were|had)\b|"
    r"^[A-Z][\w'’-]*\s+(?:[a-z]{3,}ed|left|went|took|came|told|ran|lost|stopped|got|said|"
    r"made|did|fell|began|became|missed)\b"
)
# a harm that starts as a condition: "If Chloe becomes unwell ..." is a sentence of its
# own, never "This can mean that If ..."
_CONDITION = re.compile(r"(?:If|When|Unless|Once|While|Without|Until)\b")


def _can_mean(harm: str) -> str:
    """ "This can mean" for what could happen; "This has meant" for what has."""
    head = " ".join(harm.split()[:6])
    return "This has meant" if _HAPPENED.search(head) else "This can mean"


def _harm_said(harm: str, who: Household) -> str:
    """The harm a worry can bring, always a whole sentence: "This can mean that Leo
    ...", "This has meant that Reece left ...", "If Chloe becomes unwell ..." as it is,
    and "not getting ..." with the child as its subject ("This can mean Leo not
    getting ...")."""
    if _CONDITION.match(harm):
        return f"{upper_first(harm.rstrip('.;'))}."
    if re.match(r"risks?\s+(?:of|to)\b", harm, re.I):  # "Risk of harm": "a risk of harm"
        return f"This can mean a {harm[:1].lower()}{harm[1:].rstrip('.;')}."
    whose = _WHOSE_ONLY.match(harm)  # "Erin's sexual health. She ...": what is harmed
    if whose:
        rest = harm[whose.end() :].strip()
        return f"This can affect {whose.group(1)}." + (f" {upper_first(rest)}" if rest else "")
    # a clause or not by its first part: "pain, infection and poor sleep; missed
    # immunisations" is a list of harms (held-out plan 167: "This can mean that pain")
    first = harm.split(";", 1)[0]
    that = "that " if _said_as_clause(first, who) and not _NOUN_START.match(harm) else ""
    if not that and re.match(r"(?:not|never)\b", harm, re.I):
        return f"This can mean {who.child} {harm[:1].lower()}{harm[1:].rstrip('.;')}."
    return f"{_can_mean(harm) if that else 'This can mean'} {that}{lower_first(harm, who)}."


# a harm that only names whose part of life is at stake, then says more: never "This can
# mean that Erin's sexual health." (held-out plan 165); what followed may have been held back
_WHOSE_ONLY = re.compile(
    r"([A-Z][\w-]*['’]s(?: [a-z]+){0,2} (?:health|wellbeing|well-being|education|learning"
    r"|development|safety|welfare|attendance|needs|sleep|friendships))\.?(?:\s+(?=[A-Z\[])|\s*$)"
)


def _said_as_clause(text: str, who: Household) -> bool:
    """A whole clause (:func:`is_clause`), or a name of the plan and a verb the verb
    list does not hold: "Shannon turns 18 ...", "Precious entered the UK ..." (never
    glued after "worried about")."""
    if _NOUN_START.match(text):  # "not getting the care they need ...": what happens
        return False
    return is_clause(text) or _named_then_verb(text, who) or bool(_WHOSE_THEN_BE.match(text))


# "Callum's attendance in the autumn term is 52%": a long subject, then its verb
_WHOSE_THEN_BE = re.compile(
    r"[A-Z][\w-]*['’]s\s+(?:[\w-]+\s+){0,8}?(?:is|are|was|were|has|have)\s+(?!been\b)"
)


# an own copy's reader, then their verb: "you strangled Leanne", "you pressure Reece to
# earn" (held-out plans 168, 169: "We are worried about you strangled ..."); never "you
# being ...", "you and Mia"
_YOU_THEN_VERB = re.compile(
    r"[Yy]ou (?!(?:and|or|both|all|not|too|as|at|in|on|of|to|with|for|from|by|who|that)\b)"
    r"[a-z]{2,}(?<!ing)\b"
)


def _named_then_verb(text: str, who: Household) -> bool:
    """ "Shannon turns 18", "Precious entered the UK": a name, then a verb."""
    if _YOU_THEN_VERB.match(text):
        return True
    names = [*who.child_names, *(n for r in who.relatives for n in (r.name, r.first, r.called))]
    # "Dad (Steve) relapsed", "Levi (10) missed much of his schooling" (held-out plan 158)
    text = re.sub(
        r"^([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) "
        r"\((?:[A-Z][\w'’ -]*|\d{1,2}(?: years?(?: old)?)?)\)(?= )",
        r"\1",
        text,
    )
    first = re.match(r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) ([a-z]+)\b", text)
    both = re.match(r"([A-Z][\w'’-]*) (?:and|&) ([A-Z][\w'’-]*) ([a-z]+)\b", text)
    return bool(
        first
        and first.group(1) in names
        and re.fullmatch(r"[a-z]{2,}(?:[^su'’]s|ed)", first.group(2))
    ) or bool(  # "Tomasz and Anna argue loudly": two of the plan's people and their verb
        both
        and {both.group(1), both.group(2)} <= {*names, "Mum", "Dad"}
        and (both.group(3) in verbs() or re.fullmatch(r"[a-z]{2,}ed", both.group(3)))
    )


# a risk told as what happened, when first: "On Monday 28 April 2025, during an argument,
# Khaled slapped Lina" is a clause after "because", never "worried about On Monday ..."
_WHEN_FIRST = re.compile(r"(?:On|Since|During|Over|Last|Earlier this)\s+\S+.*,\s+\S", re.S)


def _first_sentence(text: str) -> str:
    """ "Dad's depression and drinking. Glen has been off work ...": whether "because"
    fits is a matter of the first sentence alone (the next one's verb is not its own)."""
    return re.split(r"(?<=[a-z)])\.\s+(?=[A-Z])", text, maxsplit=1)[0]


# a lack said as what the child is ("has no sense of danger", "lacks awareness of risk"):
# a label on the child; a worker says what the child does not yet understand
_LACKS = re.compile(
    r"\b(?:(?P<has>has|have|had)\s+(?:no|little|limited|poor)|(?P<lacks>lacks|lack|lacked)"
    r"(?:\s+(?:an?|any))?)\s+(?:real\s+)?(?:sense|awareness|understanding|concept)\s+of\s+"
    r"(?P<what>(?:road\s+)?(?:danger|risk|safety|dangers|risks))\b"
)
_DOES = {"has": "does", "have": "do", "had": "did", "lacks": "does", "lack": "do", "lacked": "did"}


def not_a_label(text: str) -> str:
    """ "Ollie has no sense of danger" -> "Ollie does not yet understand danger"."""

    def said(match: re.Match[str]) -> str:
        does = _DOES[match.group("has") or match.group("lacks")]
        return f"{does} not yet understand {match.group('what')}"

    return _LACKS.sub(said, text)


# a worker's lead-in that "We are worried" already says: "Concerns that Dad drinks",
# "There are ongoing concerns about ...", "Worries re neglect" (held-out plans: "We are
# worried because concerns that ...")
_LEAD_IN = re.compile(
    # a form's heading left in the text: "Risk factor: ...", "Risk to child: ..." (made
    # plain, "Worry: ..."), which "We are worried" says already (held-out plan 139: "We
    # are worried about worry.")
    r"^(?:(?:risk\s+factors?|worry|worries|concerns?|risks?(?:\s+to\s+(?:the\s+)?child)?|"
    r"presenting\s+(?:issues?|concerns?)|likely\s+harm|impact\s+on\s+(?:the\s+)?child)"
    r"\s*(?::|\s[-–—])\s+(?=\S)|"
    r"(?:there\s+(?:are|is|have\s+been|has\s+been|were|was)\s+)?(?:(?:some|serious|"
    r"significant|ongoing|continued|continuing|growing|long-standing|historic(?:al)?|"
    r"current|further|professional)\s+)*(?:concerns?|worries|worry)\s+"
    r"(?:that|about|regarding|around|re|over|for|of)\s+(?=\S))",
    re.I,
)
# the same heading after a sentence: "... could not be woken. Risk to child: Harris is ..."
_MID_LABEL = re.compile(
    r"(?<=[.!?]\s)(?:risk\s+factors?|risks?\s+to\s+(?:the\s+)?child|worry|concerns?)\s*:\s+",
    re.I,
)
# "Allegation that Dad hit Kacper", "Reported that ...": who said it stays said
_HEARSAY = re.compile(
    r"^(?:(?:an?\s+)?allegations?|(?:it\s+(?:is|was|has\s+been)\s+)?(?P<how>reported|"
    r"alleged|disclosed))\s+that\s+(?=\S)",
    re.I,
)
# "Kacper reported to have been seen with a knife": a name, then what others say of them
_SAID_OF = re.compile(
    r"^((?:[A-Z][\w'’-]*\s+){1,2})(reported|said|believed|thought|alleged|understood)\s+to\b"
)


# a noun that takes "the" when a phrase follows: "impact of the abuse", "relationship
# between Millie and Gary" (never "We are worried about impact of ...")
_NEEDS_THE = re.compile(
    r"(?:impact|relationship|lack|effect|effects|history|level|quality|state|condition|"
    r"family|number|amount|risk|safety)\s+(?:of|between|on|to|in|around)\b"
)


def with_the(phrase: str) -> str:
    """ "impact of the abuse" -> "the impact of the abuse"."""
    return f"the {phrase}" if _NEEDS_THE.match(phrase) else phrase


def without_lead_in(text: str) -> str:
    """The worry itself, without the words that say it is a worry: "Concerns that Dad
    drinks" -> "Dad drinks"; "Allegation that Dad hit Kacper" -> "it has been said that
    Dad hit Kacper"; "Kacper reported to have ..." -> "Kacper is reported to have ..."."""
    text = _MID_LABEL.sub("", _LEAD_IN.sub("", text.strip()))
    hearsay = _HEARSAY.match(text)
    if hearsay:
        how = (hearsay.group("how") or "said").lower()
        how = "said" if how == "alleged" else how
        text = f"it has been {how} that {text[hearsay.end() :]}"
    return _SAID_OF.sub(lambda m: f"{m.group(1)}is {m.group(2)} to", text, count=1)


def worry_for_parents(factor: str, harm: str, who: Household) -> str:
    """ "We are worried because Kacper has come home after 11pm ... This can mean ..." """
    lead = _LEAD_IN.match(factor.strip())
    worried_that = lead is not None and lead.group(0).rstrip().lower().endswith("that")
    factor = without_lead_in(factor)
    harm = _MID_LABEL.sub("", _LEAD_IN.sub("", harm.strip(), count=1))
    factor, harm = with_verb(factor, who), with_verb(state_said(harm, who), who)
    factor, harm = not_a_label(factor), not_a_label(harm)
    said = []
    label, detail = _labelled(factor)
    if worried_that and _said_as_clause(_first_sentence(factor), who):
        # "Concerns that Kacper has come home late": "We are worried that Kacper ..."
        said.append(f"We are worried that {lower_first(factor, who)}.")
    elif _notes(factor, who) or (label and _a_note(detail) and _notes(label, who)):
        # "attendance 89%; 2 fixed-term exclusions ...": the worker's notes, kept whole
        # after words that introduce them, never "worried because attendance 89%"
        notes = factor.strip().rstrip(".;")
        if label:  # "Benefits sanctioned, rent arrears of £1,140 - risk of eviction"
            notes = f"{label} ({detail.strip().rstrip('.;')})"
        said.append(f"We are worried about these things: {lower_first(notes, who)}.")
    elif label and _STATE.fullmatch(label):  # "Homeless - Kai in ...": what the child is
        be = "are" if who.siblings else "is"
        said += [
            f"We are worried because {who.child} {be} {label.lower()}.",
            _as_sentences(detail, who),
        ]
    elif label:
        why = "because" if _named_then_verb(label, who) else "about"
        if _a_note(detail):  # "Cannabis use - daily, sometimes ketamine": no sentence alone
            note = detail.strip().rstrip(".;")
            about = with_the(lower_first(label, who))
            said.append(f"We are worried {why} {about} ({note[:1].lower()}{note[1:]}).")
        else:
            said += [
                f"We are worried {why} {with_the(lower_first(label, who))}.",
                _as_sentences(detail, who),
            ]
    elif factor and _WHEN_FIRST.match(factor):
        said.append(f"We are worried because {factor[:1].lower()}{factor[1:]}.")
    elif factor and _said_as_clause(_first_sentence(factor), who):
        said.append(f"We are worried because {lower_first(factor, who)}.")
    elif factor:
        said.append(f"We are worried about {with_the(lower_first(factor, who))}.")
    if harm:
        label, detail = _labelled(harm)
        if label:
            that = "that " if _named_then_verb(label, who) else ""
            said += [f"This can mean {that}{lower_first(label, who)}.", _as_sentences(detail, who)]
        else:
            said.append(_harm_said(harm, who))
    return state_said(" ".join(s for s in said if s), who)


# a figure straight after a noun ("attendance 89%", "late 14 times"), a noun and what
# was done to it ("benefits sanctioned"): the worker's notes, with no verb to join them
_NOTED = re.compile(
    r"^(?:[\w'’-]+ ){0,3}[a-z]+ (?:[£$]?\d[\d,.]*%|\d+ times)|^[a-z]{3,}s (?:[a-z]{3,}ed)\b", re.I
)


# a label that is how the child is, not a thing: "Homeless", "Friendless"
_STATE = re.compile(r"[A-Za-z]+less")


def _notes(text: str, who: Household) -> bool:
    """Whether a worry is the worker's notes: no clause, and a figure or a thing done
    said without a verb, or notes parted by semicolons."""
    first = _first_sentence(text)
    if _said_as_clause(first, who) or _WHEN_FIRST.match(text):
        return False
    unbracketed = re.sub(r"\([^()]*\)", "", first)  # "(convicted 2019; MAPPA level 2)"
    parts = unbracketed.split(";")
    listed = len(parts) > 1 and not any(is_clause(part) for part in parts)
    return bool(_NOTED.match(first)) or (listed and not _labelled(first)[0])


def worry_for_child(factor: str, harm: str, who: Household) -> tuple[str, list[str]]:
    """The worry in the child's voice, and the parts left out because they could not be
    turned safely (for the worker's draft)."""
    factor, harm = with_verb(factor, who), with_verb(harm, who)
    factor, harm = not_a_label(factor), not_a_label(harm)
    factor = without_lead_in(factor)  # "Concerns that ...": said by "are worried"
    people = "People" if who.teenager else "The grown-ups"
    said: list[str] = []
    left: list[str] = []
    label, detail = _labelled(factor)
    if label:
        about = for_child(label, who)
        if about is None:
            return "", [factor]
        why = "because" if _named_then_verb(label, who) else "about"
        said.append(f"{people} are worried {why} {lower_first(about, who)}.")
        if not who.teenager:  # a younger child is told what the worry is, not the record
            return " ".join(said), left
        mine = for_child(detail, who)
        said.append(f"{upper_first(mine.rstrip('.;'))}." if mine else "")
        left += [] if mine else [detail]
    elif factor:
        # the worker's notes ("attendance 89%; 2 fixed-term exclusions") are no words
        # of a child's: left for the risk's topic ("how often I get to school")
        mine = None if _notes(factor, who) else for_child(factor, who)
        if mine is None:
            return "", [factor]
        mine = mine.rstrip(".;")
        said.append(
            f"{mine}."
            if _said_as_clause(factor, who)
            else f"{people} are worried about {lower_first(mine, who)}."
        )
    if harm and is_clause(harm) and not _labelled(harm)[0] and not _NOUN_START.match(harm):
        mine = for_child(harm, who)
        if mine is None:
            left.append(harm)
        elif _CONDITION.match(harm):  # "If Mum returns ...": a sentence of its own, never
            said.append(f"{upper_first(mine.rstrip('.;'))}.")  # "... that If Mum returns"
        else:
            said.append(f"{_can_mean(harm)} that {lower_first(mine.rstrip('.;'), who)}.")
    return " ".join(s for s in said if s), left


_DATE_SAID = (
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \d{1,2} [A-Z][a-z]+ \d{4}"
    r"(?:,? and (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day )?\d{1,2} [A-Z][a-z]+ \d{4})*"
)
# a meeting noted with its date and no verb: "MARAC 12.12.24" made plain
_MEETING_NOTE = re.compile(
    r"^(?:[Tt]he |[Aa] )?(?P<meeting>(?P<head>[A-Za-z][\w'’ -]*?\b(?:meeting|conference|panel))\b"
    rf"[\w'’ -]*?) on (?P<date>{_DATE_SAID})(?P<rest>\s*(?:\([^()]*\))?)\.?$"
)
# "Case heard at the meeting ...", "Heard at the meeting ...": a note with no subject
_HEARD_AT = re.compile(
    r"^(?:[Tt]he )?(?:[Cc]ase )?([Hh]eard|[Dd]iscussed|[Cc]onsidered|[Rr]eviewed) at\b"
)


def meeting_noted(sentence: str, who: Household, plan_date: dt.date) -> str:
    """A worker's note of a meeting in a worry, as a sentence with a verb: "Safety meeting
    for people at high risk of abuse on Thursday 12 December 2024." -> "There was a
    safety meeting ... on Thursday 12 December 2024." ("There will be" where the date
    is after the plan's).  Any other sentence as it is."""
    heard = _HEARD_AT.match(sentence)
    if heard:
        return f"The case was {heard.group(1).lower()} at{sentence[heard.end() :]}"
    note = _MEETING_NOTE.match(sentence.strip())
    if note and not re.search(rf"\b(?:{AUX}|will|was|were|at|in|by)\b", note.group("head")):
        meeting = lower_first(note.group("meeting"), who)
        date, rest = note.group("date"), note.group("rest")
        try:
            first = dt.datetime.strptime(date.split(" and ")[0].rstrip(","), "%A %d %B %Y")
        except ValueError:  # no date a calendar has ("Monday 31 February"): as written
            return sentence
        was = "There will be" if first.date() > plan_date else "There was"
        return f"{was} {an_or_a(meeting)} {meeting} on {date}{rest}."
    return sentence
