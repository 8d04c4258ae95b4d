"""Text → index tokens, and query terms → what to look up.

Normalisation is character by character and never changes the length of a text, so a position found in
the normalised text is the same position in the original: highlights are computed on the original text.
It folds full-width forms to half-width (NFKC when that gives one character), lower-cases, and folds every
bracket used in document numbers (〔〕【】[]〖〗﹝﹞（）) to ( ) so 示政发〔2020〕2号 matches however it is typed.

Tokens, a set per text (no positions): a run of ASCII letters and digits is one "word"; every other letter
or digit (CJK above all) is an "ideograph". An ideograph run gives every character, every two and every three
consecutive characters, so a term of up to three ideographs is one token, and a longer one the trigrams that
cover it (adjacency then checked on the text). ASCII words are indexed with all their suffixes (ipv6, pv6,
v6, 6), so a prefix lookup finds any substring of a word.
"""

import re
import unicodedata
from dataclasses import dataclass

# Marks public documents in the token index, so a public search needs no look at the index rows. A
# private-use character: never produced from a query (queries drop private-use characters).
PUBLIC_TOKEN = "\ue001"

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
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


def normalize(text: str) -> str:
    """Same length as `text`; see the module docstring."""
    return text.translate(_TABLE)


def index_tokens(normalized: str) -> set[str]:
    tokens: set[str] = set()
    add = tokens.update
    for word, ideo in _RUNS.findall(normalized):
        if word:
            add([word[i : i + MAX_WORD] for i in range(len(word))])
        else:
            add(ideo)
            add(map(str.__add__, ideo, ideo[1:]))
            add([ideo[i : i + 3] for i in range(len(ideo) - 2)])
    return tokens


@dataclass(frozen=True)
class Lookup:
    """What the index must contain for one query term.

    `tokens`: exact tokens; `prefixes`: ASCII word prefixes. `verify`: the tokens only narrow the
    candidates, so the normalised text must be checked for the term itself.
    """

    term: str
    tokens: tuple[str, ...]
    prefixes: tuple[str, ...]
    verify: bool

    @property
    def empty(self) -> bool:
        return not (self.tokens or self.prefixes)


def _cover(run: str) -> list[str]:
    """Trigrams covering every character of a run of four or more: at 0, 3, 6 … and the last one."""
    starts = [*range(0, len(run) - 2, 3), len(run) - 3]
    return [run[i : i + 3] for i in dict.fromkeys(starts)]


def term_lookup(term: str) -> Lookup:
    """`term` is normalised and has no whitespace; see the module docstring for why each case is exact."""
    term = _PRIVATE_USE.sub("", term)
    runs = list(_RUNS.finditer(term))
    tokens, prefixes = [], []
    for match in runs:
        word, ideo = match.group(1), match.group(2)
        if word and len(word) > MAX_WORD:
            prefixes.append(word[:MAX_WORD])
        elif word:
            # Followed by more of the term: in the text this word ends here, so it is a whole suffix.
            # Last in the term: the text's word may go on, so any word starting with it (a prefix).
            (tokens if match.end() < len(term) else prefixes).append(word)
        else:
            tokens.extend([ideo] if len(ideo) <= 3 else _cover(ideo))
    single_run = len(runs) == 1 and runs[0].start() == 0 and runs[0].end() == len(term)
    # A term that is one run of up to three ideographs, or one word, is found exactly by its tokens;
    # anything else (longer phrases, document numbers, mixed text, punctuation) is checked on the text.
    exact = single_run and (runs[0].group(1) is not None and len(term) <= MAX_WORD or len(term) <= 3)
    verify = bool(runs) and not exact
    if verify and any(len(token) > 1 for token in tokens):
        # The text check proves the term; single characters (号, 年) only add long doclists to walk.
        tokens = [token for token in tokens if len(token) > 1]
    return Lookup(term, tuple(dict.fromkeys(tokens)), tuple(dict.fromkeys(prefixes)), verify=verify)
