"""docxtpl templates, prepared once and rendered many times, in a Jinja sandbox.

docxtpl re-reads the template, re-patches and recompiles its XML and re-zips every
part for each document.  A :class:`WordTemplate` does the reading, patching (with
docxtpl's own ``patch_xml``) and compiling once per template version; rendering is
then Jinja plus docxtpl's own post-processing (line breaks, table grid fixes) on the
parts that hold tags, and a zip whose other entries are copied as they were.

Every render goes through one :func:`environment`: a ``SandboxedEnvironment`` with
autoescape and ``StrictUndefined``.  Templates are code from outside (CVE-2024-37301
was remote code execution through an unsandboxed docxtpl template).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, NoReturn

import jinja2
from docxtpl import DocxTemplate
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment
from lxml import etree

from plangen.errors import TemplateError
from plangen.generated import GENERATED
from plangen.render import package
from plangen.render.anchors import MARKER, Anchored, marker, strip_markers
from plangen.render.finish import finish_tree, keep_short_tables_whole, serialise
from plangen.render.long_rows import split_long_rows

# Characters XML 1.0 forbids; a value holding one would make Word refuse the file.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_DECLARATION = re.compile(r"^<\?xml[^>]*\?>\s*")
_ESCAPES = {"{_{": "{{", "}_}": "}}", "{_%": "{%", "%_}": "%}"}
_ESCAPE = re.compile("|".join(re.escape(escape) for escape in _ESCAPES))
TEMPLATED_PART = re.compile(r"^word/(document|header\d*|footer\d*|footnotes)\.xml$")


def clean_text(value: str) -> str:
    """Drop characters that are not allowed in a Word document's XML."""
    return _INVALID_XML.sub("", value)


def _finalize(value: object) -> object:
    """Applied to every ``{{ }}`` value: ``None`` prints as nothing, text is cleaned.

    Line breaks in a value stay ``\\n``; docxtpl's post-processing turns them into
    Word line breaks after rendering.
    """
    if value is None:
        return ""
    if isinstance(value, Anchored):  # a review copy: mark where the value lands
        return marker(value.anchor) + clean_text(value)
    if isinstance(value, str):
        return clean_text(value)
    return value


Finalizer = Callable[[object], object]


