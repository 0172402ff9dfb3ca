"""For a younger child: the grown-ups' own work, gently, in one line, and who helps
whom (split from :mod:`plangen.family.child_helpers`, which gathers the helpers)."""

from __future__ import annotations


def grown_ups_line(names: list[str], helpers: dict[str, list[str]]) -> str:
    """For a younger child: the grown-ups' own work, gently, in one sentence, and who
    helps whom ("Yvonne will help Mum with that."), only where a helper's actions say
    whom they help."""
    if not names:
        return ""
    verb = "have" if len(names) > 1 or " and " in names[0] else "has"
    lines = [f"{_and(names)} {verb} things to do too, to make things better for me."]
    by_whom: dict[tuple[str, ...], list[str]] = {}
    for helper, helped in helpers.items():
        if helped:
            by_whom.setdefault(tuple(helped), []).append(helper)
    for grown_ups, helping in by_whom.items():
        said = f"{_and(helping)} will help {_and(list(grown_ups))} with that."
        lines.append(said[:1].upper() + said[1:])  # "The worker who ...", by their job
    return " ".join(lines)


def _and(names: list[str]) -> str:
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)
