"""Precision and recall of the free-text rules on a labelled corpus file.

    .venv/bin/python scripts/measure_corpus.py tests/corpus/blind-dev.toml [--wrong] [--by-writer]

``--by-writer`` gives each writer's figures too, for leave-one-writer-out checks: a
change motivated by one writer's texts is kept only if it helps or is neutral on the
others'.

Outcomes are read for PLAN-02, 03, 04 and 15; actions (with their ``who``,
``frequency`` and ``timescale`` cells) for PLAN-06.  The corpus test
(tests/unit/test_rule_corpus.py) uses the same functions and holds the floor.
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from plangen.model import Action
from plangen.rules.actions import smart_gaps
from plangen.rules.names import initials_of
from plangen.rules.reading import Reader
from plangen.rules.text import WordLists, word_lists

Entry = dict[str, Any]
# A held-out part's texts are never printed: whoever tunes the rules must not read them.
# Every held-out part's name ends so ("blind-test", "blind3-test", "blind5-test", and any
# part a later round adds).
HELD_OUT = "-test"


def _smart(words: WordLists, entry: Entry) -> bool:
    who = entry.get("who", "parents")
    action = Action(
        text=entry["text"],
        responsible=[who] if who.strip() else [],
        frequency=entry.get("frequency", "Weekly"),
        timescale=entry.get("timescale", "6 weeks"),
    )
    return any(smart_gaps(words, action, action.timescale))


def _reader(words: WordLists, entry: Entry) -> Reader:
    child = entry.get("child", "")
    return Reader(words, [child, *initials_of(child)])  # as a plan's rules read the child


RULES: dict[str, tuple[str, Callable[[WordLists, Entry], bool]]] = {
    "PLAN-02": ("outcome", lambda w, e: bool(_reader(w, e).about_adults(e["text"]))),
    "PLAN-03": ("outcome", lambda w, e: bool(_reader(w, e).process(e["text"]))),
    "PLAN-04": ("outcome", lambda w, e: not _reader(w, e).measure(e["text"])),
    "PLAN-15": ("outcome", lambda w, e: not _reader(w, e).sustained(e["text"])),
    "PLAN-06": ("action", _smart),
}


def load(path: Path) -> list[Entry]:
    entries: list[Entry] = tomllib.loads(path.read_text(encoding="utf-8"))["text"]
    return entries


def measure(entries: list[Entry], rule: str) -> tuple[float, float, list[str]]:
    """Precision, recall, and the texts the rule got wrong."""
    kind, fires = RULES[rule]
    words = word_lists()
    tp = fp = fn = 0
    wrong = []
    for entry in (e for e in entries if e["kind"] == kind):
        fired, expected = fires(words, entry), rule in entry["rules"]
        tp += fired and expected
        fp += fired and not expected
        fn += expected and not fired
        if fired != expected:
            cells = f" [{entry.get('who')}|{entry.get('frequency')}|{entry.get('timescale')}]"
            wrong.append(
                f"{'false alarm' if fired else 'missed'}: {entry['text']}"
                + (cells if kind == "action" else "")
            )
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, wrong


def main(argv: list[str]) -> None:
    entries = load(Path(argv[0]))
    if "--by-writer" in argv and not Path(argv[0]).stem.endswith(HELD_OUT):
        for writer in sorted({str(e.get("writer", "")) for e in entries}):
            print(f"== {writer or 'no writer'}")
            _report([e for e in entries if e.get("writer", "") == writer], argv)
        print("== all")
    _report(entries, argv)


def _report(entries: list[Entry], argv: list[str]) -> None:
    for rule in RULES:
        if not any(rule in entry["rules"] for entry in entries):
            print(f"{rule}: not labelled in this corpus")
            continue
        precision, recall, wrong = measure(entries, rule)
        print(f"{rule}: precision {precision:.2f}, recall {recall:.2f}")
        if "--wrong" in argv and Path(argv[0]).stem.endswith(HELD_OUT):
            print(f"  ({len(wrong)} texts wrong; the held-out part's texts are not shown)")
        elif "--wrong" in argv:
            for line in wrong:
                print(f"  {line}")


if __name__ == "__main__":
    main(sys.argv[1:])
