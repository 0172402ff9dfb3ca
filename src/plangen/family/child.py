"""The child's version, "My plan": the values of :mod:`plangen.family.context`'s
steps, in the child's own voice (family members as the child calls them, pitched to
the child's age, with what each helper will do with or for the child)."""

from __future__ import annotations

import re
from typing import Any

from plangen.dates import in_words
from plangen.family.child_actions import by_when_for_child
from plangen.family.child_changes import my_changes, my_worries, people_for
from plangen.family.child_finish import (
    as_the_child_says,
    asked_of_me,
    said_safely,
    they_as_me,
    we_as_we,
    without_markers,
    workers_as_called,
)
from plangen.family.child_gaps import without_gaps
from plangen.family.child_help_kinds import safety_lines
from plangen.family.child_helpers import helpers_for_child
from plangen.family.child_in_my_voice import as_i_call_them, in_my_voice, one_line_helpers
from plangen.family.child_next import as_sentence, meetings_for_child, what_next
from plangen.family.child_pitch import pitched
from plangen.family.child_siblings import each_child
from plangen.family.child_text import WHOLE, Notes, private
from plangen.family.child_told import grown_ups_part
from plangen.family.child_views import NOT_ASKED, my_views, quotes_changed
from plangen.family.child_who import (
    Band,
    band,
    children_named,
    no_version_reason,
    reading_need,
    uses_words,
)
from plangen.family.child_words_box import words_for_child
from plangen.family.context import free_text, person_entry, some_details_not_here, words_we_use
from plangen.family.mend import mended
from plangen.family.plain import Glossary
from plangen.family.sentences import status_for_child
from plangen.family.voice import Household, age_on_plan_date, household, upper_first
from plangen.family.words_box import child_explanations, headword
from plangen.model import Plan
from plangen.privacy import last_look, redacted
from plangen.privacy.protect import meets_apart, protected
from plangen.rules.findings import Place


def to_the_child(explain: str) -> str:
    """A "words we use" explanation said to the child: "your child" is "you"."""
    said = re.sub(r"\b([Yy]ou) and your child\b", r"\1", explain)  # not "you and you"
    said = re.sub(r"\byour child's\b", "your", said)
    return re.sub(r"\byour child\b", "you", said)


# the draft's note that the child's version must be translated or made easy-read
CHILD_READS = "The child's version is not ready to share as it is: the plan says"
HEARD = "My helpers listened to what I said. They keep it private, in my records."


def _views(written: Plan, plan: Plan, who: Household, notes: Notes) -> list[str]:
    """What I said, from the copy's plan; where the copy held back part of the views,
    never "not asked yet" (held-out plans 147, 151 and 152: the children's words went
    with the places in them, and their copies said they had not been asked)."""
    views = my_views(plan, who, notes)
    if views in ([], [NOT_ASKED]) and plan.child_views.strip() != written.child_views.strip():
        return [HEARD]
    return views


def _lead(lead: str, text: str) -> str:
    """``text`` after the sentence that says what it is about, when there is any."""
    return f"{lead} {text}" if text else ""


def _teller(plan: Plan, who: Household) -> str:
    """Who tells the child what the plan's next steps mean: the lead professional, by
    first name ("Priya"), or "My social worker" when none is named."""
    lead = next((p for p in plan.core_group if p.lead_professional), None)
    if lead is None or lead.name in {r.name for r in who.relatives}:
        return "My social worker"
    return lead.name.split()[0]


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


def siblings_notes(plan: Plan, words: Glossary, *, recipient: str | None = None) -> list[str]:
    """For the worker's draft of a plan for brothers and sisters: what each child's own
    version held back, by child ("Tyler's version: ..."); empty for a plan for one."""
    if len(children_named(plan.child.name)) < 2:
        return []
    return [
        f"{one.child.name.split()[0]}'s version: {note}"
        for _, one in child_plans(plan)
        for note in child_context(one, words, recipient=recipient)["notes"]
    ]


