"""Marks in the keywords (``docProps/core.xml``) of every document plangen writes.

:data:`GENERATED` is on every one.  :data:`WITHHELD` is on the plans made from an intake
that withholds something: such a plan says "Held on the case record" where the details
were, and has lost its Confidential rows, so plangen refuses to read it back as an
intake (the ``.json`` record beside it keeps everything).  A plan with nothing withheld
reads back as the plan it was made from.
"""

GENERATED = "plangen:generated"
WITHHELD = "plangen:withheld"
