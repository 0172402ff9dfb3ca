"""The child's version, "My plan": the values of :mod:`plangen.family.context`'s
steps, in the child's own voice (family members as the child calls them, pitched to
the child's age, with what each helper will do with or for the child)."""

from __future__ import annotations

import re
from typing import Any

from plangen.dates import in_words
from plangen.family.capitals import capitalised
from plangen.family.context import (
    called_by_child,
    free_text,
    lower_words,
    meetings_in_words,
    person_entry,
    plainly,
    words_we_use,
)
from plangen.family.mend import mended
from plangen.family.plain import Glossary, frequency_in_words
from plangen.family.sentences import (
    achieved,
    action_for_child,
    clean_views,
    is_clause,
    named_doer,
    shorter,
    status_for_child,
    worry_for_child,
)
from plangen.family.split import split_sentences
from plangen.family.together import for_siblings, members, status_for_siblings, unborn_context
from plangen.family.voice import (
    Household,
    for_child,
    household,
    is_name,
    upper_first,
)
from plangen.model import Action, Plan
from plangen.privacy import Redacted, last_look, redacted
from plangen.privacy.names import is_family
from plangen.rules.base import means_parents


def _actors(action: Action, text: str, plan: Plan, who: Household) -> tuple[str, str | None]:
    """Who does an action, as the child calls them, and their gender when that is one
    family member: "Jordan", "Mum and Dad", "Dad" ("he").  "Dean to complete ..." is
    done by Dean; parents named in what is done to them ("work with parents") are not
    also its doers."""
    named = named_doer(text, who)
    responsible = [named.group(1)] if named else action.responsible
    about_parents = re.search(r"\b(?:parents|mum|dad|mother|father)\b", text, re.I) or any(
        re.search(rf"\b{re.escape(r.first)}\b", text) for r in who.relatives
    )
    doers = [
        name
        for name in responsible
        if not (_is_family(name, who) and about_parents and len(responsible) > 1)
    ] or responsible  # every doer was a parent named in the action: they still do it
    names: list[str] = []
    gender = None
    for name in doers:
        relative = next((r for r in who.relatives if name in (r.name, r.first)), None)
        if means_parents(name):
            names.append(who.parents_as_child_says)
        elif relative is not None:
            names.append(relative.called or relative.first)
            gender = relative.gender if len(doers) == 1 else None
        elif any(p.name == name for p in plan.core_group):
            names.append(called_by_child(name))
        else:
            names.append(name)  # a team or service: "Kinship Team"
    joined = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)
    return joined or "Someone", gender


def _is_family(name: str, who: Household) -> bool:
    return means_parents(name) or any(name in (r.name, r.first) for r in who.relatives)


def _whose_role(role: str, words: Glossary, who: Household) -> str:
    """ "my social worker"; "Dad's probation officer" for "Probation Officer (for Carl)";
    "helping me" when there is no role."""
    if not role:
        return "helping me"
    whose = "my"
    # "(for Carl)", or "for Stacey" ending the role: someone else's worker
    if match := re.search(r"\(for ([^)]+)\)|\bfor ((?:[A-Z][\w'’-]*\s*)+)$", role):
        name = (match.group(1) or match.group(2)).strip()
        named = next((r for r in who.relatives if name in (r.first, r.name)), None)
        whose = f"{named.called or named.first}'s" if named else f"{name}'s"
        role = role[: match.start()].strip()
    # the job title in lower case first, so a Title Case word is not taken for a name
    # ("Paediatric Physiotherapist" -> "children's physiotherapist"); names keep theirs
    main = re.split(r"\s+[-–(]|,", role)[0].strip()
    return f"{whose} {words.plain(lower_words(main, keep=lambda word: is_name(word, who)))}"


