"""Text → index tokens, and query terms → what to look up.

Normalisation is character by character and never changes the length of a text, so a position found in
the normalised text is the same position in the original: highlights are computed on the original text.
It folds full-width forms to half-width (NFKC when that gives one character), lower-cases, and folds every
bracket used in document numbers (〔〕【】[]〖〗﹝﹞（）) to ( ) so 示政发〔2020〕2号 matches however it is typed.

Tokens: a run of ASCII letters and digits is one "word"; every other letter or digit (CJK above all) is an
"ideograph". Ideograph runs give their consecutive bigrams (in order, with a separator token between runs,
so a phrase of bigrams proves adjacency) and every character as a unigram. ASCII words are indexed with
all their suffixes (ipv6, pv6, v6, 6), so a prefix lookup finds any substring of a word.
"""

import re
import unicodedata
from dataclasses import dataclass

# Between two ideograph runs in the bigram stream: a private-use character, a token character for FTS5
# `unicode61` and never produced from a query (queries drop private-use characters).
RUN_SEPARATOR = "\ue000"

# Word suffixes are cut to this many characters (PostgreSQL lexemes are limited; no one types longer).
MAX_WORD = 40

_OPEN, _CLOSE = "〔【[〖﹝（［(", "〕】]〗﹞）］)"


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x30000):
        char = chr(code)
        folded = unicodedata.normalize("NFKC", char)
        folded = folded.lower() if len(folded) == 1 else char.lower()
        if len(folded) != 1:
            folded = char  # ㈠, ™: several characters; kept as they are so lengths never change.
        if folded in _OPEN:
            folded = "("
        elif folded in _CLOSE:
            folded = ")"
        if folded != char:
            table[code] = folded
    return table


_TABLE = _build_table()
_RUNS = re.compile(r"([a-z0-9]+)|([^\W_a-z0-9]+)")
_WORD_RE = re.compile(r"[a-z0-9]+")
_IDEO_RE = re.compile(r"[^\W_a-z0-9]+")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


def normalize(text: str) -> str:
    """Same length as `text`; see the module docstring."""
    return text.translate(_TABLE)


@dataclass(frozen=True)
class IndexTokens:
    bigrams: str  # ideograph bigrams in order, runs separated by RUN_SEPARATOR
    extra: str  # ideograph unigrams and ASCII word suffixes


def index_tokens(normalized: str) -> IndexTokens:
    bigrams: list[str] = []
    extra: list[str] = []
    for word, ideo in _RUNS.findall(normalized):
        if word:
            extra.extend(word[i : i + MAX_WORD] for i in range(len(word)))
        else:
            if len(ideo) > 1:
                if bigrams:
                    bigrams.append(RUN_SEPARATOR)
                bigrams.extend(ideo[i : i + 2] for i in range(len(ideo) - 1))
            extra.extend(ideo)
    return IndexTokens(" ".join(bigrams), " ".join(extra))


def token_count(normalized: str) -> int:
    return len(_RUNS.findall(normalized))


@dataclass(frozen=True)
class Lookup:
    """What the index must contain for one query term.

    `phrases`: bigram sequences that must appear adjacent (bigram columns); `exact`: tokens in the extra
    columns; `prefixes`: ASCII prefixes in the extra columns. `verify`: the index lookup only narrows the
    candidates, so the normalised text must be checked for the term itself.
    """

    term: str
    phrases: tuple[tuple[str, ...], ...]
    exact: tuple[str, ...]
    prefixes: tuple[str, ...]
    verify: bool

    @property
    def empty(self) -> bool:
        return not (self.phrases or self.exact or self.prefixes)


def term_lookup(term: str) -> Lookup:
    """`term` is normalised and has no whitespace; see the module docstring for why each case is exact."""
    term = _PRIVATE_USE.sub("", term)
    runs = list(_RUNS.finditer(term))
    phrases, exact, prefixes = [], [], []
    for match in runs:
        word, ideo = match.group(1), match.group(2)
        if word and len(word) > MAX_WORD:
            prefixes.append(word[:MAX_WORD])
        elif word:
            # Followed by more of the term: in the text this word ends here, so it is a whole suffix.
            # Last in the term: the text's word may go on, so any word starting with it (a prefix).
            (exact if match.end() < len(term) else prefixes).append(word)
        elif len(ideo) == 1:
            exact.append(ideo)
        else:
            phrases.append(tuple(ideo[i : i + 2] for i in range(len(ideo) - 1)))
    single_run = len(runs) == 1 and runs[0].start() == 0 and runs[0].end() == len(term)
    # A term that is one run is found exactly by its tokens (phrase, unigram or word prefix); anything
    # else (document numbers, mixed text, punctuation) is checked against the normalised text.
    long_word = any(len(m.group(1) or "") > MAX_WORD for m in runs)
    verify = bool(runs) and (not single_run or long_word)
    return Lookup(term, tuple(phrases), tuple(exact), tuple(prefixes), verify=verify)
