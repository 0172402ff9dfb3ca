"""The main worry of each risk in "Why I have a plan", said even when its detail is
not (``child.toml`` "main_worries"): a teenager is told what the worry is, in their
own terms ("My helpers are worried that adults are using me to carry or sell drugs"),
a younger child a gentler line; the amounts, charges and dates stay in the family and
formal versions.  A risk with nothing that can be said is named in the worker's draft,
never silently missing (the readers: Mason, 16, on a plan for criminal exploitation,
was told only about his education)."""

from __future__ import annotations

import re
from functools import cache

from plangen.family.child_who import Band, child_data
from plangen.family.split import split_sentences
from plangen.family.voice import Household
from plangen.model import Risk

# "Mum", "Dad" said of a parent the plan calls "mother", "father"
_KIN = {"Mum": r"mother|mum|mummy|mam", "Dad": r"father|dad|daddy"}
_WINDOW = 40  # how far before the worry a family member is taken to be its subject


@cache
def _rules() -> list[dict[str, object]]:
    rules = child_data()["main_worries"]
    assert isinstance(rules, list)
    return [{**rule, "re": re.compile(rule["pattern"], re.I)} for rule in rules]


def _whose(text: str, start: int, who: Household) -> str:
    """The family member the worry at ``start`` is about, as the child calls them: one
    named just before it, in the same sentence ("Dad relapsed on heroin"); else ""."""
    before = re.split(r"[.;]\s", text[max(0, start - _WINDOW) : start])[-1]
    best, at = "", -1
    for relative in who.relatives:
        names = [n for n in (relative.name, relative.first, relative.called) if n]
        kin = _KIN.get(relative.called, "")
        pattern = "|".join([*(re.escape(n) for n in names), *([kin] if kin else [])])
        for found in re.finditer(rf"\b(?:{pattern})\b", before, re.I):
            if found.start() > at:
                best, at = relative.called or relative.first, found.start()
    return best


def main_worries(risk: Risk, who: Household, band: Band) -> list[tuple[str, re.Pattern[str], bool]]:
    """The risk factor's main worries (at most two), each said after "<people> are
    worried", with the pattern that found it and whether the risk's own label ("CCE -
    ...", "Housing: ...") names it."""
    text = risk.risk_factor
    label = re.split(r"\s[-–]\s|:\s", text, maxsplit=1)[0]
    said: list[tuple[str, re.Pattern[str], bool]] = []
    for rule in _rules():
        pattern = rule["re"]
        assert isinstance(pattern, re.Pattern)
        found = pattern.search(text)
        if not found or (rule.get("alone") and said):
            continue
        line = str(rule["teen" if band is Band.TEEN else "young"])
        if rule.get("whose"):
            whose = _whose(text, found.start(), who)
            if not whose:
                continue  # the child's own, or someone not of the family: not said so
            line = line.format(whose=whose)
        if all(line != known for known, _, _ in said):
            named = pattern.search(label) or re.search(str(rule.get("label", "(?!)")), label, re.I)
            said.append((line, pattern, bool(named) and len(label) < len(text)))
        if len(said) == 2:
            break
    return said


_WORRIED = re.compile(r"^(?:People|My helpers|The grown-ups) are worried\b")
_LABEL_LINE = re.compile(r"^(?:People|My helpers|The grown-ups) are worried (?:about|because)\b")


def with_main_worry(
    worry: str, risk: Risk, who: Household, band: Band, people: str, said_before: set[str]
) -> str:
    """``worry`` (possibly empty) with the risk's main worries said.  A teenager's: in
    place of a first sentence that only named the risk's label, before a worry that
    opens on what happened, or after its first sentence.  A younger child's gentler
    line: only when nothing else of the risk could be said.  A worry already said, in
    this risk or one before it (``said_before``, added to), is not said again."""
    mains = [main for main in main_worries(risk, who, band) if main[0] not in said_before]
    said_before.update(line for line, _, _ in mains)
    sentences = [s.strip() for s in split_sentences(worry) if s.strip()] if worry else []
    if not sentences:
        return " ".join(
            f"{people} are {'also ' if n else ''}worried {line}."
            for n, (line, _, _) in enumerate(mains)
        )
    if band is not Band.TEEN:  # a younger child hears what the worker's lines say
        return worry
    subject = re.match(r"^(People|My helpers|The grown-ups) are worried\b", sentences[0])
    people = subject.group(1) if subject else people  # one subject through the worry
    at = 0  # where the next main worry goes
    for line, pattern, in_label in mains:
        if at == 0 and in_label and _LABEL_LINE.match(sentences[0]):
            sentences[0] = f"{people} are worried {line}."  # the label, in my terms
        elif pattern.search(" ".join(sentences)):
            continue  # already said in the child's lines
        elif at == 0 and not _WORRIED.match(sentences[0]):
            sentences.insert(0, f"{people} are worried {line}.")  # why, before what happened
        else:
            at = max(at, 1)
            sentences.insert(at, f"{people} are also worried {line}.")
        at += 1
    return " ".join(sentences)


def whole_sentences(worry: str) -> str:
    """A harm left as a fragment in lower case ("... going missing. risk to my health
    and to my emotional wellbeing.") said as what it can mean."""
    # never a sentence in lower case (not after "e.g.": a word of four letters ends it)
    worry = re.sub(r"(?<=[a-z]{4}[.!?])\s+(?=[a-z])", " This can mean ", worry)
    worry = re.sub(r"\bThis can mean (risk|danger)\b", r"This can mean a \1", worry)
    out = []
    for sentence in split_sentences(worry):
        sentence = sentence.strip()
        if sentence[:1].islower():
            sentence = "This can mean " + re.sub(r"^(risk|danger)\b", r"a \1", sentence)
        # "pushes Millie towards" turned "pushes my towards": "my" before a preposition
        # is the child as an object, "me"
        sentence = re.sub(
            r"\bmy(?= (?:towards|into|away|out of|back to|onto|at|with|from)\b(?!-))",
            "me",
            sentence,
        )
        out.append(sentence)
    return " ".join(s for s in out if s)


def main_topic(risk_factor: str, table: str = "main_topics") -> tuple[str, str]:
    """(the pattern that found it, what a risk is about in a child's words) from
    ``child.toml`` ``table``, or ("", "")."""
    topics = child_data()[table]
    assert isinstance(topics, dict)
    return next(
        (
            (pattern, str(said))
            for pattern, said in topics.items()
            if re.search(pattern, risk_factor, re.I)
        ),
        ("", ""),
    )


def alone_topic(risk: Risk, whole: Risk) -> str:
    """What a risk none of which could be said is about (``main_topics_alone``), from
    its cause, its cause before anything was held back (``whole``), then its harm;
    "" if none names it."""
    texts = (risk.risk_factor, whole.risk_factor, risk.risk_to_child)
    return next((t for text in texts if (t := main_topic(text, "main_topics_alone")[1])), "")
