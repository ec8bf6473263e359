#!/usr/bin/env python3
"""Makes Tests/Fixtures/fit/: a slice of the shared review log and fsrs-rs's fit on it.

Usage: scripts/make_fit_fixture.py [LOG] [--cards N]   (needs `pip install fsrs-rs-python`)

Keeps every review of the first N cards (default 400) in order of their first review, writes
them as review-log-slice.csv with the log's licence beside it, then runs fit_fsrs_rs.py on the
slice (80 % time cut) and writes its parameters and scores to fsrs-rs-fit.json, which the Swift
tests compare recall's fit against. The file also holds fsrs-rs's scores with shuffle seeds 1-8
("seeds") and its parameters when all training items make one mini-batch
("single_batch_parameters"), where no shuffle is involved and recall's fit must be fsrs-rs's.
"""
import csv
import json
import os
import shutil
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
args = sys.argv[1:]
cards = 400
if "--cards" in args:
    cards = int(args[args.index("--cards") + 1])
    del args[args.index("--cards") : args.index("--cards") + 2]
log = args[0] if args else os.path.join(root, "..", "shared", "data", "review-log-12580.csv")
out = os.path.join(root, "Tests", "Fixtures", "fit")
os.makedirs(out, exist_ok=True)

with open(log, newline="") as f:
    reader = csv.reader(f)
    header = next(reader)
    rows = list(reader)
first = {}
for row in rows:
    first.setdefault(row[0], row[2])
keep = set(sorted(first, key=lambda card: first[card])[:cards])
slice_path = os.path.join(out, "review-log-slice.csv")
with open(slice_path, "w", newline="") as f:
    writer = csv.writer(f, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(row for row in rows if row[0] in keep)
licence = os.path.splitext(log)[0] + ".LICENSE"
with open(os.path.join(out, "review-log-slice.LICENSE"), "w") as f:
    f.write(
        "review-log-slice.csv is a slice (every review of the first %d cards) of the test data\n"
        "of the open-source py-fsrs project, used under its MIT licence:\n\n" % cards
    )
    with open(licence) as source:
        f.write(source.read())
def fit_slice(*options):
    result = subprocess.run(
        [sys.executable, os.path.join(here, "fit_fsrs_rs.py"), slice_path, "--json", *options],
        check=True, capture_output=True, text=True,
    )
    return json.loads(result.stdout)


fit = fit_slice()
fit["seeds"] = {}
for seed in range(1, 9):
    scores = fit_slice("--seed", str(seed))
    fit["seeds"][str(seed)] = {"log_loss": scores["log_loss"]["fitted"], "rmse_bins": scores["rmse_bins"]["fitted"]}
fit["single_batch_parameters"] = fit_slice("--batch-size", str(1 << 20))["parameters"]
with open(os.path.join(out, "fsrs-rs-fit.json"), "w") as f:
    json.dump(fit, f, indent=1)
    f.write("\n")
print(json.dumps(fit))
