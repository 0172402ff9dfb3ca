"""The family and child versions as documents, and the worker's readability draft."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from plangen.annotate import plain_and_annotated
from plangen.family.child import (
    CHILD_READS,
    child_context,
    child_plans,
    no_child_version,
    siblings_notes,
)
from plangen.family.context import family_context
from plangen.family.held_words import in_words
from plangen.family.plain import Glossary, frequency_in_words, glossary
from plangen.family.readability import Report, report
from plangen.family.scored_texts import readable_texts
from plangen.family.unclear_draft import UNCLEAR_CHANGE
from plangen.family.verbs import warm_verbs
from plangen.family.words_box import words_we_use
from plangen.model import Plan
from plangen.privacy import redaction_places
from plangen.privacy.locating import HELD_BACK
from plangen.render.anchors import anchor_context
from plangen.render.engine import load_template
from plangen.rules.findings import Finding, Place, Severity
from plangen.settings import Settings

DRAFT_HEADING = "Readability: sentences to make simpler before this goes to the family"


def warm(settings: Settings) -> None:
    """Load the glossary, the frequency phrases, the verb patterns and the readability
    data now."""
    warm_verbs()
    words = glossary(settings.family.glossary)
    frequency_in_words("Weekly", words)
    sample = [("warm", "A short sentence to load the word data.")]
    report("family", sample, target=0, settings=settings.family, words=words)


@dataclass(frozen=True)
class Version:
    """One plain-language version: its context and the readability of its sentences.

    ``notes``: sentences plangen kept in the worker's words, or left out, because it
    could not put them in the version's voice safely; the worker's draft lists them."""

    name: str  # "family" or "child"
    context: dict[str, Any]
    readability: Report
    notes: tuple[str, ...] = ()
    # who needs the version gone through with them, and how (plangen.family.needs)
    read_with: str = ""
    # why no child's version was made beside it, or for one of the children (the draft
    # says so: "the baby is not born yet")
    no_child: str = ""
    # each place something was held back (context path, marker), said in words in the
    # version (plangen.family.held_words): the draft comments on each
    held: tuple[tuple[str, str], ...] = ()
    # each action left out whole, all about how the protected person lives (the plan's
    # own numbering): the draft lists each
    left_out: tuple[str, ...] = ()


def versions(
    plan: Plan,
    settings: Settings,
    *,
    recipient: str | None = None,
    names: Sequence[str] = ("family", "child"),
    draft: bool = True,
) -> list[Version]:
    """The family version and the child's version of ``plan`` (or those in ``names``),
    scored for readability.  ``draft=False``: no worker's draft is made from them (a
    copy for one person), so the notes only the draft lists are not worked out."""
    words = glossary(settings.family.glossary)
    targets = settings.family
    known = names_in(plan)
    made = []
    # the family draft is the worker's one draft: it also lists the child's version's notes
    # an unborn baby, a child under 4: no child's version, so nothing left out of one
    none_made = not child_plans(plan)
    wanted = "child" in names or (draft and bool(names) and not none_made)
    child = child_context(plan, words, recipient=recipient) if wanted else {}
    notes = () if none_made else tuple(child.pop("notes", []))
    child.pop("notes", None)
    if draft and "family" in names and (each := siblings_notes(plan, words, recipient=recipient)):
        notes = tuple(each)  # each child's own version's, not a shared one's
    held: list[tuple[str, str]] = []
    left_out: tuple[str, ...] = ()
    for name, target in (
        ("family", targets.parents_min_flesch),
        ("child", targets.child_min_flesch),
    ):
        if name not in names:
            continue
        read_with = ""
        if name == "family":
            context = family_context(
                plan, words, recipient=recipient, rules_data=settings.rules.data
            )
            notes = (*context.pop("notes"), *notes)
            read_with = context.pop("read_with")
            left_out = tuple(context.pop("left_out"))
            lead, pronoun = context.pop("lead"), context.pop("child_pronoun")
            context, held = in_words(context, lead, pronoun)
            context["words_we_use"] = _still_used(context, words)
        else:
            context = child
        scored = report(
            name, readable_texts(context), target=target, settings=targets, words=words, names=known
        )
        family = name == "family"
        absent = no_child_version(plan) if family and draft else ""
        mine = tuple(held) if family else ()
        made.append(
            Version(
                name,
                context,
                scored,
                notes if family else (),
                read_with,
                absent,
                mine,
                left_out if family else (),
            )
        )
    return made


def _still_used(context: dict[str, Any], words: Glossary) -> list[dict[str, str]]:
    """The "words we use" box without a word only a row or a measure held back whole
    used (:func:`~plangen.family.held_words.in_words` takes them out after the box was
    made): the box explains only what the copy says."""
    box = context["words_we_use"]
    said = {row["term"] for row in words_we_use({**context, "words_we_use": []}, words)}
    return [row for row in box if row["term"] in said]


def names_in(plan: Plan) -> frozenset[str]:
    """Every name in the plan, word by word: never a "long word" in the draft."""
    people = [plan.child.name, plan.child.known_as or "", plan.child.first_name]
    people += [p.name for p in plan.core_group]
    return frozenset(word for name in people for word in name.split())


def readability_findings(version: Version) -> list[Finding]:
    """Each sentence that misses its target, as a comment for the worker's draft; and
    each sentence plangen could not put in the version's voice.  First, at the top:
    who needs it gone through with them (an interpreter, easy-read, BSL)."""
    first = [
        Finding(
            "READ WITH",
            Severity.ADVICE,
            Place.parse(""),
            version.read_with + ".",
            "Book the interpreter or make the easy-read copy before the meeting.",
        )
    ]
    absent = [
        Finding(
            "NO CHILD'S VERSION",
            Severity.ADVICE,
            Place.parse(""),
            f"No child's version was made: {version.no_child}.",
            "Nothing to reword: the family version is the one to go through with the family.",
        )
    ]
    return (
        first * bool(version.read_with)
        + absent * bool(version.no_child)
        + [
            Finding(
                "READABILITY",
                Severity.ADVICE,
                Place.parse(path),
                f'"{sentence.text}" may be hard to read: {"; ".join(sentence.reasons)}.',
                "Try shorter sentences and everyday words (aim for a reading age of 9 to 11).",
            )
            for path, sentence in version.readability.too_hard
        ]
        + [_note_finding(note) for note in version.notes]
    )


def _note_finding(note: str) -> Finding:
    """A note of the versions for the worker's draft, as a comment."""
    if note.startswith(UNCLEAR_CHANGE):  # a change the plan leaves unclear
        fix = "Say in the plan what will be different for the child, and how we will know."
        return Finding("CHANGE", Severity.ADVICE, Place.parse(""), note, fix)
    if note.startswith(CHILD_READS):
        fix = "Have it translated or made easy-read before the child is given it."
        return Finding("CHILD READS", Severity.ADVICE, Place.parse(""), note + ".", fix)
    fix = "Reword it for the child, or give your own plain words for it in the intake."
    return Finding("VOICE", Severity.ADVICE, Place.parse(""), note + ".", fix)


