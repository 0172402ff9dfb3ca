"""The rule legend: each rule id that appears, with its plain meaning in one line
(``data/rule_ids.toml`` [legend]), for the review copy and ``check --explain``."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
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
