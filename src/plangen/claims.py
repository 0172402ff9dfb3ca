"""A plan claimed twice is refused, whichever file comes first: the same plan in two
intake files, as with an old copy beside the current one, or two plans whose files
would have the same names.  Used by every command (``generate``, ``check`` and
``batch``), so they refuse the same plans.

The same plan is: the same case reference exactly; or one reference typed two ways
(letter case, Unicode normal form, spacing: "cp-7" and "CP-7") for the same child; or
the same child and plan type.  "cp-7" and "CP-7" for two different children are two
plans, and :func:`plangen.naming.folder_name` gives them two folders."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from plangen.errors import shown
from plangen.model import Plan
from plangen.naming import reference_key
from plangen.outputs import output_stem


@dataclass(frozen=True)
class Claim:
    """What identifies a plan across files: its case reference, its child, its files."""

    source: str
    case_ref: str  # as written
    child: str  # its reference_key
    born: str
    kind: str
    stem: str

    @classmethod
    def of(cls, source: str, plan: Plan, out: Path = Path("out")) -> Claim:
        child = plan.child
        born = child.date_of_birth.isoformat() if child.date_of_birth else str(child.age or "")
        return cls(
            source,
            plan.case_ref or "",
            reference_key(child.name),
            born,
            plan.kind.value,
            output_stem(plan, out).relative_to(out).as_posix(),
        )


_KINDS = ("ref", "spelled", "child", "stem")


def claims(found: Sequence[Claim]) -> dict[int, str]:
    """Index -> the problem, for each plan claimed twice: the same plan (same case
    reference, or same child and kind) in two files, or two plans whose files would
    have the same names.  Every plan concerned is refused, whatever the file order."""
    problems: dict[int, str] = {}
    keys: dict[tuple[str, ...], list[int]] = {}
    for index, claim in enumerate(found):
        if claim.case_ref:
            keys.setdefault(("ref", claim.case_ref), []).append(index)
            spelled = ("spelled", reference_key(claim.case_ref), claim.child)
            keys.setdefault(spelled, []).append(index)
        keys.setdefault(("child", claim.child, claim.born, claim.kind), []).append(index)
        # a case-insensitive file system (Windows, macOS) takes "A" and "a" as one name
        keys.setdefault(("stem", claim.stem.casefold()), []).append(index)
    # each plan gets the message of the first of these it fits, whatever the file order
    for key, indexes in sorted(keys.items(), key=lambda kv: _KINDS.index(kv[0][0])):
        files = sorted({found[i].source for i in indexes})
        if key[0] != "stem" and len(files) < 2:
            continue  # twice in one file: the reader or PLAN-19 says so
        if len(indexes) < 2:
            continue
        for index in indexes:
            others = [f for f in files if f != found[index].source] or files
            if key[0] == "stem":
                problems.setdefault(
                    index,
                    f"this plan and a plan in {', '.join(others)} would be written to the same "
                    f"files ({shown(found[index].stem)}); give each plan its own case "
                    "reference. Neither was written",
                )
            else:
                what = {
                    "ref": "case reference",
                    "spelled": "child, and the same case reference written another way",
                    "child": "child and plan type",
                }[key[0]]
                problems.setdefault(
                    index,
                    f"the same plan (same {what}) is also in {', '.join(others)}; keep only "
                    "the current file in the folder (an old copy?). Neither was written",
                )
    return problems