def _helpers(
    copy: Redacted, words: Glossary, who: Household, notes: list[str], siblings: list[str]
) -> list[str]:
    """Each helper with what they will do with or for the child, in the child's voice
    (the brothers and sisters' together, "we", when ``siblings`` are named)."""
    plan = copy.plan
    said: list[str] = []
    done: set[int] = set()
    everyone = [(p, a) for o in plan.outcomes for a in o.actions for p in [a.responsible[:1]]]
    helpers = zip(plan.core_group, copy.originals, strict=True)
    for person in [p for p, original in helpers if not is_family(original)]:
        first = called_by_child(person.name)
        role = _whose_role(person.role, words, who)
        if siblings:
            role = re.sub(r"^my\b", "our", role).replace("helping me", "helping us")
        intro = f"{person.name} is {role}."
        if person.phone:
            intro += f" {'We' if siblings else 'I'} can call {first} on {person.phone}."
        said.append(intro)
        for n, (lead, action) in enumerate(everyone):
            if n not in done and lead == [person.name]:
                done.add(n)
                said += _action_lines(action, plan, words, who, notes, siblings)
    for n, (_, action) in enumerate(everyone):
        if n not in done:
            said += _action_lines(action, plan, words, who, notes, siblings)
    return said


def _action_lines(
    action: Action,
    plan: Plan,
    words: Glossary,
    who: Household,
    notes: list[str],
    siblings: list[str],
) -> list[str]:
    text = (_for_child_plain(action.plain) or plainly(action.text, words)).rstrip(". ")
    actors, gender = _actors(action, text, plan, who)
    voice = (lambda t: for_siblings(t, who, siblings)) if siblings else None
    line = action_for_child(text, actors, who, actor=gender, written=action.text, voice=voice)
    if line is None:
        notes.append(f'Left out of the child\'s version (not safe to turn): "{action.text}"')
        return []
    mine_words = r"\b(?:we|us|our|We|Our)\b" if siblings else r"\b(?:me|my|I)\b"
    if not who.teenager and not re.search(mine_words, line):
        return []  # a younger child hears only what is done with or for them
    written = frequency_in_words(action.frequency, words)
    mine = (
        for_siblings(written, who, siblings) if siblings else for_child(written, who, actor=gender)
    )
    if mine is None:  # "home visits, Abdi seen alone": not the child's words, nor safe
        notes.append(f'Left out of the child\'s version (not safe to turn): "{action.text}"')
        return []
    # in the child's voice, with its first letter as written ("every two weeks")
    often = written[:1] + mine[1:] if mine[:1].lower() == written[:1].lower() else mine
    if not often or often == "once" or often.lower() in line.lower():
        return [line]
    if ";" in line or ";" in often or not often[:1].islower():
        first, _, rest = often.partition(" ")  # "At every visit" -> "at every visit"
        return [f"{line} This happens: {' '.join(w for w in (lower_words(first), rest) if w)}."]
    return [f"{line[:-1]}, {often}."]


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


def _mine(text: str, who: Household, notes: list[str], siblings: list[str]) -> str | None:
    """``text`` in the child's voice; the worker's words whole (and a note for the
    worker's draft) where it cannot be turned safely.  Brothers and sisters together
    ("we") never hear the worker's words about one of them: ``None``, and a note."""
    if siblings:
        ours = for_siblings(text, who, siblings)
        if ours is None:
            notes.append(f'Left out of the child\'s version (about one child alone): "{text}"')
        return ours
    mine = for_child(text, who)
    if mine is None:
        kept = capitalised(text, who)
        notes.append(f'Kept in your words in the child\'s version: "{kept}"')
        return kept
    return mine


