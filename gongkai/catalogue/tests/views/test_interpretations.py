"""政策解读 pages: every field, 图解 upload, and the document page linking to them."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from gongkai.catalogue.choices import DocumentState
from gongkai.catalogue.models import Attachment, Interpretation

from .factories import PNG_BYTES, add_interpretation, make_document

pytestmark = pytest.mark.django_db

SECTIONS = {
    "background": "背景依据内容",
    "objectives": "目标任务内容",
    "main_content": "主要内容内容",
    "scope": "涉及范围内容",
    "standards": "执行标准内容",
    "notes": "注意事项内容",
    "differences": "新旧差异内容",
}


def create_url(document):
    return reverse("catalogue:staff-interpretation-create", args=[document.pk])


def test_the_form_offers_every_field_and_form_of_interpretation(client, org):
    document = make_document(org)
    client.force_login(org.edu_drafter)
    html = client.get(create_url(document)).content.decode()
    for label in (
        "解读标题",
        "解读形式",
        "解读人/解读机构",
        "背景依据",
        "目标任务",
        "主要内容",
        "涉及范围",
        "执行标准",
        "注意事项",
        "新旧政策差异",
        "正文/问答",
        "音视频链接",
        "图解图片或附件",
        "图解",
        "简明问答",
        "音视频",
    ):
        assert label in html, label
    assert 'enctype="multipart/form-data"' in html


def test_a_graphic_interpretation_is_saved_with_its_image_and_shown_on_the_document(client, org):
    document = make_document(org)
    client.force_login(org.edu_drafter)
    data = {
        "title": "一图读懂招生政策",
        "form": "graphic",
        "author": "市教育局",
        "body": "问：何时报名？\n答：7月。",
        "media_url": "https://example.gov.cn/v.mp4",
        **SECTIONS,
        "upload": SimpleUploadedFile("一图读懂.png", PNG_BYTES, content_type="image/png"),
    }
    response = client.post(create_url(document), data, follow=True)
    item = Interpretation.objects.get()
    assert item.background == "背景依据内容" and item.body == "<p>问：何时报名？</p><p>答：7月。</p>"
    attachment = Attachment.objects.get(interpretation=item)
    html = response.content.decode()
    assert "已添加解读《一图读懂招生政策》" in html
    assert (
        f"/staff/attachments/{attachment.pk}/download/?inline=1" in html
        and 'alt="图解：一图读懂招生政策"' in html
    )
    image = client.get(reverse("catalogue:staff-attachment-download", args=[attachment.pk]), {"inline": "1"})
    assert image["Content-Type"] == "image/png" and image["Content-Disposition"].startswith("inline; ")
    b"".join(image.streaming_content)


def test_a_rejected_image_saves_nothing_and_keeps_the_typed_text(client, org):
    document = make_document(org)
    client.force_login(org.edu_drafter)
    data = {
        "title": "我输入的解读标题",
        "form": "graphic",
        **SECTIONS,
        "upload": SimpleUploadedFile("图.png", b"<svg onload=alert(1)>", content_type="image/png"),
    }
    response = client.post(create_url(document), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "文件类型不允许" in html and 'value="我输入的解读标题"' in html and "注意事项内容" in html
    assert not Interpretation.objects.exists() and not Attachment.objects.exists()


def test_editing_and_deleting_an_interpretation(client, org):
    document = make_document(org)
    item = add_interpretation(document, org.edu_drafter)
    client.force_login(org.edu_drafter)
    edit = reverse("catalogue:staff-interpretation-edit", args=[item.pk])
    assert "背景依据。" in client.get(edit).content.decode()
    client.post(edit, {"title": "改后的解读", "form": "qa", "body": "问：一\n答：二"})
    item.refresh_from_db()
    assert item.title == "改后的解读" and item.form == "qa"
    delete = reverse("catalogue:staff-interpretation-delete", args=[item.pk])
    assert "确认删除政策解读《改后的解读》" in client.get(delete).content.decode()
    client.post(delete)
    assert not Interpretation.objects.exists()
    history = client.get(reverse("catalogue:staff-document-detail", args=[document.pk])).content.decode()
    assert "添加政策解读" in history and "修改政策解读" in history and "删除政策解读" in history


def test_a_published_documents_interpretation_cannot_be_changed(client, org):
    document = make_document(org)
    item = add_interpretation(document, org.edu_drafter)
    from .factories import advance, people

    advance(document, people(org, "edu"), DocumentState.PUBLISHED)
    client.force_login(org.edu_drafter)
    response = client.post(
        reverse("catalogue:staff-interpretation-edit", args=[item.pk]), {"title": "x", "form": "text"}
    )
    assert response.status_code == 403
