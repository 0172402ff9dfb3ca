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

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from plangen.dates import in_words
from plangen.family.back_up import back_up_said, change_said
from plangen.family.barred import objects_kept, who_sees_to_it
from plangen.family.cells import (
    NOT_AGREED,
    as_written_to_parents,
    by_when,
    called_by_child,
    formal_timescales,
    free_text,
    lower_words,
    meetings_in_words,
    person_entry,
    plainly,
    who_agrees,
    who_does,
)
from plangen.family.change_heads import change_head
from plangen.family.contacts import helpers, helpers_outside, through_lead
from plangen.family.lead import LeadWorker, lead_worker
from plangen.family.look_for import look_for
from plangen.family.mend import mended
from plangen.family.needs import Need, draft_note, reading_needs, version_sentence
from plangen.family.note_states import states_said
from plangen.family.notes_said import child_named, doing_said, due_status, in_sentences
from plangen.family.own_views import views_to_reader
from plangen.family.plain import Glossary, frequency_in_words
from plangen.family.reached import reached_said
from plangen.family.reader import own_words_to_reader, the_reader, tidy_and
from plangen.family.said_by import child_views_heading, views_heading
from plangen.family.said_to_do import will_do
from plangen.family.sentences import (
    achieved,
    clean_views,
    progress_for_parents,
    shorter,
)
from plangen.family.short_dates import dated
from plangen.family.split import split_sentences
from plangen.family.status import due_said, safe_and_well, status_for_parents, still_checked
from plangen.family.unclear import plan_reader
from plangen.family.unclear_draft import unclear_note
from plangen.family.verbs import verbs
from plangen.family.voice import (
    Household,
    for_parents,
    household,
    upper_first,
)
from plangen.family.words_box import is_term_or_kind_of_place, quoted_abbreviation, words_we_use
from plangen.family.workers import introduced, workers
from plangen.family.worries import meeting_noted, worry_for_parents
from plangen.family.yours import not_mine, not_yours
from plangen.model import Plan
from plangen.privacy import Redacted, last_look, redacted
from plangen.privacy.names import is_family
from plangen.privacy.routines import without_weekdays

# the cells live in :mod:`plangen.family.cells`; the child's version reads these from here
__all__ = [
    "called_by_child",
    "family_context",
    "free_text",
    "is_term_or_kind_of_place",
    "lower_words",
    "person_entry",
    "plainly",
    "quoted_abbreviation",
    "shorter_worry",
    "some_details_not_here",
    "words_we_use",
]


def shorter_worry(factor: str, harm: str, who: Household, plan_date: dt.date) -> str:
    """A worry for the parents, its clauses as sentences of their own."""
    worry = worry_for_parents(factor, harm, who)
    parts = split_sentences(worry)
    return " ".join(
        shorter(meeting_noted(part, who, plan_date), whole_conditions=True) for part in parts
    )


def _keep_safe(plan: Plan, recipient: str | None) -> str:
    """A protected person's own copy holds what the plan keeps from others about them:
    it says so, as the professionals-only copy does."""
    from plangen.privacy.names import name_key

    if recipient and any(
        w.withheld_from and name_key(w.about) == name_key(recipient) for w in plan.confidential
    ):
        return " This copy has details about you that are kept from others. Keep it somewhere safe."
    return ""


def _ask_lead(lead: LeadWorker, *, said: bool = False) -> str:
    """What an empty "what happens if things don't change" says: who to ask, by role and
    name; ``said``: after a back-up plan that says too little (who does what, by when)."""
    who = lead.named + ("," if lead.name else "")
    if said:
        return f"You can ask {who} what this means and when it would happen."
    return f"The plan does not say this yet. You can ask {who} what would happen."


def _numbered(number: int, text: str, count: int) -> str:
    """ "Change 2: Leo sleeps well."; a change the worker wrote in a word or two
    ("Housing") is shown as written, with a plain lead-in: never as a sentence."""
    if _LABEL_ONLY.fullmatch(text):
        lead = f"Change {number} is about" if count > 1 else "This change is about"
        return f"{lead}: {text}"
    return f"Change {number}: {text}" if count > 1 else text


# an outcome of one or two words and no verb: "Housing.", "School attendance."
_LABEL_ONLY = re.compile(r"[\w'’-]+\.")


def _labels_only(plan: Plan) -> list[str]:
    """For the worker's draft: each change written as a word or two, to write out."""
    return [
        f'Change "{o.text.strip()}" is only a word or two; the family version shows it as '
        "you wrote it. Say what needs to change in a sentence."
        for o in plan.outcomes
        if not o.plain and _LABEL_ONLY.fullmatch(o.text.strip().rstrip(".") + ".")
    ]


