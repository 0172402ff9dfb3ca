"""The child's version, "My plan": the values of :mod:`plangen.family.context`'s
steps, in the child's own voice (family members as the child calls them, pitched to
the child's age, with what each helper will do with or for the child)."""

from __future__ import annotations

import re
from typing import Any

from plangen.dates import in_words
from plangen.family.child_actions import by_when_for_child, is_childs_action
from plangen.family.child_helpers import helpers_for_child, whose_role
from plangen.family.child_people import as_called, names_for_child
from plangen.family.child_siblings import each_child
from plangen.family.child_text import (
    Notes,
    for_age,
    me_as_subject,
    private,
    sentences_for_child,
    two_for_reading,
    without_private,
    words_for_child,
)
from plangen.family.child_who import (
    Band,
    band,
    children_named,
    listed,
    no_version_reason,
    uses_words,
)
from plangen.family.context import (
    free_text,
    person_entry,
    plainly,
    words_we_use,
)
from plangen.family.mend import mended
from plangen.family.plain import Glossary
from plangen.family.sentences import (
    achieved,
    clean_views,
    is_clause,
    shorter,
    status_for_child,
)
from plangen.family.split import split_sentences
from plangen.family.voice import (
    Household,
    age_on_plan_date,
    for_child,
    household,
    lower_first,
    upper_first,
)
from plangen.family.worries import worry_for_child
from plangen.model import Plan, ProgressStatus, ReviewEntry
from plangen.privacy import Redacted, last_look, redacted
from plangen.privacy.names import is_family


def headline(text: str) -> str:
    """What is to change, without the measures a worker wrote after a colon or a dash:
    a younger child hears "I sleep in my own bed every night", the family version has
    the rest ("... : at least 5 nights a week, checked by ...")."""
    head = re.split(r":\s+|\s[-–]\s", text, maxsplit=1)[0].strip()
    if head != text and len(head.split()) >= 3 and is_clause(head):
        return head
    return text


def to_the_child(explain: str) -> str:
    """A "words we use" explanation said to the child: "your child" is "you"."""
    said = re.sub(r"\b([Yy]ou) and your child\b", r"\1", explain)  # not "you and you"
    said = re.sub(r"\byour child's\b", "your", said)
    return re.sub(r"\byour child\b", "you", said)


def _for_child_plain(plain: str | None) -> str:
    """The worker's own plain words, if they were not written to the parents ("you")."""
    if plain and not re.search(r"\b(?:you|your)\b", plain, re.I):
        return plain
    return ""


def _people(plan: Plan, who: Household) -> str:
    """ "The grown-ups" for a younger child, "My helpers" for a teenager."""
    return "My helpers" if who.age is not None and who.age >= 13 else "The grown-ups"


def _worries(plan: Plan, words: Glossary, who: Household, band: Band, notes: Notes) -> list[str]:
    """Why I have a plan: each worry gently, in the child's terms; detail a child is
    not told stays in the family and formal versions (and the draft says which)."""
    people = _people(plan, who)
    worries: list[str] = []
    for risk in plan.risks:
        plain = _for_child_plain(risk.plain)
        if plain:
            plain = re.sub(r"^We are worried\b", f"{people} are worried", plain)
            lines = sentences_for_child(plain, who, band, notes)
        else:
            worry, left = worry_for_child(
                plainly(risk.risk_factor, words), plainly(risk.risk_to_child, words), who
            )
            lines = []
            for sentence in split_sentences(shorter(worry)):
                kept = without_private(sentence.strip(), band, notes)
                if kept:
                    lines.append(for_age(me_as_subject(kept), band))
            for part in left:
                if band is Band.TEEN:
                    lines += sentences_for_child(part, who, band, notes)
                else:
                    notes.left_out(part)
        if not plain:  # the worker's own plain words for the child are kept whole
            lines = _about_me(lines, notes)
        if lines and lines[0].startswith("This can mean"):  # the harm without its cause
            notes.add(f'Left out of the child\'s version (the worry was left out): "{lines[0]}"')
            lines = []
        if lines:
            worries.append(" ".join(lines))
    if len(worries) < len(plan.risks):  # held back for the worker, never a teaser
        notes.add(
            "Some of the worries could not be told to the child in their words: give your own "
            "plain words for the child in the intake before the child's version is given"
        )
    return worries


_WORRIED = re.compile(r"^(?:This can mean|People are worried|The grown-ups are worried|My helpers)")


