"""Benchmark queries drawn from the corpus, and their brute-force substring ground truth."""

import bisect
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import corpus  # noqa: E402

from gongkai.catalogue.searchable import document_text  # noqa: E402
from gongkai.search.tokenizer import normalize  # noqa: E402

CJK = re.compile(r"[\u4e00-\u9fff]+")
COMMON = ["工作", "政府", "管理", "发展", "通知", "安全", "服务", "建设", "2020年", "加强"]
RARE_CHARS = set(corpus._RARE_POOL)
CLASSES = ["1字", "2字", "3字", "4字", "6字以上", "发文字号", "常见词", "罕见词"]


def index_no(doc: dict) -> str:
    return f"B{doc['issuer']:08d}/{doc['published'][:4]}-{doc['id']:07d}"


def texts(doc: dict) -> tuple[str, str]:
    return document_text(
        title=doc["title"],
        index_no=index_no(doc),
        doc_no=doc["doc_no"],
        issuing_authority="",
        keywords="",
        summary="",
        body=doc["body"],
    )


def pick(docs: list[dict], per_class: int, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    public = [d for d in docs if d["public"]]
    chosen: list[tuple[str, str]] = []
    for name, lengths in (
        ("1字", (1, 1)),
        ("2字", (2, 2)),
        ("3字", (3, 3)),
        ("4字", (4, 4)),
        ("6字以上", (6, 10)),
    ):
        found = set()
        while len(found) < per_class:
            runs = [r for r in CJK.findall(texts(rng.choice(public))[1]) if len(r) >= lengths[1]]
            if runs:
                run, n = rng.choice(runs), rng.randint(*lengths)
                start = rng.randrange(len(run) - n + 1)
                found.add(run[start : start + n])
        chosen += [(name, q) for q in sorted(found)]
    numbers = set()
    while len(numbers) < per_class:
        number = rng.choice(public)["doc_no"]
        numbers.add(number.replace("〔", "[").replace("〕", "]") if len(numbers) % 3 == 1 else number)
    chosen += [("发文字号", q) for q in sorted(numbers)]
    chosen += [("常见词", q) for q in COMMON[:per_class]]
    rare = set()
    for doc in public:
        rare.update(r for r in re.findall(f"[{corpus._RARE_POOL}]{{2,3}}", doc["body"]))
        if len(rare) >= 5 * per_class:
            break
    chosen += [("罕见词", q) for q in sorted(rare)[:per_class]]
    return chosen


class GroundTruth:
    """Brute-force substring search over every public document's normalised title and body."""

    def __init__(self, docs: list[dict]):
        parts, self.starts, self.ids, position = [], [], [], 0
        for doc in docs:
            if not doc["public"]:
                continue
            title, body = texts(doc)
            text = normalize(title) + "\n" + normalize(body) + "\x00"
            parts.append(text)
            self.starts.append(position)
            self.ids.append(doc["id"])
            position += len(text)
        self.text = "".join(parts)

    def ids_containing(self, query: str) -> set[int]:
        term, found = normalize(query), set()
        start = self.text.find(term)
        while start != -1:
            index = bisect.bisect_right(self.starts, start) - 1
            found.add(self.ids[index])
            # Skip to the next document: one hit per document is enough.
            next_start = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
            start = self.text.find(term, next_start)
        return found
