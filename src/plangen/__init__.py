"""plangen: Child Protection Plans and Child's Plans from intake files, checked for quality.

The pipeline, one module or package per stage (see :mod:`plangen.pipeline`)::

    intake (xlsx | docx | json) -> model -> rules -> render (docxtpl) -> annotate -> write
"""

__version__ = "0.1.0"
