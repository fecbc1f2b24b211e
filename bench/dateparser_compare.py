#!/usr/bin/env python3
"""Lamha's date recogniser against dateparser on the same Arabic expressions.

usage: python3 bench/dateparser_compare.py [--table FILE.tsv] [--repeat N] [--details]

Reads bench/date_expressions.tsv (the table tests/dates.rs checks; --table
bench/date_expressions_heldout.tsv for sentences the recogniser was not tuned on), runs
  - dateparser.search.search_dates(sentence, languages=['ar'],
        settings={'RELATIVE_BASE': datetime(2026, 1, 27)}) on every sentence, and
  - target/release/lamha extract --ref-date 2026-01-27 once over all sentences joined by blank
    lines (one process, so start-up does not dominate; results are mapped back per sentence),
and prints, per category and in total, how many expressions each gets right, and the time each
takes on the same input: the table's sentences repeated N times (default 20), so that Lamha's
process start-up (about 40 ms, most of it compiling the knowledge-base automaton) does not hide
its recognition time. The time of one copy is printed too. dateparser's import and the load of
its language data are left out of its time; Lamha's start-up is counted in.

An expression is right when a found date overlaps the expected span and its value agrees at the
granularity of the expected value: the day, the month, the year, the ISO week, a day inside an
expected interval (Hijri months and years) or, for a duration such as P2Y, a date that many
units before or after the reference date (dateparser has no durations; this is the nearest it can
come). A trap row is right when no date covers the trap word. Lamha's value must be the expected
string exactly.

dateparser is installed into bench/.venv on first run (PyPI).
"""
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
VENV = os.path.join(HERE, ".venv")
VENV_PY = os.path.join(VENV, "bin", "python")
TABLE = os.path.join(HERE, "date_expressions.tsv")
LAMHA = os.path.join(ROOT, "target", "release", "lamha")
REF = dt.date(2026, 1, 27)


def ensure_venv():
    """Re-runs this script inside bench/.venv, creating it and installing dateparser if needed."""
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        return
    if not os.path.exists(VENV_PY):
        print("creating bench/.venv and installing dateparser …", file=sys.stderr)
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
    probe = subprocess.run([VENV_PY, "-c", "import dateparser"], capture_output=True)
    if probe.returncode != 0:
        subprocess.check_call([VENV_PY, "-m", "pip", "install", "--quiet", "dateparser"])
    os.execv(VENV_PY, [VENV_PY, os.path.abspath(__file__)] + sys.argv[1:])


