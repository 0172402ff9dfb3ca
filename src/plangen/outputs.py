"""The one declared list of what plangen writes for each plan: :data:`OUTPUTS`.

Each :class:`OutputKind` is a name (what ``--versions`` accepts), the files it is made
of (suffixes of the plan's output stem), the Word template it is rendered with, and its
builder (plan, settings, findings -> the bytes of each file).  Everything that needs to
know the outputs reads this list: ``--versions``, the batch manifest's fingerprints,
``templates check`` and :func:`prepare`.  To add an output (a PDF, say), append one
:class:`OutputKind` here; nothing else needs to change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from plangen.errors import UsageError
from plangen.generated import GENERATED, WITHHELD
from plangen.model import CorePerson, Plan, PlanKind
from plangen.naming import folder_name, slugify
from plangen.privacy.echoes import held_sentences
from plangen.settings import Settings

# The builders' own stages (python-docx and lxml, the templates, the rules, the family
# engine) are imported inside the builders, when a file is made: what reads only this
# list (``--help``, a batch with nothing to re-make) never loads them.
if TYPE_CHECKING:
    from plangen.family.versions import Version
    from plangen.rules import Finding

Files = list[tuple[Path, bytes]]
# (plan, settings, findings, the plan's output stem) -> each file and its bytes
Builder = Callable[[Plan, Settings, Sequence["Finding"], Path], Files]


@dataclass(frozen=True)
class OutputKind:
    """One thing plangen writes for a plan."""

    name: str  # as given to --versions
    suffixes: tuple[str, ...]  # its files, as suffixes of the plan's output stem
    template: Callable[[PlanKind], str]  # the template's name in the template folder
    build: Builder  # every file of this output, made in memory
    untemplated: tuple[str, ...] = ()  # suffixes not made from the template (a record)
    help: str = ""  # for --help: what comes with it
    on_request: bool = False  # made only when named in --versions (never by batch)
    # the files it makes for one plan, when not simply ``stem + suffix`` for each suffix
    paths: Callable[[Plan, Path], list[Path]] | None = None

    def files(self, plan: Plan, stem: Path) -> list[Path]:
        """The files this output makes for ``plan`` (none when it has nothing to say)."""
        if self.paths is not None:
            return self.paths(plan, stem)
        return [stem.with_name(stem.name + suffix) for suffix in self.suffixes]

    def template_of(self, kind: PlanKind, name: str) -> str | None:
        """The template file ``name`` of this output is made from (None for a record)."""
        if any(name.endswith(suffix) for suffix in self.untemplated):
            return None
        return self.template(kind)


def _marks(plan: Plan) -> str:
    # a sentence held by what the plan itself says (privacy/echoes.py) is lost too
    withheld = plan.confidential or held_sentences(plan)
    return f"{GENERATED} {WITHHELD}" if withheld else GENERATED


def _plan_and_review(
    plan: Plan, settings: Settings, findings: Sequence[Finding], *, review: bool
) -> tuple[bytes, bytes]:
    """The plan and (with ``review``) its review copy, from one render: the plan is
    the review copy's render without its anchors, byte for byte."""
    from plangen.annotate import plain_and_annotated
    from plangen.privacy import finding_words, formal
    from plangen.privacy.numbered import held_whole
    from plangen.render.anchors import anchor_context
    from plangen.render.context import build_context
    from plangen.render.engine import load_template
    from plangen.render.held_rows import off_held_risks, plan_paths, without_risks
    from plangen.rules import notes_of, strengths_of
    from plangen.rules.pointer import pointer

    # the plan goes to the whole core group: what is withheld from any member of it
    # reads "Held on the case record" (the .json record keeps everything, for plangen)
    template = load_template(settings.template_for(plan.kind))
    noted = [
        *findings,
        *(strengths_of(plan, settings.rules, findings) if settings.review.strengths else []),
        *notes_of(plan),
    ]
    # a finding may quote the plan ("Mrs Davies (school counsellor)" is not in the core
    # group): its words are said as the plan's own are, made with them (one build)
    words = [text for finding in noted for text in finding_words(finding)] if review else []
    shared = formal(plan, held=settings.confidential.held, texts=words)
    # a risk held whole is left out, not a row that says one is held (reader 32)
    gone = held_whole(shared.plan)
    whole = build_context(shared.plan, date_format=settings.date_format)
    context = without_risks(whole, gone)
    if not review:
        return template.render(context, marks=_marks(plan)), b""
    anchored, paths = anchor_context(context)
    paths = plan_paths(paths, gone, len(whole["risks"]))
    scrubbed = [shared.scrub_finding(finding) for finding in noted]
    said = off_held_risks(scrubbed, gone, lambda places: pointer(plan, places))
    rendered = template.render_anchored(anchored, marks=_marks(plan))
    return plain_and_annotated(rendered, paths, said, dated=plan.plan_date)


