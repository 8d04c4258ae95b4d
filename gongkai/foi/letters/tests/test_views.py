"""Who may download letters and files: the handling department and the office, and the applicant only in a
session that passed the tracking check. Template editing by the 公开办, audited, used by the next letter."""

from datetime import date
from urllib.parse import quote

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from gongkai.core.models import AccessLog, AuditEvent
from gongkai.foi import services
from gongkai.foi.choices import Outcome
from gongkai.foi.letters.models import DeliveredFile, Letter, LetterTemplate
from gongkai.foi.tests.conftest import PERSON_ID

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def _no_rate_limit(settings):
    settings.FOI_RATE_LIMITS = {"apply": (1000, 60), "track": (1000, 60)}


@pytest.fixture
def replied(org, register):
    app = register()
    return services.application_reply(
        actor=org.edu_drafter,
        application=app,
        outcome=Outcome.UNAVAILABLE_NOT_HELD,
        replied_on=date(2024, 10, 15),
        reasons="经检索，本机关未制作该信息。",
    )


def _generate(client, user, app, kind="reply"):
    client.force_login(user)
    return client.post(reverse("foi:letters:generate", args=[app.pk, kind]))


def test_the_handler_generates_the_reply_letter_from_the_detail_page(client, org, replied):
    client.force_login(org.edu_drafter)
    page = client.get(reverse("foi:staff-detail", args=[replied.pk])).content.decode()
    assert "生成答复书" in page
    response = _generate(client, org.edu_drafter, replied)
    assert response.status_code == 302
    letter = Letter.objects.get(application=replied)
    page = client.get(reverse("foi:staff-detail", args=[replied.pk])).content.decode()
    assert letter.number in page
    pdf = client.get(reverse("foi:letters:download", args=[replied.pk, letter.pk, "pdf"]))
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert b"".join(pdf.streaming_content).startswith(b"%PDF")
    docx = client.get(reverse("foi:letters:download", args=[replied.pk, letter.pk, "docx"]))
    assert docx.status_code == 200 and "wordprocessingml" in docx["Content-Type"]
    assert AccessLog.objects.filter(action="foi_view_letter", actor=org.edu_drafter).count() == 2
    assert not AuditEvent.objects.filter(action="foi_view_letter").exists()  # not in the 办理记录


def test_letters_download_under_their_chinese_number_and_title(client, org, replied):
    _generate(client, org.edu_drafter, replied)
    letter = Letter.objects.get()
    for fmt in ("pdf", "docx"):
        response = client.get(reverse("foi:letters:download", args=[replied.pk, letter.pk, fmt]))
        disposition = response["Content-Disposition"]
        assert f'filename="letter.{fmt}"' in disposition  # ASCII fallback for old clients
        assert disposition.endswith(f"filename*=UTF-8''{quote(f'{letter.number}{letter.title}.{fmt}')}")
    assert "政府信息公开" in letter.title and "〔2024〕" in letter.number


def test_another_department_and_reviewers_get_404(client, org, replied):
    _generate(client, org.edu_drafter, replied)
    letter = Letter.objects.get()
    url = reverse("foi:letters:download", args=[replied.pk, letter.pk, "pdf"])
    for user in (org.health_drafter, org.health_approver, org.edu_first):
        client.force_login(user)
        assert client.get(url).status_code in (403, 404)
        assert client.post(reverse("foi:letters:generate", args=[replied.pk, "reply"])).status_code in (
            403,
            404,
        )
    client.force_login(org.office)
    assert client.get(url).status_code == 200
    assert Letter.objects.count() == 1


def test_the_applicant_downloads_only_after_tracking(client, org, replied):
    _generate(client, org.edu_drafter, replied)
    client.logout()
    letter = Letter.objects.get()
    url = reverse("foi-public:letters:download", args=[letter.pk, "pdf"])
    assert client.get(url).status_code == 404  # the id alone opens nothing
    wrong = client.post(
        reverse("foi-public:track"), {"tracking_code": replied.tracking_code, "second_factor": "0000"}
    )
    assert "查询码或验证信息不正确" in wrong.content.decode()
    assert client.get(url).status_code == 404
    status = client.post(
        reverse("foi-public:track"), {"tracking_code": replied.tracking_code, "second_factor": PERSON_ID[-4:]}
    ).content.decode()
    assert "政府信息公开申请告知书" in status and url in status
    assert "张三" not in status  # no personal data on the public page
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    other = client.__class__()
    assert other.get(url).status_code == 404  # another browser without the check


def test_delivered_files_are_content_checked_and_reach_the_applicant(client, org, replied):
    client.force_login(org.edu_drafter)
    add = reverse("foi:letters:file-add", args=[replied.pk])
    client.post(
        add, {"file": SimpleUploadedFile("假.pdf", b"<html><script>x</script></html>", "application/pdf")}
    )
    assert not DeliveredFile.objects.exists()
    client.post(add, {"file": SimpleUploadedFile("招生计划.pdf", PDF, "application/pdf")})
    delivered = DeliveredFile.objects.get()
    assert delivered.name == "招生计划.pdf"
    assert AuditEvent.objects.filter(action="foi_delivered_file_add").exists()
    client.logout()
    url = reverse("foi-public:letters:file-download", args=[delivered.pk])
    assert client.get(url).status_code == 404
    client.post(
        reverse("foi-public:track"), {"tracking_code": replied.tracking_code, "second_factor": "1234"}
    )
    response = client.get(url)  # the phone's last four digits are a valid second factor too
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF


def test_the_office_edits_a_template_and_the_next_letter_uses_it(client, org, replied):
    template = LetterTemplate.objects.get(key="unavailable_not_held")
    url = reverse("foi:letters:template-edit", args=[template.pk])
    client.force_login(org.edu_drafter)
    assert client.get(url).status_code == 403
    client.force_login(org.office)
    assert client.get(reverse("foi:letters:templates")).status_code == 200
    body = template.body.replace("特此告知。", "特此告知。本机关已在档案室和业务系统中检索。")
    response = client.post(url, {"title": "政府信息不存在告知书", "body": body})
    assert response.status_code == 302
    event = AuditEvent.objects.get(action="foi_letter_template_update")
    assert event.actor == org.office and "档案室" in event.after["body"]
    _generate(client, org.edu_drafter, replied)
    letter = Letter.objects.get()
    assert letter.title == "政府信息不存在告知书"
    assert "本机关已在档案室和业务系统中检索。" in letter.text
    client.force_login(org.office)
    client.post(url, {"restore": "1", "title": "", "body": ""})
    template.refresh_from_db()
    assert template.title == "政府信息公开申请告知书"


def test_a_template_body_cannot_run_template_code(client, org, replied):
    template = LetterTemplate.objects.get(key="unavailable_not_held")
    client.force_login(org.office)
    body = "{申请人}：\n{{ request.user.password }}{% debug %}{申请人.__class__}"
    client.post(reverse("foi:letters:template-edit", args=[template.pk]), {"title": "T", "body": body})
    _generate(client, org.edu_drafter, replied)
    text = Letter.objects.get().text
    assert "{{ request.user.password }}{% debug %}{申请人.__class__}" in text


def test_the_remedy_bodies_are_configured_by_the_office(client, org, replied):
    client.force_login(org.office)
    client.post(
        reverse("foi:letters:templates"), {"reconsideration_body": "示范市人民政府", "court_name": ""}
    )
    _generate(client, org.edu_drafter, replied)
    assert "六十日内向示范市人民政府申请行政复议" in Letter.objects.get().text
