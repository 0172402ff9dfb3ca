"""Why I have a plan and what will be better, in the child's voice: each worry about
the child, each outcome pitched to the child's age, with how far it has got."""

from __future__ import annotations

import re
from functools import cache

from plangen.family.capitals import capitalised
from plangen.family.child_actions import is_childs_action
from plangen.family.child_carers import cared_for_by
from plangen.family.child_goals import as_goal, as_part_of_my_plan
from plangen.family.child_main_worries import (
    alone_topic,
    main_topic,
    main_worries,
    whole_sentences,
    with_main_worry,
)
from plangen.family.child_subjects import with_its_subject
from plangen.family.child_text import (
    Notes,
    for_age,
    me_as_subject,
    private,
    sentences_for_child,
    whole_for_child,
    without_private,
)
from plangen.family.child_told import grown_ups_part, without_fragments
from plangen.family.child_who import Band, child_data
from plangen.family.context import plainly
from plangen.family.plain import Glossary
from plangen.family.sentences import achieved, is_clause, shorter
from plangen.family.split import split_sentences
from plangen.family.verbs import finite, verbs
from plangen.family.voice import Household, lower_first, relatives_as_called, upper_first
from plangen.family.worries import worry_for_child
from plangen.model import Plan, ProgressStatus, ReviewEntry


def headline(text: str) -> str:
    """What is to change, without the measures a worker wrote after a colon or a dash:
    a younger child hears "I sleep in my own bed every night", the family version has
    the rest ("... : at least 5 nights a week, checked by ...")."""
    head = re.split(r":\s+|\s[-–]\s", text, maxsplit=1)[0].strip()
    if head != text and len(head.split()) >= 3 and is_clause(head):
        return head
    return text


def childs_plain(plain: str | None) -> str:
    """The worker's own plain words, if they were not written to the parents ("you")."""
    if plain and not re.search(r"\b(?:you|your)\b", plain, re.I):
        return plain
    return ""


def people_for(plan: Plan, who: Household) -> str:
    """ "The grown-ups" for a younger child, "My helpers" for a teenager."""
    return "My helpers" if who.age is not None and who.age >= 13 else "The grown-ups"


def my_worries(
    plan: Plan,
    words: Glossary,
    who: Household,
    band: Band,
    notes: Notes,
    whole: Plan | None = None,
) -> list[str]:
    """Why I have a plan: each worry gently, in the child's terms; detail a child is
    not told stays in the family and formal versions (and the draft says which).
    ``whole``: the plan before anything was held back from the copy, whose risks name
    each worry's topic in fixed words (a label cut with a place: "Homeless - Kai in
    Braeside" was told as nothing at all)."""
    people = people_for(plan, who)
    named = whole.risks if whole and len(whole.risks) == len(plan.risks) else plan.risks
    worries: list[str] = []
    mains: set[str] = set()  # the main worries said, once each
    for number, risk in enumerate(plan.risks, 1):
        plain = childs_plain(risk.plain)
        if plain:
            plain = re.sub(r"^We are worried\b", f"{people} are worried", plain)
            lines = sentences_for_child(plain, who, band, notes)
        else:
            worry, left = worry_for_child(
                plainly(risk.risk_factor, words), plainly(risk.risk_to_child, words), who
            )
            lines = []
            dropped = ""  # the sentence just left out, whose subject a "he" after it is
            for sentence in split_sentences(shorter(worry)):
                kept = without_private(sentence.strip(), band, notes)
                kept = with_its_subject(kept, dropped, notes) if kept and dropped else kept
                dropped = "" if kept else sentence.strip()
                if kept:
                    lines.append(for_age(me_as_subject(kept), band))
            for part in left:
                if band is Band.TEEN:
                    lines += sentences_for_child(part, who, band, notes)
                else:
                    notes.left_out(part)
        if not plain:  # the worker's own plain words for the child are kept whole
            lines = _about_me(lines, notes)
        lines = _not_what_i_would_not_talk_about(lines, plan.child_views, notes)
        lead = _HARM_LEAD.match(lines[0]) if lines else None
        if lead and lead.group(1):
            # the harm without its cause (left out): said as the grown-ups' worry, never
            # after a fragment that reads as its cause ("I called 999. This can mean";
            # "This has meant that I was neglected" with nothing before it)
            lines[0] = f"{people} are worried that " + lines[0][lead.end() :]
        elif lead:
            notes.add(f'Left out of the child\'s version (the worry was left out): "{lines[0]}"')
            lines = []
        worry = _gently(_not_glued(_topic_as_i_say_it(" ".join(lines)), people)) if lines else ""
        # the main worry said even when its detail is not (a teenager is told what it is)
        worry = whole_sentences(with_main_worry(worry, risk, who, band, people, mains))
        worry = without_fragments(worry, notes)
        pattern, topic = main_topic(risk.risk_factor)
        if not topic:
            pattern, topic = main_topic(named[number - 1].risk_factor)
        about_me = [line for line, _, _ in main_worries(risk, who, band) if " I " in f" {line} "]
        if (
            worry
            and topic
            and topic not in worry
            and not re.search(pattern, worry, re.I)
            and not any(line in worry for line in about_me)  # "that I have nowhere ..."
        ):
            # only the risk's background was said ("Mum's drinking", why Marcus lives
            # with his aunt): what the risk is about comes first (the reader29 chair:
            # Marcus's housing at 18, his own biggest fear, was not given)
            also = re.sub(r"\b(are|is) worried\b", r"\1 also worried", worry, count=1)
            subject = re.match(r"(People|My helpers|The grown-ups) are\b", worry)
            worry = f"{subject.group(1) if subject else people} are worried about {topic}. {also}"
            notes.add(f'Risk {number} is in "Why I have a plan" by its topic first: "{worry}"')
        first = child_data()["told_first"]
        assert isinstance(first, list)
        if worry and topic in first and topic not in worry:
            # its own line, which stays if the detail after it cannot be said
            worries.append(f"{people} are worried about {topic}.")
        if not worry and not topic:  # its harm names it ("Forced marriage", Farzana's)
            topic = main_topic(risk.risk_to_child)[1] or alone_topic(risk, named[number - 1])
        if not worry and topic:
            # the worry's topic at least, in my words (the reader29 chair: Ruby's school
            # attendance and Jake's caring, the main reasons, were not in "Why I have a plan")
            worry = f"{people} are worried about {topic}."
            notes.add(f'Risk {number} is in "Why I have a plan" as its topic only: "{worry}"')
        if worry:
            worries.append(worry)
        else:  # held back for the worker, never a teaser, never silently missing
            notes.add(
                f'Risk {number} ("{_label(risk.risk_factor)}") is not in "Why I have a plan": '
                "it could not be told to the child in their words. Give your own plain words "
                "for the child in the intake before the child's version is given"
            )
    return worries