def read_rows(table):
    rows = []
    with open(table, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cat, sentence, span, value = line.split("\t")[:4]
            rows.append({"category": cat, "sentence": sentence, "span": span, "value": value})
    return rows


def expected_range(row):
    """Code-point range the expected span (or trap word) covers in its sentence."""
    target = row["span"].lstrip("!")
    at = row["sentence"].find(target)
    if at < 0:
        sys.exit(f"'{target}' is not in its sentence: {row['sentence']}")
    return at, at + len(target)


def shift(date, unit, n):
    if unit == "D":
        return [date + dt.timedelta(days=n), date - dt.timedelta(days=n)]
    if unit == "W":
        return [date + dt.timedelta(weeks=n), date - dt.timedelta(weeks=n)]
    if unit == "M":
        out = []
        for k in (n, -n):
            idx = date.year * 12 + date.month - 1 + k
            out.append(dt.date(idx // 12, idx % 12 + 1, 1))
        return out
    return [dt.date(date.year + n, 1, 1), dt.date(date.year - n, 1, 1)]


SEASONS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def date_agrees(found, expected):
    """Whether a datetime found by dateparser agrees with the expected ISO value."""
    d = found.date()
    if "/" in expected:
        a, b = (dt.date.fromisoformat(x) for x in expected.split("/"))
        return a <= d <= b
    if expected.startswith("P"):
        n, unit = int(expected[1:-1]), expected[-1]
        targets = shift(REF, unit, n)
        if unit in "DW":
            return d in targets
        if unit == "M":
            return any((d.year, d.month) == (t.year, t.month) for t in targets)
        return any(d.year == t.year for t in targets)
    season = SEASONS.get(expected[5:]) if len(expected) == 7 else None
    if season:
        # A TimeML season (2019-SU): a date in its three months (winter: December to February).
        first = dt.date(int(expected[:4]), season, 1)
        last = shift(first, "M", 2)[0]
        return (d.year, d.month) >= (first.year, first.month) and (d.year, d.month) <= (last.year, last.month)
    if "-W" in expected:
        y, w = expected.split("-W")
        return d.isocalendar()[:2] == (int(y), int(w))
    parts = expected.split("-")
    if len(parts) == 3:
        return d.isoformat() == expected
    if len(parts) == 2:
        return (d.year, d.month) == (int(parts[0]), int(parts[1]))
    return d.year == int(parts[0])


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def judge(row, found, agrees):
    """found: [((start, end), value)] in code points of the sentence."""
    rng = expected_range(row)
    hits = [v for (r, v) in found if overlaps(r, rng)]
    if row["span"].startswith("!"):
        return not hits
    return any(agrees(v, row["value"]) for v in hits)


def run_dateparser(rows, repeat):
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": dt.datetime(2026, 1, 27)}
    # dateparser loads its language data on first use; that load is left out of the timing.
    search_dates("1 يناير 2020", languages=["ar"], settings=settings)
    times = []
    for _ in range(repeat):
        results = []
        t0 = time.perf_counter()
        for row in rows:
            results.append(search_dates(row["sentence"], languages=["ar"], settings=settings) or [])
        times.append(time.perf_counter() - t0)
    found = []
    for row, res in zip(rows, results):
        spans, at = [], 0
        for text, when in res:
            i = row["sentence"].find(text, at)
            if i < 0:
                i = row["sentence"].find(text)
            if i >= 0:
                spans.append(((i, i + len(text)), when))
                at = i + len(text)
        found.append(spans)
    return found, sum(times), times[0]


def run_lamha(rows, repeat):
    """One lamha process over the sentences repeated `repeat` times; results of the first copy."""
    if not os.path.exists(LAMHA):
        sys.exit("target/release/lamha is missing: run `cargo build --release --bin lamha` (or `make bench-dates`)")
    sep = "\n\n"

    def joined(copies):
        starts, parts, at = [], [], 0
        for _ in range(copies):
            for row in rows:
                starts.append(at)
                parts.append(row["sentence"])
                at += len(row["sentence"]) + len(sep)
        return starts, sep.join(parts)

    def extract(text):
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
            f.write(text)
            path = f.name
        try:
            t0 = time.perf_counter()
            out = subprocess.run([LAMHA, "extract", "--ref-date", "2026-01-27", path], capture_output=True, check=True)
            return json.loads(out.stdout), time.perf_counter() - t0
        finally:
            os.unlink(path)

    starts, text = joined(1)
    result, one_copy = extract(text)
    _, all_copies = extract(joined(repeat)[1])
    found = [[] for _ in rows]
    for m in result["mentions"]:
        if m["type"] != "date":
            continue
        # The sentence the mention starts in.
        k = max(i for i, s in enumerate(starts) if s <= m["start"])
        found[k].append(((m["start"] - starts[k], m["end"] - starts[k]), m.get("value")))
    return found, all_copies, one_copy


def main():
    ensure_venv()
    import dateparser

    details = "--details" in sys.argv
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 20
    table = sys.argv[sys.argv.index("--table") + 1] if "--table" in sys.argv else TABLE
    rows = read_rows(table)
    lamha_found, lamha_time, lamha_one = run_lamha(rows, repeat)
    dp_found, dp_time, dp_one = run_dateparser(rows, repeat)
    lamha_ok = [judge(r, f, lambda v, e: v == e) for r, f in zip(rows, lamha_found)]
    dp_ok = [judge(r, f, date_agrees) for r, f in zip(rows, dp_found)]

    cats = []
    for r in rows:
        if r["category"] not in cats:
            cats.append(r["category"])
    print(f"{len(rows)} expressions from {os.path.relpath(table, ROOT)}, reference date 2026-01-27")
    print(f"dateparser {dateparser.__version__} (search_dates, languages=['ar']) vs target/release/lamha extract\n")
    print(f"{'category':<12} {'rows':>5} {'lamha':>7} {'dateparser':>11}")
    for c in cats:
        idx = [i for i, r in enumerate(rows) if r["category"] == c]
        print(f"{c:<12} {len(idx):>5} {sum(lamha_ok[i] for i in idx):>7} {sum(dp_ok[i] for i in idx):>11}")
    nl, nd = sum(lamha_ok), sum(dp_ok)
    print(f"{'total':<12} {len(rows):>5} {nl:>7} {nd:>11}")
    more = (nl - nd) / nd * 100 if nd else float("inf")
    print(f"\nright: lamha {nl}/{len(rows)}, dateparser {nd}/{len(rows)} (lamha right on {more:+.0f}% more)")
    size = sum(len(r["sentence"].encode()) + 2 for r in rows)
    print(f"time on the {len(rows)} sentences x {repeat} ({size * repeat / 1e3:.0f} kB): lamha {lamha_time * 1000:.0f} ms "
          f"(one process, start-up included), dateparser {dp_time * 1000:.0f} ms: lamha {dp_time / lamha_time:.0f}x faster")
    print(f"time on one copy ({size / 1e3:.1f} kB): lamha {lamha_one * 1000:.0f} ms, dateparser {dp_one * 1000:.0f} ms: "
          f"lamha {dp_one / lamha_one:.0f}x faster (start-up dominates lamha's time here)")
    if details:
        print()
        for r, a, b, lf, df in zip(rows, lamha_ok, dp_ok, lamha_found, dp_found):
            if not (a and b):
                lv = [v for _, v in lf]
                dv = [w.isoformat() for _, w in df]
                print(f"[{r['category']}] {r['sentence']} | want {r['span']} = {r['value']} | "
                      f"lamha {'ok' if a else lv} | dateparser {'ok' if b else dv}")


if __name__ == "__main__":
    main()
