"""The values of the family version (for parents and carers), and the steps the
child's version (:mod:`plangen.family.child`) shares with it.

Everything the family reads passes through here, in this order: first what the reader
must not see is taken out of the plan and every withheld value scrubbed from every text
(:mod:`plangen.privacy`, decided on the original plan); then the worker's own plain
words where the intake gives them (used as written), else the plan's text with the
glossary applied and put in the version's voice (:mod:`plangen.family.voice`, pure
functions of the scrubbed text); frequencies and dates in words; professionals' details
cut to name, role, agency and work contact, family members' to name and role.  Last,
every text of the version is searched again for anything withheld, or anything that
still looks like a postcode or a phone number that is not a professional's work contact.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

from plangen.dates import in_words
from plangen.family.mend import mended
from plangen.family.needs import Need, draft_note, reading_needs, version_sentence
from plangen.family.plain import Glossary, dates_in_words, frequency_in_words, signs_in_words
from plangen.family.reader import own_words_to_reader, parents_said, the_reader, tidy_and
from plangen.family.sentences import (
    achieved,
    clean_views,
    progress_for_parents,
    shorter,
    status_for_parents,
    will_do,
)
from plangen.family.split import split_sentences
from plangen.family.voice import (
    Household,
    for_parents,
    household,
    is_name,
    upper_first,
)
from plangen.family.workers import introduced, workers
from plangen.family.worries import worry_for_parents
from plangen.model import Action, CorePerson, Outcome, Plan
from plangen.privacy import Redacted, last_look, redacted
from plangen.privacy.names import is_family
from plangen.rules.base import due_date, effective_timescale, means_parents

YOU = "you"
# a blank timescale: still to be decided, not refused and not invented
NOT_AGREED = "Not agreed yet: to be decided at the next meeting"
SAME_AS_ABOVE = "Same as above"  # a timescale the formal plan prints as one merged cell


def free_text(plan: Plan) -> list[str]:
    """Every text of the plan that says something about the child (for the pronoun)."""
    texts = [plan.child_views, plan.family_views, plan.step_down, plan.contingency.plan]
    for risk in plan.risks:
        texts += [risk.risk_factor, risk.risk_to_child, risk.plain or ""]
        for outcome in risk.outcomes:
            texts += [outcome.text, outcome.success_looks_like, outcome.plain or ""]
            texts += [review.note for review in outcome.reviews]
            texts += [action.text for action in outcome.actions]
    return [t for t in texts if t]


def plainly(text: str, words: Glossary) -> str:
    """Plan text in plain words, dates said in words."""
    return dates_in_words(signs_in_words(words.plain(text)))


def _who(action: Action, copy: Redacted, words: Glossary, who: Household) -> str:
    names = []
    for name in action.responsible:
        if means_parents(name):  # "you", "you and Anna" or "Lewis's parents"
            said = parents_said(who)
            names += said[0].split(" and ") if said else [f"{who.child}'s parents"]
            continue
        reader = who.reader
        if reader is not None and (
            name in (reader.name, reader.first)
            or (reader.called and who.relative_called(name.capitalize()) is reader)
        ):
            names.append(YOU)  # "Dad" in Dad's own copy, or where he is the only parent
            continue
        found = next(
            (
                (p, o)
                for p, o in zip(copy.plan.core_group, copy.originals, strict=True)
                if p.name == name or _only_first(name, p, copy.plan)
            ),
            None,
        )
        person = found[0] if found else None
        if found is not None and is_family(found[1]):
            names.append(found[0].name)
        elif person is not None and person.role:
            role = lower_words(words.plain(person.role), keep=lambda word: is_name(word, who))
            role = re.sub(r"\s*\(([^()]*)\)", r", \1", role)  # not "(teacher (Year 2))"
            names.append(f"{person.name} ({role})")
        else:
            names.append(name)
    names = list(dict.fromkeys(names))  # "parents" and the reader's own name: "you" once
    if len(names) > 1:
        return upper_first(", ".join(names[:-1]) + " and " + names[-1])
    return upper_first("".join(names))


def _only_first(name: str, person: CorePerson, plan: Plan) -> bool:
    """Whether ``name`` ("Nadia", "Mrs Ellison") is ``person``'s first name (or title
    and surname: "Mrs J Ellison"), and no one else's."""
    parts = person.name.split()
    if len(parts) > 2 and name == f"{parts[0]} {parts[-1]}":
        return True
    firsts = [p.name.split()[0] for p in plan.core_group]
    return parts[0] == name and firsts.count(name) == 1


