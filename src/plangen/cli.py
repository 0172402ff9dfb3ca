"""The command line: the one place errors become messages and exit codes.

Exit status: 0 done; 1 findings (``check``); 2 input problems (nothing written for the
plans concerned); 3 a file could not be written.  Never a traceback for bad input.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from plangen import __version__
from plangen.batch.stale import Summary
from plangen.console import (
    handle_errors,
    progress_bar,
    report,
    say,
    say_dry_run,
    say_skipped,
    say_summary,
    say_written,
    start,
)
from plangen.errors import UsageError
from plangen.intake.jsonfile import plans_json
from plangen.model import Plan, PlanKind
from plangen.options import ConfigOption, ForceOption, PdfOption, VerboseOption
from plangen.outputs import OUTPUTS, VERSIONS, choose_versions, template_names
from plangen.pdf import pdfs_for
from plangen.pipeline import generate_files, read_paths
from plangen.settings import load_settings
from plangen.web.command import serve_command
from plangen.write import write_atomic

app = typer.Typer(
    name="plangen",
    help="Child Protection Plans and Child's Plans from intake workbooks and Word forms.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(shown: bool) -> None:
    if shown:
        say(f"plangen {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Say which version."),
    ] = False,
) -> None:
    pass


@app.command(
    "generate",
    epilog="Example: plangen generate inputs/betty-smith.xlsx --out outputs/\n\n"
    "writes outputs/betty-smith/2023-03-01-cp-plan.docx (and the plan as .json beside it).",
)
def generate_command(
    inputs: Annotated[
        list[Path],
        typer.Argument(help="Intake files (.xlsx, .docx, .json) or folders.", show_default=False),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the plans.")] = Path(
        "outputs"
    ),
    config: ConfigOption = None,
    versions: Annotated[
        str,
        typer.Option(
            "--versions",
            help="Which to write, comma-separated: "
            + ", ".join(f"{o.name} ({o.help})" if o.help else o.name for o in OUTPUTS)
            + ".",
        ),
    ] = ",".join(VERSIONS),
    recipients: Annotated[
        list[str] | None,
        typer.Option(
            "--for",
            help="Also write a family copy for this person, without what is withheld from "
            "them (repeat for each person).",
        ),
    ] = None,
    force: ForceOption = False,
    pdf: PdfOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Generate the plan (.docx) for every plan in the intake files.

    Reads: the intake files (.xlsx, .docx, .json) named, or under the folders
    named (skipping plangen's own outputs); plangen.toml; the Word templates.

    Writes into OUT, keeping any file edited by hand (the new version goes
    beside it as .new.docx). A plan with input problems is reported (every
    problem, with its file, sheet, row and column) and nothing is written for
    it; the other plans are still generated.
    """
    start(verbose)
    with handle_errors():
        chosen = choose_versions(versions)
        settings = load_settings(config)
        pdf = pdf or "pdf" in chosen
        chosen = [v for v in chosen if v != "pdf"] or list(VERSIONS)
        run, written = generate_files(
            inputs, out, settings, versions=chosen, recipients=recipients or [], force=force
        )
        # after every .docx is written: each LibreOffice start converts many
        written.files += pdfs_for(written.files, asked=pdf)
    status = say_written(run, written)
    if status:
        raise typer.Exit(status)


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
    """Write a blank intake: a workbook with instructions and drop-downs, or a Word form.

    Reads: plangen.toml and the plan's Word template (for a form).
    """
    with handle_errors():
        suffix = out.suffix.lower()
        if suffix == ".xlsx":
            from plangen.intake.blank import blank_workbook, workbook_bytes  # openpyxl: slow

            data = workbook_bytes(blank_workbook())
        elif suffix == ".docx":
            if kind not in _FORM_KINDS:
                raise UsageError(f'--kind "{kind}" is not a plan kind; use cp or child')
            from plangen.render.engine import load_template  # python-docx, lxml: slow
            from plangen.render.forms import blank_form

            settings = load_settings(config)
            template = load_template(settings.template_for(_FORM_KINDS[kind]))
            data = blank_form(template, _FORM_KINDS[kind])
        else:
            raise UsageError(f"{out}: name the blank intake .xlsx (workbook) or .docx (Word form)")
        write_atomic(out, data)
    say(f"wrote {out}")


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
    """Write the plan model read from an intake file, for other systems.

    Reads: the intake file named; plangen.toml.
    """
    start(verbose)
    with handle_errors():
        if not as_json:
            raise UsageError("say which format to export: --json")
        run = read_paths([source], load_settings(config), check=False)
        for problem in run.problems:
            report(problem)
        if run.problems:
            raise typer.Exit(2)
        text = plans_json([each.plan for each in run.plans])
        if out is None:
            say(text)
        else:
            write_atomic(out, text.encode("utf-8"))
            say(f"wrote {out}")


