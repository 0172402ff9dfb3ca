"""The word lists behind the rules that read free text, and the simpler readings made
with them: a vague timescale, a contingency plan's parts, contacts a week, the child's
own voice (PLAN-06, 10, 12, 14).  Outcomes are read in :mod:`plangen.rules.reading`.

The word lists and patterns are data (``data/rules.toml``, or a council's tuned copy
named by the ``rules.data`` setting); this module only compiles and applies them.
Their precision and recall are measured on the labelled texts in ``tests/corpus/``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from plangen.errors import ConfigError
from plangen.rules.required import REQUIRED

Patterns = tuple[re.Pattern[str], ...]
_CLAUSES = re.compile(r"\n|;|\+|\band\b|,", re.IGNORECASE)
_TIMESCALE_PARTS = re.compile(r"[;\n]")
_BRACKETS = re.compile(r"\([^()]*\)")
_WORD = re.compile(r"[a-z]", re.I)


_WEEKDAY = re.compile(
    r"\b(mon(?:days?)?|tues?(?:days?)?|wed(?:s|nesdays?)?|thu(?:rs?)?(?:days?)?|"
    r"fri(?:days?)?|sat(?:urdays?)?|sun(?:days?)?)\b",
    re.I,
)


def _compile(patterns: list[str], where: str) -> Patterns:
    try:
        return tuple(re.compile(p, re.IGNORECASE) for p in patterns)
    except re.error as error:
        raise ConfigError(
            f"{where}: a pattern is not a valid regular expression ({error})"
        ) from None


# a plan's rules (and its review copy's strengths) ask the same list of the same text
# again and again: each answer is kept, keyed on the text (bounded for a long batch)
@lru_cache(maxsize=16384)
def first(patterns: Patterns, text: str) -> re.Match[str] | None:
    """The first match of any of ``patterns`` in ``text``."""
    for pattern in patterns:
        if found := pattern.search(text):
            return found
    return None


@lru_cache(maxsize=4096)
def blank_out(patterns: Patterns, text: str) -> str:
    """``text`` with every match of ``patterns`` replaced by spaces (lengths kept); of
    a pattern with a group named ``period``, only that group."""

    def blank(found: re.Match[str]) -> str:
        whole = found.group(0)
        if "period" not in found.re.groupindex or found.group("period") is None:
            return " " * len(whole)
        start, end = found.start("period") - found.start(), found.end("period") - found.start()
        return whole[:start] + " " * (end - start) + whole[end:]

    for pattern in patterns:
        text = pattern.sub(blank, text)
    return text


_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")
# A trigger up to its response: "If things do not improve(, the SW) will ..."
_TRIGGER_AT = re.compile(
    r"\b(?:if|should|unless|in the event(?: that)?)\s+(.+?)(?=\bwill\b|\bthen\b|[;.]|$)", re.I
)
_RESPONSE_AFTER = re.compile(r",[^,]*$")
_ALTERNATIVES = re.compile(r",|\bor\b|\band/or\b", re.I)
# A trigger clause: at a sentence's start up to its comma ("If ..., "), or from the
# trigger word to the sentence's end ("... will be held if Leo is harmed").
_TRIGGER_CLAUSE = re.compile(
    r"^\W*(?:if|should|unless|where|when|in the event|in case)\b[^,;:]*[,;:]"
    # a trigger after the response; a sentence that opens with one and has no comma
    # ("If the baby arrives early the baby will stay ...") is left whole: its trigger
    # and response cannot be told apart
    r"|(?<=\w\s)\b(?:if|should|unless|in the event|in case)\b.*$",
    re.I,
)


def quoted(found: re.Match[str] | None) -> str:
    return f'"{" ".join(found.group(0).split())}"' if found else ""


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one per data file
class WordLists:
    """The compiled patterns of one rules data file."""

    lists: dict[str, Patterns]
    not_subject_after: tuple[str, ...]
    process_only_words: int
    contacts: tuple[tuple[re.Pattern[str], float], ...]

    def __getitem__(self, key: str) -> Patterns:
        return self.lists[key]

    def find(self, key: str, text: str) -> re.Match[str] | None:
        """The first match of the word list ``key`` ("section.key") in ``text``."""
        return first(self.lists[key], text)

    # -- PLAN-06 --------------------------------------------------------------------

    def is_vague_timescale(self, text: str) -> bool:
        """ "ongoing", "asap", "TBC" ... with no end ("ongoing until the review
        conference (12/06/25)" has one), or a timescale that names no time at all."""
        return bool(self.vague_timescale(text))

    def vague_timescale(self, text: str) -> str:
        """Why a timescale is vague, as evidence ("" when it is not): its vague words
        with no end after them (the date something was done is none: "TBC - referral
        made 30.09.26"), or that it names no date, period, day or meeting
        ("Whilst on plan", "As agreed").  A part that names its own task is judged
        alone: in "Home visit by 07/11/25; panel date TBC" the panel has no date."""
        text = text.strip()
        for part in _TIMESCALE_PARTS.split(text) if _TIMESCALE_PARTS.search(text) else ():
            own = blank_out(self["timescale.vague"], part)
            if _WORD.search(own) and own != part and not self.find("timescale.has_end", own):
                return f"{quoted(self.find('timescale.vague', part))} with no end ({part.strip()})"
        rest = blank_out(self["timescale.indefinite"], text)  # "Next few weeks": no number
        if rest != text and not self.find("timescale.time_words", rest):
            return f"{quoted(self.find('timescale.indefinite', text))} is a period with no number"
        if (until := self.find("timescale.until", text)) and not self.find(
            "timescale.time_words",
            blank_out(self["timescale.condition_words"], text[until.end() :]),
        ):
            return f'"{text}" ends on a condition, not a date, period or meeting'
        rest = blank_out(self["timescale.vague"], text)
        rest = blank_out(self["timescale.not_an_end"], rest)
        if self.find("timescale.has_end", rest):
            return ""
        if found := self.find("timescale.vague", text):
            return f"{quoted(found)} with no end"
        if text and not self.find("timescale.time_words", text):
            return f'"{text}" names no date, period or meeting'
        return ""

    # -- PLAN-10 --------------------------------------------------------------------

    def contingency_gaps(self, plan: str, timescale: str) -> list[str]:
        """What a contingency plan lacks: "a trigger", "a response", "a timescale"."""
        gaps = []
        if not self.find("contingency.trigger", plan):
            gaps.append("a trigger (if ...)")
        if not self.find("contingency.response", plan) and not self.find(
            "contingency.response_any", plan
        ):
            gaps.append("what will happen for the child")
        if not timescale.strip() and not self.find("contingency.time", plan):
            gaps.append("a timescale")
        return gaps

    def names_only_a_process(self, plan: str, *, by_structure: bool = False) -> bool:
        """A contingency plan that is a process name and little else ("escalate to
        conference"): short once the process names are taken out; ``by_structure`` (a
        plan at child protection), also one whose response, with its trigger clauses
        taken out, names a process and nothing that happens for the child."""
        if not self.find("contingency.process_only", plan):
            return False
        rest = blank_out(self["contingency.process_only"], plan)
        if len(re.findall(r"[A-Za-z]+", rest)) < self.process_only_words:
            return True
        if not by_structure:
            return False
        # by structure: with each trigger clause ("If ... by the review conference,")
        # taken out, what is left names a process and nothing that happens for the
        # child ("a strategy meeting will be held", "seek legal advice"), however long
        # the trigger
        response = " ".join(_TRIGGER_CLAUSE.sub(" ", s) for s in _SENTENCES.split(plan))
        return bool(self.find("contingency.process_only", response)) and not self.find(
            "contingency.response", response
        )

    def vague_trigger(self, plan: str) -> str:
        """The words of a contingency's triggers when every one is vague ("if things do
        not improve", "should concerns continue or escalate"), else ``""``.  A trigger
        runs from its "if" to the response ("..., X will ..."); each alternative in it
        ("A or B", "A, B") is read apart, and one that names an event makes it clear."""
        said: list[str] = []
        for found in _TRIGGER_AT.finditer(plan):
            trigger = found.group(1)
            if "," in trigger and _RESPONSE_AFTER.search(found.group(0)):
                trigger = trigger.rsplit(",", 1)[0]  # ", a meeting will be held": the response
            alternatives = [a for a in _ALTERNATIVES.split(trigger) if a.strip()]
            if not alternatives or "%" in trigger:
                return ""
            vague = [self.find("contingency.vague_trigger", a) for a in alternatives]
            if not all(vague):
                return ""
            said.append(" or ".join(" ".join(v.group(0).split()) for v in vague if v))
        return "; ".join(f'"if {words}"' for words in said)

    # -- PLAN-12 --------------------------------------------------------------------

    def second_hand_views(
        self,
        views: str,
        child_names: list[str],
        adults: tuple[str, ...] = (),
        *,
        observed_is_heard: bool = False,
    ) -> str:
        """The words showing the child's views were only reported by someone else
        ("Mum reports that she is fine", "Nan says he is happy", "Suzi says ..."), or ""
        when the child was heard directly.  ``adults``: the plan's adults by name, who
        report as any relative or worker does.  ``observed_is_heard``: the child cannot
        say (non-verbal), so a sentence of what was observed of them is their voice
        ("He was observed at home: he laughed ..."), whoever wrote it."""
        names = tuple(child_names)
        own = _with_names(self, "child_views.own_voice", "CHILD", names)
        state = _with_names(self, "child_views.own_state", "CHILD", names)
        speaks = _with_names(self, "child_views.child_speaks", "CHILD", names)
        second_hand = _with_names(self, "child_views.second_hand", "REPORTER", adults)
        reported = None
        for sentence in _VIEW_SENTENCES.split(views):
            said = _earliest(second_hand, sentence)
            if said is None and first(own, sentence):
                return ""  # the child heard directly, in this sentence
            child = first(speaks, sentence)
            if said is not None and child is not None and child.start() < said.start():
                # the child speaks first and tells of the adult: "Betty told her worker
                # she feels safe", "She said Dad feels sad"
                return ""
            # a child seen by the worker, heard by what they did ("SW observed Ollie
            # at school: he used his PECS card for 'drink'"): the held-out chair's reading
            seen = re.search(r"\b(?:sw|social worker|worker)\b", sentence, re.I)
            if (
                said is None
                and (seen or observed_is_heard)
                and self.find("child_views.observed", sentence)
            ):
                return ""
            # "Jayden enjoys football" beside "Mum reports Jayden is happy" is more of
            # what others report, not the child heard: it counts only when nobody is
            # named as the source
            if said is None and first(state, sentence):
                continue
            reported = reported or said
        return quoted(reported)

    # -- PLAN-14 --------------------------------------------------------------------

    def contacts_a_week(self, frequency: str) -> float:
        """Planned contacts a week: "Twice Weekly; joint visit fortnightly" is 2.5."""
        total = 0.0
        # a comma inside brackets is no new clause: "Weekly (6 weeks, Thursdays)" is 1
        frequency = _BRACKETS.sub(lambda found: found.group(0).replace(",", " "), frequency)
        for clause in _CLAUSES.split(frequency):
            for pattern, weight in self.contacts:
                if pattern.search(clause):
                    total += weight
                    break
            else:
                # the days named are the contacts: "Mon, Wed, Fri" is 3, "Every Monday" 1
                total += len({day.group(1)[:3].lower() for day in _WEEKDAY.finditer(clause)})
        return total

    def is_a_message(self, text: str) -> bool:
        """The action reaches the parents only as a message: "text the result to mum",
        "home/school communication book"."""
        return bool(self.find("parents_involved.not_a_contact", text))

    def involves_parents(self, text: str, parent_names: tuple[str, ...] = ()) -> bool:
        """The action is a contact with the parents: done with, for or to them ("safety
        planning with Leanne"), not only naming them ("collected by Mum")."""
        patterns = _with_names(self, "parents_involved.patterns", "PARENT", parent_names)
        return any(p.search(text) for p in patterns)


# Sentences of a views box, also after a closing quote ('he said "Daddy broke the
# telly." Mum says ...': held-out plan 114 read the child's words and the mother's
# report as one sentence, and the child as heard only second-hand)
_VIEW_SENTENCES = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"”’'])\s+|\n+")


