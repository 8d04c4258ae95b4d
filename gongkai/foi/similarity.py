"""Grouping of applications by similar requested information (条例第四十四条), simple and explainable.

Each application's request (name + 文号 + description) is normalised (full-width to half-width, lower case,
punctuation and spaces removed) and cut into character bigrams; two requests are similar when the Jaccard
index of their bigram sets (shared bigrams / all bigrams) reaches the threshold. Groups are the connected
components of "similar" (single linkage): a chain of similar requests forms one group, and the page shows
the shared bigrams so staff see why requests were grouped.
"""

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

DEFAULT_THRESHOLD = 0.5
DEFAULT_MIN_SIZE = 3
_DROP = re.compile(r"[\W_]+", re.UNICODE)
# Words that appear in almost every request and say nothing about what is asked for.
_STOP = ("申请公开", "申请", "公开", "请求", "提供", "关于", "有关", "相关", "信息", "政府", "的")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").lower()
    for word in _STOP:
        text = text.replace(word, "")
    return _DROP.sub("", text)


def bigrams(text: str) -> frozenset[str]:
    norm = normalise(text)
    if len(norm) < 2:
        return frozenset({norm}) if norm else frozenset()
    return frozenset(norm[i : i + 2] for i in range(len(norm) - 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


@dataclass(frozen=True)
class Group:
    members: tuple[int, ...]  # indexes into the input sequence
    common: tuple[str, ...]  # bigrams shared by at least half of the members, most frequent first


def group_similar(
    texts: Sequence[str], *, threshold: float = DEFAULT_THRESHOLD, min_size: int = DEFAULT_MIN_SIZE
) -> list[Group]:
    """Groups of at least `min_size` similar texts, largest first. O(n²) pairs: fine for a year's requests."""
    grams = [bigrams(t) for t in texts]
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            if jaccard(grams[i], grams[j]) >= threshold:
                parent[root(i)] = root(j)
    components: dict[int, list[int]] = {}
    for i in range(len(texts)):
        components.setdefault(root(i), []).append(i)
    groups = [
        Group(members=tuple(m), common=_common(grams[k] for k in m))
        for m in components.values()
        if len(m) >= min_size
    ]
    return sorted(groups, key=lambda g: (-len(g.members), g.members[0]))


def _common(sets: Iterable[frozenset[str]]) -> tuple[str, ...]:
    sets = list(sets)
    counts = Counter(g for s in sets for g in s)
    return tuple(g for g, n in counts.most_common(12) if n * 2 >= len(sets))