def _about_me(lines: list[str], notes: Notes) -> list[str]:
    """A worry's sentences that are about me, without the worker's brackets and " - "
    notes that are not: "Dad lives in Somalia", "NRM request made ... - decision
    received ..." and "(longest 5 days)" are the worker's record (the readers: a
    teenager's worries read as if written to a parent)."""
    kept = []
    for line in lines:
        if not (_WORRIED.match(line) or is_childs_action(line)):
            notes.left_out(line)
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
    said = [
        lower_first(part.rstrip("."), who)
        for part in sentences_for_child(plainly(note, words), who, band, Notes())
        if len(part.split()) <= _NOTE_WORDS
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


def _changes(
    plan: Plan, words: Glossary, who: Household, band: Band, notes: Notes
) -> tuple[list[str], list[dict[str, str]]]:
    """(what is better already, what will be better): each outcome in the child's
    voice, with what the last review found."""
    better: list[str] = []
    changes: list[dict[str, str]] = []
    for outcome in plan.outcomes:
        if not (outcome.text or outcome.plain):
            continue
        text = _for_child_plain(outcome.plain) or plainly(outcome.text, words)
        if band is not Band.TEEN:  # the measures after the colon are the grown-ups'
            text = headline(text)
        if _someone_elses_verbs(text):  # "a mum who understands ... and knows ...":
            notes.kept(text)  # "I ... and knows" reads as a slip, "and know" is one
            continue
        mine = " ".join(sentences_for_child(shorter(text), who, band, notes))
        if band is not Band.TEEN and mine:
            mine = _short_for_age(mine, band)
        last = outcome.reviews[-1] if outcome.reviews else None
        found = _progress(last, words, who, band) if last else ""
        if achieved(outcome):
            since = found.removeprefix(_FOUND[ProgressStatus.ACHIEVED]).strip()
            better.append(f"{mine} {since}".strip())
        elif mine:
            changes.append({"text": mine, "progress": found})
    return better, changes


_QUOTE = re.compile(r'"([^"]+)"|“([^”]+)”')
# a recorded view that starts with its verb: "Wants to keep going to football."
_NO_SUBJECT = re.compile(
    r"^(?:later |also )?(?:wants|likes|loves|enjoys|hates|misses|worries|feels|says|said|"
    r"asked|agreed|did|does|is|was|would|will|has|had|told|drew|talked|spoke)\b",
    re.I,
)


def _whole(quote: str) -> bool:
    """A quotation that stands on its own: a whole thing said ("I'm not a baby."), not
    a piece of a sentence whose context the worker wrote ("because he doesn't chat
    rubbish", "people talk", "better")."""
    words = quote.split()
    return quote[:1].isupper() and (len(words) >= 4 or quote.rstrip()[-1:] in ".!?")


def _turned(sentence: str, who: Household, before: str) -> str | None:
    """A recorded view in the child's voice: "He wants ..." after a sentence about the
    child, or "Wants ..." with no subject, as the child's own "I want ..."."""
    first = who.child_names[-1] if who.child_names else ""
    if first and _NO_SUBJECT.match(sentence):
        return for_child(f"{first} {sentence[:1].lower()}{sentence[1:]}", who)
    spoken = for_child(sentence, who, before=before)
    if spoken is not None:
        return spoken
    pronoun = {"he": "He", "she": "She"}.get(who.pronoun or "", "")
    if pronoun and re.match(rf"{pronoun}\b", sentence):  # views are the child's own
        return for_child(first + sentence[len(pronoun) :], who)
    return None


def _own_pronouns(sentence: str, spoken: str) -> str:
    """ "She is worried about her "papers"" -> "... about my "papers"", never "me"."""
    if re.search(r'\b(?:her|his)\s+["“]', sentence):
        return re.sub(r'\bme(\s+["“])', r"my\1", spoken)
    return spoken


def _views(plan: Plan, who: Household, notes: Notes) -> list[str]:
    """What I said: the child's own words as said; the worker's notes on how they were
    heard stay out.  A quotation is kept only whole, or with what it answers: a piece
    of a sentence is not the child's words without the rest (the readers).  A child
    who could not give views in words gets a kind sentence."""
    if not plan.child_views.strip():
        notes.add('No views of the child are recorded: the child\'s version has no "What I said"')
        return []
    views: list[str] = []
    before = ""
    few_words = not uses_words(plan)  # "my bed, dinosaur": all the words they use

    def own_words(sentence: str, lead: str) -> list[str]:
        kept = []
        for quote in (a or b for a, b in _QUOTE.findall(sentence)):
            if private(quote):
                continue
            if _whole(quote) or few_words:
                kept.append(f'{lead}"{quote}"')
            else:
                notes.add(
                    f'A piece of what the child said is kept only with its context: "{quote}"'
                )
        return kept

    for sentence in split_sentences(clean_views(plan.child_views, who)):
        if not sentence.strip():
            continue
        if listed("recording_notes").search(sentence) or private(sentence):
            notes.add(f'Left out of "What I said" (a note, not my words): "{sentence}"')
            views += own_words(sentence, "In my own words: ")
            continue
        spoken = _turned(sentence, who, before)
        named = "|".join(map(re.escape, who.child_names))
        if spoken and listed("recording_notes").search(spoken):  # "Rachel saw me ... on"
            notes.add(f'Left out of "What I said" (a note, not my words): "{sentence}"')
            continue
        if spoken is None or re.search(rf"\b(?:{named})\b", spoken):
            notes.add(f'Only my own words are kept in "What I said" from: "{sentence}"')
            views += own_words(sentence, "I said: ")
        else:
            views.append(for_age(_own_pronouns(sentence, spoken), Band.TEEN))
        before = spoken or sentence
    if not views:
        views.append(
            "The grown-ups spent time with me, and with the people who know me best, to find "
            "out what matters to me."
        )
    return views


# words a sentence of the contingency may have for the child to read it (the readers:
# long contingencies in adult words are what a child does not need)
_LONGEST = {Band.YOUNG: 28, Band.MIDDLE: 34, Band.TEEN: 45}


def _head_that_fits(sentence: str, longest: int, notes: Notes) -> str:
    """A sentence too long for the child, up to its last ", and ..." part that fits:
    "If I self-harm ..., any adult should call 999 or take me to A&E, and inform ..."
    keeps what the child needs; the rest is in the family version (the draft says so)."""
    if len(sentence.split()) <= longest:
        return sentence
    cuts = [m.start() for m in re.finditer(r",\s+(?:and|then)\s+|;\s+", sentence)]
    for cut in reversed(cuts):
        head = sentence[:cut].rstrip(" ,;")
        if len(head.split()) <= longest and head.count("(") == head.count(")"):
            notes.add(f'Only the first part is in the child\'s version: "{sentence}"')
            return f"{head}."
    return sentence


def _what_next(
    text: str, who: Household, band: Band, notes: Notes, words: Glossary, *, mine: bool = True
) -> str:
    """The contingency or step-down for the child: each sentence about me, without the
    worker's brackets, each long one as two; a sentence still too long for the child's
    age, or not about me, stays in the family version (the draft says which)."""
    plain = re.sub(r"\s*\([^()]*\)", "", plainly(text, words))
    said = sentences_for_child(shorter(plain), who, band, notes)
    kept = []
    for sentence in (two_for_reading(s) for s in said):
        sentence = _head_that_fits(sentence, _LONGEST[band], notes)
        parts = split_sentences(sentence)
        short = all(len(p.split()) <= _LONGEST[band] for p in parts)
        if short and (is_childs_action(sentence) or not mine):
            if not kept:  # "Jordan will also see me" after a sentence left out
                sentence = re.sub(r"\b(will|may|can) also\b", r"\1", sentence)
            kept.append(sentence)
        else:
            notes.add(
                f'Left out of the child\'s version (long, or not about the child): "{sentence}"'
            )
    return " ".join(kept)


_TIME = re.compile(
    r"\b(?:\d{1,2}[.:]\d{2}\s?[ap]\.?m\.?|\d{1,2}\s?[ap]\.?m\.?|\d{1,2}:\d{2})", re.I
)


_MEETING = re.compile(
    r"\b(?:review|conference|RCPC|CPPM|TAF|CIN|meeting|plan|core group|panel|updated|"
    r"teams|zoom|online|phone|tbc|interpreter|booked|separately|SW)\b",
    re.I,
)


def _place(details: str) -> str:
    """Where a meeting is, without the worker's arrangements: "14:00, Seaton Family
    Centre" -> "Seaton Family Centre"; "CIN review at Mum's house" -> "Mum's house";
    "10am at the family home (...)" -> "my home"; "3.30pm - Teams (Kirsty) / Dean to be
    updated separately" -> "" (online, and the worker's notes)."""
    text = _TIME.sub("", re.sub(r"\([^()]*\)", "", details))
    for chunk in re.split(r"\s[-–/]\s|[,;]", text):
        chunk = re.split(r"\bat\s+", chunk.strip(" ,."), flags=re.I)[-1].strip(" ,.")
        chunk = re.sub(r"^(?:at|in|on)\b\s*", "", chunk, flags=re.I)
        if re.search(r"\b(?:family home|home address|the home)\b|^home$", chunk, re.I):
            return "my home"
        if chunk and len(chunk.split()) <= 6 and not _MEETING.search(chunk):
            return chunk
    return ""


def _meetings(plan: Plan, people: str, band: Band) -> str:
    """When the grown-ups meet next: the date and the time, without the worker's
    arrangements ("Dad to be updated separately")."""
    said: list[str] = []
    for meeting, verb in (
        (plan.next_core_group, "meet again"),
        (plan.next_review, "look at my whole plan again"),
    ):
        if meeting is None:
            continue
        time = _TIME.search(meeting.details)
        at = f" at {for_age(time.group(0), band)}" if time else ""
        place = _place(meeting.details)
        at += f", at {place}" if place else ""
        said.append(f"{people} will {verb} on {in_words(meeting.date)}{at}.")
    return " ".join(said)


_CALLED = (
    ("Mum", ("Mummy", "Mam", "Mom", "Mammy")),
    ("Dad", ("Daddy", "Da")),
    ("Nan", ("Nanny", "Nanna", "Nana")),
)


def _as_the_child_says(context: dict[str, Any], views: str) -> dict[str, Any]:
    """Mum, Dad and Nan as the child calls them in their own quoted words: a child who
    said "Mummy, Daddy, Nanny" reads "Mummy" in their plan, not "Mum"."""
    quoted = " ".join(a or b for a, b in re.findall(r'"([^"]+)"|“([^”]+)”', views))
    swaps = [
        (formal, said)
        for formal, variants in _CALLED
        for said in variants[:1] + variants[1:]
        if re.search(rf"\b{said}\b", quoted)
    ]
    swaps = list(dict(swaps).items())  # the first word the child uses for each

    def swap(value: Any, key: str = "") -> Any:
        if key in ("my_views", "words_we_use"):  # the child's own words; the words box
            return value
        if isinstance(value, dict):
            return {k: swap(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [swap(v, key) for v in value]
        if isinstance(value, str):
            for formal, said in swaps:
                value = re.sub(rf"\b{formal}\b", said, value)
        return value

    context = swap(context) if swaps else context
    # "maternal Nan (Sharon Booth)": the side of the family is the worker's word
    side = r"\b(?:[Mm]aternal|[Pp]aternal) (?=(?:Nan|Nanny|Nanna|Nana|Gran|Grandma|Grandad)\b)"
    return {k: _sub_all(v, side, k) for k, v in context.items()}


def _sub_all(value: Any, pattern: str, key: str) -> Any:
    if key in ("my_views", "words_we_use"):
        return value
    if isinstance(value, dict):
        return {k: _sub_all(v, pattern, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_sub_all(v, pattern, key) for v in value]
    return re.sub(pattern, "", value) if isinstance(value, str) else value


def _without_markers(value: Any, notes: list[str]) -> Any:
    """A child reads around a detail taken out, not a "[phone number not shared]"
    marker; the worker's draft says where one was."""
    if isinstance(value, dict):
        return {k: _without_markers(v, notes) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_markers(v, notes) for v in value]
    if isinstance(value, str) and "[" in value:
        # a withheld name as the subject: "Someone will use a goodbye routine with me"
        said = re.sub(r"(^|[.!?]\s+)\[[a-z ]+ not shared\](?= will\b)", r"\1Someone", value)
        said = re.sub(r"\s*(?:on\s+)?\[[a-z ]+ not shared\]", "", said)
        if said != value:
            notes.append(f'A detail withheld from someone was taken out of: "{said}"')
        return said
    return value


def _workers_as_called(
    context: dict[str, Any], copy: Redacted, words: Glossary, who: Household
) -> dict[str, Any]:
    """Every worker named as the child calls them, in every sentence outside quotations:
    "Olivia", not "Olivia Grant"; "my head of year", not "Daniel"."""
    roles = {
        person.name: whose_role(person.role, words, who)
        for person, original in zip(copy.plan.core_group, copy.originals, strict=True)
        if not is_family(original)
    }
    people = names_for_child(copy.plan, roles)

    def call(value: Any, key: str = "") -> Any:
        if key in ("my_name", "words_we_use"):
            return value
        if isinstance(value, dict):
            return {k: call(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [call(v, key) for v in value]
        return as_called(value, people) if isinstance(value, str) else value

    return call(context) if people else context


def no_child_version(plan: Plan) -> str:
    """Why no child's version is made for ``plan``, or for a child of it; empty when
    every child it is for gets one."""
    if len(children_named(plan.child.name)) > 1:
        why = each_child(plan)[1]
        return f"the plan is for more than one child: {'; '.join(why)}" if why else ""
    age = plan.child.age if plan.child.age is not None else age_on_plan_date(plan)
    return no_version_reason(plan, age)


def child_plans(plan: Plan) -> list[tuple[str, Plan]]:
    """(file name part, plan) for each child's version of ``plan``: ("", plan) for a
    plan for one child; ("tyler", Tyler's part of it) for each child of a plan for
    brothers and sisters whose own views and outcomes can be told apart."""
    if len(children_named(plan.child.name)) > 1:
        return [(first.lower(), one) for first, one in each_child(plan)[0]]
    return [] if no_child_version(plan) else [("", plan)]


def child_context(plan: Plan, words: Glossary, *, recipient: str | None = None) -> dict[str, Any]:
    """The child's version, "My plan", in the child's own voice and pitched to their age.

    ``notes`` lists, for the worker's draft, every sentence kept in the worker's words
    or left out because it could not be put in the child's voice safely."""
    copy = redacted(plan, recipient, protect=False)  # the child's safety plan is theirs
    plan = copy.plan
    who = household(plan, free_text(plan), copy.originals)
    notes = Notes()
    pitch = band(who, plan)
    people = _people(plan, who)
    if not uses_words(plan):
        notes.add(
            "The plan says the child does not give views in words: make a picture or symbol "
            "version with them, using this version as the words"
        )
    better, changes = _changes(plan, words, who, pitch, notes)
    helpers, grown_ups = helpers_for_child(copy, words, who, pitch, notes)
    if_not = _what_next(plan.contingency.plan, who, pitch, notes, words)
    if plan.contingency.plan and plan.contingency.timescale and pitch is Band.TEEN:
        when = by_when_for_child(plan.contingency.timescale, words, who, pitch)
        if_not += f" {when}" if when and if_not else ""
    if not if_not and not plan.contingency.plan:
        # said honestly: the formal plan has none, so the child is not told of one
        notes.add(
            "The plan has no contingency: the child's version says it is not written down yet"
        )
        if_not = (
            f"{upper_first(people)} have not written down yet what will happen if things do "
            "not get better. They will tell me when they have."
        )
    elif not if_not:  # there is one, in words the child's version could not use
        if_not = (
            f"{upper_first(people)} have a plan for what will happen if things do not get "
            "better. They will tell me about it."
        )
    context: dict[str, Any] = {
        "my_name": who.child,
        "intro": f"This is my plan. It was made on {in_words(plan.plan_date)}.",
        "status": status_for_child(plan, who),
        "worries": _worries(plan, words, who, pitch, notes)
        or [f"{upper_first(people)} will tell me why I have a plan."],  # never a bare heading
        "better": better,
        "changes": changes,
        "helpers": helpers,
        "grown_ups": grown_ups,
        # a teenager's register (the readers: a 17-year-old's copy read as if written to
        # a parent, and a teenager is not spoken to like a 6-year-old)
        "grown_ups_heading": (
            "What my family will do" if pitch is Band.TEEN else "What the grown-ups will do"
        ),
        "my_views": _views(plan, who, notes),
        "next_meeting": _meetings(plan, people, pitch),
        "if_not": if_not,
        "step_down": _what_next(plan.step_down, who, pitch, notes, words, mine=False),
        # the work contacts the helpers' sentences may give ("I can call Olivia on ..."),
        # which the last look lets through as it does the family version's people table
        "people": [
            person_entry(person, original, words)
            for person, original in zip(plan.core_group, copy.originals, strict=True)
        ],
        "notes": notes.said,
    }
    context = last_look(context, copy)
    said = context.pop("notes")
    context = mended(context, said)  # brackets and quotes balanced
    for helper in context["helpers"]:  # a withheld number is not one a child can call
        helper["text"] = re.sub(r" I can call [^.]*\[[^\]]*\][^.]*\.", "", helper["text"])
    # the child's own words are never shown with a withheld detail cut out of them
    # ("I like my new school,, and Mrs is nice"): such a view is left out whole
    for item in [v for v in context["my_views"] if re.search(r'"[^"]*\[[a-z ]+ not shared\]', v)]:
        context["my_views"].remove(item)
        said.append(
            f'Left out of "What I said" (it holds a detail withheld from someone): "{item}"'
        )
    context = _without_markers(context, said)
    context = _as_the_child_says(context, plan.child_views)
    context = _workers_as_called(context, copy, words, who)
    context.pop("people")  # not printed: the words box looks only at what is printed
    context["words_we_use"] = [
        {"term": word["term"], "explain": words_for_child(word["explain"], grown_ups=people)}
        for word in words_we_use(context, words)
    ]
    context["notes"] = said
    return context
