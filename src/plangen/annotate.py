"""The annotate stage: findings -> Word comments in the margin of a review copy.

Each finding becomes a real Word comment, authored "Quality check", anchored on
the run that shows the value it is about (see :mod:`plangen.render.anchors`); a finding
about something the template does not show goes on the nearest wider place, and a
plan-wide finding on the title.  A finding whose message is about many places
(:mod:`plangen.rules.once`) is one comment and one row, at the first; each other place
shows its number too, with a one-line comment "See finding n".  Each finding is
numbered: a red "[n]" follows the value it is about and the summary table that closes
the document starts with the same number, so that on paper (where comments are not
printed) every finding is still tied to its place; each strength likewise, with a green
"[Sn]" and a table of its own, and each note for the worker (nothing to change: what
plangen did) with a grey "[Nn]".
Comments carry the plan's date, never the clock, so the review copy is byte-identical
from run to run.

The rendered package is patched part by part with lxml: only ``word/document.xml`` is
parsed, and the comments part, its relationship and its content type are added.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from lxml import etree

from plangen.render import package
from plangen.render.anchors import MARKER, anchor_of
from plangen.render.engine import TEMPLATED_PART, Rendered, clean_text
from plangen.render.wordxml import (
    COMMENTS_PART,
    CONTENT_TYPES,
    DOCUMENT_RELS,
    W,
    comment,
    comments_part,
    element,
    grid_table,
    next_comment_id,
    paragraph,
    serialise,
    text_run,
    usable_width,
    with_comments_relationship,
    with_comments_type,
)
from plangen.rules.findings import Finding, Place, Severity
from plangen.rules.legend import legend, pointer_text

# a council's document names the check, never the tool that made it
AUTHOR = "Quality check"
INITIALS = "QC"
SUMMARY_HEADING = "Quality review: what to look at before this plan goes out"
DOCUMENT = "word/document.xml"
MARKER_COLOUR = "C00000"
STRENGTH_COLOUR = "00703C"  # a strength's marker: green, where a finding's is red
STRENGTHS_HEADING = "What the plan does well"
NOTE_COLOUR = "595959"  # a note's marker: grey, nothing to change
NOTES_HEADING = "Notes for the worker"
# what is numbered apart from the findings: (label prefix, marker colour, table heading,
# its column)
_APART = {
    Severity.STRENGTH: ("S", STRENGTH_COLOUR, STRENGTHS_HEADING, "Strength"),
    Severity.NOTE: ("N", NOTE_COLOUR, NOTES_HEADING, "Note"),
}
LEGEND_HEADING = "What the rule ids mean"


def comment_text(finding: Finding) -> str:
    """``PLAN-06 (weakness): The action has no timescale. Give a date ...``; a strength
    reads ``Strength: One lead professional is named (Harriet Hill).``"""
    if finding.severity in _APART:
        return f"{_APART[finding.severity][3]}: {finding.message}"
    return f"{finding.rule} ({finding.severity.value}): {finding.message}"


def marker_text(numbers: Sequence[int | str]) -> str:
    """``[1]`` or ``[1, 4]``: the numbers of the findings about one value (``[S1]``: of
    the strengths)."""
    return "[" + ", ".join(str(n) for n in numbers) + "]"


def _anchored_runs(body: etree._Element) -> dict[int, etree._Element]:
    """Anchor number -> the first run showing that value."""
    runs: dict[int, etree._Element] = {}
    for text in body.iter(W + "t"):
        for found in MARKER.finditer(text.text or ""):
            run = text.getparent()
            if run is not None:
                runs.setdefault(anchor_of(found.group(0)), run)
    return runs


def _title_run(body: etree._Element) -> etree._Element | None:
    for p in body.iter(W + "p"):
        if "".join(t.text or "" for t in p.iter(W + "t")).strip():
            run = p.find(W + "r")
            if run is not None:
                return run
    return None


def _inside(where: dict[str, etree._Element]) -> dict[str, str]:
    """Each place holding values -> the first of them (in ``where``'s order): for
    ``risks[0]``, the first path that starts ``risks[0].`` or ``risks[0][``."""
    first: dict[str, str] = {}
    for path in where:
        for at, char in enumerate(path):
            if char in ".[" and at:
                first.setdefault(path[:at], path)
    return first


def _resolve(
    place: Place, where: dict[str, etree._Element], inside: dict[str, str]
) -> etree._Element | None:
    """The run for a place: its own value, else the first value inside it, else the
    nearest wider place's (``inside``: :func:`_inside` of ``where``)."""
    for wider in place.parents():
        path = wider.path
        if path in where:
            return where[path]
        if path and path in inside:
            return where[inside[path]]
    return None


def _also(
    finding: Finding,
    anchor: etree._Element,
    where: dict[str, etree._Element],
    inside: dict[str, str],
) -> list[etree._Element]:
    """The runs of the finding's other places, each once, none its own anchor's."""
    runs: dict[int, etree._Element] = {id(anchor): anchor}
    for place in finding.also:
        run = _resolve(place, where, inside)
        if run is not None:
            runs.setdefault(id(run), run)
    return list(runs.values())[1:]


def _mark(
    run: etree._Element, numbers: list[int], apart: dict[Severity, list[str]], ids: list[int]
) -> None:
    """Comment ranges around ``run``, then the "[n]" marker (red), the "[Sn]" marker of
    its strengths (green), the "[Nn]" of its notes (grey) and the comment references."""
    parent = run.getparent()
    assert parent is not None
    position = parent.index(run)
    for number in reversed(ids):
        parent.insert(position, element("commentRangeStart", {"id": str(number)}))
    after = [element("commentRangeEnd", {"id": str(number)}) for number in ids]
    if numbers or any(apart.values()):
        # a space before the marker: "06/12/2024[1]" is one word to a line breaker, and
        # in a narrow cell it breaks inside the date ("06/12/202" / "4[1]"); with the
        # space the marker goes to the next line and the value stays whole
        after.append(text_run(" "))
    marked: list[tuple[Sequence[int | str], str]] = [(numbers, MARKER_COLOUR)]
    marked += [(apart.get(severity, []), colour) for severity, (_, colour, _, _) in _APART.items()]
    for labels, colour in marked:
        if labels:
            after.append(
                text_run(marker_text(labels), element("b"), element("color", {"val": colour}))
            )
    after += [
        element(
            "r",
            None,
            element("rPr", None, element("rStyle", {"val": "CommentReference"})),
            element("commentReference", {"id": str(number)}),
        )
        for number in ids
    ]
    position = parent.index(run) + 1
    for offset, made in enumerate(after):
        parent.insert(position + offset, made)


def annotate(
    docx: bytes,
    paths: Sequence[str],
    findings: Sequence[Finding],
    *,
    dated: dt.date,
    heading: str = SUMMARY_HEADING,
) -> bytes:
    """The review copy: ``docx`` (rendered with anchors) with each finding as a comment
    and a numbered marker on the value it is about, a summary table at the end, and
    every anchor marker removed."""
    parts = package.read(docx)
    trees = {
        name: etree.fromstring(parts.data(name))
        for name in parts.names
        if TEMPLATED_PART.match(name)
    }
    # its keywords stay as rendered (marks="")
    rendered = Rendered(parts, trees, marks="")
    return annotate_rendered(rendered, paths, findings, dated=dated, heading=heading)


def plain_and_annotated(
    rendered: Rendered,
    paths: Sequence[str],
    findings: Sequence[Finding],
    *,
    dated: dt.date,
    heading: str = SUMMARY_HEADING,
) -> tuple[bytes, bytes]:
    """From one render with anchors: the plain document and the annotated one."""
    plain = rendered.plain()  # before annotating: that adds to the rendered trees
    return plain, annotate_rendered(rendered, paths, findings, dated=dated, heading=heading)


def annotate_rendered(
    rendered: Rendered,
    paths: Sequence[str],
    findings: Sequence[Finding],
    *,
    dated: dt.date,
    heading: str = SUMMARY_HEADING,
) -> bytes:
    """:func:`annotate` on a render not yet zipped (its document tree is changed)."""
    parts = rendered.package
    root = rendered.trees[DOCUMENT]
    body = root.find(W + "body")
    assert body is not None, "a rendered document always has a body"
    where: dict[str, etree._Element] = {}
    for number, run in sorted(_anchored_runs(body).items()):
        where.setdefault(paths[number], run)
    title = _title_run(body)
    existing = parts.data(COMMENTS_PART) if COMMENTS_PART in parts.names else None
    first_id = next_comment_id(existing)
    comments: list[str] = []
    stamp = dt.datetime.combine(dated, dt.time(9, 0), tzinfo=dt.UTC)
    on_run: dict[int, tuple[etree._Element, list[int], dict[Severity, list[str]], list[int]]]
    on_run = {}
    numbered: list[tuple[int, Finding]] = []
    apart: dict[Severity, list[tuple[str, Finding]]] = {severity: [] for severity in _APART}
    inside = _inside(where)
    # the findings said in full elsewhere that apply at a place too: one comment there
    pointed: dict[int, tuple[etree._Element, list[tuple[int, Finding]]]] = {}
    for finding in findings:
        anchor = _resolve(finding.place, where, inside)
        if anchor is None:
            anchor = title
        if anchor is None:
            continue
        comment_id = first_id + len(comments)
        # a finding may quote plan text, which may hold characters XML cannot
        text = clean_text(comment_text(finding))
        comments.append(comment(comment_id, text, author=AUTHOR, initials=INITIALS, dated=stamp))
        _, numbers, labels, ids = on_run.setdefault(id(anchor), (anchor, [], {}, []))
        ids.append(comment_id)
        # a strength or a note is numbered apart ("S1", "N1"), and listed apart from
        # what to change
        if finding.severity in apart:
            listed = apart[finding.severity]
            listed.append((f"{_APART[finding.severity][0]}{len(listed) + 1}", finding))
            labels.setdefault(finding.severity, []).append(listed[-1][0])
        else:
            numbered.append((len(numbered) + 1, finding))
            numbers.append(len(numbered))
            # the other places its message is about: each shows the same "[n]" (on paper,
            # a reader finds every place) and, in the margin, a pointer to it
            for other in _also(finding, anchor, where, inside):
                pointed.setdefault(id(other), (other, []))[1].append((len(numbered), finding))
    for other, found in pointed.values():
        comment_id = first_id + len(comments)
        text = clean_text(pointer_text(found))
        comments.append(comment(comment_id, text, author=AUTHOR, initials=INITIALS, dated=stamp))
        _, numbers, _, ids = on_run.setdefault(id(other), (other, [], {}, []))
        ids.append(comment_id)
        numbers += [number for number, _ in found]
    for anchor, numbers, labels, ids in on_run.values():
        _mark(anchor, numbers, labels, ids)
    _summary(body, numbered, heading, apart)
    # headers and footers may show anchored values too
    replaced = {name: serialise(tree) for name, tree in rendered.trees.items()}
    added: dict[str, bytes] = {}
    if comments:
        (replaced if existing else added)[COMMENTS_PART] = comments_part(existing, comments)
        for name, patch in (
            (DOCUMENT_RELS, with_comments_relationship),
            (CONTENT_TYPES, with_comments_type),
        ):
            patched = patch(parts.data(name))
            if patched is not None:
                replaced[name] = patched
    return rendered.docx(replaced, added=added)


def _summary(
    body: etree._Element,
    numbered: list[tuple[int, Finding]],
    heading: str,
    apart: dict[Severity, list[tuple[str, Finding]]],
) -> None:
    """The heading and table of findings, then the table of strengths and of notes (if
    any), added before the body's last section break: on paper, where comments are not
    printed, each "[n]", "[Sn]" and "[Nn]" in the plan is tied to its row here."""
    section = body.find(W + "sectPr")
    # each heading keeps with its table: never the last line of a page on its own
    blocks = [paragraph(heading, style="Heading2", keep_next=True)]
    usable = usable_width(body)
    if not numbered:
        blocks.append(paragraph("The quality check found nothing to change in this plan."))
    else:
        # the rule column fits its longest word ("READABILITY" must not break)
        rule = 20 if any(len(finding.rule) > 8 for _, finding in numbered) else 12
        widths = [usable * 6 // 100, usable * rule // 100, usable * 20 // 100]
        widths.append(usable - sum(widths))
        rows = [
            [
                str(number),
                finding.rule
                + ("" if finding.severity is Severity.WEAKNESS else f" ({finding.severity.value})"),
                clean_text(finding.place.where),
                clean_text(finding.message),
            ]
            for number, finding in numbered
        ]
        blocks.append(grid_table(["No.", "Rule", "Where", "What to do"], rows, widths))
        # the rule legend: what each id above means, for a reader who has not learnt them
        meanings = legend(finding for _, finding in numbered)
        if meanings:
            blocks.append(paragraph(LEGEND_HEADING, bold=True, keep_next=True))
            blocks += [
                paragraph(f"{rule}: {meaning}", keep_next=n < len(meanings))
                for n, (rule, meaning) in enumerate(meanings.items(), start=1)
            ]
    for severity, listed in apart.items():
        if not listed:
            continue
        _, _, title, column = _APART[severity]
        blocks.append(paragraph(title, bold=True, keep_next=True))
        widths = [usable * 8 // 100, usable * 24 // 100]
        widths.append(usable - sum(widths))
        rows = [
            [label, clean_text(finding.place.where), clean_text(finding.message)]
            for label, finding in listed
        ]
        blocks.append(grid_table(["No.", "Where", column], rows, widths))
    for block in blocks:
        if section is not None:
            section.addprevious(block)
        else:
            body.append(block)
