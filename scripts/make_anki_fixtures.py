#!/usr/bin/env python3
"""Build the .apkg fixtures of Tests/Fixtures/anki/ with the real Anki backend.

Requires:  python3 -m venv /work/.venv-anki && /work/.venv-anki/bin/pip install anki==26.9.3

Run:  /work/.venv-anki/bin/python scripts/make_anki_fixtures.py [--out Tests/Fixtures/anki]
      /work/.venv-anki/bin/python scripts/make_anki_fixtures.py --bench /tmp/bench.apkg

Writes modern.apkg (collection.anki21b, zstd) and legacy.apkg (collection.anki21) holding the
same collection, and facts.json: what the tests expect (cards per note, reviews, states).
The collection has Basic, Basic (and reversed card) and Cloze notes, HTML in fields, tags, a
subdeck, one suspended and one buried card, and review-log rows made by answering cards
through the v3 scheduler with FSRS on.

--bench writes instead one package of 10,000 Basic notes and 100,000 review-log rows (rows
inserted in bulk, ten per card, a day apart), for `recall-bench apkg`.
"""

import argparse
import json
import os
import random
import tempfile
from importlib.metadata import version

from anki.collection import Collection, ExportAnkiPackageOptions
from anki.scheduler_pb2 import CardAnswer

if version("anki") != "26.9.3":
    raise SystemExit(f"need anki 26.9.3, found {version('anki')}: pip install anki==26.9.3")

RATINGS = {1: CardAnswer.AGAIN, 2: CardAnswer.HARD, 3: CardAnswer.GOOD, 4: CardAnswer.EASY}


def answer(col, card_id, rating):
    """Answer a card through the scheduler, whatever queue it is in."""
    card = col.get_card(card_id)
    card.start_timer()
    states = col._backend.get_scheduling_states(card_id)
    col.sched.answer_card(col.sched.build_answer(card=card, states=states, rating=RATINGS[rating]))


def add(col, notetype, deck, fields, tags, guid):
    note = col.new_note(col.models.by_name(notetype))
    for index, value in enumerate(fields):
        note.fields[index] = value
    note.tags = tags
    note.guid = guid
    col.add_note(note, col.decks.id(deck))
    return note


def vocab_notetype(col):
    """A note type of the user's own: three fields, one template."""
    models = col.models
    model = models.new("Vocab")
    for name in ["Word", "Meaning", "Example"]:
        models.add_field(model, models.new_field(name))
    template = models.new_template("Recognise")
    template["qfmt"] = "{{Word}}"
    template["afmt"] = "{{FrontSide}}<hr id=answer>{{Meaning}}<br>{{Example}}"
    models.add_template(model, template)
    models.add(model)


