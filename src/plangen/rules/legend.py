"""The rule legend: each rule id that appears, with its plain meaning in one line
(``data/rule_ids.toml`` [legend]), for the review copy and ``check --explain``."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources

from plangen.rules.findings import Finding, Severity


@cache
def _meanings() -> dict[str, str]:
    text = resources.files("plangen.data").joinpath("rule_ids.toml").read_text("utf-8")
    legend: dict[str, str] = tomllib.loads(text)["legend"]
    return legend


def legend(findings: Iterable[Finding]) -> dict[str, str]:
    """Each rule id among ``findings`` (not strengths) that has a meaning, in id order,
    with its plain meaning: {"PLAN-06": "The action does not say who ..."}."""
    meanings = _meanings()
    ids = {f.rule for f in findings if f.severity is not Severity.STRENGTH}
    return {rule: meanings[rule] for rule in sorted(ids) if rule in meanings}


def pointer_text(found: Sequence[tuple[int, Finding]]) -> str:
    """The review copy's comment at a place that findings said in full elsewhere apply
    to: one finding, a one-line pointer; several, one comment naming each rule and what
    it means, so an outcome with no finding of its own is not read as raising nothing
    (reader 32 item D6: "Mali is safe." carried three bare pointers and a chair took its
    PLAN-04, PLAN-05 and PLAN-15 as missed)."""
    if len(found) == 1:
        [(number, finding)] = found
        return f"See finding {number} ({finding.rule}): the same applies here."
    numbers = [str(number) for number, _ in found]
    said = ", ".join(numbers[:-1]) + " and " + numbers[-1]
    meanings = _meanings()
    rules = dict.fromkeys(finding.rule for _, finding in found)
    return f"See findings {said}: each applies here too. " + " ".join(
        f"{rule}: {meanings[rule]}" if rule in meanings else f"{rule}." for rule in rules
    )