def _plan(plan: Plan, settings: Settings, findings: Sequence[Finding], stem: Path) -> Files:
    docx, record = BY_NAME["plan"].files(plan, stem)
    clean, _ = _plan_and_review(plan, settings, findings, review=False)
    return [(docx, clean), (record, plan.model_dump_json(indent=2).encode())]


def _review(plan: Plan, settings: Settings, findings: Sequence[Finding], stem: Path) -> Files:
    [review] = BY_NAME["review"].files(plan, stem)
    return [(review, _plan_and_review(plan, settings, findings, review=True)[1])]


def _plan_with_review(
    plan: Plan, settings: Settings, findings: Sequence[Finding], stem: Path
) -> Files:
    """Both, when both are asked for: one render instead of two."""
    docx, record = BY_NAME["plan"].files(plan, stem)
    [review] = BY_NAME["review"].files(plan, stem)
    clean, annotated = _plan_and_review(plan, settings, findings, review=True)
    return [(docx, clean), (record, plan.model_dump_json(indent=2).encode()), (review, annotated)]


def not_for(plan: Plan) -> str:
    """Whom the professionals-only copy must not reach: "Dean Harris", "the family"."""
    names = sorted({name for item in plan.confidential for name in item.withheld_from})
    everyone = any(not item.withheld_from for item in plan.confidential)
    return " or ".join([*names, "the family"] if everyone else names)


def professionals_notice(plan: Plan) -> str:
    """The professionals-only copy's header and footer."""
    whom = not_for(plan)
    return f"PROFESSIONALS ONLY: holds details withheld from {whom}. Do not share with {whom}."


def _professionals_paths(plan: Plan, stem: Path) -> list[Path]:
    if not plan.confidential:
        return []  # nothing withheld: the plan itself is the whole plan
    return [stem.with_name(f"{stem.name}-professionals-only-not-for-{slugify(not_for(plan))}.docx")]


def _professionals(
    plan: Plan, settings: Settings, findings: Sequence[Finding], stem: Path
) -> Files:
    from plangen.render.context import build_context
    from plangen.render.engine import load_template
    from plangen.render.notice import stamp

    # everything, for professionals only: every page says whom it must not reach
    template = load_template(settings.template_for(plan.kind))
    whole = build_context(plan, date_format=settings.date_format)
    rendered = stamp(template.render(whole, marks=_marks(plan)), professionals_notice(plan))
    return [(path, rendered) for path in _professionals_paths(plan, stem)]


def _family(plan: Plan, settings: Settings, findings: Sequence[Finding], stem: Path) -> Files:
    from plangen.family.versions import render_with_draft
    from plangen.family.versions import versions as family_versions

    [version] = family_versions(plan, settings, names=["family"])
    document, draft = BY_NAME["family"].files(plan, stem)
    made, worker = render_with_draft(version, settings, plan.plan_date)  # one render
    return [(document, made), (draft, worker)]


def _child_paths(plan: Plan, stem: Path) -> list[Path]:
    from plangen.family.child import child_plans

    # none for an unborn baby or a child under 4; one for each child of a plan for
    # brothers and sisters whose views can be told apart ("...-tyler-child.docx")
    return [
        stem.with_name(f"{stem.name}{'-' + part if part else ''}-child.docx")
        for part, _ in child_plans(plan)
    ]