def family_context(
    plan: Plan, words: Glossary, *, recipient: str | None = None, rules_data: Path | None = None
) -> dict[str, Any]:
    """The family version's values, for parents and carers (``recipient``: one person's
    own copy, without what is withheld from them; ``rules_data``: the council's tuned
    word lists, as the rules read them).

    ``notes`` lists, for the worker's draft, each text whose brackets or quotes had to
    be put right (:mod:`plangen.family.mend`)."""
    plan = objects_kept(plan)  # "...; Lee not to collect." says whom, before anything is held
    copy = redacted(plan, recipient)
    keep_safe = _keep_safe(plan, recipient)  # from the plan as written: the copy has no list
    # found again for a row below one taken out: held back as the copy holds back
    formal = [copy.without_locating(said) for said in formal_timescales(plan, copy.plan)]
    left_out = len(plan.outcomes) - len(copy.plan.outcomes)
    needs = reading_needs(plan, free_text(plan))  # for the worker's draft: all of them
    written, plan = plan, copy.plan
    who = household(plan, free_text(plan), copy.originals)
    if who.pronoun is None:  # the sentences that said it may have gone whole (reader 29)
        who = replace(who, pronoun=household(written, free_text(written)).pronoun)
    who = replace(who, reader=the_reader(who, recipient, copy.originals))
    child = who.child
    count = len(plan.outcomes)
    changes, better, unclear = [], [], []
    read = plan_reader(written, rules_data)
    lead = next((p for p in plan.core_group if p.lead_professional), None)
    lead_name = lead.name if lead and lead.name and not lead.name.startswith("[") else None
    asked = lead_worker(plan, words, copy.unnamed)
    for number, outcome in enumerate(plan.outcomes, start=1):
        if not (outcome.text or outcome.plain):
            continue
        text = own_words_to_reader(outcome.plain, who) or for_parents(
            plainly(outcome.text, words), who
        )
        text = change_head(change_said(upper_first(text.rstrip(".")), verbs()), who)
        text = _numbered(number, shorter(text, whole_conditions=True) + ".", count)
        if achieved(outcome):
            better.append(
                f"{text} {reached_said(outcome, still_checked(outcome.reviews[-1].note))}"
            )
            continue
        # its clauses as sentences of their own: "Ollie completes 8 sessions. His sleep
        # diary shows ..." (notes without a verb stay joined)
        how = shorter(
            for_parents(plainly(outcome.success_looks_like, words), who), whole_conditions=True
        ).rstrip(".")
        unclear.append(unclear_note(text, outcome, read, child))
        changes.append(
            {
                "text": text,
                "progress": progress_for_parents(
                    outcome,
                    who,
                    plainly(outcome.reviews[-1].note, words) if outcome.reviews else "",
                ),
                "how_we_know": look_for(
                    f"{'For change ' + str(number) + ', we' if count > 1 else 'We'} will look for",
                    how,
                ),
            }
        )
    actions = [
        {
            "who": who_does(action, copy, words, who),
            "what": upper_first(
                own_words_to_reader(action.plain, who)
                or shorter(
                    will_do(
                        for_parents(plainly(as_written_to_parents(action, plan), words), who), who
                    ),
                    orders=True,
                    whole_conditions=True,
                )
            ),
            "how_often": frequency_in_words(action.frequency, words),
            "by_when": _when_to_reader(by_when(outcome, index, plan, words, formal[number]), who),
        }
        for number, (outcome, index, action) in enumerate(
            (outcome, index, action)
            for outcome in plan.outcomes
            for index, action in enumerate(outcome.actions)
        )
    ]
    for action, outcome in zip(actions, (o for o in plan.outcomes for _ in o.actions), strict=True):
        action["who"] = who_agrees(action["who"], action["what"], who)
        action["what"] = doing_said(
            action["what"] if who.siblings else child_named(action["what"], child)
        )
        action["what"] = who_sees_to_it(action["who"], action["what"])
        # no one named in the plan: said, not a blank cell (reader 33, plan 179)
        action["who"] = action["who"] or NOT_AGREED
        action["by_when"] = due_status(action["by_when"], achieved(outcome))
        if copy.held_a_day:  # "8 sessions by Thursday 13 February" says the day again
            action["by_when"] = without_weekdays(action["by_when"])
    # "What you said": in a reader's own copy, what she said is said to her as "you",
    # or left to her own quoted words (reader 32: never "Dwayne says ..." to Dwayne)
    own_views, view_notes = views_to_reader(
        not_yours(clean_views(plan.family_views, who)),
        who,
        lambda text: for_parents(text, who),
        asked.named,
    )
    contingency = plan.contingency
    when = for_parents(plainly(contingency.timescale, words), who).rstrip(".")
    context: dict[str, Any] = {
        "child_name": child,
        "recipient": recipient or "",
        "plan_date": in_words(plan.plan_date),
        "intro": f"This plan was agreed on {in_words(plan.plan_date)}. It says what needs to "
        f"change so that {safe_and_well(who)} safe and well. It also says "
        "who will help."
        + due_said(plan, child)
        + _gone_through(plan, words, reading_needs(plan, free_text(plan)), who)
        # a change left out is said as any detail held back is: "One part of the plan is
        # not included" told a stepdad there was a secret need (reader 32, A2, A3)
        + (f" {some_details_not_here(copy)}" if copy.says_less or left_out > 0 else "")
        + keep_safe,
        # the version's own sentence from this copy's plan: what is withheld from its
        # reader (a protected parent's role, say) never says anything here
        "status": status_for_parents(plan, who),
        "worries": [
            own_words_to_reader(risk.plain, who)
            or shorter_worry(
                for_parents(plainly(states_said(risk.risk_factor, who), words), who),
                for_parents(plainly(risk.risk_to_child, words), who),
                who,
                plan.plan_date,
            )
            for risk in plan.risks
            if risk.risk_factor or risk.risk_to_child or risk.plain
        ],
        "better": better,
        "changes": changes,
        "actions": actions,
        "if_not": upper_first(
            back_up_said(
                shorter(
                    for_parents(plainly(not_yours(contingency.plan), words), who),
                    whole_conditions=True,
                ),
                _ask_lead(asked, said=True),
            )
        )
        or _ask_lead(asked),
        "if_not_when": f"When this will happen: {when}." if when else "",
        "step_down": upper_first(
            shorter(for_parents(plainly(plan.step_down, words), who), whole_conditions=True)
        ),
        "next_meeting": meetings_in_words(
            plan, who="We", voice=lambda t: for_parents(plainly(t, words), who)
        ),
        "people": [
            person_entry(person, original, words)
            for person, original in zip(plan.core_group, copy.originals, strict=True)
        ],
        "child_views": ""
        if who.unborn
        else for_parents(
            clean_views(not_mine(plan.child_views, lead_name), who), who, child_said=True
        ),
        "family_views": own_views,
    }
    people = [(p, is_family(o)) for p, o in zip(plan.core_group, copy.originals, strict=True)]
    through_lead(context["people"], [family for _, family in people], plan)
    context["people"] = helpers(context["people"], copy.originals, who)
    helpers_outside(context["people"], plan, context["actions"])
    family_names = {r.first for r in who.relatives} | {
        w for n in who.child_names for w in n.split()
    }
    reader = who.reader.first if who.reader else None
    context = introduced(context, workers(people, child, words, family_names, reader, plan))
    context = dated(context, plan.plan_date, skip=frozenset({"people", "recipient"}))
    context = in_sentences(context, who)
    notes: list[str] = []
    context = mended(last_look(_tidied(context), copy), notes)
    notes += _labels_only(plan) + view_notes + [note for note in unclear if note]
    context["words_we_use"] = words_we_use(context, words)
    context["family_views_heading"] = views_heading(context["family_views"], who)
    context["child_views_heading"] = child_views_heading(context["child_views"], who)
    context["notes"] = notes
    context["lead"] = asked  # for what is said where something was held back
    context["child_pronoun"] = who.pronoun  # for a worry whose cause was held back
    context["left_out"] = list(copy.left_out)
    # the draft quotes the plan's words for each need only where nothing is withheld, and
    # then scrubbed as the copy is (held-out plan 152: a school and a routine quoted from
    # the child's views in the family version's draft)
    quote = not written.confidential
    quoted = [replace(n, because=copy.without_locating(copy.scrub(n.because))) for n in needs]
    context["read_with"] = draft_note(quoted, quote=quote) if needs and recipient is None else ""
    return context


