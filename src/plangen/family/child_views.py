"""What I said: the child's own words as said, whole or with what they answer; the
worker's notes on how they were heard stay out."""

from __future__ import annotations

import re

from plangen.family.capitals import capitalised
from plangen.family.child_text import Notes, for_age, private
from plangen.family.child_who import Band, listed, uses_words
from plangen.family.pronouns import in_first_person
from plangen.family.quotes import KEPT, quotations
from plangen.family.sentences import clean_views
from plangen.family.split import split_sentences
from plangen.family.verbs import agree, first_person
from plangen.family.voice import Household, for_child
from plangen.model import Plan

# a recorded view that starts with its verb: "Wants to keep going to football."
_NO_SUBJECT = re.compile(
    r"^(?:later |also )?(?:wants|likes|loves|enjoys|hates|misses|worries|feels|says|said|"
    r"asked|agreed|did|does|is|was|would|will|has|had|told|drew|talked|spoke)\b",
    re.I,
)


_WANTS = re.compile(
    r"\b(?:likes?|loves?|enjoys?|wants?|happ(?:y|iest)|smil|laugh|chose|prefers?|signed|"
    r"pointed|reached)",
    re.I,
)


def _whole(quote: str) -> bool:
    """A quotation that stands on its own: a whole thing said ("I'm not a baby."), not
    a piece of a sentence whose context the worker wrote ("because he doesn't chat
    rubbish", "people talk", "better")."""
    words = quote.split()
    return quote[:1].isupper() and (len(words) >= 4 or quote.rstrip()[-1:] in ".!?")


def _turned(sentence: str, who: Household, before: str) -> str | None:
    """A recorded view in the child's voice: "He wants ..." after a sentence about the
    child, or "Wants ..." with no subject, as the child's own "I want ..."."""
    first = who.child_names[-1] if who.child_names else ""
    if first and _NO_SUBJECT.match(sentence):
        return for_child(f"{first} {sentence[:1].lower()}{sentence[1:]}", who)
    spoken = for_child(sentence, who, before=before)
    if spoken is not None:
        return spoken
    pronoun = {"he": "He", "she": "She"}.get(who.pronoun or "", "")
    if pronoun and re.match(rf"{pronoun}\b", sentence):  # views are the child's own
        return for_child(first + sentence[len(pronoun) :], who) or simply_mine(sentence, who)
    return None


# what a child says they want or feel, said of them: "She does not want ...", "He misses"
_WISH = re.compile(
    r"^(?:She|He) (does not want|doesn't want|wants|would like|likes|loves|misses|hates|"
    r"enjoys|feels|says)\b"
)
# the kin a child says as a name ("her mum" -> "Mum"), the rest of theirs as "my"
_OWN_KIN = {"mum": "Mum", "mam": "Mum", "dad": "Dad", "nan": "Nan", "nain": "Nain"}


def simply_mine(sentence: str, who: Household) -> str | None:
    """ "She does not want her dad or Jamal to have her number." -> "I do not want Dad
    or Jamal to have my number.": a wish said of the child, where every "her" is hers
    (a thing or a relative of hers, never "her" as someone she sees) and no other "she"
    stands outside what she said; None otherwise (the reader32 chair: Farzana's own
    wishes were dropped as others she named, Jamal and Amira, were not in the plan)."""
    wish = _WISH.match(sentence)
    own = {"he": "his", "she": "her"}.get(who.pronoun or "")
    if not wish or own is None:
        return None
    rest = sentence[wish.end() :]
    outside = "".join(KEPT.split(rest)[::2])
    them = {"his": r"\b(?:he|him|himself)\b", "her": r"\b(?:she|herself)\b"}[own]
    owned = re.findall(rf"\b{own} (\w+)", outside, re.I)
    if re.search(them, outside, re.I) or len(owned) != len(re.findall(rf"\b{own}\b", outside)):
        return None
    if any(word in _NOT_OWNED for word in owned):  # "to see her when", "and her"
        return None
    verb = {"does not want": "do not want", "doesn't want": "don't want"}.get(wish.group(1))
    said = f"I {verb or first_person(wish.group(1).split()[0])}"
    said += wish.group(1)[len(wish.group(1).split()[0]) :] if not verb else ""
    parts = KEPT.split(rest)
    for n in range(0, len(parts), 2):
        parts[n] = re.sub(
            rf"\b{own} (\w+)",
            lambda m: _OWN_KIN.get(m.group(1).lower(), f"my {m.group(1)}"),
            parts[n],
        )
    return said + "".join(parts)


