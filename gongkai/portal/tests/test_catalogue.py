"""The 公开目录: filters narrow, URLs are stable, bad input never breaks the page."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from gongkai.catalogue.choices import Genre, Validity, ValidityChangeKind
from gongkai.catalogue.models import Column, Subject
from gongkai.catalogue.services import review
from gongkai.catalogue.services.validity import validity_change_add

pytestmark = pytest.mark.django_db

SHANGHAI = ZoneInfo("Asia/Shanghai")
URL = reverse("portal:catalogue")


def titles(client, **params) -> str:
    response = client.get(URL, params)
    assert response.status_code == 200
    return response.content.decode()


def test_year_filter_uses_the_local_publication_year(client, org, publish_document):
    # 2024-01-01 00:30 in Beijing is still 2023 in UTC: the local year is the one that counts.
    publish_document(
        org, title="年末发布的信息", published_at=datetime(2023, 12, 31, 23, 30, tzinfo=SHANGHAI)
    )
    publish_document(org, title="新年发布的信息", published_at=datetime(2024, 1, 1, 0, 30, tzinfo=SHANGHAI))
    page_2023 = titles(client, year="2023")
    assert "年末发布的信息" in page_2023 and "新年发布的信息" not in page_2023
    page_2024 = titles(client, year="2024")
    assert "新年发布的信息" in page_2024 and "年末发布的信息" not in page_2024
    assert '<option value="2024">2024年</option>' in titles(client)


def test_issuer_filter_lists_only_that_departments_documents(client, org, publish_document):
    publish_document(org, "edu", title="教育局的信息")
    publish_document(org, "health", title="卫健局的信息", doc_no="示卫发〔2024〕1号")
    page = titles(client, issuer=org.health.pk)
    assert "卫健局的信息" in page and "教育局的信息" not in page


def test_subject_filter_includes_second_level_subjects(client, org, publish_document):
    education = Subject.objects.get(parent=None, name="科技、教育")
    basic = Subject.objects.create(parent=education, name="基础教育")
    health = Subject.objects.get(parent=None, name="卫生、体育")
    publish_document(org, title="一级分类的信息", subject=education)
    publish_document(org, title="二级分类的信息", subject=basic)
    publish_document(org, title="其他分类的信息", subject=health)
    page = titles(client, subject=education.pk)
    assert "一级分类的信息" in page and "二级分类的信息" in page and "其他分类的信息" not in page
    assert "二级分类的信息" in titles(client, subject=basic.pk)


def test_genre_validity_and_column_filters_narrow(client, org, publish_document, draft_document):
    old = publish_document(org, title="旧的办法", genre=Genre.OPINION)
    publish_document(
        org, title="统计公报", genre=Genre.BULLETIN, columns=[Column.objects.get(slug="statistics")]
    )
    assert titles(client, genre=Genre.OPINION).count("旧的办法") == 1
    assert "统计公报" not in titles(client, genre=Genre.OPINION)
    assert "统计公报" in titles(client, column="statistics") and "旧的办法" not in titles(
        client, column="statistics"
    )
    assert "统计公报" in titles(client, column="statutory")  # a parent column includes its sub-columns

    new = draft_document(org, title="新的办法", stage="draft")
    validity_change_add(actor=org.edu_drafter, source=new, target=old, kind=ValidityChangeKind.REPEAL)
    review.document_submit(document=new, actor=org.edu_drafter)
    for actor in (org.edu_first, org.edu_second, org.edu_approver):
        review.document_review_pass(document=new, actor=actor)
    page = titles(client, validity=Validity.REPEALED)
    assert "旧的办法" in page and "新的办法" not in page and "统计公报" not in page
    assert "旧的办法" not in titles(client, validity=Validity.VALID)


def test_q_matches_title_doc_no_and_index_no_with_an_exact_match_first(client, org, publish_document):
    first = publish_document(org, title="关于示教发〔2024〕7号文件的补充通知", doc_no="示教发〔2024〕8号")
    exact = publish_document(org, title="招生工作方案", doc_no="示教发〔2024〕7号")
    page = titles(client, q="示教发〔2024〕7号")
    assert page.index("招生工作方案") < page.index("关于示教发〔2024〕7号文件的补充通知")
    assert "招生工作方案" in titles(client, q=exact.index_no)
    assert "招生工作方案" not in titles(client, q=first.index_no)
    assert "共 <strong>1</strong> 条" in titles(client, q="招生工作")


@pytest.mark.parametrize(
    "params",
    [
        {"year": "abc"},
        {"year": "99999"},
        {"issuer": "999999"},
        {"issuer": "x"},
        {"subject": "-1"},
        {"genre": "<script>"},
        {"validity": "nope"},
        {"column": "no-such"},
        {"q": "长" * 500},
        {"page": "9999"},
        {"page": "-1"},
        {"page": "abc"},
        {"page": "0"},
        {"issuer": "999999", "page": "1e9"},
    ],
)
def test_bad_filter_values_never_error_and_say_so_politely(client, org, publish_document, params):
    publish_document(org, title="唯一的信息")
    page = titles(client, **params)
    assert "唯一的信息" in page
    assert "已忽略" in page or "已显示" in page


def test_a_page_beyond_the_end_shows_the_last_page(client, org, publish_document, monkeypatch):
    monkeypatch.setattr("gongkai.portal.views.PER_PAGE", 2)
    for n in range(5):
        publish_document(org, title=f"第{n}号信息", published_at=datetime(2024, 1, 1 + n, tzinfo=SHANGHAI))
    page = titles(client, page="9999")
    assert "第0号信息" in page and "第4号信息" not in page
    assert "已显示最后一页（第3页）" in page


def test_pagination_links_keep_the_filters(client, org, publish_document, monkeypatch):
    monkeypatch.setattr("gongkai.portal.views.PER_PAGE", 1)
    publish_document(org, title="甲信息", published_at=datetime(2024, 2, 1, tzinfo=SHANGHAI))
    publish_document(org, title="乙信息", published_at=datetime(2024, 3, 1, tzinfo=SHANGHAI))
    page = titles(client, year="2024", issuer=org.edu.pk, genre="bogus")
    pagination = page[page.index('<nav class="pagination"') :]
    pagination = pagination[: pagination.index("</nav>")]
    assert f'href="?year=2024&amp;issuer={org.edu.pk}&amp;page=2"' in pagination
    assert "genre" not in pagination  # an ignored value is not carried along
    second = titles(client, year="2024", issuer=org.edu.pk, page="2")
    assert "甲信息" in second and "乙信息" not in second


def test_the_total_count_is_shown(client, org, publish_document):
    publish_document(org, title="一")
    publish_document(org, title="二")
    assert "共 <strong>2</strong> 条" in titles(client)


def test_every_filter_control_has_a_label(client, db):
    page = titles(client)
    for name in ("q", "year", "issuer", "subject", "genre", "validity", "column"):
        assert f'<label for="id_{name}">' in page
        assert f'id="id_{name}"' in page


@pytest.mark.parametrize("year", ["²", "①", "9" * 10_000])
def test_a_year_that_is_not_a_plain_number_is_ignored_with_a_notice(client, org, year):
    page = titles(client, year=year)
    assert "筛选条件“发布年份”的取值无效，已忽略。" in page