def _child(plan: Plan, settings: Settings, findings: Sequence[Finding], stem: Path) -> Files:
    from plangen.family.child import child_plans
    from plangen.family.versions import render_version
    from plangen.family.versions import versions as family_versions

    files: Files = []
    for path, (_, one) in zip(_child_paths(plan, stem), child_plans(plan), strict=True):
        [version] = family_versions(one, settings, names=["child"])
        files.append((path, render_version(version, settings)))
    return files


def _family_and_child(
    plan: Plan,
    settings: Settings,
    findings: Sequence[Finding],
    stem: Path,
    made: Sequence[Version] = (),
) -> Files:
    """Both, when both are asked for: the child's version is worked out once (the
    family draft lists its notes) instead of once for each, or not at all when it
    was worked out already (``made``: the family and child versions)."""
    from plangen.family.child import child_plans
    from plangen.family.versions import render_version, render_with_draft
    from plangen.family.versions import versions as family_versions

    if not BY_NAME["child"].files(plan, stem):  # no child's version for this plan
        return _family(plan, settings, findings, stem)
    if len(child_plans(plan)) != 1 or child_plans(plan)[0][0]:  # one for each child
        return _family(plan, settings, findings, stem) + _child(plan, settings, findings, stem)
    family, child = made or family_versions(plan, settings, names=["family", "child"])
    document, draft = BY_NAME["family"].files(plan, stem)
    [mine] = BY_NAME["child"].files(plan, stem)
    version, worker = render_with_draft(family, settings, plan.plan_date)
    return [(document, version), (draft, worker), (mine, render_version(child, settings))]


def _own_kind(kind: PlanKind) -> str:
    return kind.value


OUTPUTS: tuple[OutputKind, ...] = (
    OutputKind("plan", (".docx", ".json"), _own_kind, _plan, (".json",), "with its .json"),
    OutputKind("review", (".review.docx",), _own_kind, _review, help="with comments"),
    OutputKind(
        "family",
        ("-family.docx", "-family.draft.docx"),
        lambda kind: "family",
        _family,
        help="with the worker's readability draft",
    ),
    OutputKind("child", ("-child.docx",), lambda kind: "child", _child, paths=_child_paths),
    OutputKind(
        "professionals",
        ("-professionals-only.docx",),
        _own_kind,
        _professionals,
        help="only when named: the plan with nothing withheld, marked on every page with "
        "whom it must not reach",
        on_request=True,
        paths=_professionals_paths,
    ),
)
BY_NAME = {output.name: output for output in OUTPUTS}
VERSIONS = tuple(o.name for o in OUTPUTS if not o.on_request)  # what is made by default
ON_REQUEST = tuple(o.name for o in OUTPUTS if o.on_request)  # made only when named
VERSION_FILES = {output.name: output.suffixes for output in OUTPUTS}


def choose_versions(text: str) -> list[str]:
    """The outputs named in ``--versions`` (comma-separated); raises
    :class:`UsageError` naming the part that is not an output."""
    chosen = [v.strip() for v in text.split(",") if v.strip()]
    unknown = [v for v in chosen if v not in BY_NAME and v != "pdf"]
    if unknown or not chosen:
        wrong = f'"{unknown[0]}" is not one' if unknown else "none given"
        raise UsageError(
            f'--versions "{text}" ({wrong}): use some of {", ".join([*BY_NAME, "pdf"])}, '
            "comma-separated"
        )
    return chosen


def template_names() -> list[str]:
    """Every template any output uses, for any kind of plan (file stems, no suffix)."""
    names = {output.template(kind) for output in OUTPUTS for kind in PlanKind}
    return sorted(names)


def output_stem(plan: Plan, out: Path) -> Path:
    """``out/<folder>/<plan-date>-<kind>``, without a suffix; the folder is the case
    reference (or the child's name) made safe, see :func:`plangen.naming.folder_name`."""
    folder = folder_name(plan.case_ref, plan.child.name)
    return out / folder / f"{plan.plan_date:%Y-%m-%d}-{plan.kind.value}"


