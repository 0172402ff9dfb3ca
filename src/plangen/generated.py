"""The mark every document plangen writes carries in its keywords (``docProps/core.xml``),
so that plangen never reads its own output back as an intake: a plan read back would
lose what its intake withheld from the family."""

GENERATED = "plangen:generated"
