"""索引号, sanitising, attachments and the validity chain."""

import datetime as dt
import threading

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection

from gongkai.catalogue.choices import DocumentState, Validity, ValidityChangeKind
from gongkai.catalogue.models import Document
from gongkai.catalogue.services.attachments import attachment_add, attachment_remove
from gongkai.catalogue.services.documents import document_create, document_update, index_no_allocate
from gongkai.catalogue.services.prechecks import document_prechecks
from gongkai.catalogue.services.validity import validity_change_add
from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import AuditEvent
from gongkai.files.models import Blob
from gongkai.files.storage import blob_read

MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


@pytest.mark.django_db
def test_index_numbers_count_per_issuer_and_year_and_never_change(org, make_draft):
    first = make_draft()
    second = make_draft()
    other = make_draft(dept="health")
    year = dt.date.today().year
    assert first.index_no == f"{org.edu.issuer_code}/{year}-00001"
    assert second.index_no == f"{org.edu.issuer_code}/{year}-00002"
    assert other.index_no == f"{org.health.issuer_code}/{year}-00001"
    assert index_no_allocate(issuer=org.edu, year=2017) == f"{org.edu.issuer_code}/2017-00001"
    document_update(document=first, actor=org.edu_drafter, data={"title": "改名后的标题"})
    first.refresh_from_db()
    assert first.index_no == f"{org.edu.issuer_code}/{year}-00001"


@pytest.mark.django_db(transaction=True)
def test_index_numbers_stay_unique_when_drafters_create_at_the_same_moment(
    org, complete_data, reference_data
):
    errors, created = [], []

    def create(n):
        try:
            for _ in range(5):
                created.append(
                    document_create(
                        actor=org.edu_drafter, issuer=org.edu, data=complete_data(title=f"并发{n}")
                    ).index_no
                )
        except Exception as exc:  # surfaced below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=create, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(created) == 30 and len(set(created)) == 30
    serials = sorted(int(no.rsplit("-", 1)[1]) for no in created)
    assert serials == list(range(1, 31))


@pytest.mark.django_db
def test_body_is_sanitised_on_save(org, make_draft):
    document = make_draft(
        body='<p onclick="x()">正文<script>alert(1)</script><a href="javascript:alert(1)">链接</a></p>'
    )
    assert (
        "script" not in document.body and "onclick" not in document.body and "javascript" not in document.body
    )
    assert "正文" in document.body


