"""Write N synthetic pages made from the seeds, for the benchmark.

Each page starts from one seed page (so it keeps a real page's furniture, bylines,
captions and related lists), then gets: its body paragraphs shuffled, a paragraph or two
borrowed from other seeds or dropped (sizes vary around the seeds' ~10 KB), every
person-like name replaced by an invented one (consistently inside the page, so
"Antony Blinken" and "ông Blinken" stay the same person), and every date rewritten
with a random day, month and year in the same format. So no two pages are alike
and neither the cache nor the search can cheat. Pages get new names and an mtime
in the past year, like a folder collected over months.

    python -m benchmarks.generate 10000 /tmp/corpus10k
"""

from __future__ import annotations

import argparse
import os
import random
import re
import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
LONG_LINE = 180  # a body paragraph, as opposed to titles, captions and furniture
BODY_SHARE = 0.6  # only the first 60% of a page's lines are shuffled: the tail is related lists
SYLLABLES = ("ka", "ro", "mi", "ten", "vol", "sa", "ri", "lo", "ne", "dar", "vin", "to", "shi", "ma",
             "ber", "gu", "hel", "an", "zu", "fel", "ko", "ra", "din", "pe", "yu", "mon", "ha", "li")
NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b")  # two+ capitalised ASCII words: foreign names
SENTENCE_START = re.compile(r"(?:^|[.!?:\"“]\s+)([A-Z][a-z]+)\b", re.MULTILINE)
DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})([/-])(\d{1,2})(?:\2(\d{4}))?\b(?!\d)")
MONTH_YEAR = re.compile(r"(tháng )(\d{1,2})([/-])(\d{4})\b", re.IGNORECASE)
YEAR = re.compile(r"(năm )(\d{4})\b", re.IGNORECASE)


def seed_pages(folder: Path = SEEDS) -> list[list[str]]:
    return [path.read_text(encoding="utf-8").split("\n") for path in sorted(folder.glob("*.txt"))]


def name_tokens(pages: list[list[str]]) -> frozenset[str]:
    """Words that look like parts of foreign names: in a capitalised run, never starting a sentence."""
    text = "\n".join("\n".join(lines) for lines in pages)
    in_runs = {word for run in NAME_RUN.findall(text) for word in run.split()}
    starters = set(SENTENCE_START.findall(text))
    # Words of three letters or less are as often Vietnamese words written without marks ("Nga").
    return frozenset(word for word in in_runs - starters if len(word) > 3)


def invented_name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def rewrite_names(text: str, tokens: frozenset[str], rng: random.Random) -> str:
    mapping: dict[str, str] = {}

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        if word not in tokens:
            return word
        return mapping.setdefault(word, invented_name(rng))

    return re.sub(r"\b[A-Z][a-z]+\b", swap, text)


def rewrite_dates(text: str, rng: random.Random) -> str:
    def day_month_year(match: re.Match[str]) -> str:
        day, sep, month, year = match.groups()
        if int(month) > 12 or int(day) > 31:
            return match.group(0)  # a score or a ratio, not a date
        new = f"{rng.randint(1, 28):0{len(day)}d}{sep}{rng.randint(1, 12):0{len(month)}d}"
        return new + (f"{sep}{rng.randint(2010, 2026)}" if year else "")

    text = MONTH_YEAR.sub(lambda m: f"{m[1]}{rng.randint(1, 12)}{m[3]}{rng.randint(2010, 2026)}", text)
    text = YEAR.sub(lambda m: f"{m[1]}{rng.randint(2005, 2026)}", text)
    return DAY_MONTH_YEAR.sub(day_month_year, text)


def make_page(pages: list[list[str]], tokens: frozenset[str], rng: random.Random) -> str:
    lines = list(rng.choice(pages))
    body_end = int(len(lines) * BODY_SHARE)
    slots = [i for i in range(body_end) if len(lines[i]) >= LONG_LINE]
    paragraphs = [lines[i] for i in slots]
    donors = [line for page in pages for line in page if len(line) >= LONG_LINE]
    for _ in range(rng.randint(0, 2)):
        paragraphs.append(rng.choice(donors))
    if len(paragraphs) > 3 and rng.random() < 0.3:
        paragraphs.pop(rng.randrange(len(paragraphs)))
    rng.shuffle(paragraphs)
    for slot, paragraph in zip(slots, paragraphs, strict=False):
        lines[slot] = paragraph
    gap = "\n\n" if "" in lines[:5] else "\n"  # keep the seed's paragraph spacing
    extra = paragraphs[len(slots):]
    if extra and slots:
        lines[slots[-1]] = gap.join([lines[slots[-1]], *extra])
    text = "\n".join(lines)
    return rewrite_dates(rewrite_names(text, tokens, rng), rng)


def generate(folder: Path, count: int, seed: int = 1) -> int:
    """Write `count` pages into `folder` (which must not be the seeds); return the bytes written."""
    if folder.resolve() == SEEDS.resolve():
        raise ValueError("refusing to write into the seed folder")
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    pages = seed_pages()
    tokens = name_tokens(pages)
    now = time.time()
    total = 0
    for index in range(count):
        data = make_page(pages, tokens, rng).encode("utf-8")
        path = folder / f"{index:05d}_{rng.getrandbits(64):016x}.txt"
        path.write_bytes(data)
        mtime = now - rng.uniform(7, 365) * 86400
        os.utime(path, (mtime, mtime))
        total += len(data)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    total = generate(args.folder, args.count, args.seed)
    print(f"{args.count} pages, {total / 1e6:.1f} MB, average {total / args.count / 1024:.1f} KB in {args.folder}")


if __name__ == "__main__":
    main()
