"""Who is helping me, and what the grown-ups will do: each professional with what they
will do with or for the child; the adults' own work (Dad's programme, Mum's medicine)
grouped apart, never as "my" helpers.

"My social worker" only for the child's own workers; an adult's worker is named as
whose they are ("Mum's nurse"), with no phone number for the child.  "I can call ..."
only from age 8, for a child who uses words, for their own workers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from plangen.family.child_about_me import GROWN_UPS, about_me
from plangen.family.child_actions import (
    action_for_child,
    by_when_for_child,
    is_childs_action,
)
from plangen.family.child_doers import doers_of, is_family_member, mine_after_me, parents_doing
from plangen.family.child_grown_ups import grown_ups_line
from plangen.family.child_help_kinds import help_by_role, help_given, help_in_my_words
from plangen.family.child_people import child_calls, resolved
from plangen.family.child_roles import SAFE, introduced, outsiders_worker, whose_role
from plangen.family.child_text import Notes
from plangen.family.child_who import Band, adults_worker, child_data, listed, whose
from plangen.family.context import called_by_child, plainly
from plangen.family.plain import Glossary
from plangen.family.sentences import achieved
from plangen.family.voice import Household, upper_first
from plangen.model import Action, CorePerson, Plan
from plangen.privacy import Redacted
from plangen.privacy.locating import role_as_name
from plangen.privacy.names import is_family
from plangen.rules.base import means_parents


def _said(
    action: Action,
    plan: Plan,
    words: Glossary,
    who: Household,
    band: Band,
    notes: Notes,
    originals: Sequence[CorePerson] = (),
) -> str:
    plain = (
        action.plain if action.plain and not re.search(r"\byou(?:r)?\b", action.plain, re.I) else ""
    )
    text = mine_after_me((plain or plainly(action.text, words)).rstrip(". "), who)
    actors, gender = doers_of(action, text, plan, who, originals)
    if actors.startswith("my "):  # a worker kept from a reader, by role: in plain words
        actors = words.plain(actors)
        known = child_data()["child_roles"]  # "my child safety lead", as a child says it
        assert isinstance(known, dict)
        actors = f"my {known.get(actors[3:].lower(), actors[3:])}"
    return action_for_child(
        action,
        text,
        actors,
        who,
        band,
        notes,
        actor=gender,
        words=words,
        by_when=by_when_for_child(action.timescale, words, who, band),
    )


def _for_me(line: str, who: Household) -> bool:
    """An action of one of the child's own workers is for the child unless it is about
    a grown-up in the family and not the child ("Sophie will support Dad ...")."""
    if is_childs_action(line.split(", in the words of the plan:")[0]):
        return True
    adults = "|".join(map(re.escape, [r.called or r.first for r in who.relatives] + ["parents"]))
    # "Sophie will support Dad ...", "Paul will visit Mum": done with a grown-up
    return not re.search(rf"\bwill (?:\w+ ){{1,2}}?(?:with |for |to )?(?:{adults})\b", line)


def _outside_helper(line: str, action: Action, who: Household) -> dict[str, Any] | None:
    """A worker outside the core group whose work is with me ("The school counsellor
    will meet me each week"): one of my helpers, not "What the grown-ups will do" (the
    reader32 chair); a withheld one as "Someone will ...".  None for a grown-up in the
    family, an adult's service, or the council itself."""
    doer = line.split(" will ", 1)[0] if " will " in line else ""
    if (
        not doer
        or _family_led(action, who)
        or _grown_ups_part(line, who)
        or listed("adult_roles").search(doer)
        or re.search(r"\b(?:council|authority|services?|care|and|&)\b", doer, re.I)
        or re.search(r"\b(?:Mum|Dad|Nan|Gran|Grandad|Auntie|Uncle|I|me|my)\b", doer)
    ):
        return None
    if doer.startswith("["):  # a name withheld: "Someone will ..." (without_markers)
        return {"text": line, "what": "", "name": "", "general": False}
    return {
        "text": f"{upper_first(doer)} is helping me.",
        "what": line,
        "name": "",
        "general": False,
    }


def _grown_ups_part(line: str, who: Household) -> bool:
    """ "The council will support Nan to apply ... if I cannot stay with Mum": the work
    is done for a grown-up in the family, whatever it says of me after."""
    adults = "|".join(map(re.escape, [r.called or r.first for r in who.relatives] + ["parents"]))
    return bool(re.match(rf"^[^.]*?\bwill (?:\w+ )?(?:with |for )?(?:{adults})\b", line))


