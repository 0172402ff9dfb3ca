"""Which need, risk or outcome a Confidential "risk 3" means, read as an administrator
reads the plan.

A team administrator writes the Confidential table with the plan in front of them, and
reads the numbers it prints: a Child's Plan's Priority column ("3" beside "Need: Isla is
...").  Counted down the plan, the third need may be another one (a block of rows with
no priority above it, or numbers that skip): withholding it would print the need the
administrator meant to every copy the family gets (held-out plans, stop 33).  So:

- a plan with no priorities is counted down, in the order it is written (as ever);
- in a plan that numbers its outcomes, "risk 3" / "need 3" / "outcome 3" is the item
  the plan numbers 3 when that is also the third counted down, or when only one
  reading is there (nothing is numbered 3 and the third carries no number; the plan
  numbers one item 3 and has fewer than three);
- "priority 3" is always the need the plan numbers 3, with all of it;
- anything else (two items numbered 3, none, or the number and the count pointing at
  two items) is refused with both readings said, never guessed;
- "action 3" is counted down the whole plan (the plan does not number its actions).
"""

from __future__ import annotations

from collections.abc import Sequence

from plangen.errors import shown
from plangen.model import LABEL_WORDS, NUMBERED, Risk

Path = tuple[int, ...]


def _nth(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def _numbered(risks: Sequence[Risk]) -> bool:
    """Whether the plan prints its own numbers: any outcome has a priority."""
    return any(o.priority is not None for risk in risks for o in risk.outcomes)


def _items(risks: Sequence[Risk], noun: str) -> list[tuple[Path, set[int], str]]:
    """(path, the plan's numbers for it, its first words) of each risk or outcome."""
    found: list[tuple[Path, set[int], str]] = []
    for r, risk in enumerate(risks):
        if noun == "risk":
            numbers = {o.priority for o in risk.outcomes if o.priority is not None}
            words = risk.risk_factor or risk.risk_to_child
            found.append(((r,), numbers, words))
            continue
        for o, outcome in enumerate(risk.outcomes):
            numbers = set() if outcome.priority is None else {outcome.priority}
            found.append(((r, o), numbers, outcome.text))
    return found


def _first_words(text: str) -> str:
    words = text.split()
    return shown(" ".join(words[:LABEL_WORDS]) + (" ..." if len(words) > LABEL_WORDS else ""))


def resolve(risks: Sequence[Risk], detail: str, *, need: bool = False) -> tuple[str, Path | None]:
    """The item ``detail`` ("risk 3") means: its noun ("risk", "outcome", "action")
    and path, or ("", None) with ``detail`` not numbered; raises :class:`ValueError`
    with a message in an administrator's words where it is not one item for sure
    (``need``: the plan is a Child's Plan, whose risks are needs)."""
    match = NUMBERED.match(detail)
    if match is None:
        return "", None
    noun, wanted = match.group(1), int(match.group(2))
    if noun == "action":
        actions = [
            (r, o, a)
            for r, risk in enumerate(risks)
            for o, outcome in enumerate(risk.outcomes)
            for a in range(len(outcome.actions))
        ]
        if not 1 <= wanted <= len(actions):
            raise ValueError(
                f'says "{detail}", but the plan has {len(actions)} action(s), counted down '
                "the whole plan; write the number of the action as counted down the plan"
            )
        return "action", actions[wanted - 1]
    item = "need" if need else "risk"
    said = item if noun in ("risk", "priority") else "outcome"
    items = _items(risks, "risk" if noun == "priority" else noun)
    by_number = [(path, words) for path, numbers, words in items if wanted in numbers]
    if len(by_number) > 1:
        raise ValueError(
            f'says "{detail}", but the plan numbers {len(by_number)} {said}s {wanted} '
            f"in its Priority column ({', '.join(_first_words(w) for _, w in by_number)}); "
            "plangen cannot tell which one to keep back. Give each its own priority"
        )
    if noun == "priority":
        if not by_number:
            raise ValueError(
                f'says "{detail}", but no {item} in the plan has priority {wanted}; write '
                "the number printed in the plan's Priority column"
            )
        return "risk", by_number[0][0]
    if not _numbered(risks):
        if not 1 <= wanted <= len(items):
            raise ValueError(
                f'says "{detail}", but the plan has {len(items)} {said}(s); write the '
                f"number of the {said} as counted down the plan"
            )
        return noun, items[wanted - 1][0]
    counted = items[wanted - 1] if 1 <= wanted <= len(items) else None
    if by_number and (counted is None or counted[0] == by_number[0][0]):
        return noun, by_number[0][0]
    if not by_number and counted is not None and not counted[1]:
        return noun, counted[0]  # nothing is numbered 3, and the third has no number
    return noun, _refuse(detail, said, wanted, by_number[:1], counted)


def _refuse(
    detail: str,
    said: str,
    wanted: int,
    by_number: list[tuple[Path, str]],
    counted: tuple[Path, set[int], str] | None,
) -> Path:
    """Raise the message for a number that points at one item and a count at another."""
    if by_number:
        first = f"the plan's {said} numbered {wanted} is {_first_words(by_number[0][1])}"
    else:
        first = f"no {said} in the plan is numbered {wanted} in its Priority column"
    if counted is None:
        second = f"it has no {_nth(wanted)} {said} counted down the plan"
    else:
        numbers = sorted(counted[1])
        second = f"its {_nth(wanted)} {said} counted down the plan is {_first_words(counted[2])}"
        second += f" (numbered {numbers[0]})" if numbers else " (with no number)"
    ways = []
    if by_number:
        ways.append(f'"priority {wanted}" for the {said} numbered {wanted}')
    if counted is not None and counted[1]:
        ways.append(f'"priority {min(counted[1])}" for the {_nth(wanted)} counted down')
    fix = f"Write {' or '.join(ways)}" if ways else "Check which one is meant"
    raise ValueError(
        f'says "{detail}", but {first}, and {second}. plangen will not guess which to keep '
        f"back. {fix}, as the plan's Priority column numbers it"
    )
