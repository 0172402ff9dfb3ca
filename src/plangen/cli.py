"""The command line: the one place errors become messages and exit codes.

Exit status: 0 done; 1 findings (``check``); 2 input problems (nothing written for the
plans concerned); 3 a file could not be written.  Never a traceback for bad input.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)

from plangen.errors import (
    HIDDEN,
    InputError,
    InputErrors,
    PlangenError,
    reveal,
    show_values,
)
from plangen.intake import intake_files, read_plans
from plangen.intake.blank import blank_workbook, workbook_bytes
from plangen.intake.jsonfile import plans_json
from plangen.model import Plan, PlanKind
from plangen.pdf import write_pdfs
from plangen.pipeline import (
    ON_REQUEST,
    VERSIONS,
    Generated,
    check_recipients,
    generate,
    readable_plans,
)
from plangen.render.engine import load_template
from plangen.render.forms import blank_form
from plangen.report import explained, print_findings, readability_findings_of, report_json
from plangen.rules import Severity, check_run
from plangen.settings import load_settings

if TYPE_CHECKING:
    from plangen.batch.run import Summary
from plangen.write import write_atomic

app = typer.Typer(
    name="plangen",
    help="Child Protection Plans and Child's Plans from intake workbooks and Word forms.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", help="Settings file (default: plangen.toml in this folder)."),
]


VerboseOption = Annotated[
    bool,
    typer.Option(
        "--verbose",
        "-v",
        help="Show values from the intake in error messages (they are [hidden] by default, "
        "as messages end up in logs and e-mails).",
    ),
]
_hint = {"given": False}


class _Warnings(logging.Handler):
    """What plangen reads past but the user should know (a column it does not know,
    say): one ``warning:`` line each on stderr, values hidden as in errors."""

    def emit(self, record: logging.LogRecord) -> None:
        _complain(f"warning: {record.getMessage()}")


def _start(verbose: bool) -> None:
    """Each command: values shown only with --verbose, and the note about it once."""
    show_values(verbose)
    _hint["given"] = False
    logger = logging.getLogger("plangen")
    if not any(isinstance(handler, _Warnings) for handler in logger.handlers):
        logger.addHandler(_Warnings(logging.WARNING))
        logger.propagate = False


def _say(message: str) -> None:
    typer.echo(message)


def _complain(message: str) -> None:
    message = reveal(message)  # a value from the intake only with --verbose
    typer.echo(message, err=True)
    if HIDDEN in message and not _hint["given"]:
        _hint["given"] = True
        typer.echo(
            f"note: values from the intake are shown as {HIDDEN}; add --verbose to see them",
            err=True,
        )


def _report(error: InputError) -> None:
    """Each input problem on its own line, so every one can be found and fixed."""
    problems = error.errors if isinstance(error, InputErrors) else [error]
    for problem in problems:
        _complain(f"error: {problem}")


@contextmanager
def _handle_errors() -> Iterator[None]:
    """Catch plangen's own errors once: a plain message on stderr and the right status."""
    try:
        yield
    except PlangenError as error:
        _complain(f"error: {error}")
        raise typer.Exit(error.exit_code) from None


