"""Staff pages and the public application/tracking pages."""

from datetime import date
from urllib.parse import quote

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import FileUploadHandler
from django.test import Client
from django.urls import reverse

from gongkai.core.audit import audit_history
from gongkai.core.models import AccessLog
from gongkai.foi import services
from gongkai.foi.choices import Outcome, State
from gongkai.foi.models import Application
from gongkai.foi.views import guard

from .conftest import PERSON_ID

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache_and_fast_forms(monkeypatch):
    cache.clear()
    monkeypatch.setattr(guard, "MIN_SECONDS", 0)
    yield
    cache.clear()


def apply_post(client, org, **overrides):
    client.get(reverse("foi-public:apply"))
    answer = client.session[guard.CHALLENGE_KEY]["answer"]
    data = {
        "department": org.edu.pk,
        "applicant_type": "natural_person",
        "name": "张三",
        "id_type": "resident_id",
        "id_number": PERSON_ID,
        "phone": "13800001234",
        "address": "人民路1号",
        "delivery_form": "paper",
        "info_title": "招生计划",
        "answer": answer,
        "website": "",
    }
    return client.post(reverse("foi-public:apply"), data | overrides)


# Staff


def test_the_list_shows_the_due_date_and_working_days_left(client, org, register):
    app = register(date.today())
    client.force_login(org.edu_drafter)
    response = client.get(reverse("foi:staff-list"))
    assert response.status_code == 200
    assert app.registration_no in response.content.decode()
    assert "个工作日" in response.content.decode() or "无法计算" in response.content.decode()
    for view in ("due_soon", "overdue", "paused", "unknown"):
        assert client.get(reverse("foi:staff-list"), {"view": view}).status_code == 200


def test_another_department_gets_404_on_the_detail_page(client, org, register):
    app = register()
    client.force_login(org.health_drafter)
    assert client.get(reverse("foi:staff-detail", args=[app.pk])).status_code == 404
    response = client.post(reverse("foi:staff-act", args=[app.pk, "vet"]))
    assert response.status_code == 404
    app.refresh_from_db()
    assert app.state == State.REGISTERED


def test_opening_the_detail_page_logs_the_view_and_shows_the_applicant(client, org, register):
    app = register()
    client.force_login(org.edu_drafter)
    response = client.get(reverse("foi:staff-detail", args=[app.pk]))
    assert response.status_code == 200 and PERSON_ID in response.content.decode()
    assert AccessLog.objects.filter(action="foi_view", actor=org.edu_drafter, object_id=str(app.pk)).exists()
    assert not audit_history(app).filter(action__startswith="foi_view").exists()


def test_the_history_shows_chinese_labels_and_state_changes_never_codes(client, org, register):
    app = services.application_vet(actor=org.edu_drafter, application=register())
    client.force_login(org.edu_drafter)
    page = client.get(reverse("foi:staff-detail", args=[app.pk])).content.decode()
    history = page[page.index('id="h-history"') :]
    assert "登记申请" in history and "开始审核" in history and "状态：已登记 → 审核中" in history
    assert "foi_" not in history and "查看申请" not in history  # reads are in the access log, not here


def test_the_office_reaches_the_access_log_of_an_application_from_its_page(client, org, register):
    app = register()
    client.force_login(org.edu_drafter)
    assert (
        reverse("accesslog:list")
        not in client.get(reverse("foi:staff-detail", args=[app.pk])).content.decode()
    )
    client.force_login(org.office)
    client.get(reverse("foi:staff-detail", args=[app.pk]))
    response = client.get(reverse("accesslog:list"), {"obj": app.registration_no})
    assert [(row.actor, row.label) for row in response.context["page"]] == [
        (org.office, "查看申请"),
        (org.edu_drafter, "查看申请"),
    ]


def test_a_handler_vets_and_replies_through_the_page(client, org, register):
    app = register(date(2024, 9, 27))
    client.force_login(org.edu_drafter)
    assert client.post(reverse("foi:staff-act", args=[app.pk, "vet"])).status_code == 302
    client.post(reverse("foi:staff-act", args=[app.pk, "start_handling"]))
    response = client.post(
        reverse("foi:staff-act", args=[app.pk, "reply"]),
        {"reply-outcome": "refused_process_info", "reply-replied_on": "2024-10-20", "reply-reasons": ""},
    )
    assert response.status_code == 400
    assert "请写明答复的理由" in response.content.decode()
    assert 'value="2024-10-20"' in response.content.decode()  # what was typed is kept
    response = client.post(
        reverse("foi:staff-act", args=[app.pk, "reply"]),
        {
            "reply-outcome": "refused_process_info",
            "reply-replied_on": "2024-10-20",
            "reply-reasons": "讨论记录",
        },
    )
    assert response.status_code == 302
    app.refresh_from_db()
    assert (app.state, app.outcome) == (State.REPLIED, Outcome.REFUSED_PROCESS_INFO)


