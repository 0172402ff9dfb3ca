"""What the page's worker processes do: the pipeline's own steps, one call each.

Every function here runs in a worker process (:mod:`plangen.web.workers`) and returns
plain, picklable values: plans, findings, and input problems already turned into the
messages the command line prints, with intake values hidden as it hides them.
"""

from __future__ import annotations

import functools
import pickle
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import ParamSpec, TypeVar

from plangen.errors import InputError, InputErrors, PlangenError
from plangen.family.versions import Version, versions
from plangen.intake import read_plans
from plangen.intake.blank import blank_workbook, workbook_bytes
from plangen.intake.limits import Limits
from plangen.model import Plan
from plangen.pipeline import VERSIONS, make_files, prepare
from plangen.privacy.withhold import kept_from
from plangen.report import explained, reading_findings
from plangen.rules import Finding, check_run
from plangen.settings import Settings
from plangen.write import write_atomic

P = ParamSpec("P")
T = TypeVar("T")


class Failed(Exception):
    """A task that stopped: with plangen's message for the person, or (``internal``) a
    bug, named by the error's type only, since its message may quote the intake."""

    def __init__(self, message: str, internal: bool = False) -> None:
        super().__init__(message, internal)
        self.message, self.internal = message, internal


def task(function: Callable[P, T]) -> Callable[P, T]:
    """Any error leaves the worker as a :class:`Failed`, which always crosses back."""

    @functools.wraps(function)
    def guarded(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return function(*args, **kwargs)
        except PlangenError as error:
            raise Failed(str(error)) from None
        except Exception as error:
            raise Failed(type(error).__name__, internal=True) from None

    return guarded


@dataclass(frozen=True)
class Problems:
    """Input problems that stopped one plan (or a whole file), each located."""

    source: str
    messages: list[str]


@dataclass
class Explained:
    """A plan's strengths and reading ease (``check --explain --readability``), and
    the family and child versions they were read from, kept until its files are made
    from the same versions (worked out once, not again for the files).

    The versions stay pickled, as the worker sent them, until a worker makes the files
    from them: the server never reads them, and unpickling and pickling them again
    took the server ~1.6 ms of CPU a plan, on the cores the workers need."""

    strengths: list[Finding] = field(default_factory=list)
    reading: list[Finding] = field(default_factory=list)
    versions: bytes = b""  # pickled tuple[Version, ...]

    @property
    def reading_summary(self) -> list[Finding]:
        """Each version's average reading ease against its target."""
        return [f for f in self.reading if len(f.place.segments) == 1]

    @property
    def hard_sentences(self) -> list[Finding]:
        return [f for f in self.reading if len(f.place.segments) > 1]


@task
def warm(settings: Settings) -> None:
    """Each worker process loads the templates and word lists once, when it starts, and
    reads a blank intake workbook, which loads the workbook reader: otherwise the first
    upload a worker reads takes four times as long."""
    prepare(settings)
    with tempfile.TemporaryDirectory(prefix="plangen-warm-") as folder:
        blank = Path(folder) / "blank.xlsx"
        blank.write_bytes(workbook_bytes(blank_workbook()))
        read(blank, settings.limits)  # "has no plan in it", as expected


def ready() -> None:
    """Nothing: submitted once per worker at start, so each loads its templates then."""


def messages(error: InputError) -> list[str]:
    """Each problem on its own line, worded as ``plangen generate`` words it."""
    problems = error.errors if isinstance(error, InputErrors) else [error]
    return [str(problem) for problem in problems]


@task
def read(path: Path, limits: Limits) -> list[Plan | Problems]:
    """Every plan in one intake file, or the problems that stopped each one."""
    try:
        entries: list[Plan | InputError] = read_plans(path, limits)
    except InputError as error:
        entries = [error]
    return [
        entry if isinstance(entry, Plan) else Problems(path.name, messages(entry))
        for entry in entries
    ]


@task
def check(plans: list[Plan], settings: Settings) -> list[list[Finding]]:
    """The quality rules over every plan of one upload at once (PLAN-19 needs them all)."""
    return check_run(plans, settings.rules)


@task
def explain(plan: Plan, settings: Settings) -> Explained:
    """What the plan does well, and how easily its family and child versions read."""
    made = tuple(versions(plan, settings))
    kept = pickle.dumps(made, pickle.HIGHEST_PROTOCOL)
    return Explained(explained(plan, settings.rules), reading_findings(made), kept)


@task
def make(
    plan: Plan,
    out: Path,
    settings: Settings,
    findings: list[Finding],
    recipients: list[str] | None = None,
    outputs: tuple[str, ...] | None = None,
    made: bytes = b"",
) -> list[Path]:
    """Write one plan's files under ``out``: every version, or only ``outputs`` and the
    copies for ``recipients`` (names exactly as in the plan's core group); ``made``:
    its family and child versions when already worked out (``Explained.versions``).
    Paths relative to ``out``."""
    worked_out: tuple[Version, ...] = pickle.loads(made) if made else ()  # from a worker
    if outputs is None:
        outputs = () if recipients else VERSIONS
    # made whole in memory, then written: the upload's own fresh folder has no earlier
    # files and no hand edits, so nothing here needs the output manifest
    files = make_files(
        plan,
        out,
        settings,
        findings,
        versions=outputs,
        recipients=recipients or (),
        made=worked_out,
    )
    for path, data in files:
        # not flushed to disk: the upload's folder is deleted when the server stops,
        # and a flush held a worker ~5 ms a file on this machine's disk
        write_atomic(path, data, durable=False)
    return [path.relative_to(out) for path, _ in files]


def withheld_from(plan: Plan, name: str) -> list[str]:
    """What is kept from one core-group member, described for the worker."""
    kept = []
    for item in kept_from(plan, name):  # an item naming no one is kept from everyone
        detail = item.detail.replace("_", " ")
        if item.about == "plan":
            kept.append(f"{detail} of the plan")
        elif not detail:
            kept.append(f"everything about {item.about}")
        else:
            whose = "the child" if item.about == "child" else item.about
            kept.append(f"{whose}'s {detail}")
    return kept


@task
def check_template_file(path: Path) -> list[str]:
    """``plangen templates check`` on one uploaded template, each problem located; the
    template is named by its file name, as the person knows it."""
    from plangen.render.checks import check_template

    return [str(replace(problem, template=Path(path.name))) for problem in check_template(path)]