def own_copy_suffix(person: CorePerson) -> str:
    """The file suffix of a recipient's own family copy: ``-family-for-dean-harris.docx``."""
    return f"-family-for-{slugify(person.name)}.docx"


def recipients_in(plan: Plan, recipients: Sequence[str], *, marked: bool) -> list[CorePerson]:
    """The core-group members of ``plan`` who get their own family copy: those the
    intake marks ("Copy for", when the family version is made: ``marked``), and those
    named with ``--for`` who are in this plan's core group (a copy is only ever made
    for a member of the plan's own core group)."""
    from plangen.privacy import resolve_recipient

    protected = protected_people(plan)
    chosen = [p for p in plan.core_group if (p.own_copy or p in protected) and marked]
    for wanted in recipients:
        person = resolve_recipient(plan, wanted)
        if person is not None and person not in chosen:
            chosen.append(person)
    return chosen


def protected_people(plan: Plan) -> list[CorePerson]:
    """The family members a plan protects: named in a withholding that keeps something
    about them from someone in particular (a mother's new address from the father).
    The family copy holds back everything withheld from anyone, so their own tasks and
    safety plan are not in it; each gets a copy of their own whenever the family version
    is made (an independent reader of held-out plan 114 found the mother's own daily
    tasks as "[details not shared]" in the only copy she would get)."""
    from plangen.privacy.names import is_family, name_key

    about = {name_key(w.about) for w in plan.confidential if w.withheld_from}
    return [p for p in plan.core_group if name_key(p.name) in about and is_family(p)]


def plan_files(
    plan: Plan, stem: Path, versions: Sequence[str], recipients: Sequence[str] = ()
) -> dict[Path, tuple[str, str | None]]:
    """Every file ``make_files`` makes for ``plan``: its output's name and the template
    it is made from (None for the plan's JSON record)."""
    files: dict[Path, tuple[str, str | None]] = {}
    for output in OUTPUTS:
        if output.name in versions:
            for path in output.files(plan, stem):
                files[path] = (output.name, output.template_of(plan.kind, path.name))
    for person in recipients_in(plan, recipients, marked="family" in versions):
        files[stem.with_name(stem.name + own_copy_suffix(person))] = ("family", "family")
    return files


def make_files(
    plan: Plan,
    out: Path,
    settings: Settings,
    findings: list[Finding],
    *,
    versions: Sequence[str] = VERSIONS,
    recipients: Sequence[str] = (),
    made: Sequence[Version] = (),
) -> Files:
    """Every file of one plan, made in memory: nothing is written if any step fails.

    ``made``: the plan's family and child versions (:func:`plangen.family.versions.
    versions`), when the caller has worked them out already (the web page has, for
    the reading ease it shows first); the same files come out either way."""
    from plangen.family.versions import render_version
    from plangen.family.versions import versions as family_versions

    stem = output_stem(plan, out)
    files: Files = []
    both = {"plan", "review"} <= set(versions)
    versions_too = {"family", "child"} <= set(versions)
    for output in OUTPUTS:
        if both and output.name == "plan":
            files += _plan_with_review(plan, settings, findings, stem)
        elif versions_too and output.name == "family":
            files += _family_and_child(plan, settings, findings, stem, made)
        elif (both and output.name == "review") or (versions_too and output.name == "child"):
            continue  # made with the plan, or with the family version
        elif output.name in versions:
            files += output.build(plan, settings, findings, stem)
    for person in recipients_in(plan, recipients, marked="family" in versions):
        [family] = family_versions(
            plan, settings, recipient=person.name, names=["family"], draft=False
        )
        own = stem.with_name(stem.name + own_copy_suffix(person))
        files.append((own, render_version(family, settings)))
    return files


def prepare(settings: Settings) -> None:
    """Load every template and word list once, before plans are made.

    A batch calls this in its first process, so the worker processes it forks start
    with the prepared templates instead of each preparing its own.
    """
    from plangen.family.versions import warm as warm_family
    from plangen.render.engine import load_template
    from plangen.rules import word_lists

    folder = settings.template_dir()
    for name in template_names():
        load_template(folder / f"{name}.docx")
    word_lists(settings.rules.data)
    warm_family(settings)