def test_staff_register_an_application_received_by_post(client, org):
    client.force_login(org.edu_drafter)
    response = client.post(
        reverse("foi:staff-create"),
        {
            "department": org.edu.pk,
            "applicant_type": "natural_person",
            "name": "王五",
            "id_type": "resident_id",
            "id_number": PERSON_ID,
            "phone": "13800005678",
            "address": "x",
            "delivery_form": "paper",
            "info_title": "预算",
            "channel": "post",
            "received_on": "2024-09-28",
        },
    )
    assert response.status_code == 302
    app = Application.objects.get()
    assert (app.channel, app.received_on, app.due_on, app.registered_by) == (
        "post",
        date(2024, 9, 28),
        date(2024, 10, 31),
        org.edu_drafter,
    )


# Public


def test_a_citizen_applies_online_and_sees_the_tracking_code_once(client, org):
    response = apply_post(client, org)
    assert response.status_code == 302
    app = Application.objects.get()
    page = client.get(response.url).content.decode()
    assert app.tracking_code in page
    assert app.tracking_code not in client.get(reverse("foi-public:applied")).content.decode()


def test_a_wrong_answer_or_a_filled_hidden_field_is_refused_and_what_was_typed_kept(client, org):
    response = apply_post(client, org, answer="999")
    assert response.status_code == 200 and "验证问题回答不正确" in response.content.decode()
    assert "招生计划" in response.content.decode()
    apply_post(client, org, website="http://spam")
    assert Application.objects.count() == 0


def test_applications_from_one_address_are_rate_limited(client, org, settings):
    settings.FOI_RATE_LIMITS = {"apply": (2, 3600)}
    assert apply_post(client, org).status_code == 302
    assert apply_post(client, org).status_code == 302
    response = apply_post(client, org)
    assert response.status_code == 200 and "操作过于频繁" in response.content.decode()
    assert Application.objects.count() == 2


class SpyUploadHandler(FileUploadHandler):
    """First among the upload handlers: records every file Django starts to receive (and so to spool)."""

    started: list[str] = []

    def new_file(self, field_name, *args, **kwargs):
        SpyUploadHandler.started.append(field_name)

    def receive_data_chunk(self, raw_data, start):
        return raw_data

    def file_complete(self, file_size):
        return None


def test_a_rate_limited_client_is_refused_before_its_identity_proof_is_spooled(org, settings):
    settings.FILE_UPLOAD_HANDLERS = [f"{__name__}.SpyUploadHandler", *settings.FILE_UPLOAD_HANDLERS]
    SpyUploadHandler.started = []
    client = Client(enforce_csrf_checks=True)  # CSRF reads the form as it does in production
    settings.FOI_RATE_LIMITS = {"apply": (1, 3600)}
    proof = SimpleUploadedFile("身份证.pdf", b"%PDF-1.4\n" + b"0" * 4096)
    client.get(reverse("foi-public:apply"))
    token = client.cookies["csrftoken"].value
    assert apply_post(client, org, id_proof=proof, csrfmiddlewaretoken=token).status_code == 302
    assert SpyUploadHandler.started == ["id_proof"]
    proof.seek(0)
    response = apply_post(client, org, id_proof=proof, name="李四", csrfmiddlewaretoken=token)
    page = response.content.decode()
    assert response.status_code == 200 and "操作过于频繁" in page
    assert "李四" in page  # what was typed is kept
    assert SpyUploadHandler.started == ["id_proof"]  # the second upload never reached a handler
    assert Application.objects.count() == 1


def test_tracking_shows_progress_but_no_personal_data(client, org, register):
    app = register()
    response = client.post(
        reverse("foi-public:track"), {"tracking_code": app.tracking_code, "second_factor": PERSON_ID[-4:]}
    )
    page = response.content.decode()
    assert response.status_code == 200 and app.get_state_display() in page
    for private in (app.name, PERSON_ID, app.phone, app.address):
        assert private not in page


