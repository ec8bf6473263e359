#!/usr/bin/env python3
"""Write Tests/Fixtures/fsrs-golden.json: random review sequences replayed through py-fsrs.

Requires:  pip install fsrs==6.3.2

Run from anywhere:  python3 scripts/fsrs_golden.py [--count 2000] [--seed 20240501]

Each sequence holds scheduler settings (fuzz off) and its reviews, one array per review:
  [rating, at, state, step, due, stability, difficulty, retrievability]
where `at` and `due` are seconds since 1970-01-01 UTC, `state` is 1 learning, 2 review,
3 relearning, and `retrievability` is the card's retrievability at `at`, before the review
(0 for the first). Floats are stored in full (Python's repr round-trips exactly).
"""

import argparse
import json
import math
import random
from importlib.metadata import version
from datetime import datetime, timedelta, timezone
from pathlib import Path

import fsrs
from fsrs import Card, Rating, Scheduler
from fsrs.scheduler import LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS

if version("fsrs") != "6.3.2":
    raise SystemExit(f"need fsrs 6.3.2, found {version('fsrs')}: pip install fsrs==6.3.2")

DAY = 86_400


def random_parameters(rng):
    if rng.random() < 0.25:
        return list(fsrs.scheduler.DEFAULT_PARAMETERS)
    params = []
    for lower, upper in zip(LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS):
        pick = rng.random()
        if pick < 0.04:
            params.append(lower)
        elif pick < 0.08:
            params.append(upper)
        else:
            params.append(rng.uniform(lower, upper))
    return params


def random_steps(rng, default):
    pick = rng.random()
    if pick < 0.25:
        return list(default)
    if pick < 0.45:
        return []
    return [rng.randint(1, 7200) for _ in range(rng.randint(1, 4))]


def next_time(rng, last, due):
    """A review time >= last: same day, before, at or after due, or on a day boundary."""
    gap = max(due - last, 1)
    mode = rng.random()
    if mode < 0.2:
        t = last + rng.randint(0, DAY - 1)
    elif mode < 0.35:
        t = due
    elif mode < 0.5:
        t = last + rng.uniform(0, 1) * gap
        t = last + int(t - last)
    elif mode < 0.85:
        t = due + rng.randint(0, int(gap * 2) + 1)
    elif mode < 0.95:
        t = last + rng.randint(1, 40) * DAY + rng.choice((-1, 0, 1))
    else:
        t = last
    return max(t, last)


def ts(dt):
    return dt.timestamp()


def make_sequence(rng):
    settings = {
        "parameters": random_parameters(rng),
        "desired_retention": rng.uniform(0.70, 0.97),
        "learning_steps": random_steps(rng, (60, 600)),
        "relearning_steps": random_steps(rng, (600,)),
        "maximum_interval": rng.choice((36500, 365, 100)),
    }
    scheduler = Scheduler(
        parameters=settings["parameters"],
        desired_retention=settings["desired_retention"],
        learning_steps=[timedelta(seconds=s) for s in settings["learning_steps"]],
        relearning_steps=[timedelta(seconds=s) for s in settings["relearning_steps"]],
        maximum_interval=settings["maximum_interval"],
        enable_fuzzing=False,
    )
    epoch = datetime(1970, 1, 1, tzinfo=timezone.utc)
    start = rng.randint(1_577_836_800, 1_767_225_600)  # 2020 … 2026
    at = epoch + timedelta(seconds=start)
    card = Card(card_id=1, due=at)
    reviews = []
    for index in range(rng.randint(1, 16)):
        if index > 0:
            t = next_time(rng, ts(card.last_review), ts(card.due))
            at = epoch + timedelta(seconds=t)
        rating = Rating(rng.choice((1, 2, 3, 4)) if rng.random() < 0.9 else 1)
        r = scheduler.get_card_retrievability(card, at)
        card, _ = scheduler.review_card(card, rating, at)
        values = (card.stability, card.difficulty, r)
        if not all(math.isfinite(v) for v in values):
            return None
        reviews.append(
            [int(rating), ts(at), int(card.state), card.step, ts(card.due), *values]
        )
    settings["reviews"] = reviews
    return settings


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=20240501)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sequences = []
    while len(sequences) < args.count:
        try:
            sequence = make_sequence(rng)
        except (OverflowError, ValueError):
            sequence = None
        if sequence is not None:
            sequences.append(sequence)
    out = Path(__file__).resolve().parent.parent / "Tests" / "Fixtures" / "fsrs-golden.json"
    document = {"generator": "py-fsrs 6.3.2 via scripts/fsrs_golden.py", "seed": args.seed,
                "sequences": sequences}
    out.write_text(json.dumps(document, separators=(",", ":")) + "\n")
    count = sum(len(s["reviews"]) for s in sequences)
    print(f"{out}: {len(sequences)} sequences, {count} reviews")


if __name__ == "__main__":
    main()