def child_context(plan: Plan, words: Glossary, *, recipient: str | None = None) -> dict[str, Any]:
    """The child's version, "My plan", in the child's own voice and pitched to their age.

    ``notes`` lists, for the worker's draft, every sentence kept in the worker's words
    or left out because it could not be put in the child's voice safely."""
    copy = redacted(plan, recipient)
    plan = copy.plan
    who = household(plan, free_text(plan), copy.originals)
    notes: list[str] = []
    if who.unborn:
        return _finished(unborn_context(plan, notes), copy, words, notes)
    siblings = members(plan)
    me, my = ("we", "our") if siblings else ("I", "my")
    us = "us" if siblings else "me"
    grown_ups = f"{upper_first(my)} helpers" if who.teenager else "The grown-ups"
    worries = []
    for risk in plan.risks:
        if _for_child_plain(risk.plain) or siblings:
            text = _for_child_plain(risk.plain) or _clause_of(risk.risk_factor, words)
            if said := _mine(text, who, notes, siblings) if text else None:
                worries.append(shorter(said))
            continue
        worry, left = worry_for_child(
            plainly(risk.risk_factor, words), plainly(risk.risk_to_child, words), who
        )
        notes += [f'Left out of the child\'s version (not safe to turn): "{part}"' for part in left]
        if worry:
            worries.append(shorter(worry))
    changes: list[str] = []
    better: list[str] = []
    for outcome in plan.outcomes:
        if outcome.text or outcome.plain:
            text = _for_child_plain(outcome.plain) or plainly(outcome.text, words)
            if not who.teenager:
                text = headline(text)
            said = _mine(text, who, notes, siblings)
            if said is None:
                continue
            mine = shorter(said.rstrip(".")) + "."
            (better if achieved(outcome) else changes).append(mine)
    views: list[str] = []
    before = ""
    if siblings and plan.child_views:
        notes.append(VIEWS_NOTE)
    for sentence in split_sentences("" if siblings else clean_views(plan.child_views, who)):
        if sentence.strip():
            spoken = for_child(sentence, who, before=before)
            if spoken is None:
                notes.append(f'Left out of "What I said": "{sentence}"')
            else:
                views.append(spoken)
            before = spoken or sentence
    context: dict[str, Any] = {
        "my_name": who.child,
        "intro": f"This is {my} plan. It was made on {in_words(plan.plan_date)}.",
        "status": status_for_siblings(status_for_child(plan, who))
        if siblings
        else status_for_child(plan, who),
        "worries": worries
        or [f"{grown_ups} are worried about {us}. The family version of the plan says why."],
        "better": better,
        "changes": changes,
        "helpers": _helpers(copy, words, who, notes, siblings),
        "my_views": views,
        "next_meeting": meetings_in_words(
            plan,
            who=grown_ups,
            voice=lambda t: (
                for_siblings(plainly(t, words), who, siblings)
                if siblings
                else for_child(plainly(t, words), who)
            ),
        ),
        "if_not": (
            f"If things do not get better, the plan will change to keep {us} safe. "
            f"{upper_first(my)} social worker will tell {us} what is happening and listen to "
            f"what {me} think."
            if who.teenager
            else f"If things do not get better, {grown_ups.lower()} will change the plan to "
            f"keep {us} safe. They will tell {us} what is happening."
        ),
        # the work contacts the helpers' sentences may give ("I can call Olivia on ..."),
        # which the last look lets through as it does the family version's people table
        "people": [
            person_entry(person, original, words)
            for person, original in zip(plan.core_group, copy.originals, strict=True)
        ],
        "notes": notes,
    }
    return _finished(context, copy, words, notes)


VIEWS_NOTE = (
    "Left out of the child's version for brothers and sisters: what each of them said "
    "(it is in the family version)"
)


def _clause_of(text: str, words: Glossary) -> str:
    """A worry the brothers and sisters can say together only when it is a whole clause."""
    said = plainly(text, words)
    return said if said and is_clause(said) else ""


def _finished(
    context: dict[str, Any], copy: Redacted, words: Glossary, notes: list[str]
) -> dict[str, Any]:
    """The last look (nothing withheld, brackets and quotes balanced) and the words box."""
    context = last_look({**context, "notes": notes}, copy)
    notes = context.pop("notes")
    context = mended(context, notes)
    # the box explains each word to the child: "your child" is "you" here
    context["words_we_use"] = [
        {"term": word["term"], "explain": to_the_child(word["explain"])}
        for word in words_we_use(context, words)
    ]
    context["notes"] = notes
    return context
