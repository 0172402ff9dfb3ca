"""What the command line prints: messages on stdout, problems on stderr, values from
the intake only with ``--verbose``, and the one place plangen's errors become exit
statuses."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from plangen.errors import HIDDEN, InputErrors, InternalError, PlangenError, reveal, show_values

if TYPE_CHECKING:
    from plangen.batch.run import Summary
    from plangen.pipeline import Run, Written

_hint = {"given": False}


def printable(text: str) -> str:
    """``text`` as any terminal or log can take it (a file name that is not UTF-8
    gets a replacement character, not a crash)."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


class _Warnings(logging.Handler):
    """What plangen reads past but the user should know (a column it does not know,
    say): one ``warning:`` line each on stderr, values hidden as in errors."""

    def emit(self, record: logging.LogRecord) -> None:
        complain(f"warning: {record.getMessage()}")


def start(verbose: bool) -> None:
    """Each command: values shown only with --verbose, and the note about it once;
    plangen's warnings go to stderr."""
    show_values(verbose)
    _hint["given"] = False
    logger = logging.getLogger("plangen")
    if not any(isinstance(handler, _Warnings) for handler in logger.handlers):
        logger.addHandler(_Warnings(logging.WARNING))
        logger.propagate = False


def say(message: str) -> None:
    typer.echo(printable(message))


def complain(message: str) -> None:
    message = printable(reveal(message))  # a value from the intake only with --verbose
    typer.echo(message, err=True)
    if HIDDEN in message and not _hint["given"]:
        _hint["given"] = True
        typer.echo(
            f"note: values from the intake are shown as {HIDDEN}; add --verbose to see them",
            err=True,
        )


def report(error: PlangenError) -> None:
    """Each input problem on its own line, so every one can be found and fixed."""
    problems = error.errors if isinstance(error, InputErrors) else [error]
    for problem in problems:
        complain(f"error: {problem}")


@contextmanager
def handle_errors() -> Iterator[None]:
    """Catch plangen's own errors once: a plain message on stderr and the right status."""
    try:
        yield
    except PlangenError as error:
        complain(f"error: {error}")
        raise typer.Exit(error.exit_code) from None
    except (typer.Exit, typer.Abort):
        raise
    except Exception as error:  # a bug: a plain message, never a traceback or a value
        complain(f"error: {InternalError(error, doing='running this command', others_go_on=False)}")
        raise typer.Exit(InternalError.exit_code) from None


def progress_bar() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[failed]} failed"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=False,
    )


def say_skipped(skipped: list[Path]) -> None:
    if skipped:
        complain(
            f"note: skipped {len(skipped)} file(s) plangen wrote itself (outputs of an "
            "earlier run, in a folder with a .plangen manifest or named as plangen names "
            "its files); name a file to read it anyway"
        )


def say_edits(kept: list[tuple[str, str]], moved: list[tuple[str, str]]) -> None:
    for name, new in kept:
        say(f"kept your edits to {name}; the new version is {new}")
    for name, where in moved:
        say(f"moved your edited {name} to {where} (--force)")


def say_summary(summary: Summary, report_file: Path) -> None:
    say_skipped(summary.skipped)
    for note in summary.notes:
        complain(f"note: {note}")
    for stem, why in summary.remade[:20]:
        say(f"made {stem}: {why}")
    if len(summary.remade) > 20:
        say(f"... and {len(summary.remade) - 20} more (see {report_file.name})")
    say(
        f"{summary.made} plan(s) made, {summary.unchanged} unchanged, "
        f"{len(summary.failed)} failed; report: {report_file}"
    )
    say_edits(summary.kept, summary.moved)
    report_failures(summary)


def report_failures(summary: Summary) -> None:
    """Each failed plan or file on its own line, named once."""
    for where, error in summary.failed:
        complain(f"error: {error}" if error.startswith(where) else f"error: {where}: {error}")


def say_written(run: Run, written: Written) -> int:
    """What ``generate`` did, and the exit status it calls for."""
    say_skipped(run.skipped)
    for note in run.notes:
        say(reveal(f"note: {note}"))
    for note in written.notes:
        complain(f"note: {note}")
    for path in written.files:
        say(f"wrote {path}")
    say_edits(written.kept, written.moved)
    problems = [*run.problems, *written.failed]
    for problem in problems:
        report(problem)
    if not problems:
        return 0
    complain(f"{len(problems)} plan(s) or file(s) had problems; nothing was written for them")
    return max(problem.exit_code for problem in problems)


def say_dry_run(summary: Summary) -> None:
    """What a batch would re-make, file by file, and why."""
    for decision in summary.decisions:
        say(f"would re-make {decision.output}: {decision.reason}")
    count = len(summary.decisions)
    say(f"{count} file(s) to re-make; {summary.unchanged} plan(s) unchanged")
    report_failures(summary)