def test_tracking_cannot_be_enumerated(client, org, register, settings):
    app = register()
    for guess in (str(app.pk), app.registration_no, app.tracking_code):
        response = client.post(reverse("foi-public:track"), {"tracking_code": guess, "second_factor": "0000"})
        assert "查询码或验证信息不正确" in response.content.decode()
    settings.FOI_RATE_LIMITS = {"track": (3, 600)}
    cache.clear()
    for _ in range(3):
        client.post(reverse("foi-public:track"), {"tracking_code": "X" * 12, "second_factor": "0000"})
    response = client.post(
        reverse("foi-public:track"), {"tracking_code": app.tracking_code, "second_factor": PERSON_ID[-4:]}
    )
    assert "操作过于频繁" in response.content.decode()


def test_an_applicant_withdraws_from_the_tracking_page(client, org, register):
    app = register()
    response = client.post(
        reverse("foi-public:withdraw"),
        {"tracking_code": app.tracking_code, "second_factor": PERSON_ID[-4:], "reason": "不再需要"},
    )
    assert response.status_code == 302
    app.refresh_from_db()
    assert (app.state, app.outcome) == (State.CLOSED, Outcome.OTHER_OTHER)
    client.post(reverse("foi-public:withdraw"), {"tracking_code": "ABCDEFGHJKMN", "second_factor": "0000"})


def test_the_detail_page_renders_its_forms_in_every_state(client, org, register):
    from gongkai.foi.services import application_archive, application_reply, delivery_record, remedy_record

    app = register(date(2024, 9, 27))
    client.force_login(org.office)
    url = reverse("foi:staff-detail", args=[app.pk])
    assert "发出补正告知" in client.get(url).content.decode()
    application_reply(
        actor=org.office, application=app, outcome="granted", replied_on=date(2024, 10, 8), reasons="提供"
    )
    remedy_record(actor=org.office, application=app, kind="reconsideration", filed_on=date(2024, 11, 1))
    page = client.get(url).content.decode()
    assert "登记送达" in page and "登记审结" in page
    delivery_record(actor=org.office, application=app, method="post", delivered_on=date(2024, 10, 9))
    application_archive(actor=org.office, application=app, on=date(2024, 10, 10))
    assert client.get(url).status_code == 200


def test_the_identity_proof_is_downloaded_only_by_the_department_and_logged(client, org):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from gongkai.foi.services import application_register

    from .conftest import at, person_data

    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    app = application_register(
        department=org.edu,
        data=person_data(),
        received_at=at(date(2024, 9, 27)),
        id_proof=SimpleUploadedFile("身份证.png", png),
    )
    url = reverse("foi:staff-id-proof", args=[app.pk])
    client.force_login(org.health_drafter)
    assert client.get(url).status_code == 404
    client.force_login(org.edu_drafter)
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content) == png
    assert AccessLog.objects.filter(action="foi_view_id_proof", actor=org.edu_drafter).exists()
    assert not audit_history(app).filter(action="foi_view_id_proof").exists()
    disposition = response["Content-Disposition"]
    assert (
        disposition.endswith(quote(f"身份证明-{app.registration_no}.png"))
        and "private" in response["Cache-Control"]
    )


def test_the_status_page_links_to_the_already_public_document(client, org, register, published_document):
    from gongkai.foi.services import application_reply

    app = register()
    application_reply(
        actor=org.edu_drafter,
        application=app,
        outcome="granted",
        replied_on=date(2024, 10, 8),
        public_document=published_document,
    )
    response = client.post(
        reverse("foi-public:track"), {"tracking_code": app.tracking_code, "second_factor": PERSON_ID[-4:]}
    )
    page = response.content.decode()
    assert reverse("portal:document", args=[published_document.pk]) in page and "予以公开" in page


def test_a_control_character_in_the_public_form_is_refused_on_its_field_and_the_rest_kept(client, org):
    response = apply_post(client, org, name="张\x1b三", address="人民路\u202e1号")
    page = response.content.decode()
    assert response.status_code == 200
    assert "“姓名/名称”含有不可见的特殊字符（控制字符 U+001B）" in page
    assert "“通信地址”含有不可见的特殊字符（文字方向控制字符 U+202E）" in page
    assert "招生计划" in page
    assert Application.objects.count() == 0