def _by_when(outcome: Outcome, index: int, plan: Plan, words: Glossary, original: str) -> str:
    """The action's timescale as the formal plan means it: its own, or, for a blank
    cell under another action of the same outcome, the one above (the formal plan
    prints them as one merged cell); "Not agreed yet" only where none is written.
    ``original``: the timescale the formal plan gives this action, where the action
    above it was taken out of this copy (withheld from its reader): said as this
    action's own, never "same as above" a row the reader does not see."""
    timescale = effective_timescale(outcome, index) or original
    if not timescale:
        return NOT_AGREED
    own = outcome.actions[index].timescale or not effective_timescale(outcome, index)
    said = upper_first(plainly(timescale, words)) if own else SAME_AS_ABOVE
    # "By 28 weeks" of a pregnancy is a stage, not 28 weeks from the plan's date
    pregnancy = re.search(r"\bweeks?\b", timescale, re.I) and re.match(
        r"unborn\b", plan.child.name, re.I
    )
    due = None if pregnancy else due_date(timescale, plan.plan_date)
    if due and in_words(due) not in said:
        said += f" (by {in_words(due)})"
    return said


def formal_timescales(plan: Plan) -> dict[tuple[str, str, str], str]:
    """Each action's timescale as the formal plan shows it (its own or the merged cell
    above it), by (outcome, action, who): found again in a copy from which a row was
    taken out."""
    return {
        (outcome.text, action.text, "/".join(action.responsible)): outcome.timescale_of(index)
        for outcome in plan.outcomes
        for index, action in enumerate(outcome.actions)
    }


def person_entry(person: CorePerson, original: CorePerson, words: Glossary) -> dict[str, str]:
    """Name, role, agency and work contact: nothing more about a professional; a family
    member's own contact details are theirs, not the plan's to print (who is family is
    read from the original, so withholding a mother's role never makes her a
    professional whose contacts are printed)."""
    family = is_family(original)
    return {
        "name": person.name,
        "role": upper_first(words.plain(person.role))
        + (" (your lead worker)" if person.lead_professional else ""),
        "agency": "" if family else person.agency,
        "contact": "" if family else " / ".join(p for p in (person.phone, person.email) if p),
    }


def meetings_in_words(plan: Plan, *, who: str, voice: Callable[[str], str | None]) -> str:
    """When the next core group and the next review are, in one or two sentences; the
    details written after a date ("Review - Ana's home 4pm") in brackets, in ``voice``."""
    said: list[str] = []
    for meeting in (plan.next_core_group, plan.next_review):
        if meeting is None:
            continue
        details = (voice(meeting.details) or "") if meeting.details else ""
        verb = "meet again" if not said else "look at the whole plan again"
        when = f"{who} will {verb} on {in_words(meeting.date)}"
        if re.match(r"(?:at|in|by|from|on)\b", details, re.I):
            details = details[:1].lower() + details[1:]  # "at 14:00, Seaton Family Centre"
        elif len(details.split()) > 3:
            # a long note of where and who, after a short sentence that says when
            said += [f"{when}.", f"The details are: {details.rstrip('.')}."]
            continue
        elif details:
            details = f"({details})"
        said.append(f"{when}{' ' + details if details else ''}.")
    return " ".join(said)


def lower_words(text: str, keep: Callable[[str], bool] = lambda word: False) -> str:
    """ "Social Worker" -> "social worker"; "CPN", "SENCo", "Year 8" words stay, and
    the words ``keep`` says are names ("Social Worker for Stacey")."""
    return " ".join(
        w.lower() if w[1:].islower() and w[:1].isalpha() and not keep(w) else w
        for w in text.split()
    )