# how a worry's harm is led in after its cause (plangen.family.worries): "This can
# mean that ...", "This has meant that ..."
_HARM_LEAD = re.compile(r"This (?:can mean|has meant)\b( that )?")


def _label(factor: str) -> str:
    """The risk as the worker named it, for the draft: its label, or its first words."""
    label = re.split(r"\s[-–]\s|:\s|(?<=[a-z)])\.\s", factor.strip(), maxsplit=1)[0]
    words = label.split()
    return " ".join(words[:8]) + (" ..." if len(words) > 8 else "")


def _gently(worry: str) -> str:
    """The worry as a child hears it (``child.toml`` "gentle_worries"): "abuse at home by
    Dad towards Mum" -> "how Dad has been treating Mum at home"."""
    rules = child_data()["gentle_worries"]
    assert isinstance(rules, list)
    for rule in rules:
        worry = re.sub(rule["pattern"], rule["said"], worry)
    return worry


def _not_glued(worry: str, people: str) -> str:
    """ "People are worried about On Monday 28 April ..., Dad slapped me": a whole
    sentence is never glued to "worried about"; it follows it."""
    glued = re.match(
        r"^((?:People|The grown-ups|My helpers) are worried) about "
        r"(?=(?:On|In|At|After|Since|During|Last|This|There|When|Before)\b)",
        worry,
    )
    return f"{glued.group(1)} about what happened. {worry[glued.end() :]}" if glued else worry


def _topic_as_i_say_it(worry: str) -> str:
    """A worry given only as its topic, in the child's words (``child.toml``
    "worry_topics"): "People are worried about education." -> "... about my learning."."""
    topics = child_data()["worry_topics"]
    assert isinstance(topics, dict)

    def said(found: re.Match[str]) -> str:
        mine = topics.get(found.group(2).lower())
        return f"{found.group(1)} {mine}." if mine else found.group(0)

    topic = r"^((?:People|The grown-ups|My helpers) are worried about) ([\w -]+)\.(?=\s|$)"
    return re.sub(topic, said, worry)


def _not_what_i_would_not_talk_about(lines: list[str], views: str, notes: Notes) -> list[str]:
    """ "Abdi did not want to talk about the stabbing": his plan does not give it as a
    reason in his own voice (the reader); the family version keeps it."""
    topics = re.findall(
        r"did not want to talk (?:much )?about (?:the |my |his |her |their )?([a-z]+)", views
    )
    if not topics:
        return lines
    stems = [re.sub(r"(?:ing|ed|es|s)$", "", topic) for topic in topics]  # "stabb"
    pattern = re.compile("|".join(rf"\b{re.escape(stem)}\w*" for stem in stems if stem), re.I)
    kept = [line for line in lines if not pattern.search(line)]
    for line in lines:
        if line not in kept:
            notes.add(f'Left out of "Why I have a plan" (not talked about by the child): "{line}"')
    return kept


