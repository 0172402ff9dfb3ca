"""Every text of the development corpora, written by people who never saw the rewriting
code, through the family and child versions: the language checker finds nothing.

Each text is put in a small plan (tests/family_corpus.py) as an outcome or an action
and both versions are made; every sentence they write is checked by tests/language.py,
as the end-to-end language test does for whole documents.  The values are checked
before rendering (the .docx holds the same text; rendering 270 plans twice would cost
minutes): sentences of paragraphs, and the "What" cells of the actions table as phrases.
"""

from __future__ import annotations

import json
from collections import Counter

from plangen.family.scored_texts import readable_texts
from plangen.family.versions import versions
from plangen.settings import Settings

from ..family_corpus import FILES, corpus_plans, corpus_texts
from ..language import check_sentence, kept_whole, names_of, split_sentences


def it_reads_only_the_development_parts() -> None:
    assert all(not name.endswith("-test.toml") for name in FILES)
    assert len(corpus_texts()) > 800


def it_finds_no_slip_in_any_sentence_made_from_the_corpus() -> None:
    hits: list[str] = []
    settings = Settings()
    for plan in corpus_plans():
        names = names_of(json.loads(plan.model_dump_json()))
        me = plan.child.name.split()[0]
        made = versions(plan, settings)
        notes = " ".join(made[0].notes)  # the worker's draft: sentences kept whole
        for version in made:
            for path, text in readable_texts(version.context):
                phrase = path.startswith("actions[") and path.endswith(".what")
                if path.startswith("actions[") and not phrase:
                    continue  # "How often", "By when": labels, not sentences
                for sentence in split_sentences(text):
                    for hit in check_sentence(
                        sentence, names=names, child=me, version=version.name, phrase=phrase
                    ):
                        if hit.check == "mixed-voice" and kept_whole(sentence, notes):
                            continue
                        hits.append(f"{plan.case_ref} {version.name}: {hit.check}: {sentence}")
    counts = Counter(line.split(": ")[1] for line in hits)
    assert not hits, f"{dict(counts)}\n" + "\n".join(hits[:25])