_NOT_OWNED = {
    "to",
    "and",
    "but",
    "when",
    "if",
    "or",
    "that",
    "the",
    "a",
    "at",
    "as",
    "so",
    "because",
}


# a relative of each gender, as a view names them ("his dad", "Mummy", "Nan")
_KIN = {
    "he": r"dad|daddy|father|stepdad|grandad|grandpa|brother|uncle",
    "she": r"mum|mummy|mother|stepmum|nan|nana|nanna|gran|granny|sister|aunt|auntie|aunty",
}


def _theirs_by_name(sentence: str, who: Household) -> str:
    """ "He misses his dad but is scared of him shouting": the "him" of a clause whose
    subject is still the child is the one relative of that gender named before it, so
    it is named again ("... scared of his dad shouting") before the sentence is turned,
    never made "me" (the reader32 chair read "I miss Dad but am scared of me shouting").
    Anything less clear is left as it is (the child's voice then holds it back)."""
    pronoun = {"he": "him", "she": "her"}.get(who.pronoun or "", "")
    if not pronoun:
        return sentence
    child = "|".join(map(re.escape, (*who.child_names, "he", "she")))
    found = re.match(
        rf"^(?P<lead>(?:{child})\b[^.;:!?]*?\b(?:and|but) "
        r"(?:is |was |feels |gets )?(?:[a-z]+ ){0,3}?)"
        rf"(?P<object>{pronoun})(?=\s+(?:[a-z]+ing\b|more\b|again\b|to\b)|\s*[.,;:!?\"“]|$)",
        sentence,
        re.I,
    )
    if not found:
        return sentence
    kin = re.findall(rf"\b(?:(?:his|her) )?(?:{_KIN[who.pronoun or '']})\b", found["lead"], re.I)
    others = re.findall(r"(?<!^)\b[A-Z][a-z]+\b", found["lead"])
    names = {n.lower() for name in who.child_names for n in name.split()}
    strangers = [
        w
        for w in others
        if w.lower() not in names and not re.fullmatch(_KIN[who.pronoun or ""], w, re.I)
    ]
    if len(kin) != 1 or strangers:
        return sentence
    return f"{found['lead']}{kin[0]}{sentence[found.end() :]}"


def _writers_me(sentence: str, who: Household) -> str:
    """ "Mason told me he likes ...", "He showed me his new bed": the worker who wrote
    it is "me", never the child (the reader30 chair read "I told me I like going to my
    Nain's", "I showed me my new bed"): "Mason said he likes ...", "He showed my worker
    his new bed"."""
    subject = "|".join(map(re.escape, [*who.child_names, "He", "She", "They"]))
    sentence = re.sub(
        rf"^((?:{subject}) )(?:told|tells) (?:me|us)\b(?! about)", r"\1said", sentence
    )
    return re.sub(
        rf"^((?:{subject}) (?:showed|shows|asked|asks|gave|gives|drew) )(?:me|us)\b",
        r"\1my worker",
        sentence,
    )


def _own_pronouns(sentence: str, spoken: str) -> str:
    """ "She is worried about her "papers"" -> "... about my "papers"", never "me"."""
    if re.search(r'\b(?:her|his)\s+["“]', sentence):
        return re.sub(r'\bme(\s+["“])', r"my\1", spoken)
    return spoken


# a sentence that gives someone else's account of the child: not the child's view
_SOMEONE_ELSE_SAYS = re.compile(
    r"^(?:School|Nursery|College|(?:His|Her|Their) (?:teacher|teachers|school|nursery|mum|dad|"
    r"nan|carers?)|Mum|Dad|Nan|Nana|Teachers?|Staff|Carers?|Parents)\s+(?:say|says|said|report|"
    r"reports|reported|describe|describes|described|feel|feels|felt|think|thinks|thought)\b"
)


