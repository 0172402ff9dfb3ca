"""The family stage: a plan -> plain-language versions for the parents and the child.

``plain``: the glossary, frequencies and dates in words; ``confidential``: what each
recipient must not see; ``context``: the values of the family and child templates;
``readability``: each sentence scored against the targets in settings.
"""
