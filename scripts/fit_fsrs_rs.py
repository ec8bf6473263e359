#!/usr/bin/env python3
"""fsrs-rs's fit on a review log, for comparison with recall's (issue #15).

Usage: scripts/fit_fsrs_rs.py LOG.csv [--cut 0.8] [--seed N] [--batch-size N] [--json]

LOG has the header card_id,review_rating,review_time[,review_duration] (ISO-8601 times).
Days are counted in study days starting at 4 a.m. UTC, as `recall schedule --fit` and
`recall-bench fit` count them. The log is cut in time at --cut (default 0.8): fsrs-rs fits
on the reviews before the cut and both the defaults and the fit are scored on the training
items after it. With --cut 1 it fits and scores the whole log. --seed sets fsrs-rs's shuffle of
the order of its mini-batches (default 2023) and --batch-size their size (default 512; one
larger than the training items makes a single batch, which leaves the seed nothing to do).
Needs `pip install fsrs-rs-python`.
"""
import csv
import json
import math
import sys
from collections import OrderedDict
from datetime import datetime, timedelta

try:
    from fsrs_rs_python import DEFAULT_PARAMETERS, FSRS, FSRSItem, FSRSReview, TrainingConfig
except ImportError:
    print("fit_fsrs_rs: fsrs-rs-python is not installed (pip install fsrs-rs-python)", file=sys.stderr)
    sys.exit(3)


def read_log(path):
    reviews = []
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            time = datetime.fromisoformat(row["review_time"].replace("Z", "+00:00"))
            reviews.append((row["card_id"], int(row["review_rating"]), time))
    return reviews


def study_day(time):
    return (time - timedelta(hours=4)).date()


def histories(reviews):
    cards = OrderedDict()
    for index, (card, rating, time) in enumerate(reviews):
        cards.setdefault(card, []).append((time, index, rating))
    result = []
    for steps in cards.values():
        steps.sort()
        previous = None
        history = []
        for time, _, rating in steps:
            day = study_day(time)
            delta = 0 if previous is None else max(0, (day - previous).days)
            history.append((rating, delta, time))
            previous = day
        result.append(history)
    return result


def items(histories, keep):
    """(time, FSRSItem) for each review after the first on a later study day that keep(time) accepts."""
    found = []
    for history in histories:
        for end in range(1, len(history)):
            rating, delta, time = history[end]
            if delta > 0 and keep(time):
                found.append((time, [(r, d) for r, d, _ in history[: end + 1]]))
    found.sort(key=lambda pair: pair[0])
    return [steps for _, steps in found]


def fsrs_item(steps):
    return FSRSItem([FSRSReview(r, d) for r, d in steps])


def score(parameters, test):
    """Log loss and RMSE(bins) item by item: fsrs-rs's memory state before each review and
    FSRS-6's forgetting curve. (fsrs-rs-python 0.9.3's FSRS.evaluate on a whole list gives
    figures that change with the order of the items, so it is not used for the comparison.)"""
    model = FSRS(parameters)
    decay = parameters[20]
    factor = 0.9 ** (-1 / decay) - 1
    predictions, outcomes = [], []
    for item in test:
        state = model.memory_state(fsrs_item(item[:-1]))
        rating, delta = item[-1]
        p = (1 + factor * delta / state.stability) ** (-decay)
        predictions.append(min(max(p, 1e-7), 1 - 1e-7))
        outcomes.append(1.0 if rating > 1 else 0.0)
    n = len(predictions)
    log_loss = -sum(y * math.log(p) + (1 - y) * math.log(1 - p) for p, y in zip(predictions, outcomes)) / n
    bins = {}
    for p, y in zip(predictions, outcomes):
        b = min(max(int(math.floor(math.exp(p * math.log(21)))) - 1, 0), 19)
        total = bins.setdefault(b, [0.0, 0.0, 0])
        total[0] += p
        total[1] += y
        total[2] += 1
    rmse = math.sqrt(sum((tp - ty) ** 2 / c for tp, ty, c in bins.values()) / n)
    return log_loss, rmse


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    fraction = 0.8
    if "--cut" in args:
        fraction = float(args[args.index("--cut") + 1])
    reviews = read_log(args[0])
    times = sorted(t for _, _, t in reviews)
    all_histories = histories(reviews)
    if fraction >= 1:
        train = items(all_histories, lambda t: True)
        test = train
    else:
        cut = times[min(len(times) - 1, int(len(times) * fraction))]
        train_histories = [[s for s in h if s[2] < cut] for h in all_histories]
        train = items(train_histories, lambda t: True)
        test = items(all_histories, lambda t: t >= cut)
    options = {}
    if "--seed" in args:
        options["seed"] = int(args[args.index("--seed") + 1])
    if "--batch-size" in args:
        options["batch_size"] = int(args[args.index("--batch-size") + 1])
    model = FSRS(list(DEFAULT_PARAMETERS))
    train_items = [fsrs_item(steps) for steps in train]
    if options:
        fitted_parameters = model.compute_parameters(train_items, training_config=TrainingConfig(**options))
    else:
        fitted_parameters = model.compute_parameters(train_items)
    parameters = list(fitted_parameters)
    fitted = score(parameters, test)
    defaults = score(list(DEFAULT_PARAMETERS), test)
    result = {
        "parameters": [round(p, 6) for p in parameters],
        "train_items": len(train),
        "test_items": len(test),
        "log_loss": {"default": defaults[0], "fitted": fitted[0]},
        "rmse_bins": {"default": defaults[1], "fitted": fitted[1]},
    }
    if "--json" in args:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")


if __name__ == "__main__":
    main()