@pytest.mark.django_db
def test_attachments_are_stored_once_by_content_and_their_text_is_prechecked(
    org, make_draft, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    document = make_draft()
    a = attachment_add(
        actor=org.edu_drafter, document=document, upload=SimpleUploadedFile("通知.pdf", MINIMAL_PDF)
    )
    b = attachment_add(
        actor=org.edu_drafter, document=document, upload=SimpleUploadedFile("副本.pdf", MINIMAL_PDF)
    )
    assert a.blob_id == b.blob_id and Blob.objects.count() == 1
    assert blob_read(a.blob_id) == MINIMAL_PDF
    assert a.original_name == "通知.pdf"
    from docx import Document as Docx

    path = tmp_path / "名单.docx"
    docx = Docx()
    docx.add_paragraph("联系电话 13812345678")
    docx.save(path)
    attachment_add(
        actor=org.edu_drafter, document=document, upload=SimpleUploadedFile("名单.docx", path.read_bytes())
    )
    issues = document_prechecks(document=document)
    assert [(i.where, i.label) for i in issues if i.kind == "personal_data"] == [
        ("附件《名单.docx》", "手机号码")
    ]
    assert "13812345678" not in str(issues)
    attachment_remove(actor=org.edu_drafter, attachment=b)
    assert document.attachments.count() == 2
    assert AuditEvent.objects.filter(action="attachment_remove").count() == 1


@pytest.mark.django_db
def test_an_html_file_named_pdf_is_rejected_and_nothing_is_kept(org, make_draft, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    document = make_draft()
    upload = SimpleUploadedFile(
        "通知.pdf", b"<html><script>alert(1)</script></html>", content_type="application/pdf"
    )
    with pytest.raises(ApplicationError, match="文件类型不允许"):
        attachment_add(actor=org.edu_drafter, document=document, upload=upload)
    assert not document.attachments.exists() and not Blob.objects.exists()
    assert not list((tmp_path / "tmp").iterdir())


@pytest.mark.django_db
def test_another_departments_drafter_cannot_attach_files(org, make_draft, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    with pytest.raises(ApplicationError):
        attachment_add(
            actor=org.health_drafter, document=make_draft(), upload=SimpleUploadedFile("a.pdf", MINIMAL_PDF)
        )


@pytest.mark.django_db
def test_publishing_a_repeal_marks_the_original_and_links_both_ways(org, make_draft, review_through):
    original = review_through(make_draft(title="示范县校外培训机构管理办法"))
    repeal = make_draft(title="关于废止《示范县校外培训机构管理办法》的通知")
    validity_change_add(actor=org.edu_drafter, source=repeal, target=original, kind=ValidityChangeKind.REPEAL)
    original.refresh_from_db()
    assert original.validity == Validity.VALID  # not before the repeal is published
    review_through(repeal)
    original.refresh_from_db()
    assert original.validity == Validity.REPEALED
    assert original.changes_received.get().source == repeal
    assert repeal.changes_made.get().applied_at is not None
    event = AuditEvent.objects.get(action="validity_change", object_id=str(original.pk))
    assert event.before == {"validity": "valid"} and event.after == {"validity": "repealed"}


@pytest.mark.django_db
def test_only_published_valid_documents_can_be_amended_or_repealed(org, make_draft, review_through):
    draft = make_draft()
    source = make_draft()
    with pytest.raises(ApplicationError, match="已发布"):
        validity_change_add(actor=org.edu_drafter, source=source, target=draft, kind=ValidityChangeKind.AMEND)
    with pytest.raises(ApplicationError):
        validity_change_add(
            actor=org.edu_drafter, source=source, target=source, kind=ValidityChangeKind.AMEND
        )
    assert Document.objects.filter(state=DocumentState.DRAFT).count() == 2


@pytest.mark.django_db
def test_spreadsheet_attachments_are_read_for_personal_data(org, make_draft, settings, tmp_path):
    import io

    from openpyxl import Workbook

    settings.MEDIA_ROOT = tmp_path
    book = Workbook()
    book.active.append(["姓名", "电话"])
    book.active.append(["张三", 13812345678])
    buffer = io.BytesIO()
    book.save(buffer)
    document = make_draft()
    attachment = attachment_add(
        actor=org.edu_drafter, document=document, upload=SimpleUploadedFile("名单.xlsx", buffer.getvalue())
    )
    assert attachment.text_ok
    assert [i.label for i in document_prechecks(document=document) if i.kind == "personal_data"] == [
        "手机号码"
    ]


@pytest.mark.django_db
def test_an_unreadable_image_of_an_interpretation_is_flagged_for_manual_review(
    org, make_draft, settings, tmp_path
):
    from gongkai.catalogue.services.interpretations import interpretation_save

    settings.MEDIA_ROOT = tmp_path
    document = make_draft()
    item = interpretation_save(
        actor=org.edu_drafter, document=document, data={"title": "一图读懂", "form": "graphic"}
    )
    png = bytes.fromhex(
        "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
        "0000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
    )
    attachment_add(actor=org.edu_drafter, interpretation=item, upload=SimpleUploadedFile("图解.png", png))
    issues = [(i.kind, i.where) for i in document_prechecks(document=document)]
    assert ("unreadable", "附件《图解.png》") in issues


@pytest.mark.django_db
def test_only_the_office_decides_that_a_document_needs_an_interpretation(org, make_draft, complete_data):
    with pytest.raises(ApplicationError, match="公开办"):
        document_create(actor=org.edu_drafter, issuer=org.edu, data=complete_data(needs_interpretation=True))
    document = make_draft()
    with pytest.raises(ApplicationError, match="公开办"):
        document_update(document=document, actor=org.edu_drafter, data={"needs_interpretation": True})
    # Saving the form with the flag unchanged is fine.
    document_update(
        document=document, actor=org.edu_drafter, data={"needs_interpretation": False, "title": "新标题"}
    )
