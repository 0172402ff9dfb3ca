"""Where a worker quotes someone: the words inside are said as they were said, never
turned, swapped for plain words or re-voiced.

Double quotes, curly or straight, and single quotes as British recording writes them
('I want Mummy on Saturday'), told apart from apostrophes: a single quote opens after a
space or a bracket and closes before one, while an apostrophe sits inside a word
("I'm", "don't", "Mummy's").  Held-out plans 147-152 (writer30) quoted children in single
quotes; unseen as quotations, "'your dad stole you'" became "'your Daniel stole you'" and
"'I'm not going back there'" was lost from a child's "What I said".
"""

from __future__ import annotations

import re

_SINGLE = (
    r"(?<![\w'’‘])'(?=[^\s'])(?:[^'\n]|'(?=\w))*?(?<=\S)'(?![\w'’])"  # 'I'm not a baby.'
    r"|(?<![\w'’‘])‘(?:[^’\n]|’(?=\w))*’(?!\w)"  # ‘I’m not a baby.’
)
# a quotation, whole with its marks; wrap it in a group to keep it in re.split
QUOTATION = re.compile(rf"“[^”]*”|\"[^\"]*\"|{_SINGLE}")
KEPT = re.compile(f"({QUOTATION.pattern})")  # for re.split, keeping each quotation


def quotations(text: str) -> list[str]:
    """The words inside each quotation in ``text``, without their marks."""
    return [found.group(0)[1:-1] for found in QUOTATION.finditer(text)]
