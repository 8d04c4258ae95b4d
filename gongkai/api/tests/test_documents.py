"""Published documents through the API: the 公开目录 filters, pagination, and one document in full."""

import pytest

from gongkai.catalogue.models import Column

pytestmark = pytest.mark.django_db

LIST = "/api/documents"


def titles(response) -> list[str]:
    assert response.status_code == 200, response.content.decode()
    return [item["title"] for item in response.json()["items"]]


def test_the_list_shows_published_documents_newest_first_with_their_metadata(client, world):
    data = client.get(LIST).json()
    assert data["total"] == 2 and data["page"] == 1 and data["pages"] == 1 and data["per_page"] == 20
    first = data["items"][0]
    assert [i["title"] for i in data["items"]] == [world.notice.title, world.opinion.title]
    assert first == {
        "id": world.notice.pk,
        "url": f"/documents/{world.notice.pk}/",
        "index_no": world.notice.index_no,
        "doc_no": "示教发〔2024〕1号",
        "title": world.notice.title,
        "issuer": {"id": world.org.edu.pk, "name": "示范县教育局"},
        "published_at": "2024-03-05",
        "written_on": "2024-03-01",
        "subject": {"id": world.education.pk, "name": "科技、教育"},
        "genre": {"value": "notice", "label": "通知"},
        "validity": {"value": "valid", "label": "有效"},
    }


@pytest.mark.parametrize(
    "params,expected",
    [
        ({"column": "regulations"}, ["notice", "opinion"]),
        ({"column": "statutory"}, ["notice", "opinion"]),  # a column includes its sub-columns
        ({"column": "guide"}, []),
        ({"genre": "opinion"}, ["opinion"]),
        ({"validity": "valid"}, ["notice", "opinion"]),
        ({"validity": "repealed"}, []),
        ({"year": 2023}, ["opinion"]),
        ({"year": 2020}, []),
        ({"q": "招生"}, ["notice"]),
        ({"q": "示卫发〔2023〕7号"}, ["opinion"]),
    ],
)
def test_the_list_takes_the_filters_of_the_public_catalogue(client, world, params, expected):
    assert titles(client.get(LIST, params)) == [getattr(world, name).title for name in expected]


def test_issuer_and_subject_filters_take_ids(client, world):
    assert titles(client.get(LIST, {"issuer": world.org.health.pk})) == [world.opinion.title]
    assert titles(client.get(LIST, {"subject": world.education.pk})) == [world.notice.title]


def test_an_exact_index_number_is_listed_first(client, world):
    assert titles(client.get(LIST, {"q": world.opinion.index_no}))[0] == world.opinion.title


def test_pages_follow_per_page_and_a_page_past_the_end_is_empty(client, world):
    data = client.get(LIST, {"per_page": 1, "page": 2}).json()
    assert data["pages"] == 2 and [i["title"] for i in data["items"]] == [world.opinion.title]
    assert client.get(LIST, {"per_page": 1, "page": 3}).json()["items"] == []


@pytest.mark.parametrize(
    "params,message",
    [
        ({"column": "no-such-column"}, "栏目不存在或未启用"),
        ({"issuer": 999999}, "发布机构不存在或没有公开信息"),
        ({"subject": 999999}, "主题分类不存在（请用一级分类）"),
    ],
)
def test_a_filter_naming_nothing_public_is_404_rather_than_ignored(client, world, params, message):
    response = client.get(LIST, params)
    assert response.status_code == 404 and response.json() == {"detail": message}


def test_an_inactive_column_is_not_found(client, world):
    Column.objects.filter(slug="regulations").update(is_active=False)
    assert client.get(LIST, {"column": "regulations"}).status_code == 404


def test_the_detail_has_metadata_body_interpretations_and_public_download_links(client, world):
    data = client.get(f"{LIST}/{world.notice.pk}").json()
    assert data["title"] == world.notice.title and data["index_no"] == world.notice.index_no
    assert data["issuing_authority"] == "示范县教育局" and data["keywords"] == "教育 招生"
    assert "现就做好招生工作通知如下" in data["body_html"]
    assert [c["slug"] for c in data["columns"]] == ["regulations"]
    assert data["topics"] == [{"id": world.topic.pk, "slug": "liuwen", "name": "六稳六保"}]
    interpretation = world.notice.interpretations.get()
    assert data["interpretations"] == [
        {
            "id": interpretation.pk,
            "title": "《招生工作通知》解读",
            "form": {"value": "text", "label": "文字解读"},
            "url": f"/interpretations/{interpretation.pk}/",
        }
    ]
    [attachment] = data["attachments"]
    assert attachment["name"] == "招生简章.pdf" and attachment["kind"] == "pdf" and attachment["size"] > 0
    download = client.get(attachment["url"])
    assert download.status_code == 200 and b"".join(download.streaming_content).startswith(b"%PDF")


def test_the_detail_of_an_unknown_document_is_404_in_chinese(client, world):
    response = client.get(f"{LIST}/999999")
    assert response.status_code == 404 and response.json() == {"detail": "信息不存在或未公开"}
