"""The values of the family version (for parents and carers) and the child's version.

Everything the family reads passes through here, in this order: first what the reader
must not see is taken out of the plan and every withheld value scrubbed from every text
(:mod:`plangen.privacy`, decided on the original plan); then the worker's own plain
words where the intake gives them (used as written), else the plan's text with the
glossary applied; frequencies and dates in words; professionals' details cut to name,
role, agency and work contact, family members' to name and role.  Last, every text of
the version is searched again for anything withheld, or anything that still looks like
a postcode or a phone number that is not a professional's work contact.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from plangen.dates import in_words
from plangen.family.plain import Glossary, dates_in_words, frequency_in_words, in_childs_voice
from plangen.model import Action, CorePerson, Outcome, Plan, Risk
from plangen.privacy import Redacted, last_look, redacted
from plangen.privacy.names import is_family
from plangen.rules.base import due_date, effective_timescale, means_parents

YOU = "you"


def _worry(risk: Risk, words: Glossary) -> str:
    if risk.plain:
        return risk.plain
    factor = words.plain(risk.risk_factor).rstrip(".")
    harm = words.plain(risk.risk_to_child).rstrip(".")
    said = f"We are worried about {_lower_first(factor)}." if factor else ""
    if harm:
        # "neglect (tired, hungry, ...)": the bracketed list reads better on its own
        main, _, examples = harm.partition("(")
        said += f" This can mean {_lower_first(main.strip(' ,;:'))}."
        if examples.strip(" )"):
            said += f" For example: {examples.strip(' )')}."
    return said.strip()


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _who(action: Action, copy: Redacted, words: Glossary) -> str:
    names = []
    for name in action.responsible:
        if means_parents(name):
            names.append(YOU)
            continue
        found = next(
            (
                (p, o)
                for p, o in zip(copy.plan.core_group, copy.originals, strict=True)
                if p.name == name
            ),
            None,
        )
        person = found[0] if found else None
        if found is not None and is_family(found[1]):
            names.append(found[0].name)
        elif person is not None and person.role:
            names.append(f"{person.name} ({words.plain(person.role).lower()})")
        else:
            names.append(name)
    if len(names) > 1:
        return ", ".join(names[:-1]) + " and " + names[-1]
    return "".join(names)


def _by_when(outcome: Outcome, index: int, plan: Plan, words: Glossary) -> str:
    timescale = effective_timescale(outcome, index)
    if not timescale:
        return ""
    said = dates_in_words(words.plain(timescale))
    due = due_date(timescale, plan.plan_date)
    if due and in_words(due) not in said:
        said += f" (by {in_words(due)})"
    return said


def _person(person: CorePerson, original: CorePerson, words: Glossary) -> dict[str, str]:
    """Name, role, agency and work contact: nothing more about a professional; a family
    member's own contact details are theirs, not the plan's to print (who is family is
    read from the original, so withholding a mother's role never makes her a
    professional whose contacts are printed)."""
    family = is_family(original)
    return {
        "name": person.name,
        "role": words.plain(person.role)
        + (" (your lead worker)" if person.lead_professional else ""),
        "agency": "" if family else person.agency,
        "contact": "" if family else " / ".join(p for p in (person.phone, person.email) if p),
    }


def _meeting(plan: Plan) -> str:
    meeting = plan.next_core_group or plan.next_review
    if meeting is None:
        return ""
    details = f" {meeting.details}" if meeting.details else ""
    return f"We will meet again on {in_words(meeting.date)}{details}."


def family_context(plan: Plan, words: Glossary, *, recipient: str | None = None) -> dict[str, Any]:
    """The family version's values, for parents and carers (``recipient``: one person's
    own copy, without what is withheld from them)."""
    copy = redacted(plan, recipient)
    plan = copy.plan
    child = plan.child.first_name
    changes = [
        {
            "text": outcome.plain or words.plain(outcome.text),
            "how_we_know": words.plain(outcome.success_looks_like),
        }
        for outcome in plan.outcomes
        if outcome.text or outcome.plain
    ]
    actions = [
        {
            "who": _who(action, copy, words),
            "what": action.plain or words.plain(action.text),
            "how_often": frequency_in_words(action.frequency, words),
            "by_when": _by_when(outcome, index, plan, words),
        }
        for outcome in plan.outcomes
        for index, action in enumerate(outcome.actions)
    ]
    contingency = plan.contingency
    context: dict[str, Any] = {
        "child_name": child,
        "recipient": recipient or "",
        "plan_date": in_words(plan.plan_date),
        "intro": f"This plan was agreed on {in_words(plan.plan_date)}. It says what needs to "
        f"change so that {child} is safe and well, and who will help.",
        "worries": [_worry(risk, words) for risk in plan.risks if risk.risk_factor or risk.plain],
        "changes": changes,
        "actions": actions,
        "if_not": dates_in_words(words.plain(contingency.plan)),
        "if_not_when": dates_in_words(words.plain(contingency.timescale)),
        "next_meeting": _meeting(plan),
        "people": [
            _person(person, original, words)
            for person, original in zip(plan.core_group, copy.originals, strict=True)
        ],
        "child_views": plan.child_views,
        "family_views": plan.family_views,
    }
    context = last_look(context, copy)
    context["words_we_use"] = words_we_use(context, words)
    return context


def child_context(plan: Plan, words: Glossary, *, recipient: str | None = None) -> dict[str, Any]:
    """The child's version, "My plan", in the child's own voice."""
    copy = redacted(plan, recipient)
    plan = copy.plan
    me = plan.child.first_name
    names = [plan.child.name, *plan.child.name.split(), plan.child.known_as or ""]
    changes = [
        outcome.plain or in_childs_voice(words.plain(outcome.text), names)
        for outcome in plan.outcomes
        if outcome.text or outcome.plain
    ]
    helpers = [
        f"{person.name}, {words.plain(person.role).lower()}" if person.role else person.name
        for person, original in zip(plan.core_group, copy.originals, strict=True)
        if not is_family(original)
    ]
    meeting = plan.next_core_group or plan.next_review
    context: dict[str, Any] = {
        "my_name": me,
        "intro": f"This is my plan. It was made on {in_words(plan.plan_date)}.",
        "worries": [risk.plain for risk in plan.risks if risk.plain]
        or ["The grown-ups want to make sure I am safe and looked after."],
        "changes": changes,
        "helpers": helpers,
        "my_views": plan.child_views,
        "next_meeting": f"The grown-ups will meet again on {in_words(meeting.date)}."
        if meeting
        else "",
        "if_not": "If things do not get better, the grown-ups will change the plan to keep "
        "me safe. They will tell me what is happening.",
    }
    context = last_look(context, copy)
    context["words_we_use"] = words_we_use(context, words)
    return context


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
    """(context path, text) of every sentence plangen wrote, for the readability report.
    The family's and child's own words (their views) are theirs and are not scored."""
    for key, value in context.items():
        if key in ("child_views", "family_views", "my_views", "people", "words_we_use", "helpers"):
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
                    for field in ("text", "how_we_know", "what"):
                        if item.get(field):
                            yield f"{key}[{index}].{field}", item[field]