def _helped(numbers: list[int], actions: list[Action], who: Household) -> list[str]:
    """The grown-ups in the family a helper's actions are done with or for, as the
    child calls them: those responsible with the helper, or named as whom the work is
    for ("safety planning for Morag"); never a guess (the readers: "Lorna and PC Grieve
    will help Dad", for a worker of the child and Mum, and police watching Dad)."""
    found: list[str] = []
    for action in (actions[n] for n in numbers):
        if any(means_parents(name) for name in action.responsible):
            found.append(who.parents_as_child_says)
        for relative in who.relatives:
            names = [n for n in (relative.name, relative.first, relative.called) if n]
            spoken = "|".join(map(re.escape, names))
            if any(n in action.responsible for n in names) or re.search(
                rf"\b(?:for|with|support(?:ing)?|help(?:ing)?) (?:{spoken})\b", action.text
            ):
                found.append(relative.called or relative.first)
    return list(dict.fromkeys(found))


def what_they_do(first: str, actions: list[Action], who: Household, role: str = "") -> str:
    """What one of my own helpers does, when none of their actions could be said in my
    words (the reader29 chair: "Billy is my school nurse." and nothing more, 9 times):
    the kinds of help their actions give me, or whom they help, in general words."""
    names = [n for r in who.relatives for n in (r.first, r.called) if n]
    family = re.compile(rf"\b(?:{'|'.join(map(re.escape, names))})\b") if names else GROWN_UPS
    texts = [a.text for a in actions]
    theirs = [t for t in texts if listed("grown_ups_work").search(t)]
    grown_ups = [t for t in texts if GROWN_UPS.search(t) or family.search(t)]
    mine = [t for t in texts if t not in theirs and t not in grown_ups]
    if kinds := help_in_my_words(" ".join(mine), first, who, anyone=True):
        return kinds
    # their work with the grown-ups, where it is for me ("Remind parents of all health
    # appointments": "Billy will help me stay healthy"); never a grown-up's own work
    if kinds := help_in_my_words(" ".join(grown_ups), first, who, anyone=True):
        return kinds
    if mine and (by_role := help_by_role(role, first)):
        return by_role  # my own work, in words that could not be turned: by their job
    if grown_ups or any(re.search(r"\b(?:rent|tenancy|home)\b", t) for t in theirs):
        return help_by_role(role, first) or f"{first} will help my family with things in my plan."
    if theirs:  # work with other grown-ups ("disruption of the adults")
        return f"{first} will work with my other helpers to keep me safe."
    return help_by_role(role, first) or f"{first} will help me with things in my plan."


def _unsaid_kinds(
    first: str, theirs: list[int], said: list[str], actions: list[Action], who: Household
) -> str:
    """The kinds of help in a helper's own work with me that could not be said in my
    words, beside one that could: Jamie's "1:1 sessions with Kyle on exploitation ..."
    is "Jamie will spend time with me on my own" even after his referral is said."""
    texts = [
        actions[n].text
        for n, line in zip(theirs, said, strict=True)
        if not about_me(line, own=True)
        and not listed("grown_ups_work").search(actions[n].text)
        and not GROWN_UPS.search(actions[n].text)
    ]
    return help_in_my_words(" ".join(texts), first, who, anyone=True) if texts else ""


def _family_led(action: Action, who: Household) -> bool:
    lead = action.responsible[:1]
    return bool(lead) and is_family_member(lead[0], who)


