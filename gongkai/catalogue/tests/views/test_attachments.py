"""Uploading, removing and downloading attachments on the staff side."""

from pathlib import Path
from urllib.parse import quote

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from gongkai.catalogue.choices import DocumentState
from gongkai.catalogue.models import Attachment
from gongkai.files.downloads import content_disposition
from gongkai.files.models import Blob

from .factories import add_attachment, make_document, pdf_bytes

pytestmark = pytest.mark.django_db


def upload_url(document):
    return reverse("catalogue:staff-attachment-add", args=[document.pk])


def download(client, attachment, **params):
    response = client.get(reverse("catalogue:staff-attachment-download", args=[attachment.pk]), params)
    body = (
        b"".join(response.streaming_content) if hasattr(response, "streaming_content") else response.content
    )
    return response, body


def stored_files(media_root) -> list[Path]:
    return [p for p in Path(media_root).rglob("*") if p.is_file()]


def test_an_over_size_upload_is_refused_from_its_headers_with_a_chinese_page(
    client, org, media_root, settings, tmp_path
):
    document = make_document(org)
    client.force_login(org.edu_drafter)
    settings.ATTACHMENT_MAX_BYTES = 1024
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 0  # whatever Django receives goes to FILE_UPLOAD_TEMP_DIR
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path / "django-tmp")
    (tmp_path / "django-tmp").mkdir()
    big = SimpleUploadedFile("大文件.pdf", b"%PDF-1.4\n" + b"0" * (2 * 1024 * 1024))
    response = client.post(upload_url(document), {"upload": big})
    assert response.status_code == 413
    assert "上传的文件过大" in response.content.decode() and "1 KB" in response.content.decode()
    assert not Attachment.objects.exists() and not Blob.objects.exists()
    assert stored_files(media_root) == [] and stored_files(tmp_path / "django-tmp") == []


def test_an_html_file_renamed_pdf_is_rejected_in_chinese_and_nothing_is_stored(client, org, media_root):
    document = make_document(org)
    client.force_login(org.edu_drafter)
    fake = SimpleUploadedFile(
        "通知.pdf", b"<html><script>alert(1)</script></html>", content_type="application/pdf"
    )
    response = client.post(upload_url(document), {"upload": fake})
    assert response.status_code == 200
    html = response.content.decode()
    assert "附件《通知.pdf》未上传：文件类型不允许" in html
    assert 'id="id_attachment_upload_error"' in html  # next to the upload field
    assert not Attachment.objects.exists() and not Blob.objects.exists()
    assert stored_files(media_root) == []


def test_a_pdf_upload_is_stored_listed_and_downloadable_with_safe_headers(client, org):
    document = make_document(org)
    client.force_login(org.edu_drafter)
    upload = SimpleUploadedFile("2024年招生计划.html", pdf_bytes(), content_type="text/html")
    response = client.post(upload_url(document), {"upload": upload}, follow=True)
    assert "已上传附件《2024年招生计划.html》" in response.content.decode()
    attachment = Attachment.objects.get()
    response, body = download(client, attachment)
    assert response.status_code == 200 and body == pdf_bytes()
    assert response["Content-Type"] == "application/pdf"  # from the detected kind, not the name
    assert response["X-Content-Type-Options"] == "nosniff"
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment; ")
    assert f"filename*=UTF-8''{quote('2024年招生计划.pdf')}" in disposition  # the wrong extension replaced
    assert "no-store" in response["Cache-Control"]


def test_inline_is_only_for_images():
    assert content_disposition("图解.png", inline=True).startswith("inline; ")
    assert content_disposition("a.pdf").startswith('attachment; filename="a.pdf"')
    assert 'filename="attachment.pdf"' in content_disposition("通知.pdf")


def test_a_pdf_is_never_served_inline(client, org):
    document = make_document(org)
    attachment = add_attachment(document, org.edu_drafter)
    client.force_login(org.edu_first)
    response, _ = download(client, attachment, inline="1")
    assert response["Content-Disposition"].startswith("attachment; ")


def test_a_missing_blob_is_a_404_not_an_error(client, org, media_root):
    document = make_document(org)
    attachment = add_attachment(document, org.edu_drafter)
    for path in stored_files(media_root):
        path.unlink()
    client.force_login(org.edu_drafter)
    response, _ = download(client, attachment)
    assert response.status_code == 404


def test_removing_an_attachment_is_audited_and_restarts_review(client, org):
    document = make_document(org)
    attachment = add_attachment(document, org.edu_drafter)
    from gongkai.catalogue.tests.views.factories import advance, people

    advance(document, people(org, "edu"), DocumentState.SECOND_REVIEW)
    client.force_login(org.edu_second)
    response = client.post(reverse("catalogue:staff-attachment-remove", args=[attachment.pk]), follow=True)
    assert "已删除附件" in response.content.decode()
    document.refresh_from_db()
    assert document.state == DocumentState.FIRST_REVIEW and not document.attachments.exists()
    assert "删除附件" in response.content.decode()  # in the history


def test_nothing_can_be_uploaded_once_published(client, org):
    document = make_document(org, state=DocumentState.PUBLISHED)
    client.force_login(org.edu_drafter)
    response = client.post(upload_url(document), {"upload": SimpleUploadedFile("a.pdf", pdf_bytes())})
    assert response.status_code == 403
    assert "当前状态下您不能修改这条信息的附件。" in response.content.decode()