def build(folder):
    col = Collection(os.path.join(folder, "fixture.anki2"))
    col.set_config("fsrs", True)
    vocab_notetype(col)
    notes = {
        "cell": add(col, "Basic", "Biology::Cells", ["Cell", "The smallest unit of life"],
                    ["bio::core", "cells"], "fixtureCell01"),
        "atp": add(col, "Basic", "Biology::Cells",
                   ["<b>ATP</b>", "Adenosine triphosphate,<br>the cell&#39;s energy currency"],
                   ["cells"], "fixtureAtp0002"),
        "ion": add(col, "Basic", "Biology", ["Ion", "An atom with a charge &amp; no balance"],
                   [], "fixtureIon0003"),
        "osmosis": add(col, "Basic (and reversed card)", "Biology::Cells",
                       ["Osmosis", "Diffusion of water across a membrane"], ["transport"],
                       "fixtureOsmo004"),
        "enzyme": add(col, "Basic (and reversed card)", "Biology",
                      ["Enzyme", "<div>A protein that speeds up</div><div>a reaction</div>"],
                      [], "fixtureEnzy005"),
        "mito": add(col, "Cloze", "Biology::Cells",
                    ["The {{c1::mitochondrion::organelle}} makes {{c2::ATP}}.", "Extra"],
                    ["cells"], "fixtureMito006"),
        "dna": add(col, "Cloze", "Biology",
                   ["{{c1::DNA}} holds the genetic code", ""], ["genetics"], "fixtureDna0007"),
        "lysis": add(col, "Vocab", "Biology", ["Lysis", "Breaking of a cell", "Viruses cause lysis"],
                     [], "fixtureLysi008"),
    }
    cards = {key: [card.id for card in sorted(note.cards(), key=lambda card: card.ord)]
             for key, note in notes.items()}
    # Answers through the real scheduler: each becomes a revlog row.
    history = {
        ("cell", 0): [3, 3, 3],
        ("atp", 0): [1, 3],
        ("osmosis", 0): [3, 4],
        ("osmosis", 1): [2],
        ("mito", 0): [3],
        ("mito", 1): [4],
    }
    for (key, index), ratings in history.items():
        for rating in ratings:
            answer(col, cards[key][index], rating)
    col.sched.suspend_cards([cards["enzyme"][1], cards["osmosis"][1]])
    col.sched.bury_cards([cards["dna"][0]], manual=True)
    facts = {
        "notes": len(notes),
        "cards": sum(len(ids) for ids in cards.values()),
        "reviews": col.db.scalar("select count() from revlog"),
        "answered": {f"{key}/{index}": len(r) for (key, index), r in history.items()},
        "note": "KEY/N is the card of template N (cloze N+1) of note KEY",
        "suspended": ["enzyme/1", "osmosis/1"],
        "buried": ["dna/0"],
    }
    return col, facts


def export(col, path, legacy):
    options = ExportAnkiPackageOptions(with_scheduling=True, with_deck_configs=False,
                                       with_media=False, legacy=legacy)
    col.export_anki_package(out_path=path, options=options, limit=None)


def bench(path, notes=10_000, reviews_per_card=10):
    with tempfile.TemporaryDirectory() as folder:
        col = Collection(os.path.join(folder, "bench.anki2"))
        basic = col.models.by_name("Basic")
        deck = col.decks.id("Bench::Big")
        for index in range(notes):
            note = col.new_note(basic)
            note.fields[0] = f"Term {index}"
            note.fields[1] = f"Meaning <b>{index}</b> of the bench deck"
            note.tags = [f"group{index % 50}"]
            col.add_note(note, deck)
        rng = random.Random(1)
        start = 1_700_000_000_000
        rows = []
        for position, card_id in enumerate(col.db.list("select id from cards order by id")):
            for review in range(reviews_per_card):
                at = start + review * 86_400_000 + position
                rows.append((at, card_id, -1, rng.choice([1, 3, 3, 3, 4]), 1, 0, 2500, 8000, 1))
        col.db.executemany("insert into revlog values (?,?,?,?,?,?,?,?,?)", rows)
        col.db.execute("update cards set type = 2, queue = 2, due = 10, ivl = 5")
        export(col, path, legacy=False)
        col.close()
    print(f"wrote {path}: {notes} notes, {len(rows)} review-log rows")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..",
                                                      "Tests", "Fixtures", "anki"))
    parser.add_argument("--bench", help="write the benchmark package to this path instead")
    args = parser.parse_args()
    if args.bench:
        bench(args.bench)
        return
    os.makedirs(args.out, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        col, facts = build(folder)
        export(col, os.path.join(args.out, "modern.apkg"), legacy=False)
        export(col, os.path.join(args.out, "legacy.apkg"), legacy=True)
        col.close()
    with open(os.path.join(args.out, "facts.json"), "w") as file:
        json.dump(facts, file, indent=2, sort_keys=True)
        file.write("\n")
    print(f"wrote modern.apkg, legacy.apkg and facts.json to {args.out}: {facts}")


if __name__ == "__main__":
    main()