def helpers_for_child(
    copy: Redacted, words: Glossary, who: Household, band: Band, notes: Notes
) -> tuple[list[dict[str, Any]], list[str]]:
    """(my helpers: each with who they are and what they will do with or for me; what
    the grown-ups will do: the family's actions and the adults' own work)."""
    plan = copy.plan
    # the work for an outcome the review found achieved is done, not still to come
    # (the final8 reader: "will support me to return home", months after she did)
    for outcome in (o for o in plan.outcomes if achieved(o) and o.actions):
        notes.add(f'Not under "Who is helping me" (its outcome is achieved): "{outcome.text}"')
    actions = resolved(
        (a for o in plan.outcomes if not achieved(o) for a in o.actions),
        plan,
    )
    if (home := parents_doing(plan, who, copy.originals)) != who.parents_as_child_says and any(
        means_parents(name) for a in actions for name in a.responsible
    ):
        notes.add(
            f'The plan gives work to "parents", who live apart: the child\'s version says '
            f"{home} does it, as the parent {who.child} lives with. Check this is right"
        )
    done: set[int] = set()
    helpers: list[dict[str, Any]] = []
    grown_ups: list[str] = []
    adults_names: list[str] = []  # whose own work a younger child hears of in one line
    adults_helpers: dict[str, list[str]] = {}  # each helper: the grown-ups they help
    unsaid: dict[str, str] = {}  # a helper of mine with no line: what their job does for me
    for person, original in zip(plan.core_group, copy.originals, strict=True):
        if is_family(original):
            continue
        first = called_by_child(person.name)
        # a professional kept from a reader is named by role in the copy's actions
        named = {person.name, role_as_name(person.role)}
        theirs = [
            n
            for n, a in enumerate(actions)
            if n not in done and a.responsible[:1] and a.responsible[0] in named
        ]
        done.update(theirs)
        if outsiders_worker(original.role, who):
            # neither my helper nor a family member's: said to the child as neither
            notes.add(
                f"Left out of the child's version: {called_by_child(person.name)} works "
                "with someone outside the family, so is neither the child's helper nor a "
                "family member's"
            )
            continue
        said = [_said(actions[n], plan, words, who, band, notes, copy.originals) for n in theirs]
        # "Personal Adviser / Careers" whose work is all with me, for no grown-up in the
        # family: my helper (the readers: "Tasha is my family's personal adviser ...
        # Tasha will help Dad", for Reece's careers adviser)
        mine_only = bool(said) and all(about_me(line, own=True) for line in said)
        # a police officer keeps me safe, whatever their team is called ("Domestic Abuse
        # Task Force"): one of my helpers (the reader30 chair: DS Qureshi under "What
        # my family will do" in Sana's version)
        police = bool(re.match(r"(?:PC|DC|DS|DI|PCSO|Sgt|Insp)\b", first))
        if (
            adults_worker(person, plan)
            and not police
            and not (mine_only and whose(person, plan, who) == "my family's")
        ):
            role = whose_role(person.role, words, who)
            first = role if person.name.startswith("[") else first
            if role.startswith("my "):  # "(for Lisa)" already says whose: "Mum's nurse"
                role = f"{whose(person, plan, who)} {role.removeprefix('my ')}"
            # no number: not the child's worker; a name kept from a reader is never "my
            # X is my family's X" (the reader29 chair, Yusuf's version): "My family has a X"
            grown_ups.append(
                has_a(role) if person.name.startswith("[") else introduced(first, role)
            )
            # the adults' own work in one line (the readers: a child does not need every
            # worker's process); what they do with me, in full
            # a worker named by their job helps the grown-up, never as "my worker who
            # ..." (the reader32 chair: "My worker who helps keep people safe at home
            # will help Mum with that", for Mum's IDVA)
            if person.name.startswith("[") and first.startswith("my "):
                first = f"the {role.split(chr(39) + 's ', 1)[-1].removeprefix('my ')}"
            adults_helpers[first] = _helped(theirs, actions, who)
            if re.search(r"\(for [^)]+\)", person.role):  # "IDVA (for Leanne)": Mum's
                whom = [role.split("'s ", 1)[0], *adults_helpers[first]]
                adults_helpers[first] = list(dict.fromkeys(whom))
            adults_names += adults_helpers[first]
            grown_ups += [told for line in said if (told := about_me(line))]
            continue
        # named as the child names them (the reader: "Mrs Fielding is my nursery teacher");
        # a teacher with no title known is "my head of year", never "Daniel"
        role = whose_role(person.role, words, who)
        # a name kept from a reader of this version is never half-said ("[name is ...")
        first = role if person.name.startswith("[") else child_calls(person, plan, role)
        intro = f"{upper_first(role)} is helping me." if first == role else introduced(first, role)
        if person.phone and band is not Band.YOUNG:  # "my head of year" once, then "them"
            intro += f" I can call {'them' if first == role else first} on {person.phone}."
        # what they do with or for me; their work with the grown-ups in one line; their
        # other work (a meeting, a form, a sibling's place) is in the family version
        mine = [line for text in said if (line := about_me(text, own=True))]
        if (  # never bare; never a helper whose name holds mine ("Tegan & Barnardo's")
            theirs
            and not mine
            and (role.startswith("my ") or role == SAFE)
            and not any(name in first for name in who.child_names)
        ):
            mine = [what_they_do(first, [actions[n] for n in theirs], who, original.role)]
            notes.add(f"Said in general words in the child's version: what {first} will do")
        elif mine and (kinds := _unsaid_kinds(first, theirs, said, actions, who)):
            mine.append(kinds)  # never lost for one action that could be said (plan 134)
        own_helper = role.startswith("my ") or role == SAFE
        bare = re.compile(rf"^({re.escape(first)} will see me)\.(?= This\b|$)")
        if mine and bare.match(mine[0]) and (by_role := help_by_role(original.role, first)):
            # "Carys will see me." says neither why nor what for (the reader29 chair)
            what = by_role.split(" will ", 1)[1].rstrip(".")
            mine[0] = bare.sub(rf"\1 and {what}.", mine[0])
        if not theirs and own_helper and (given := _done_by(person, plan, who)):
            mine = [given]  # their work is done: what they have done, never nothing
        elif not theirs and own_helper and (by_role := help_by_role(original.role, first)):
            mine = [by_role]  # no work of theirs in the plan: what their job does for me
            notes.add(f"Said in general words in the child's version: what {first} will do")
        if any(line and not _for_me(line, who) for line in said):
            adults_helpers[first] = _helped(theirs, actions, who)
            adults_names += adults_helpers[first]
        general = bool(theirs) and not any(about_me(text, own=True) for text in said)
        helpers.append(
            {"text": intro, "what": " ".join(mine), "name": person.name, "general": general}
        )
        if own_helper and not mine:  # what they do, if no line of theirs is said below
            unsaid[person.name] = help_by_role(original.role, first) or upper_first(
                f"{first} will help me and my family with things in my plan."
            )
    for n, action in enumerate(actions):
        if n in done:
            continue
        line = _said(action, plan, words, who, band, notes, copy.originals)
        if not line:
            continue
        # "Auntie Lorraine and Fraser": done with me by one of my own helpers too
        theirs_too = next((h for h in helpers if h["name"] in action.responsible), None)
        # a grown-up's part of it is theirs, not my helper's work with me (the reader32
        # chair: "Asha is my social worker." then "The council will support Nan ...")
        if (
            theirs_too is not None
            and about_me(line)
            and not _grown_ups_part(line, who)
            # "Dad will have contact with me, supervised by Mark" is Dad's to do
            and called_by_child(theirs_too["name"]) in line.split(" will ", 1)[0]
        ):
            # what they do with me, in place of the general words said for want of it
            before = "" if theirs_too["general"] else theirs_too["what"]
            theirs_too["what"] = f"{before} {about_me(line)}".strip()
            theirs_too["general"] = False
        elif about_me(line) and (helper := _outside_helper(about_me(line), action, who)):
            helpers.append(helper)  # the school counsellor, not one of the grown-ups
        elif about_me(line):
            grown_ups.append(about_me(line))
        elif _family_led(action, who):
            adults_names.append(doers_of(action, action.text, plan, who, copy.originals)[0])
    if adults_names:
        names = list(dict.fromkeys(n for name in adults_names for n in re.split(r" and ", name)))
        workers = {
            called_by_child(p.name)
            for p, original in zip(plan.core_group, copy.originals, strict=True)
            if not is_family(original)
        }
        names = [n for n in names if n not in workers]  # "Nan", never "James" the worker
        if set(names) & {"Mum", "Dad"} and "my family" in names:
            names.remove("my family")
        if line := grown_ups_line(names, adults_helpers):
            grown_ups.append(line)  # never an empty bullet
    for helper in helpers:
        if not helper["what"] and helper["name"] in unsaid:  # never bare (the reader32 chair)
            helper["what"] = unsaid[helper["name"]]
        del helper["general"]
        del helper["name"]  # only for finding the helper; not a value the version prints
    return helpers, grown_ups


def has_a(role: str) -> str:
    """ "my family's worker who ..." -> "My family has a worker who ..."."""
    owner, _, job = role.partition("'s ")
    if not job:
        return f"{upper_first(role)} is helping my family."
    verb = "have" if " and " in owner else "has"
    article = "an" if re.match(r"[aeiou]", job, re.I) else "a"
    return f"{upper_first(owner)} {verb} {article} {job}."


def _done_by(person: CorePerson, plan: Plan, who: Household) -> str:
    """What ``person`` has done with or for me, from their work for a change the
    review found achieved ("Chloe has helped me stay healthy."), or ""."""
    done = resolved((a for o in plan.outcomes if achieved(o) for a in o.actions), plan)
    texts = [a.text for a in done if a.responsible[:1] == [person.name]]
    return help_given(" ".join(texts), called_by_child(person.name), who) if texts else ""