_WORRIED = re.compile(r"^(?:This can mean|People are worried|The grown-ups are worried|My helpers)")


def _about_me(lines: list[str], notes: Notes) -> list[str]:
    """A worry's sentences that are about me, without the worker's brackets and " - "
    notes that are not: "Dad lives in Somalia", "NRM request made ... - decision
    received ..." and "(longest 5 days)" are the worker's record (the readers: a
    teenager's worries read as if written to a parent)."""
    kept, dropped = [], ""
    for line in lines:
        if not (_WORRIED.match(line) or is_childs_action(line)) or len(line.split()) <= 4:
            notes.left_out(line)  # a short piece ("I called 999.") is no reason on its own
            dropped = line
            continue
        line, dropped = with_its_subject(line, dropped, notes) if dropped else line, ""
        if not line:
            continue
        line = re.sub(
            r"\s*\(([^()]*)\)", lambda m: m.group(0) if is_childs_action(m.group(1)) else "", line
        )
        # "Being tricked or forced into crime / gangs: I have been ...": the category
        line = re.sub(r"^[^:.!?]{3,80}:\s+(?=(?:I|My)\b)", "", line)
        head, *rest = re.split(r"\s[-–]\s", line)
        tail = [part for part in rest if is_childs_action(part)]
        line = " - ".join([head.rstrip(". "), *tail]).rstrip(". ") + "."
        kept.append(line)
    return kept


_FOUND = {
    ProgressStatus.NOT_STARTED: "This has not started yet.",
    ProgressStatus.NO_PROGRESS: "This has not got better yet.",
    ProgressStatus.NOT_ACHIEVED: "This has not happened yet.",
    ProgressStatus.SOME_PROGRESS: "This is getting a bit better.",
    ProgressStatus.ACHIEVED: "This is better now.",
}


def _progress(review: ReviewEntry, words: Glossary, who: Household, band: Band) -> str:
    """What the last review found, for the child: how far it has got; for a teenager
    also up to two short sentences of the review's own note, in their voice ("no
    overdose since January").  The rest of the note is the worker's record, with its
    dates and sources ("Mum's report", "police intel"): the family version has it."""
    found = _FOUND[review.status]
    if band is not Band.TEEN or not review.note:
        return found
    note = re.sub(
        r"^(?:partly |not |now )?(?:achieved|on track)\.?\s*", "", review.note.strip(), flags=re.I
    )
    # a sentence of it that holds detail a child is not told is left out whole: what is
    # left of it may make no sense alone ("Mum says she is taking her tablets; I agree
    # "mostly"" is not "I agree "mostly"")
    plain = " ".join(s for s in split_sentences(plainly(note, words)) if not private(s, band))
    said = [
        lower_first(part.rstrip("."), who)
        for part in sentences_for_child(plain, who, band, Notes())
        if part.strip(" .")
        and len(part.split()) <= _NOTE_WORDS
        and not re.search(r"\d{1,2}/\d{1,2}", part)
        and (is_childs_action(part) or not _someone_else(part, who))
    ][:2]
    return f"{found.rstrip('.')}: {'; '.join(said)}." if said else found


def _someone_else(text: str, who: Household) -> bool:
    """Whether ``text`` is about someone else in the family ("Mum has attended 2
    sessions", "assessment for Mahad not started"): not the child's to read."""
    names = {r.first for r in who.relatives} | {r.called for r in who.relatives if r.called}
    names |= {"Mum", "Dad", "Nan", "Mummy", "Daddy", "brother", "sister", "parents"}
    names |= {w for w in re.findall(r"(?<!^)(?<![.!?] )\b[A-Z][a-z]+\b", text)} - _CALENDAR
    names |= set(re.findall(r"\b([A-Z][a-z]+)['’]s\b", text))  # "Kwame's DBS ..."
    names |= {part for name in who.people for part in name.split()}  # a worker's work
    return bool(names & set(re.findall(r"\b\w+\b", text)))


_CALENDAR = {
    *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
}
_NOTE_WORDS = 12  # a review note's sentence a teenager reads beside how far it has got


