#!/usr/bin/env python3
"""Check that Anki itself imports what `recall deck export --format apkg` writes.

Requires:  python3 -m venv /work/.venv-anki && /work/.venv-anki/bin/pip install anki==26.9.3
           swift build   (the recall binary, default .build/debug/recall)

Run:  /work/.venv-anki/bin/python scripts/anki_roundtrip_check.py [--recall PATH]

A learner studies the bundled deck (Decks/regenerative-medicine.json) over three days through
the real binary, suspends a card, and the deck is exported with the learner's progress. A fresh
Anki collection imports the package with its scheduling. Checked: every card arrives (one note
per card, the recall id in the GUID), every review is in Anki's revlog, every studied card is
not new in Anki and keeps its FSRS memory state, the suspended card is suspended. Prints one
line per check and exits 1 if any fails.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import version

try:
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
except ImportError:
    print("anki is not installed: pip install anki==26.9.3; nothing checked")
    sys.exit(0)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DECK = "regenerative-medicine"


def recall(binary, home, *args, input_text="", now=None):
    env = dict(os.environ, RECALL_HOME=home)
    env.pop("RECALL_LEARNER", None)
    if now:
        env["RECALL_NOW"] = now
    result = subprocess.run([binary, *args], input=input_text, capture_output=True, text=True,
                            env=env)
    if result.returncode != 0:
        raise SystemExit(f"recall {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recall", default=os.path.join(ROOT, ".build", "debug", "recall"))
    args = parser.parse_args()
    print(f"anki {version('anki')}, recall binary {args.recall}")
    failures = 0

    def check(ok, text):
        nonlocal failures
        failures += 0 if ok else 1
        print(("ok    " if ok else "FAIL  ") + text)

    with tempfile.TemporaryDirectory() as work:
        home = os.path.join(work, "home")
        os.makedirs(os.path.join(home, "Decks"))
        shutil.copy(os.path.join(ROOT, "Decks", f"{DECK}.json"), os.path.join(home, "Decks"))
        # Three days of study: reveal with Enter, then a grade; q ends the session.
        days = [("2026-11-20T09:00:00Z", "3 3 1 4 2 3 3 3 1 3"), ("2026-11-21T09:00:00Z",
                "3 3 3 4 3 1 3"), ("2026-11-24T09:00:00Z", "3 2 3 3 4 3")]
        for now, grades in days:
            script = "".join(f"\n{grade}\n" for grade in grades.split()) + "q\n"
            recall(args.recall, home, "study", DECK, "--learner", "ana", input_text=script,
                   now=now)
        deck = json.load(open(os.path.join(home, "Decks", f"{DECK}.json")))
        suspended = deck["cards"][-1]["id"]
        recall(args.recall, home, "card", "suspend", suspended, "--learner", "ana", "--deck", DECK)
        stats = json.loads(recall(args.recall, home, "stats", DECK, "--learner", "ana", "--json"))
        reviews = stats["total_reviews"]
        studied = set()
        for line in open(os.path.join(home, "Progress", "ana", "journal.jsonl")):
            entry = json.loads(line)
            if "event" not in entry:
                studied.add(entry["card"])
        package = os.path.join(work, "regen.apkg")
        print(recall(args.recall, home, "deck", "export", DECK, "--format", "apkg", "-o",
                     package, "--learner", "ana").strip())

        col = Collection(os.path.join(work, "fresh.anki2"))
        options = ImportAnkiPackageOptions(with_scheduling=True, with_deck_configs=False,
                                           merge_notetypes=True)
        log = col.import_anki_package(ImportAnkiPackageRequest(package_path=package,
                                                               options=options))
        print(f"Anki imported {len(log.log.new)} new notes "
              f"({len(log.log.updated)} updated, {len(log.log.duplicate)} duplicates)")
        cards = {}
        for card_id in col.find_cards(""):
            card = col.get_card(card_id)
            cards[card.note().guid] = card
        expected = {"recall:" + card["id"] for card in deck["cards"]}
        check(set(cards) == expected and col.note_count() == len(expected),
              f"every card arrives: {len(cards)} of {len(expected)} cards, "
              f"{col.note_count()} notes")
        revlog = col.db.scalar("select count() from revlog")
        check(revlog == reviews, f"every review is in Anki's revlog: {revlog} of {reviews}")
        new_again = [guid for guid in ("recall:" + id for id in studied)
                     if cards[guid].type == 0]
        check(not new_again, f"studied cards are not new: {len(studied) - len(new_again)} of "
              f"{len(studied)} studied cards are learning or review in Anki")
        with_memory = [id for id in studied if cards["recall:" + id].memory_state is not None]
        check(len(with_memory) == len(studied),
              f"studied cards keep their FSRS memory state: {len(with_memory)} of {len(studied)}")
        check(cards["recall:" + suspended].queue == -1, f"the suspended card is suspended: "
              f"{suspended}")
        kinds = sorted({col.models.get(card.note().mid)["name"] for card in cards.values()})
        print(f"note types: {', '.join(kinds)}")
        sample = cards["recall:" + sorted(studied)[0]]
        print(f"a studied card in Anki: {sorted(studied)[0]}: type {sample.type}, queue "
              f"{sample.queue}, due {sample.due}, interval {sample.ivl}, memory "
              f"{sample.memory_state}".replace("\n", " "))
        col.close()
    print("all checks passed" if failures == 0 else f"{failures} checks FAILED")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
