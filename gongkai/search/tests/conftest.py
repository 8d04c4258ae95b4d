"""Documents for search tests. `indexed_doc` writes rows directly (fast, any state) and indexes them the way
the catalogue services do; the publication tests use the real review services instead."""

import itertools
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from gongkai.catalogue.choices import DisclosureAttr, DocumentState
from gongkai.catalogue.models import Document
from gongkai.search.services import document_index_sync

TZ = ZoneInfo("Asia/Shanghai")
_serial = itertools.count(1)


@pytest.fixture
def indexed_doc(org):
    def make(
        title: str,
        body: str = "",
        dept: str = "edu",
        state: str = DocumentState.PUBLISHED,
        published: str | None = "2024-03-01",
        **fields,
    ) -> Document:
        issuer = getattr(org, dept)
        fields.setdefault("disclosure_attr", DisclosureAttr.PROACTIVE)
        document = Document.objects.create(
            title=title,
            body=body,
            issuer=issuer,
            state=state,
            index_no=f"{issuer.issuer_code}/2024-{next(_serial):05d}",
            published_at=datetime.fromisoformat(published).replace(tzinfo=TZ) if published else None,
            **fields,
        )
        document_index_sync(document=document)
        return document

    return make