@app.command("schema", epilog="Example: plangen schema > plan.schema.json")
def schema_command() -> None:
    """Print the plan model's JSON Schema, so other systems can produce plans."""
    say(json.dumps(Plan.model_json_schema(), indent=2))


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
        bool, typer.Option("--explain", help="Also say what each plan does well.")
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
    """Check plans against the quality rules and list the findings.

    Reads: the intake files named, or under the folders named (skipping
    plangen's own outputs); plangen.toml. Writes nothing.

    Exit status: 0 no findings, 1 findings, 2 input problems.
    """
    from plangen.report import explained, print_findings, readability_findings_of, report_json
    from plangen.rules import Severity, notes_of

    start(verbose)
    with handle_errors():
        settings = load_settings(config)
        run = read_paths(inputs, settings)
        say_skipped(run.skipped)
        for problem in run.problems:
            report(problem)
        extra = [
            (explained(each.plan, settings.rules) if explain else [])
            + (readability_findings_of(each.plan, settings) if readability else [])
            + notes_of(each.plan)
            for each in run.plans
        ]
        reports = [
            (each.source, each.plan, found + more)
            for each, found, more in zip(run.plans, run.findings, extra, strict=True)
        ]
        if output is Format.JSON:
            say(json.dumps([report_json(*r, explain=explain) for r in reports], indent=2))
        else:
            print_findings(reports, explain=explain)
    if run.problems:
        raise typer.Exit(2)
    if any(run.findings) or any(
        f.severity not in (Severity.STRENGTH, Severity.NOTE) for more in extra for f in more
    ):
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
    force: ForceOption = False,
    pdf: PdfOption = False,
    config: ConfigOption = None,
    verbose: VerboseOption = False,
) -> None:
    """Regenerate every plan under the folders, re-making only what changed.

    Reads: the intake files under the folders (skipping plangen's own
    outputs); plangen.toml; the Word templates; OUT/.plangen/manifest.json
    (what was made before).

    Templates are checked first; a broken one stops the run before anything
    is written. A file edited by hand is never overwritten: the new version
    is written beside it as .new.docx (or, with --force, the edited file is
    moved to OUT/.plangen/edited/). One bad input never stops the run; the
    exit status is 2 if any plan failed, 3 if a file could not be written.
    """
    from plangen.batch.report import REPORT, write_report
    from plangen.batch.run import run

    start(verbose)
    with handle_errors():
        settings = load_settings(config)
        if dry_run:
            say_dry_run(run(inputs, out, settings, jobs=jobs, dry_run=True, force=force))
            return
        with progress_bar() as bar:
            task = bar.add_task("plans", total=None, failed=0)

            def show(summary: Summary, found: int) -> None:
                total = max(found, summary.total)
                bar.update(task, completed=summary.total, total=total, failed=len(summary.failed))

            summary = run(inputs, out, settings, jobs=jobs, force=force, progress=show, pdf=pdf)
        report_file = out / f"{REPORT}.xlsx"
        if summary.made or summary.failed or not report_file.exists():
            write_report(out, summary)  # else: nothing in it would change
    say_summary(summary, report_file)
    if summary.failed:
        raise typer.Exit(summary.exit_code)


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

    Reads: the templates named, or every template the outputs use (plangen.toml says
    which folder).

    Each problem names the template file, the part (body, header, footer) and the
    paragraph.  Exit status 0 when every template is fit to use, 1 when not.
    """
    from plangen.render.checks import check_template

    with handle_errors():
        settings = load_settings(config)
        folder = settings.template_dir()
        paths = templates or [folder / f"{name}.docx" for name in template_names()]
        problems = [problem for path in paths for problem in check_template(path)]
    for path in paths:
        mine = [p for p in problems if p.template == path]
        say(f"{path}: {'ok' if not mine else f'{len(mine)} problem(s)'}")
        for problem in mine:
            say(f"  {problem}")
    if problems:
        raise typer.Exit(1)


app.command(
    "serve",
    epilog="Example: plangen serve   (then open http://127.0.0.1:8000/ in the browser)",
)(serve_command)


def main() -> None:  # pragma: no cover - the console script entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
