"""The promise of search: for any text typed, exactly the documents whose title or body contain it."""

import random

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from gongkai.catalogue.models import Document
from gongkai.catalogue.searchable import document_text
from gongkai.search.selectors import search
from gongkai.search.tokenizer import normalize, term_lookup

pytestmark = pytest.mark.django_db

# Few distinct characters, so texts share many bigrams and order matters; full-width and bracket variants.
ALPHABET = (
    "政府信息公开年度报告疫情防控通知发文号政府政府" + "abc12" + "ＡＢ１２" + "，。（）〔〕【】[]()、\n"
)


def _text(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(n))


@pytest.fixture
def random_corpus(indexed_doc):
    rng = random.Random(20261122)
    docs = [
        indexed_doc(
            _text(rng, rng.randint(3, 20)),
            _text(rng, rng.randint(0, 120)),
            doc_no=_text(rng, 6).replace("\n", ""),
        )
        for _ in range(40)
    ]
    texts = {}
    for d in Document.objects.filter(pk__in=[d.pk for d in docs]):
        title, body = document_text(
            **{
                f: getattr(d, f) or ""
                for f in ("title", "index_no", "doc_no", "issuing_authority", "keywords", "summary", "body")
            }
        )
        texts[d.pk] = (title, body)
    return texts


def _expected(texts, query: str) -> set[int]:
    term = normalize(query)
    return {pk for pk, (title, body) in texts.items() if term in normalize(title) or term in normalize(body)}


def _found(query: str) -> set[int]:
    return {hit.document.pk for hit in search(q=query, per_page=100, facets=False, count=False).hits}


def _searchable(query: str) -> bool:
    return (
        bool(query.strip())
        and not any(c.isspace() for c in query)
        and not query.startswith("-")
        and not term_lookup(normalize(query)).empty
    )


def test_every_substring_of_an_indexed_text_finds_exactly_the_documents_containing_it(random_corpus):
    texts = list(random_corpus.values())

    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
    @given(which=st.integers(0, 10**6), start=st.integers(0, 200), length=st.integers(1, 10))
    def check(which, start, length):
        title, body = texts[which % len(texts)]
        source = (title, body)[which % 2]
        query = source[start % max(len(source), 1) :][:length]
        assume(_searchable(query))
        assert _found(query) == _expected(random_corpus, query)

    check()


def test_any_text_finds_nothing_that_does_not_contain_it(random_corpus):
    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
    @given(query=st.text(alphabet=ALPHABET, min_size=1, max_size=6))
    def check(query):
        assume(_searchable(query))
        assert _found(query) == _expected(random_corpus, query)

    check()
