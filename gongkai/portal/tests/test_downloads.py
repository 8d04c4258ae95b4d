"""Public attachment download: only public, never HTML, the Chinese file name kept."""

import re
from urllib.parse import quote

import pytest
from django.urls import reverse

from gongkai.catalogue.choices import InterpretationForm
from gongkai.catalogue.services import review

from .conftest import PNG_BYTES, pdf_bytes

pytestmark = pytest.mark.django_db


def download(client, attachment):
    return client.get(reverse("portal:attachment", args=[attachment.pk]))


def test_a_download_keeps_the_chinese_name_and_is_not_html(client, org, publish_document):
    content = pdf_bytes()
    doc = publish_document(org, attachments=[("2024年招生计划表.pdf", content)])
    attachment = doc.attachments.get()
    response = download(client, attachment)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == content
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert f"filename*=UTF-8''{quote('2024年招生计划表.pdf')}" in disposition
    assert f'filename="attachment-{attachment.pk}.pdf"' in disposition  # ASCII fallback


def test_a_misleading_extension_is_replaced_by_the_real_kind(client, org, publish_document):
    doc = publish_document(org, attachments=[("通知.html", pdf_bytes())])
    response = download(client, doc.attachments.get())
    assert response["Content-Type"] == "application/pdf"
    assert quote("通知.pdf") in response["Content-Disposition"]
    assert "html" not in response["Content-Disposition"]


def test_the_document_page_lists_attachments_with_kind_and_size(client, org, publish_document):
    doc = publish_document(org, attachments=[("招生计划.pdf", pdf_bytes())])
    page = client.get(reverse("portal:document", args=[doc.pk])).content.decode()
    assert f'href="/attachments/{doc.attachments.get().pk}/download/"' in page
    assert "招生计划.pdf" in page and "PDF 文档" in page
    assert re.search(r"（PDF 文档，[\d.]+\s(字节|KB)）", page)


def test_graphic_interpretation_images_are_shown_inline_with_alt_text(client, org, publish_document):
    doc = publish_document(
        org,
        override_reason="图片已人工核查",
        interpretations=[
            {
                "title": "一图读懂招生政策",
                "form": InterpretationForm.GRAPHIC,
                "attachments": [("一图读懂.png", PNG_BYTES)],
            }
        ],
    )
    item = doc.interpretations.get()
    image = item.attachments.get()
    page = client.get(reverse("portal:interpretation", args=[item.pk])).content.decode()
    assert f'<img src="/attachments/{image.pk}/download/" alt="一图读懂招生政策">' in page
    response = download(client, image)
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"].startswith("inline;")


def test_an_image_attached_to_a_document_is_downloaded_not_shown(client, org, publish_document):
    doc = publish_document(org, override_reason="图片已人工核查", attachments=[("现场照片.png", PNG_BYTES)])
    assert download(client, doc.attachments.get())["Content-Disposition"].startswith("attachment;")


def test_attachments_of_a_withdrawn_document_are_404(client, org, publish_document):
    doc = publish_document(org, attachments=[("计划.pdf", pdf_bytes())])
    attachment = doc.attachments.get()
    assert download(client, attachment).status_code == 200
    review.document_withdraw(document=doc, actor=org.edu_approver, reason="有误")
    assert download(client, attachment).status_code == 404


def test_a_missing_file_is_404_not_an_error(client, org, publish_document, settings):
    doc = publish_document(org, attachments=[("计划.pdf", pdf_bytes())])
    settings.MEDIA_ROOT = settings.MEDIA_ROOT / "elsewhere"
    assert download(client, doc.attachments.get()).status_code == 404
