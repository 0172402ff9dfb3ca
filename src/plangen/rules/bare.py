"""An action written as a name with no verb (PLAN-06): "Triple P", "Portage", "Careers
advice".

Such an action says what the help is called, not what anyone will do: attend the group,
book the appointment, go through what with whom.  A name that holds its activity ("Home
visits", "SALT referral", "Caring Dads programme") says what will happen and is left
alone: the patterns are ``action.bare_name`` and the activities ``action.concrete`` and
``action.named_activity`` in ``rules.toml``.
"""

from __future__ import annotations

from plangen.rules.text import WordLists, quoted


def bare_name(words: WordLists, text: str) -> str:
    """The action's whole text when it is a name alone (one word, a name in capitals, an
    offer of help with a topic: "Triple P", "Careers advice"), as quoted evidence, or
    "" when it names what will be done."""
    found = words.find("action.bare_name", text.strip())
    if not found or any(words.find(key, text) for key in _ACTIVITIES):
        return ""
    return quoted(found)


_ACTIVITIES = ("action.concrete", "action.named_activity")