def called_by_child(name: str) -> str:
    """How a child names a professional: "Jordan"; "Dr Adeyemi" for "Dr O. Adeyemi"."""
    words = name.split()
    if len(words) > 1 and words[0].rstrip(".") in _TITLES:
        return f"{words[0]} {words[-1]}"
    return words[0]


_TITLES = {"Dr", "Mr", "Mrs", "Ms", "Miss", "DS", "DC", "PC", "Sgt", "Prof", "Rev", "Cllr"}


def shorter_worry(factor: str, harm: str, who: Household) -> str:
    """A worry for the parents, its clauses as sentences of their own."""
    return " ".join(shorter(part) for part in split_sentences(worry_for_parents(factor, harm, who)))


def _ask_lead(plan: Plan) -> str:
    """What an empty "what happens if things don't change" says: who to ask."""
    lead = next((p for p in plan.core_group if p.lead_professional), None)
    who = f"{lead.name}, your lead worker," if lead else "your social worker"
    return f"The plan does not say this yet. You can ask {who} what would happen."


def _numbered(number: int, text: str, count: int) -> str:
    return f"Change {number}: {text}" if count > 1 else text


def family_context(plan: Plan, words: Glossary, *, recipient: str | None = None) -> dict[str, Any]:
    """The family version's values, for parents and carers (``recipient``: one person's
    own copy, without what is withheld from them).

    ``notes`` lists, for the worker's draft, each text whose brackets or quotes had to
    be put right (:mod:`plangen.family.mend`)."""
    copy = redacted(plan, recipient)
    formal = formal_timescales(plan)
    needs = reading_needs(plan, free_text(plan))  # for the worker's draft: all of them
    plan = copy.plan
    who = household(plan, free_text(plan), copy.originals)
    who = replace(who, reader=the_reader(who, recipient, copy.originals))
    child = who.child
    count = len(plan.outcomes)
    changes, better = [], []
    for number, outcome in enumerate(plan.outcomes, start=1):
        if not (outcome.text or outcome.plain):
            continue
        text = own_words_to_reader(outcome.plain, who) or for_parents(
            plainly(outcome.text, words), who
        )
        text = _numbered(number, shorter(upper_first(text.rstrip("."))) + ".", count)
        if achieved(outcome):
            review = outcome.reviews[-1]
            better.append(f"{text} This was reached by the review on {in_words(review.date)}.")
            continue
        # its clauses as sentences of their own: "Ollie completes 8 sessions. His sleep
        # diary shows ..." (notes without a verb stay joined)
        how = shorter(for_parents(plainly(outcome.success_looks_like, words), who)).rstrip(".")
        changes.append(
            {
                "text": text,
                "progress": progress_for_parents(
                    outcome,
                    who,
                    plainly(outcome.reviews[-1].note, words) if outcome.reviews else "",
                ),
                "how_we_know": (
                    f"{'For change ' + str(number) + ', we' if count > 1 else 'We'} will look "
                    f"for: {how}."
                    if how
                    else ""
                ),
            }
        )
    actions = [
        {
            "who": _who(action, copy, words, who),
            "what": upper_first(
                own_words_to_reader(action.plain, who)
                or shorter(will_do(for_parents(plainly(action.text, words), who), who), orders=True)
            ),
            "how_often": frequency_in_words(action.frequency, words),
            "by_when": _by_when(
                outcome,
                index,
                plan,
                words,
                formal.get((outcome.text, action.text, "/".join(action.responsible)), ""),
            ),
        }
        for outcome in plan.outcomes
        for index, action in enumerate(outcome.actions)
    ]
    contingency = plan.contingency
    when = for_parents(plainly(contingency.timescale, words), who).rstrip(".")
    context: dict[str, Any] = {
        "child_name": child,
        "recipient": recipient or "",
        "plan_date": in_words(plan.plan_date),
        "intro": f"This plan was agreed on {in_words(plan.plan_date)}. It says what needs to "
        f"change so that {child} {'are' if who.siblings else 'is'} safe and well. It also says "
        "who will help." + _gone_through(plan, words, reading_needs(plan, free_text(plan)), who),
        # the version's own sentence from this copy's plan: what is withheld from its
        # reader (a protected parent's role, say) never says anything here
        "status": status_for_parents(plan, who),
        "worries": [
            own_words_to_reader(risk.plain, who)
            or shorter_worry(
                for_parents(plainly(risk.risk_factor, words), who),
                for_parents(plainly(risk.risk_to_child, words), who),
                who,
            )
            for risk in plan.risks
            if risk.risk_factor or risk.risk_to_child or risk.plain
        ],
        "better": better,
        "changes": changes,
        "actions": actions,
        "if_not": shorter(for_parents(plainly(contingency.plan, words), who)) or _ask_lead(plan),
        "if_not_when": f"When this will happen: {when}." if when else "",
        "step_down": shorter(for_parents(plainly(plan.step_down, words), who)),
        "next_meeting": meetings_in_words(
            plan, who="We", voice=lambda t: for_parents(plainly(t, words), who)
        ),
        "people": [
            person_entry(person, original, words)
            for person, original in zip(plan.core_group, copy.originals, strict=True)
        ],
        "child_views": ""
        if who.unborn
        else for_parents(clean_views(plan.child_views, who), who, child_said=True),
        # "What you said": in a parent's own copy, what she said is said to her as "you"
        "family_views": for_parents(clean_views(plan.family_views, who), who),
    }
    people = [(p, is_family(o)) for p, o in zip(plan.core_group, copy.originals, strict=True)]
    family_names = {r.first for r in who.relatives} | {
        w for n in who.child_names for w in n.split()
    }
    context = introduced(context, workers(people, child, words, family_names))
    notes: list[str] = []
    context = mended(last_look(_tidied(context), copy), notes)
    context["words_we_use"] = words_we_use(context, words)
    context["notes"] = notes
    context["read_with"] = draft_note(needs) if needs and recipient is None else ""
    return context


