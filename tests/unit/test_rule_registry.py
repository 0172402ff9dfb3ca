"""Every rule of the domain is registered, from one explicit list."""

from __future__ import annotations

import tomllib
from importlib import resources

from plangen.rules import REGISTERED, all_rules


def expected_ids() -> list[str]:
    text = resources.files("plangen.data").joinpath("rule_ids.toml").read_text("utf-8")
    ids: list[str] = tomllib.loads(text)["ids"]
    return ids


def it_registers_every_rule_id_of_the_domain_and_no_other() -> None:
    expected = expected_ids()
    assert expected[:21] == [f"PLAN-{n:02d}" for n in range(1, 22)]
    assert sorted(rule.id for rule in REGISTERED) == sorted(expected)
    assert [rule.id for rule in all_rules()] == sorted(expected)


def it_registers_each_rule_once() -> None:
    ids = [rule.id for rule in REGISTERED]
    assert len(ids) == len(set(ids))


def it_has_one_plain_line_for_every_rule_in_the_legend() -> None:
    text = resources.files("plangen.data").joinpath("rule_ids.toml").read_text("utf-8")
    legend: dict[str, str] = tomllib.loads(text)["legend"]
    assert sorted(legend) == sorted(expected_ids())
    assert all(line.endswith(".") and len(line) <= 100 for line in legend.values())
