#!/usr/bin/env python3
"""Print py-fsrs review updates per second (one number) on the same mix as recall-bench.

Requires:  pip install fsrs==6.3.2

Mix: 1,000 cards cycling through learning, review and relearning; ratings Again 10 %,
Hard 15 %, Good 60 %, Easy 15 %; each review at the card's due time plus an offset drawn
from: a few minutes early, on time, a few hours late, or one to three days late.
"""

import random
import sys
import time
from datetime import datetime, timedelta, timezone

from fsrs import Card, Rating, Scheduler


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    rng = random.Random(7)
    scheduler = Scheduler()
    start = datetime(2024, 5, 1, 12, tzinfo=timezone.utc)
    cards = [Card(card_id=i, due=start) for i in range(1000)]
    ratings = rng.choices((Rating.Again, Rating.Hard, Rating.Good, Rating.Easy),
                          weights=(10, 15, 60, 15), k=4096)
    offsets = [timedelta(seconds=rng.choice((-300, 0, 0, 3600 * 5, 86_400, 3 * 86_400)))
               for _ in range(1024)]
    began = time.perf_counter()
    for i in range(count):
        index = i % 1000
        card = cards[index]
        at = max(card.due + offsets[i % 1024], card.last_review or start)
        cards[index], _ = scheduler.review_card(card, ratings[i % 4096], at)
    elapsed = time.perf_counter() - began
    print(f"{count / elapsed:.0f}")


if __name__ == "__main__":
    main()