@app.command(
    "generate",
    epilog="Example: plangen generate inputs/betty-smith.xlsx --out outputs/\n\n"
    "writes outputs/betty-smith/2023-03-01-cp-plan.docx (and the plan as .json beside it).",
)
def generate_command(
    inputs: Annotated[
        list[Path],
        typer.Argument(help="Intake files (.xlsx) or folders of them.", show_default=False),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the plans.")] = Path(
        "outputs"
    ),
    config: ConfigOption = None,
    versions: Annotated[
        str,
        typer.Option(
            "--versions",
            help="Which to write, comma-separated: plan (with its .json), review (with "
            "comments), family (with the worker's readability draft), child; and, only when "
            "named, professionals (the plan with nothing withheld, marked on every page "
            "with whom it must not reach); add pdf for a PDF/A of each document (needs "
            "LibreOffice).",
        ),
    ] = ",".join(VERSIONS),
    pdf: Annotated[
        bool, typer.Option("--pdf", help="Also a PDF/A of each document (needs LibreOffice).")
    ] = False,
    recipients: Annotated[
        list[str] | None,
        typer.Option(
            "--for",
            help="Also write a family copy for this person, without what is withheld from "
            "them (repeat for each person).",
        ),
    ] = None,
    verbose: VerboseOption = False,
) -> None:
    """Generate the plan (.docx) for every plan in the intake files.

    A plan with input problems is reported (every problem, with its file, sheet, row and
    column) and nothing is written for it; the other plans are still generated.
    """
    _start(verbose)
    failed = 0
    written: list[Path] = []
    with _handle_errors():
        chosen = [v.strip() for v in versions.split(",") if v.strip()]
        unknown = sorted(set(chosen) - set(VERSIONS) - set(ON_REQUEST) - {"pdf"})
        if unknown or not chosen:
            raise InputError(
                f'--versions "{versions}": use some of {", ".join(VERSIONS + ON_REQUEST)}, '
                "pdf, comma-separated"
            )
        pdf = pdf or "pdf" in chosen
        chosen = [v for v in chosen if v != "pdf"] or list(VERSIONS)
        settings = load_settings(config)
        files = intake_files(inputs)
        if not files:
            raise InputError("no intake files found in " + ", ".join(map(str, inputs)))
        if recipients is not None:
            # a recipient no plan's core group holds is refused before anything is written
            for note in check_recipients(readable_plans(files, settings), recipients):
                _say(reveal(f"note: {note}"))
        for source in files:
            try:
                results: list[Generated | InputError] = generate(
                    source, out, settings, versions=chosen, recipients=recipients or []
                )
            except InputError as error:
                results = [error]
            for result in results:
                if isinstance(result, Generated):
                    for path in result.files:
                        _say(f"wrote {path}")
                        written.append(path)
                else:
                    failed += 1
                    _report(result)
        if pdf:  # after every .docx is written: each LibreOffice start converts many
            documents = [path for path in written if path.suffix == ".docx"]
            for path in write_pdfs(documents):
                _say(f"wrote {path}")
    if failed:
        _complain(f"{failed} plan(s) or file(s) had input problems; nothing was written for them")
        raise typer.Exit(2)


KindOption = Annotated[
    str, typer.Option("--kind", help="For a Word form: cp (CP Plan) or child (Child's Plan).")
]
_FORM_KINDS = {"cp": PlanKind.CP_PLAN, "child": PlanKind.CHILDS_PLAN}


@app.command(
    "intake-template",
    epilog="Examples: plangen intake-template new-plans.xlsx\n\n"
    "plangen intake-template meeting-form.docx --kind child",
)
def intake_template_command(
    out: Annotated[
        Path, typer.Argument(help="Where to write it: .xlsx (workbook) or .docx (form).")
    ],
    kind: KindOption = "cp",
    config: ConfigOption = None,
) -> None:
    """Write a blank intake: a workbook with instructions and drop-downs, or a Word form."""
    with _handle_errors():
        suffix = out.suffix.lower()
        if suffix == ".xlsx":
            data = workbook_bytes(blank_workbook())
        elif suffix == ".docx":
            if kind not in _FORM_KINDS:
                raise InputError(f'--kind "{kind}" is not a plan kind; use cp or child')
            settings = load_settings(config)
            template = load_template(settings.template_for(_FORM_KINDS[kind]))
            data = blank_form(template, _FORM_KINDS[kind])
        else:
            raise InputError(f"{out}: name the blank intake .xlsx (workbook) or .docx (Word form)")
        write_atomic(out, data)
    _say(f"wrote {out}")