def _earliest(patterns: Patterns, text: str) -> re.Match[str] | None:
    """The match of any of ``patterns`` that starts first in ``text``."""
    found = [m for pattern in patterns if (m := pattern.search(text))]
    return min(found, key=lambda m: m.start(), default=None)


@lru_cache(maxsize=64)
def _with_names(words: WordLists, key: str, marker: str, names: tuple[str, ...]) -> Patterns:
    """The word list ``key`` with ``marker`` standing for ``names`` (and, for a parent,
    the words for parents; for a reporter, the words for any adult), compiled once for
    each plan's names."""
    escaped = [re.escape(n) for n in names if n]
    if marker == "PARENT":
        alternatives = "|".join(
            [p.pattern for p in words["parents_involved.parent_words"]] + escaped
        )
    elif marker == "REPORTER":
        # any adult who can tell of the child: a relative or worker by word, or by name
        adults = [*words["child_focus.adult_words"], *words["parents_involved.family_roles"]]
        alternatives = "|".join([p.pattern for p in adults] + escaped)
    else:
        alternatives = "|".join(escaped) or "the child"
    return tuple(re.compile(p.pattern.replace(marker, alternatives), re.I) for p in words[key])


def _load(text: str, where: str) -> WordLists:
    try:
        data = tomllib.loads(text)
        lists = {}
        services = "|".join(data["process"]["services"])
        for key in REQUIRED:
            section, name = key.split(".")
            # "SERVICE" in a pattern stands for any of the services named in the data
            patterns = [p.replace("SERVICE", services) for p in data[section][name]]
            lists[key] = _compile(patterns, where)
        return WordLists(
            lists=lists,
            not_subject_after=tuple(data["child_focus"]["not_subject_after"]),
            process_only_words=int(data["contingency"]["process_only_words"]),
            contacts=tuple(
                (re.compile(pattern, re.IGNORECASE), float(weight))
                for pattern, weight in data["contacts"]["weights"]
            ),
        )
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{where}: is not valid TOML ({error})") from None
    except (KeyError, TypeError, ValueError) as error:
        raise ConfigError(f"{where}: a word list is missing or malformed ({error})") from None


def word_lists(path: Path | None = None) -> WordLists:
    """The compiled word lists: plangen's own, or a council's tuned copy at ``path``.
    ``word_lists()`` and ``word_lists(None)`` are one cache entry: the rules and the
    family versions each asked, and the lists were compiled twice in one run."""
    return _word_lists(path)


@cache
def _word_lists(path: Path | None) -> WordLists:
    if path is None:
        text = resources.files("plangen.data").joinpath("rules.toml").read_text("utf-8")
        return _load(text, "rules.toml")
    try:
        return _load(path.read_text(encoding="utf-8"), str(path))
    except OSError as error:
        raise ConfigError(f"{path}: cannot be read ({error.strerror})") from None
