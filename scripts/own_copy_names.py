"""Count the sentences of family members' own copies that still name their reader.

In a family member's own copy the reader is "you"; a sentence that names her
("Chantelle will keep her new number private" in Chantelle's copy) was left in the
worker's words because plangen could not turn it safely.  For every plan in
``tests/family_plans`` (or the folders given), a copy is made for every family member
of the core group, and each sentence plangen wrote (and each "Who" cell) that names
its reader is counted.

    PYTHONPATH=src python scripts/own_copy_names.py [--show] [DIR ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from plangen.family.context import family_context
from plangen.family.household import household
from plangen.family.plain import glossary
from plangen.family.scored_texts import readable_texts
from plangen.family.split import split_sentences
from plangen.intake import read_plans
from plangen.model import Plan
from plangen.privacy.withhold import redacted

ROOT = Path(__file__).resolve().parent.parent


def named_sentences(plan: Plan, words: object) -> list[tuple[str, str, str]]:
    """(reader, where, sentence) for each sentence naming the reader of her own copy."""
    copy = redacted(plan, None)
    who = household(copy.plan, [], copy.originals)
    found = []
    for relative in who.relatives:
        context = family_context(plan, words, recipient=relative.name)  # type: ignore[arg-type]
        name = re.compile(rf"\b(?:{re.escape(relative.name)}|{re.escape(relative.first)})\b")
        for where, text in readable_texts(context):
            for sentence in split_sentences(text):
                if name.search(sentence):
                    found.append((relative.first, where, sentence))
        for index, action in enumerate(context["actions"]):
            if name.search(action["who"]):
                found.append((relative.first, f"actions[{index}].who", action["who"]))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path, default=[ROOT / "tests" / "family_plans"])
    parser.add_argument("--show", action="store_true", help="print each sentence")
    args = parser.parse_args(argv)
    words = glossary()
    total = 0
    for folder in args.dirs:
        for path in sorted(folder.glob("*.json")):
            for plan in read_plans(path):
                if not isinstance(plan, Plan):
                    continue
                for reader, where, sentence in named_sentences(plan, words):
                    total += 1
                    if args.show:
                        print(f"{path.stem}\t{reader}\t{where}\t{sentence}")
    print(f"sentences naming their reader: {total}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