@app.command(
    "export",
    epilog="Example: plangen export inputs/betty-smith.xlsx --json > betty.json",
)
def export_command(
    source: Annotated[Path, typer.Argument(help="An intake file (.xlsx, .docx or .json).")],
    as_json: Annotated[bool, typer.Option("--json", help="Write the plan model as JSON.")] = False,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write to this file, not the screen.")
    ] = None,
    config: ConfigOption = None,
    verbose: VerboseOption = False,
) -> None:
    """Write the plan model read from an intake file, for other systems."""
    _start(verbose)
    with _handle_errors():
        if not as_json:
            raise InputError("say which format to export: --json")
        results = read_plans(source, load_settings(config).limits)
        problems = [r for r in results if isinstance(r, InputError)]
        for problem in problems:
            _report(problem)
        if problems:
            raise typer.Exit(2)
        text = plans_json([r for r in results if isinstance(r, Plan)])
        if out is None:
            _say(text)
        else:
            write_atomic(out, text.encode("utf-8"))
            _say(f"wrote {out}")


@app.command("schema", epilog="Example: plangen schema > plan.schema.json")
def schema_command() -> None:
    """Print the plan model's JSON Schema, so other systems can produce plans."""
    _say(json.dumps(Plan.model_json_schema(), indent=2))


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"


@app.command(
    "check",
    epilog="Examples: plangen check inputs/betty-smith.xlsx\n\n"
    "plangen check team-plans/ --format json > findings.json",
)
def check_command(
    inputs: Annotated[
        list[Path], typer.Argument(help="Intake files or folders.", show_default=False)
    ],
    output: Annotated[
        Format, typer.Option("--format", help="table (for people) or json (for tools).")
    ] = Format.TABLE,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Also say what each plan does well, and which words made each finding fire.",
        ),
    ] = False,
    readability: Annotated[
        bool,
        typer.Option(
            "--readability",
            help="Also score every sentence of the family and child versions and list "
            "those that miss the reading-ease target.",
        ),
    ] = False,
    config: ConfigOption = None,
    verbose: VerboseOption = False,
) -> None:
    """Check plans against the quality rules PLAN-01 to PLAN-20 and list the findings.

    Exit status: 0 no findings, 1 findings, 2 input problems.
    """
    _start(verbose)
    with _handle_errors():
        settings = load_settings(config)
        files = intake_files(inputs)
        if not files:
            raise InputError("no intake files found in " + ", ".join(map(str, inputs)))
        plans: list[tuple[Path, Plan]] = []
        failed = 0
        for source in files:
            try:
                read = read_plans(source, settings.limits)
            except InputError as error:
                read = [error]
            for entry in read:
                if isinstance(entry, InputError):
                    failed += 1
                    _report(entry)
                else:
                    plans.append((source, entry))
        findings = check_run([plan for _, plan in plans], settings.rules)
        extra = [
            (explained(plan, settings.rules) if explain else [])
            + (readability_findings_of(plan, settings) if readability else [])
            for _, plan in plans
        ]
        reports = [
            (source, plan, found + more)
            for (source, plan), found, more in zip(plans, findings, extra, strict=True)
        ]
        if output is Format.JSON:
            _say(json.dumps([report_json(*r, explain=explain) for r in reports], indent=2))
        else:
            print_findings(reports, explain=explain)
    if failed:
        raise typer.Exit(2)
    if any(findings) or any(f.severity is not Severity.STRENGTH for more in extra for f in more):
        raise typer.Exit(1)