def _gone_through(plan: Plan, words: Glossary, needs: list[Need], who: Household) -> str:
    """ " Olivia Grant, your social worker, will go through this plan with you, with an
    interpreter.": where the reader (in her own copy: she herself) needs it."""
    reader = who.reader
    mine = [need for need in needs if reader is None or need.name == reader.name]
    lead = next((p for p in plan.core_group if p.lead_professional), None)
    worker = "Your worker"
    if lead is not None and lead.role:
        role = re.sub(r"\s*\([^()]*\)", "", words.plain(lead.role))  # "(main worker)"
        worker = f"{lead.name}, your {lower_words(role)},"
    said = version_sentence(mine, worker)
    return f" {said}" if said else ""


def _tidied(value: Any) -> Any:
    """Every text of the context with "and you and" said once (:func:`tidy_and`)."""
    if isinstance(value, dict):
        return {key: _tidied(v) for key, v in value.items()}
    if isinstance(value, list):
        return [_tidied(v) for v in value]
    return tidy_and(value) if isinstance(value, str) else value


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for v in value.values():
            yield from _texts(v)
    elif isinstance(value, list):
        for v in value:
            yield from _texts(v)
    elif isinstance(value, str):
        yield value


def words_we_use(context: dict[str, Any], words: Glossary) -> list[dict[str, str]]:
    """Every glossary term still in the version (in the worker's own words, say), with
    its explanation, for the "words we use" box."""
    found: dict[str, str] = {}
    for text in _texts(context):
        for term in words.terms_in(text):
            found.setdefault(term.term, term.explain)
    return [{"term": term, "explain": explain} for term, explain in sorted(found.items())]


def readable_texts(context: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(context path, text) of every sentence plangen wrote, for the readability report:
    what the reader reads, the "words we use" box's explanations too.  The family's and
    child's own words (their views) are theirs and are not scored; names, roles and
    contacts are not sentences."""
    for key, value in context.items():
        if key in ("child_views", "family_views", "my_views", "people", "notes"):
            continue
        if isinstance(value, str) and key not in (
            "child_name",
            "my_name",
            "recipient",
            "plan_date",
        ):
            yield key, value
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, str):
                    yield f"{key}[{index}]", item
                elif isinstance(item, dict):
                    for field in ("text", "progress", "how_we_know", "what", "explain"):
                        if item.get(field):
                            yield f"{key}[{index}].{field}", item[field]