class PlanSandbox(SandboxedEnvironment):
    """Jinja's sandbox, which also refuses every name starting with ``_`` whether it is
    an attribute or a key: a template reads plan values, never anything private."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if attribute.startswith("_"):
            return self.unsafe_undefined(obj, attribute)
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        if isinstance(argument, str) and argument.startswith("_"):
            return self.unsafe_undefined(obj, argument)
        return super().getitem(obj, argument)


@cache
def environment(finalize: Finalizer = _finalize) -> SandboxedEnvironment:
    """The one Jinja environment plangen renders with (sandboxed, strict, escaped)."""
    return PlanSandbox(
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        finalize=finalize,
        keep_trailing_newline=True,
    )


def _docxtpl_patch(xml: str) -> str:
    # docxtpl's own tag clean-up ({%tr %}, {% vm %}, tags split across runs ...).
    # patch_xml is a pure function of its argument that happens to live on the class.
    patched: str = DocxTemplate.patch_xml(None, xml)
    # docxtpl's escapes for a literal {{ }} {% %} in a template, turned into Jinja string
    # constants here, so that the text they make is the template's alone: docxtpl replaces
    # them after rendering, in the values too ("{_{ 7*7 }_}" in a plan came out "{{ 7*7 }}")
    patched = _ESCAPE.sub(lambda m: '{{ "' + _ESCAPES[m.group(0)] + '" }}', patched)
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", patched)


def part_label(name: str) -> str:
    """``word/header1.xml`` -> ``header1``: how a part is named in messages."""
    stem = name.rsplit("/", 1)[-1].removesuffix(".xml")
    return "body" if stem == "document" else stem


def paragraph_near(source: str, lineno: int | None) -> str:
    """The visible text of the paragraph at a Jinja line number, for locating errors."""
    if lineno is None:
        return ""
    lines = source.splitlines()
    if not 0 < lineno <= len(lines):
        return ""
    return " ".join(re.sub(r"<[^>]+>", "", lines[lineno - 1]).split())[:120]


def _template_line(error: Exception) -> int | None:
    """The template line an error was raised at (Jinja keeps template frames)."""
    line = None
    trace = error.__traceback__
    while trace is not None:
        if trace.tb_frame.f_code.co_filename == "<template>":
            line = trace.tb_lineno
        trace = trace.tb_next
    return line


@dataclass(frozen=True)
class _Part:
    source: str
    template: jinja2.Template


CORE_PART = "docProps/core.xml"

_KEYWORDS = re.compile(rb"<cp:keywords\s*/>|<cp:keywords>(.*?)</cp:keywords>", re.S)


def mark_generated(core: bytes, marks: str) -> bytes:
    """The core properties with ``marks`` as the keywords."""
    marked = b"<cp:keywords>" + marks.encode() + b"</cp:keywords>"
    if _KEYWORDS.search(core):
        return _KEYWORDS.sub(marked, core, count=1)
    return core.replace(b"</cp:coreProperties>", marked + b"</cp:coreProperties>", 1)


class WordTemplate:
    """A docxtpl template read, patched and compiled once; render it many times."""

    def __init__(self, path: Path, *, env: SandboxedEnvironment | None = None) -> None:
        self.path = path
        self.env = env or environment()
        try:
            self.package = package.read(path.read_bytes())
        except (OSError, zipfile.BadZipFile, ValueError) as error:
            raise TemplateError(f"is not a Word .docx template ({error})", template=path) from None
        self.parts: dict[str, _Part] = {}
        for name in self.package.names:
            if TEMPLATED_PART.match(name):
                self.parts[name] = self._compile(name)

    def _compile(self, name: str) -> _Part:
        xml = _DECLARATION.sub("", self.package.text(name))
        source = _docxtpl_patch(xml)
        try:
            return _Part(source=source, template=self.env.from_string(source))
        except jinja2.TemplateSyntaxError as error:
            near = paragraph_near(source, error.lineno)
            raise TemplateError(
                f"{error.message}" + (f', in the paragraph "{near}"' if near else ""),
                template=self.path,
                part=part_label(name),
            ) from None

    def render_trees(self, context: Mapping[str, Any]) -> dict[str, etree._Element]:
        """Render every templated part to its tree; raises :class:`TemplateError` on
        failure, naming the part and the paragraph of the template where it failed."""
        rendered: dict[str, etree._Element] = {}
        for name, part in self.parts.items():
            try:
                rendered[name] = finish_tree(part.template.render(context))
                if name == "word/document.xml":  # a row taller than a page, in rows that fit
                    split_long_rows(rendered[name])
                    keep_short_tables_whole(rendered[name])
            except SecurityError as error:
                self._fail(
                    name,
                    part,
                    error,
                    f"uses something the template sandbox refuses ({error}); templates may "
                    "only read plan values, never Python internals",
                )
            except jinja2.UndefinedError as error:
                self._fail(name, part, error, f"uses a value the plan does not have ({error})")
            except (jinja2.TemplateError, ValueError, TypeError) as error:
                self._fail(name, part, error, str(error))
        return rendered

    def _fail(self, name: str, part: _Part, error: Exception, problem: str) -> NoReturn:
        near = paragraph_near(part.source, _template_line(error))
        raise TemplateError(
            problem + (f', in the paragraph "{near}"' if near else ""),
            template=self.path,
            part=part_label(name),
        ) from None

    def render_parts(self, context: Mapping[str, Any]) -> dict[str, bytes]:
        """Every templated part rendered, as the bytes of the part."""
        return {name: serialise(tree) for name, tree in self.render_trees(context).items()}

    def render(self, context: Mapping[str, Any], *, marks: str = GENERATED) -> bytes:
        """The finished ``.docx`` as bytes: byte-identical for the same context.

        ``marks`` go into its keywords (:mod:`plangen.generated`); the blank intake
        form is rendered with none."""
        parts = self.render_parts(context)
        if marks and CORE_PART in self.package.entries:
            parts[CORE_PART] = mark_generated(self.package.data(CORE_PART), marks)
        return self.package.rebuild(parts)

    def render_anchored(self, context: Mapping[str, Any], *, marks: str = GENERATED) -> Rendered:
        """Render a context whose values are anchored (see :mod:`plangen.render.anchors`),
        for a plain copy and an annotated copy made from one render."""
        return Rendered(self.package, self.render_trees(context), marks)

    def variables(self) -> set[str]:
        """Top-level variables the template reads (for template checks)."""
        from jinja2 import meta

        found: set[str] = set()
        for part in self.parts.values():
            found |= meta.find_undeclared_variables(self.env.parse(part.source))
        return found


@dataclass(frozen=True)
class Rendered:
    """A template rendered with anchored values: its templated parts as trees, before
    they are zipped.  The annotate stage adds to ``trees["word/document.xml"]``."""

    package: package.Package
    trees: dict[str, etree._Element]
    marks: str = GENERATED

    def plain(self) -> bytes:
        """The document without anchors: the same bytes as rendering the context's
        plain values (anchors are private-use characters, and only ever in the text)."""
        return self.docx({name: serialise(tree) for name, tree in self.trees.items()})

    def docx(self, parts: dict[str, bytes], *, added: dict[str, bytes] | None = None) -> bytes:
        """The package with ``parts`` (markers removed) and the generated marks."""
        replaced = {name: without_markers(data) for name, data in parts.items()}
        if self.marks and CORE_PART in self.package.entries:
            replaced[CORE_PART] = mark_generated(self.package.data(CORE_PART), self.marks)
        return self.package.rebuild(replaced, added=added)


# A text element that held nothing but an anchor's marker: an empty value.
_ONLY_MARKER = re.compile(f"(<w:t(?: [^<>]*)?)>(?:{MARKER.pattern})+</w:t>")


def without_markers(part: bytes) -> bytes:
    """A part's bytes with every anchor marker removed, as lxml would have written
    them without: a text element left empty is written ``<w:t .../>``."""
    text = part.decode("utf-8")
    if not MARKER.search(text):
        return part
    return strip_markers(_ONLY_MARKER.sub(r"\1/>", text)).encode("utf-8")


@cache
def _load(path: Path, mtime_ns: int, size: int) -> WordTemplate:
    return WordTemplate(path)


def load_template(path: Path) -> WordTemplate:
    """A prepared template, cached per template version (path, mtime, size)."""
    resolved = path.resolve()
    try:
        stat = resolved.stat()
    except OSError as error:
        raise TemplateError(f"cannot be read: {error.strerror}", template=path) from None
    return _load(resolved, stat.st_mtime_ns, stat.st_size)