# "Jade reports Lily is ...", "Mrs Crabtree says ...": a worker's or anyone's account
_NAMED_SAYS = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|PC|DC)\.? )?(?!(?:He|She|They|I|It|We)\b)([A-Z][\w'’-]+)"
    r"(?: [A-Z][\w'’-]+)? "
    r"(?:says|said|reports|reported|thinks|thought|feels|felt|describes|described)\b"
)
# "Mrs Crabtree says Lily told her she thinks ...": what the child told someone
_TOLD = re.compile(
    r"^(?P<who>(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) "
    r"(?:says|said|reports|reported) (?P<child>[A-Z][\w'’-]+) (?:told|tells) (?:her|him|them) "
    r"(?:that )?(?P<what>.+)$"
)


def _told(sentence: str, who: Household) -> str:
    """ "Mrs Crabtree says Lily told her she thinks X" -> "I told Mrs Crabtree that I
    think X": what the child said, in their voice, when the child is the subject of what
    they told ("she thinks"); "" for any other sentence."""
    told = _TOLD.match(sentence)
    if not told or told["child"] not in who.child_names or who.pronoun is None:
        return ""
    if not re.match(rf"{who.pronoun}\b", told["what"]):
        return ""
    return f"I told {told['who']} that {agree(in_first_person(told['what'], who.pronoun))}"


def _someone_else_says(sentence: str, who: Household) -> bool:
    """Whether ``sentence`` is someone else's account of the child ("School say ...",
    "Jade reports Lily is starting to open up"), not the child's own view."""
    named = _NAMED_SAYS.match(sentence)
    return bool(_SOMEONE_ELSE_SAYS.match(sentence)) or bool(
        named and named.group(1) not in who.child_names
    )


NOT_ASKED = "I have not been asked yet what I think."
NOT_NOW = "I did not want to talk about it when I was asked."
# the child was asked and chose not to say: "Evie was tired at the visit and did not
# want to talk" (held-out plan 149 said "I have not been asked yet", which is false)
_WOULD_NOT_SAY = re.compile(
    r"\b(?:did ?n[o']t|does ?n[o']t|would ?n[o']t|wo ?n't|could ?n[o']t) (?:want to )?"
    r"(?:talk|speak|say|answer|engage)\b|\b(?:declined|refused) to (?:talk|speak|say|answer)\b",
    re.I,
)

# how a child who does not use words shows their views, from what the plan says they use
_SHOWN_WITH = (
    (re.compile(r"\beye[- ]?gaze\b", re.I), "with my eye-gaze device"),
    (re.compile(r"\b(?:AAC|talker|communication (?:device|aid)|tablet app)\b"), "with my talker"),
    (re.compile(r"\b(?:PECS|pictures?|symbols?)\b", re.I), "with pictures"),
    (re.compile(r"\b(?:Makaton|signs?|signing|BSL)\b"), "with signs"),
)


# the worker's note of when and with whom the child was seen, before what the child
# showed or said: "Seen at home on 04.11.26 with Sian: he showed ..." (reader32 C6)
_PREAMBLE = re.compile(r"^(?:Seen|Spoken to|Visited|Met)\b[^:\"“]{0,80}:\s+(?=[a-z])")


def _without_preamble(sentence: str) -> str:
    """``sentence`` without the worker's note of how the child was seen before it."""
    said = _PREAMBLE.sub("", sentence.strip(), count=1)
    return said if said == sentence.strip() else said[:1].upper() + said[1:]


def shown_by(plan: Plan) -> str:
    """For a child who does not use words: how they showed their views, said by the
    child ("I showed my helpers how I feel with pictures."), before what they showed."""
    about = " ".join([plan.child_views, *(r.risk_factor for r in plan.risks)])
    ways = [said for pattern, said in _SHOWN_WITH if pattern.search(about)]
    how = " and ".join(w.removeprefix("with ") for w in ways[:2])
    how = f"with {how}" if ways else "by what I did and how I looked"
    return f"I showed my helpers what I like and how I feel {how}."


def my_views(plan: Plan, who: Household, notes: Notes) -> list[str]:
    """What I said: the child's own words as said; the worker's notes on how they were
    heard stay out.  A quotation is kept only whole, or with what it answers: a piece
    of a sentence is not the child's words without the rest (the readers).  A child
    who could not give views in words gets a kind sentence."""
    if not plan.child_views.strip():
        notes.add('No views of the child are recorded: the child\'s version has no "What I said"')
        return []
    views: list[str] = []
    before = ""
    # a child who does not use words: what they showed they like or want, not the
    # worker's observations of their behaviour ("I banged my head twice at home")
    few_words = not uses_words(plan)

    def own_words(sentence: str, lead: str) -> list[str]:
        kept = []
        for quote in quotations(sentence):
            if private(quote):
                continue
            if _whole(quote):  # "crisps", "my bed, dinosaur": not without what they answer
                kept.append(f'{lead}"{quote}"')
            else:
                notes.add(
                    f'A piece of what the child said is kept only with its context: "{quote}"'
                )
        return kept

    observed = False  # the worker saw or heard the child, though not their words
    declined = False  # the child was asked and chose not to say
    for sentence in split_sentences(clean_views(plan.child_views, who)):
        if not sentence.strip():
            continue
        subject = rf"^(?:\W*(?:{'|'.join(map(re.escape, who.child_names))}|she|he|they)\b)"
        declined = declined or bool(
            _WOULD_NOT_SAY.search(sentence) and re.match(subject, sentence, re.I)
        )
        sentence = _without_preamble(sentence)
        if told := _told(sentence, who):
            views.append(told)
            before = told
            continue
        if listed("recording_notes").search(sentence) or private(sentence):
            observed = True
            notes.add(f'Left out of "What I said" (a note, not my words): "{sentence}"')
            views += own_words(sentence, "In my own words: ")
            before = sentence  # "Zain does not use words. Using his PECS book he ...": him
            continue
        if _someone_else_says(sentence, who):  # "School say Oscar has been ...": theirs
            notes.add(f'Left out of "What I said" (someone else\'s words): "{sentence}"')
            continue
        if few_words and not _WANTS.search(sentence):
            observed = True
            notes.add(f'Left out of "What I said" (an observation, not my view): "{sentence}"')
            continue
        spoken = _turned(_theirs_by_name(_writers_me(sentence, who), who), who, before)
        named = "|".join(map(re.escape, who.child_names))
        if spoken and listed("recording_notes").search(spoken):  # "Rachel saw me ... on"
            notes.add(f'Left out of "What I said" (a note, not my words): "{sentence}"')
            continue
        if few_words and (spoken is None or re.search(rf"\b(?:{named})\b", spoken)):
            # what a child without words chose or showed, as the worker recorded it: whole
            # (the final8 reader: Oscar's eye-gaze choices were all lost)
            said = capitalised(sentence.strip(), who)
            notes.whole(said.rstrip("."))
            views.append(said)
            before = sentence
            continue
        if spoken is None or re.search(rf"\b(?:{named})\b", spoken):
            notes.add(f'Only my own words are kept in "What I said" from: "{sentence}"')
            views += own_words(sentence, "I said: ")
        else:
            views.append(for_age(_own_pronouns(sentence, spoken), Band.TEEN))
        before = spoken or sentence
    if few_words and views:  # how my views were gathered, never words I did not say
        views.insert(0, shown_by(plan))
    if not views and declined:  # asked, and chose not to say: never "not asked yet"
        notes.add(f'The plan says the child chose not to talk: "What I said" says "{NOT_NOW}"')
        views.append(NOT_NOW)
    elif not views and not observed:
        # only others' accounts of the child are recorded: said plainly, as it is true
        notes.add(f'The plan records no view of the child\'s own: "What I said" says "{NOT_ASKED}"')
        views.append(NOT_ASKED)
    elif not views:  # the child was seen or heard, but none of it is their own words
        notes.add(
            "No words of the child's own are recorded: the child's version has no \"What I said\""
        )
    return views


# words a sentence of the contingency may have for the child to read it (the readers:
# long contingencies in adult words are what a child does not need)


def quotes_changed(views: list[str], recorded: str) -> list[str]:
    """The views whose quotation is not what the plan records the child saying: a name
    in it was kept from a reader (the reader32 chair read "my teacher the class
    teacher" inside Jayden's own words).  A child's words are quoted as said or not at
    all."""
    said = re.sub(r"\s+", " ", recorded)
    return [
        view
        for view in views
        if any(re.sub(r"\s+", " ", quote) not in said for quote in quotations(view))
    ]