_WHY_HELD_BACK = (
    " It may be a sentence, or the part of one, held back because it could tell this "
    "copy's reader where someone kept from them can be found (a named place, a service "
    "they use, a member of staff named, a time)."
)


def _what(marker: str) -> str:
    """ "[phone number not shared]": "a phone number"; "[your address]": "your address"."""
    what = marker.strip("[]").removesuffix(" not shared")
    if what.startswith("your "):
        return what
    return "a sentence or part of one" if what == "details" else f"a {what}"


def redaction_findings(version: Version) -> list[Finding]:
    """Each place a withheld detail was taken out, for the worker to reword."""
    return [
        Finding(
            "REDACTED",
            Severity.ADVICE,
            Place.parse(path),
            f"A detail withheld from someone was taken out here ({_what(marker)}): the copy "
            "leaves it out, or says it is not included, never what it was."
            + (_WHY_HELD_BACK if marker == HELD_BACK else ""),
            "Check the sentence still reads well, or reword it without the detail.",
        )
        for path, marker in version.held or redaction_places(version.context)
    ] + [
        Finding(
            "REDACTED",
            Severity.ADVICE,
            Place.parse(""),
            f"The action at {where} of the plan is left out of this copy, row and all: "
            "it is about how someone kept from this copy's reader lives (their health, "
            "safety planning, money, home, or what they said).",
            "Check that it is right to leave it out; the formal plan holds it on the case record.",
        )
        for where in version.left_out
    ]


def render_version(version: Version, settings: Settings) -> bytes:
    """The version as the family gets it: no comments."""
    template = load_template(settings.template_dir() / f"{version.name}.docx")
    return template.render(version.context)


def render_with_draft(version: Version, settings: Settings, dated: dt.date) -> tuple[bytes, bytes]:
    """The version and the worker's draft (the version with a comment on each sentence
    that reads hard) from one render; the version is the same bytes as
    :func:`render_version`."""
    template = load_template(settings.template_dir() / f"{version.name}.docx")
    anchored, paths = anchor_context(version.context)
    return plain_and_annotated(
        template.render_anchored(anchored),
        paths,
        readability_findings(version) + redaction_findings(version),
        dated=dated,
        heading=DRAFT_HEADING,
    )