_HOW_LONG = re.compile(
    r",?\s+(?:(?:sustained|kept up)\s+)?(?:over|for|within|by)\s+(?:the\s+(?:next\s+)?|a\s+)?"
    r"(?:(?:\d+|one|two|three|four|six|eight|twelve)\s+)?(?:full\s+)?"
    r"(?:weeks?|months?|terms?|(?:summer|spring|autumn)\s+term|school\s+year|half\s+term)"
    r"\s*\.?$",
    re.I,
)


def _short_for_age(text: str, band: Band) -> str:
    """What is to change, as a child under 13 hears it: without the worker's brackets
    ("(back towards the 9th centile)") and how long it must last ("over 3 months",
    "sustained over the summer term"): the family version has both."""
    text = re.sub(r"\s*\((?![^()]*\b(?:I|me|my)\b)[^()]*\)", "", text)
    return _HOW_LONG.sub("", text.rstrip(". ")).rstrip(" ,") + "."


def _someone_elses_verbs(text: str) -> bool:
    """ "Abdi has a mum who understands the risks he faces and knows ...": in the
    child's voice the verbs after "and" are the mum's, which cannot be told from the
    child's own ("I ... and know") by the words alone."""
    return bool(re.search(r"\bwho\s+\w+s\b[^.;:]*\band\s+\w+s\b", text))


@cache
def _HAS_VERB() -> re.Pattern[str]:
    """Any verb the child's sentences may hold: finite, plain ("I attend") or helping."""
    plain = "|".join(sorted((re.escape(v) for v in verbs()), key=lambda w: (-len(w), w)))
    return re.compile(
        rf"\b(?:{finite()}|{plain}|am|are|be|can|could|do|does|get|go|have|know|see|feel|"
        r"live|sleep|eat|say|tell|want|need|stay|stop|keep|make|help)\b",
        re.I,
    )


def my_changes(
    plan: Plan, words: Glossary, who: Household, band: Band, notes: Notes
) -> tuple[list[str], list[dict[str, str]]]:
    """(what is better already, what will be better): each outcome in the child's
    voice, with what the last review found."""
    better: list[str] = []
    changes: list[dict[str, str]] = []
    for outcome in plan.outcomes:
        if not (outcome.text or outcome.plain):
            continue
        text = childs_plain(outcome.plain) or plainly(outcome.text, words)
        # a heading with no verb ("Kai safe from Gary - no contact ..."): "Kai is safe"
        names = "|".join(map(re.escape, who.child_names))
        text = re.sub(
            rf"^({names}) (?=(?:safe|safer|settled|happy|healthy|well)\b)", r"\1 is ", text
        )
        if band is not Band.TEEN:  # the measures after the colon are the grown-ups'
            text = headline(text)
        if cared := cared_for_by(text, who):  # "..., who takes her to school": me
            lines, worker = [cared], False
        elif _someone_elses_verbs(text):  # "a mum who understands ... and knows ...":
            # "I ... and knows" reads as a slip, "and know" is one: the worker's words
            said = (
                upper_first(relatives_as_called(capitalised(text, who), who).rstrip(" .;,")) + "."
            )
            notes.whole(said.rstrip("."))
            lines, worker = [said], True
        else:  # never dropped nor cut down: what the plan is for (the readers)
            lines, worker = whole_for_child(
                shorter(text), who, band, notes, tell_all=True, one_voice=True
            )
        mine = " ".join(lines)
        if band is not Band.TEEN and mine and not worker:
            mine = _short_for_age(mine, band)
        named = {plan.child.first_name, plan.child.known_as or plan.child.first_name}
        # "Paediatric assessment for Theo re ?ASD" turned to "... for me": no verb left
        # (one that names the child is the worker's words, kept whole, as before)
        if mine and (service := as_part_of_my_plan(mine)):
            mine = service  # a referral or an assessment given as an outcome
            notes.whole(outcome.text)
        elif mine and not _HAS_VERB().search(mine) and not any(n and n in mine for n in named):
            mine = f"Part of my plan is {lower_first(mine.rstrip(' .'), who)}."
            notes.whole(outcome.text)
        if mine and band is not Band.TEEN and private(mine, band):
            mine = grown_ups_part(mine, who)
            notes.add(
                "Said more gently in the child's version (adult detail a child under 13 is "
                f'not told): "{outcome.text}"'
                + (f' is said as "{mine}"' if mine else " is left out")
            )
        last = outcome.reviews[-1] if outcome.reviews else None
        found = _progress(last, words, who, band) if last else ""
        if achieved(outcome):
            since = found.removeprefix(_FOUND[ProgressStatus.ACHIEVED]).strip()
            better.append(f"{mine} {since}".strip())
        elif mine and not any(c["text"] == as_goal(mine, who) for c in changes):
            changes.append({"text": as_goal(mine, who), "progress": found})
    return better, changes
