"""The family stage: a plan -> plain-language versions for the parents and the child.

``plain``: the glossary, frequencies and dates in words; ``voice`` and ``verbs``: a
sentence spoken to the parents ("you") or by the child ("I"); ``sentences``: each
sentence of the versions built whole; ``context``: the values of the family and child
templates (after :mod:`plangen.privacy` has taken out what the reader must not see);
``readability``: each sentence scored against the targets in settings.
"""