def child_context(plan: Plan, words: Glossary, *, recipient: str | None = None) -> dict[str, Any]:
    """The child's version, "My plan", in the child's own voice and pitched to their age.

    ``notes`` lists, for the worker's draft, every sentence kept in the worker's words
    or left out because it could not be put in the child's voice safely.  ``recipient``
    (whose family copy the draft is beside) does not change what the child's version
    holds."""
    del recipient
    # a child's version is read by whoever the child shows it to, a parent kept from
    # the other among them: it leaves out at least what any family member's copy does
    # (a protected parent's safety plan, where and when meetings are), whoever the
    # family copy beside it is for
    copy = redacted(plan, None, drop=True)
    notes = Notes()
    if copy.held_back:
        notes.add(
            "Left out of the child's version, as a parent kept from another's whereabouts "
            "may read it: what could show where someone can be found, in "
            + "; ".join(dict.fromkeys(Place(place).where for place, _ in copy.held_back))
        )
    for found in protected(plan):
        notes.add(
            f"Left out of the child's version, as out of {' and '.join(found.readers)}'s "
            f"copy: {found.noun} {found.number} says {found.says}, and a parent may read "
            "the child's copy"
        )
    if meets_apart(plan, None) and (plan.next_core_group or plan.next_review):
        notes.add(
            "The child's version gives the next meeting's date but not its time or place, "
            "as a parent is protected from another"
        )
    held = bool(plan.child_views.strip()) and not copy.plan.child_views.strip()
    everything, plan = plan, copy.plan
    who = household(plan, free_text(plan), copy.originals, by_child=True)
    pitch = band(who, plan)
    people = people_for(plan, who)
    if need := reading_need(plan, who.child_names):
        notes.add(
            f"{CHILD_READS} {who.child} needs it: this version must be {need} before it is "
            "shared with them"
        )
    if not uses_words(plan):
        notes.add(
            "The plan says the child does not give views in words: make a picture or symbol "
            "version with them, using this version as the words"
        )
    better, changes = my_changes(plan, words, who, pitch, notes)
    helpers, grown_ups = helpers_for_child(copy, words, who, pitch, notes)
    # safety resources always stay, in fixed words (the readers: Eilidh's 999 and safe
    # adults, Reece's Kooth and Shout were left out)
    # in fixed words, with no place, time or name: from the whole plan, so a safety
    # resource in a part withheld from a parent still reaches the child
    helpers += [{"text": line, "what": ""} for line in safety_lines(everything, who)]
    if_not = what_next(plan.contingency.plan, who, pitch, notes, words)
    if plan.contingency.plan and plan.contingency.timescale and pitch is Band.TEEN:
        when = by_when_for_child(plan.contingency.timescale, words, who, pitch)
        if_not += f" {when}" if when and if_not else ""
    if if_not:  # what it is before what happens: a child reads on knowing why
        if_not = f"{upper_first(people)} have a plan in case things do not get better. {if_not}"
    if not if_not and not plan.contingency.plan:
        # said honestly: the formal plan has none, so the child is not told of one
        notes.add(
            "The plan has no contingency: the child's version says it is not written down yet"
        )
        if_not = (
            f"{upper_first(people)} have not written down yet what will happen if things do "
            "not get better. They will tell me when they have."
        )
    elif not if_not and pitch is Band.YOUNG and private(plan.contingency.plan, pitch):
        # a court or legal step, said as what would happen, in a young child's words;
        # the worker explains the rest in person (the family version has it all)
        if_not = (
            f"If things do not get better, {people.lower()} will meet to decide what to do "
            f"to keep me safe. {_teller(plan, who)} will talk to me about it."
        )
    elif not if_not:  # there is one, in words the child's version could not use
        if_not = (
            f"{upper_first(people)} have a plan for what will happen if things do not get "
            "better. They will tell me about it."
        )
    step_down = as_sentence(what_next(plan.step_down, who, pitch, notes, words, mine=False))
    context: dict[str, Any] = {
        "my_name": who.child,
        "intro": f"This is my plan. It was made on {in_words(plan.plan_date)}."
        + (f" {some_details_not_here(copy, child=True)}" if copy.says_less else ""),
        "status": status_for_child(plan, who),
        "worries": my_worries(plan, words, who, pitch, notes, everything)
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
        # views kept on the case record: heard, and kept private, never a bare gap
        "my_views": [HEARD] if held else _views(everything, plan, who, notes),
        "next_meeting": meetings_for_child(plan, people, pitch),
        "if_not": if_not,
        "step_down": _lead("My plan can change or end when things are better.", step_down),
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
    for item in dict.fromkeys(
        [
            *(v for v in context["my_views"] if re.search(r'"[^"]*\[[a-z ]+ not shared\]', v)),
            *quotes_changed(context["my_views"], everything.child_views),
        ]
    ):
        context["my_views"].remove(item)
        said.append(
            f'Left out of "What I said" (it holds a detail withheld from someone): "{item}"'
        )
    context = without_markers(context, said)
    context = without_gaps(
        context, said, who.pronoun
    )  # never a sentence with a gap or a slip in it
    if not context["worries"]:
        context["worries"] = [f"{upper_first(people)} will tell me why I have a plan."]
    context = as_the_child_says(context, plan.child_views)
    context = workers_as_called(context, copy, words, who)
    context = they_as_me(context, plan.child.known_as or "", plan.child_views)
    context = asked_of_me(we_as_we(said_safely(context)), who.pronoun)
    if pitch is not Band.TEEN:  # "Dad completes DAPP and accepts responsibility ...",
        # kept in the worker's words, told to a 9-year-old as a grown-up's part (reader32 C12)
        for change in context["changes"]:
            kept = f'{WHOLE}: "{change["text"].rstrip(".")}"'
            if kept in said and (part := grown_ups_part(change["text"], who)):
                said[said.index(kept)] = (
                    f'Said to the child as a grown-up\'s part: "{change["text"]}"'
                )
                change["text"] = part
    # one voice to the end: never the child by name, a "when" alone, or "The meeting"
    # with no meeting before it (reader32 C4, C7, C10, C11)
    context = in_my_voice(
        context,
        who.child_names,
        said,
        people=upper_first(people),
        teller=_teller(plan, who),
        pronoun=who.pronoun if who.pronoun in ("he", "she") else None,
    )
    context = as_i_call_them(context, plan.child_views)
    context["helpers"] = one_line_helpers(context["helpers"])
    context = pitched(context, pitch)  # a 4-year-old and a 16-year-old read different words
    # a sentence kept in the worker's words is named in the draft as it is printed
    whole = {"notes": [n[len(WHOLE) + 3 : -1] for n in said if n.startswith(WHOLE)]}
    printed = said_safely(
        workers_as_called(as_the_child_says(whole, plan.child_views), copy, words, who)
    )
    said = [n for n in said if not n.startswith(WHOLE)]
    said += [f'{WHOLE}: "{text}"' for text in printed["notes"]]
    context.pop("people")  # not printed: the words box looks only at what is printed
    own = child_explanations(words)
    context["words_we_use"] = [
        {
            "term": word["term"],
            # a teenager is not told of "the grown-ups in my family" (the readers: Reece, 17)
            # the glossary's own words for a child where it has them (the reader29
            # chair: the parents' explanations turned read "for them", "never the
            # child's fault" in the child's own box), else the parents', turned
            "explain": own.get(headword(word["term"]))
            or words_for_child(
                word["explain"],
                grown_ups=people,
                family="my family" if pitch is Band.TEEN else "the grown-ups in my family",
            ),
        }
        for word in words_we_use(context, words)
    ]
    context["notes"] = said
    return context