@app.command(
    "batch",
    epilog="Examples: plangen batch intakes/ --out plans/\n\n"
    "plangen batch intakes/ --out plans/ --dry-run   (what would be re-made, and why)",
)
def batch_command(
    inputs: Annotated[
        list[Path], typer.Argument(help="Folders (or files) of intakes.", show_default=False)
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the plans.")] = Path(
        "outputs"
    ),
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", help="Processes to use (default: every core).")
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="List what would be re-made and why; write nothing.")
    ] = False,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Replace files edited by hand, after moving them to OUT/.plangen/edited/.",
        ),
    ] = False,
    pdf: Annotated[
        bool, typer.Option("--pdf", help="Also a PDF/A of each document (needs LibreOffice).")
    ] = False,
    config: ConfigOption = None,
    verbose: VerboseOption = False,
) -> None:
    """Regenerate every plan under the folders, re-making only what changed.

    Templates are checked first; a broken one stops the run before anything is written.
    A file edited by hand is never overwritten: the new version is written beside it as
    .new.docx (or, with --force, the edited file is moved to OUT/.plangen/edited/).
    One bad input never stops the run; the exit status is 2 if any plan failed.
    """
    from plangen.batch.manifest import Manifest
    from plangen.batch.report import REPORT, write_report
    from plangen.batch.run import run

    _start(verbose)
    with _handle_errors():
        settings = load_settings(config)
        if dry_run:
            summary = run(inputs, out, settings, jobs=jobs, dry_run=True, force=force, pdf=pdf)
            for decision in summary.decisions:
                _say(f"would re-make {decision.output}: {decision.reason}")
            count = len(summary.decisions)
            _say(f"{count} file(s) to re-make; {summary.unchanged} plan(s) unchanged")
            _report_failures(summary)
            return
        with _progress() as bar:
            task = bar.add_task("plans", total=None, failed=0)

            def show(summary: Summary, found: int) -> None:
                total = max(found, summary.total)
                bar.update(task, completed=summary.total, total=total, failed=len(summary.failed))

            summary = run(inputs, out, settings, jobs=jobs, force=force, progress=show, pdf=pdf)
        report = out / f"{REPORT}.xlsx"
        if summary.made or summary.failed or not report.exists():
            write_report(Manifest.load(out), summary)  # else: nothing in it would change
    _say(
        f"{summary.made} plan(s) made, {summary.unchanged} unchanged, "
        f"{len(summary.failed)} failed; report: {report}"
    )
    for name, new in summary.kept:
        _say(f"kept your edits to {name}; the new version is {new}")
    for name, moved in summary.moved:
        _say(f"moved your edited {name} to {moved} (--force)")
    _report_failures(summary)
    if summary.failed:
        raise typer.Exit(2)


def _report_failures(summary: Summary) -> None:
    """Each failed plan or file on its own line, named once."""
    for where, error in summary.failed:
        _complain(f"error: {error}" if error.startswith(where) else f"error: {where}: {error}")


def _progress() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[failed]} failed"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=False,
    )


templates_app = typer.Typer(help="Check Word templates before they are used.", no_args_is_help=True)
app.add_typer(templates_app, name="templates")


@templates_app.command(
    "check", epilog="Example: plangen templates check templates/cp-plan-2025.docx"
)
def templates_check_command(
    templates: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Templates to check (default: every template in use).", show_default=False
        ),
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Check templates: Jinja syntax, values a plan has, nothing the renderer refuses.

    Each problem names the template file, the part (body, header, footer) and the
    paragraph.  Exit status 0 when every template is fit to use, 1 when not.
    """
    from plangen.render.checks import check_template

    with _handle_errors():
        settings = load_settings(config)
        paths = templates or sorted(settings.template_dir().glob("*.docx"))
        problems = [problem for path in paths for problem in check_template(path)]
    for path in paths:
        mine = [p for p in problems if p.template == path]
        _say(f"{path}: {'ok' if not mine else f'{len(mine)} problem(s)'}")
        for problem in mine:
            _say(f"  {problem}")
    if problems:
        raise typer.Exit(1)


@app.command(
    "serve",
    epilog="Example: plangen serve   (then open http://127.0.0.1:8000/ in the browser)",
)
def serve_command(
    host: Annotated[
        str,
        typer.Option(
            "--host",
            help="Address to listen on. Anything but this computer (127.0.0.1) needs "
            "sign-in set up in plangen.toml ([web]).",
        ),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    hash_password: Annotated[
        bool,
        typer.Option(
            "--hash-password",
            help="Ask for a password and print its hash for [[web.users]]; start nothing.",
        ),
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Start the web page for the team: upload intakes, see findings, take the plans."""
    from plangen.web.config import hash_password as make_hash
    from plangen.web.server import serve

    if hash_password:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
        _say(f'password_hash = "{make_hash(password)}"')
        return
    with _handle_errors():
        serve(load_settings(config), host, port)


def main() -> None:  # pragma: no cover - the console script entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
