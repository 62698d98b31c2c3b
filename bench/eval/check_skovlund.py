"""Check bench/eval/skovlund-queries.json against a Skovlund export.

    python bench/eval/check_skovlund.py var/skovlund.json

Checks that every judged key exists in the export, that grades are 1-3, that
every query except the "no-answer" ones has a grade-3 record and that the
no-answer ones have none, and reports how many queries share a content word
(after stripping Danish inflection endings) with one of their grade-3 records.
It reads only the two JSON files; it does not use Tråde's search.
"""

import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"everyday", "group", "problem", "slang", "typo", "official", "no-answer"}
# Function words (pronouns, determiners, quantifiers, prepositions, conjunctions,
# auxiliaries and particles); everything else counts as a content word.
STOP = set(
    """
af al alle alt andre anden andet at blev blive bliver bare da de dem den denne der deres det
dette du efter eller en end er et for fordi fra få gør har havde hele hende hun hvad hvem hvis
hvor hvordan hver i igen ikke ind ingen jeg jo kan kun lige man mange med meget men mere mig
min mod må ned nogen noget nogle nu når og også om op os over på sig selv sin skal som så til
ud uden under var ved vi vil ville vores være været
""".split()
)
ENDINGS = ("ernes", "erne", "ene", "ens", "ets", "er", "en", "et", "e", "s", "r")


def stem(word):
    for end in ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)]
    return word


def words(text):
    return {w for w in re.findall(r"[a-zæøåé0-9]+", text.lower()) if w not in STOP and len(w) > 1}


def record_text(kind, r):
    if kind == "people":
        parts = [r.get("title", "")] + r.get("expertise", [])
    elif kind == "units":
        parts = [r["name"], r.get("description", "")] + r.get("knowledge", []) + r.get("offers", [])
        parts += [t["title"] + " " + t.get("description", "") for t in r.get("tasks", [])]
    elif kind == "experiments":
        parts = [r["title"], r.get("why", ""), r.get("what", ""), r.get("learning", "")]
        parts += r.get("tags", []) + r.get("partners", [])
    else:
        parts = [r["title"], r["description"]] + [x["text"] for x in r.get("responses", [])]
    return " ".join(parts)


def official_text(kind, r):
    """The fields that carry a record's official vocabulary: names, titles, short phrases."""
    if kind == "people":
        parts = [r.get("title", "")] + r.get("expertise", [])
    elif kind == "units":
        parts = [r["name"]] + r.get("knowledge", []) + [t["title"] for t in r.get("tasks", [])]
    elif kind == "experiments":
        parts = [r["title"]] + r.get("tags", [])
    else:
        parts = [r["title"]]
    return " ".join(parts)


def main(export_path):
    export = json.loads(Path(export_path).read_text(encoding="utf-8"))
    queries = json.loads((HERE / "skovlund-queries.json").read_text(encoding="utf-8"))
    texts, official = {}, {}
    for kind in ("units", "people", "experiments", "challenges"):
        for r in export[kind]:
            texts[r["key"]] = record_text(kind, r)
            official[r["key"]] = official_text(kind, r)
    problems, shared, shared_official = [], [], []
    ids = [q["id"] for q in queries]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for q in queries:
        if set(q) != {"id", "type", "query", "need", "judgments"}:
            problems.append(f"{q['id']}: fields {sorted(q)}")
        if q["type"] not in TYPES:
            problems.append(f"{q['id']}: unknown type {q['type']!r}")
        for key, grade in q["judgments"].items():
            if key not in texts:
                problems.append(f"{q['id']}: {key} is not in the export")
            if grade not in (1, 2, 3):
                problems.append(f"{q['id']}: {key} has grade {grade}")
        best = [k for k, g in q["judgments"].items() if g == 3]
        if q["type"] == "no-answer":
            if q["judgments"]:
                problems.append(f"{q['id']}: a no-answer query has judgments")
            continue
        if not best:
            problems.append(f"{q['id']}: no grade-3 record")
        qstems = {stem(w) for w in words(q["query"])}
        common = sorted(
            {w for k in best if k in texts for w in words(texts[k]) if stem(w) in qstems}
        )
        if common:
            shared.append((q["id"], q["query"], common))
        if any(stem(w) in qstems for k in best if k in official for w in words(official[k])):
            shared_official.append(q["id"])
    graded = [q for q in queries if q["type"] != "no-answer"]
    print(f"{len(queries)} queries:", dict(collections.Counter(q["type"] for q in queries)))
    print(
        f"judgments: {sum(len(q['judgments']) for q in queries)};",
        dict(
            sorted(collections.Counter(g for q in queries for g in q["judgments"].values()).items())
        ),
    )
    print(
        f"{len(shared)} of {len(graded)} graded queries share a content word with a grade-3 record:"
    )
    for qid, text, common in shared:
        print(f"  {qid} {text!r}: {', '.join(common)}")
    print(
        f"{len(shared_official)} of {len(graded)} share a content word with a grade-3 record's name, title, "
        f"knowledge, task title, tags or expertise:",
        " ".join(shared_official),
    )
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "var/skovlund.json"))