def _when_to_reader(when: str, who: Household) -> str:
    """An action's "By when" in the reader's own copy, with her as "you" where it names
    her ("While Kayleigh is in refuge" -> "While you are in refuge", held-out plan 133);
    any other timescale as it is."""
    reader = who.reader
    if reader is None or not re.search(rf"\b{re.escape(reader.first)}\b", when):
        return when
    return for_parents(when, who)


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


def some_details_not_here(copy: Redacted, *, child: bool = False) -> str:
    """The one sentence a copy with locating details held back says about them: who
    to ask, never what they were (in the child's version, in the child's voice)."""
    lead = next((p for p in copy.plan.core_group if p.lead_professional), None)
    ask = lead.name if lead is not None and lead.name not in copy.unnamed else "your lead worker"
    if ask.startswith("["):  # the lead's own name is kept from this reader
        ask = "your lead worker"
    if child:
        ask = "my social worker" if ask == "your lead worker" else ask
        return f"Some details are not in this copy. I can ask {ask} if I want to know more."
    return f"Some details are not in this copy. Ask {ask} if you need to know more."


def _tidied(value: Any) -> Any:
    """Every text of the context with "and you and" said once (:func:`tidy_and`), and
    no line that is only a full stop."""
    if isinstance(value, dict):
        return {key: _tidied(v) for key, v in value.items()}
    if isinstance(value, list):
        return [_tidied(v) for v in value]
    return _LONE_STOP.sub("", tidy_and(value)).rstrip("\n") if isinstance(value, str) else value


# a line that is only a stop, left where what stood before it went (reader 32: a "."
# alone on a line under "What you said")
_LONE_STOP = re.compile(r"(?m)^[ \t]*[.;,:][ \t]*(?:\n|$)")
