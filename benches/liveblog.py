#!/usr/bin/env python3
"""Write a synthetic liveblog of about SIZE megabytes to stdout, for the
big-input figures in the README:

    python3 benches/liveblog.py 100 > /tmp/big.txt
    python3 benches/liveblog.py 100 --edit > /tmp/other.txt

Entries are timestamped ("14:05 GMT - ...") and hold two to five sentences
of varied news copy: people and bodies, figures, dates, quotes with their
speakers, negations and hedges. The same seed gives the same text; --edit
gives another outlet's version of it (changed figures, dropped entries,
negations flipped, hedges added), so that a comparison has work to do.
"""

import random
import sys

PEOPLE = ["Ana Torres", "Ben Okoro", "Clara Weiss", "Dev Patel", "Eva Lind", "Femi Adebayo",
          "Greta Holm", "Hiro Sato", "Ines Duarte", "Jon Berg", "Kofi Mensah", "Lena Novak",
          "Marco Ricci", "Nora Quist", "Yuri Ushakov", "Steve Witkoff"]
ROLES = ["the mayor", "the minister", "a police spokesman", "the fire chief", "officials",
         "the Kremlin", "the council", "hospital officials", "the union"]
PLACES = ["the town hall", "the port", "the stadium", "the court", "Red Square", "the depot",
          "Kyiv", "Moscow", "the harbour", "the old bridge"]
THINGS = ["budget", "ceasefire plan", "rent cap", "water deal", "school merger", "bus contract",
          "peace framework", "rescue operation"]
DAYS = ["on Monday", "on Tuesday", "late on Wednesday", "on March 4", "last week",
        "earlier today", "on Dec. 3", "in February 2022", ""]
NUMBERS = ["three", "five", "12", "28", "about 300", "more than 2,000", "nearly 40,000",
           "$2.5 million", "3.5%", "tens of thousands"]
UNITS = ["hours", "people", "firefighters", "proposals", "residents", "votes", "days"]


def sentence(r, e):
    """One sentence from `r`; `e`, when given, edits it (and only `e` is
    drawn from for edits, so an edited copy keeps the original's order)."""
    who, other = r.choice(PEOPLE), r.choice(PEOPLE)
    role, place, thing = r.choice(ROLES), r.choice(PLACES), r.choice(THINGS)
    day, n, unit = r.choice(DAYS), r.choice(NUMBERS), r.choice(UNITS)
    votes = (r.randrange(3, 12), r.randrange(0, 3))
    t = r.randrange(8)
    not_, may = "", ""
    if e is not None:
        if e.random() < 0.1:
            n = e.choice(NUMBERS)
        if e.random() < 0.05:
            not_ = " not"
        if e.random() < 0.05:
            may = "reportedly "
    text = [
        f"{who} met {other} at {place} {day}, {role} said.",
        f"\u201cWe will{not_} sign the {thing},\u201d {who} told reporters at {place}.",
        f"{n[0].upper() + n[1:]} {unit} {may}gathered near {place} {day} over the {thing}.",
        f"The talks on the {thing} lasted {n} hours and did{not_} produce an agreement, {role} said.",
        f"{who} said the {thing} would{not_} be approved {day}.",
        f"The council {may}voted {votes[0]} to {votes[1]} to approve the {thing}, according to {role}.",
        f"Fire crews {may}rescued {n} {unit} from {place} {day}.",
        f"\u201cThis is{not_} the end of it,\u201d said {who}, who {may}attended the meeting with {other}.",
    ][t]
    return " ".join(text.split()).replace(" .", ".").replace(" ,", ",")


def main():
    size = int(sys.argv[1]) * 1_000_000 if len(sys.argv) > 1 else 100_000_000
    edit = "--edit" in sys.argv
    r = random.Random(42)
    e = random.Random(7)
    out = sys.stdout
    out.write("Live: talks, fires and votes as they happen\n\n")
    written = 0
    minute = 0
    while written < size:
        count = r.randrange(2, 6)
        entry = [sentence(r, e if edit else None) for _ in range(count)]
        minute += 1
        if edit and e.random() < 0.03:
            continue
        line = f"{minute // 60 % 24:02d}:{minute % 60:02d} GMT - " + " ".join(entry) + "\n\n"
        out.write(line)
        written += len(line.encode())


if __name__ == "__main__":
    main()
