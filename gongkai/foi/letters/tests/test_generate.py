"""Generated letters: DOCX and PDF with the Chinese text intact, applicant text harmless, audited, numbered."""

import io
import time
from datetime import date

import pytest
from django.urls import reverse
from docx import Document as DocxDocument
from docx.oxml.ns import qn
from pypdf import PdfReader

from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import AuditEvent
from gongkai.files.storage import blob_read
from gongkai.foi import services
from gongkai.foi.choices import FeeMethod, Outcome
from gongkai.foi.letters.models import LetterKind
from gongkai.foi.letters.render import letter_html
from gongkai.foi.letters.services import letter_generate
from gongkai.foi.letters.text import compose
from gongkai.foi.models import Application
from gongkai.foi.tests.conftest import person_data

pytestmark = pytest.mark.django_db
NASTY = "<script>alert(1)</script>{登记号}{0.__class__}"


def _read(blob) -> bytes:
    return blob_read(blob.sha256)


def _pdf_text(letter) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(_read(letter.pdf))).pages)


def _docx(letter):
    return DocxDocument(io.BytesIO(_read(letter.docx)))


@pytest.fixture
def granted(org, register, published_document):
    app = register()
    return services.application_reply(
        actor=org.edu_drafter,
        application=app,
        outcome=Outcome.GRANTED,
        replied_on=date(2024, 10, 15),
        reasons="现将该信息提供给您。",
        public_document=published_document,
    )


def test_reply_letter_is_a_docx_and_a_pdf_with_the_chinese_title(org, granted):
    started = time.monotonic()
    letter = letter_generate(actor=org.edu_drafter, application=granted, kind=LetterKind.REPLY)
    elapsed = time.monotonic() - started
    assert letter.number == f"{granted.registration_no}-答复"
    assert letter.title == "政府信息公开申请答复书"
    assert letter.letter_date == date(2024, 10, 15)
    pdf = _read(letter.pdf)
    assert pdf.startswith(b"%PDF")
    text = _pdf_text(letter)
    assert "政府信息公开申请答复书" in text  # proves the CJK font is embedded with its Unicode map
    assert "第三十六条第（二）项" in text.replace("\n", "")
    document = _docx(letter)
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[0] == "政府信息公开申请答复书"
    assert letter.number in paragraphs
    fonts = {r._element.rPr.rFonts.get(qn("w:eastAsia")) for p in document.paragraphs for r in p.runs}
    assert {"方正小标宋简体", "仿宋"} <= fonts
    assert round(document.sections[0].page_width.mm) == 210
    assert "示范县2023年义务教育学校招生计划" in letter.text  # the already-public document is named
    assert "索引号为" in letter.text
    assert "2024年10月15日" in paragraphs[-1]
    assert elapsed < 10  # one page; typically well under a second once Pango is loaded


def test_generation_is_audited_on_the_application(org, granted):
    letter = letter_generate(actor=org.edu_drafter, application=granted, kind=LetterKind.REPLY)
    event = AuditEvent.objects.filter(action="foi_letter_generate").get()
    assert event.after["letter"] == letter.pk
    assert event.actor == org.edu_drafter


def test_applicant_text_is_rendered_harmlessly_everywhere(org, register):
    app = register(data=person_data(name=NASTY, info_title="<b>招生</b>{申请人}"))
    app = services.application_reply(
        actor=org.edu_drafter,
        application=app,
        outcome=Outcome.UNAVAILABLE_NOT_HELD,
        replied_on=date(2024, 10, 15),
        reasons="经检索，未找到。",
    )
    letter = letter_generate(actor=org.edu_drafter, application=app, kind=LetterKind.REPLY)
    assert f"{NASTY}：" in letter.text  # verbatim, not expanded
    assert "“<b>招生</b>{申请人}；文号：示教发〔2023〕5号”" in letter.text
    content = compose(
        app, kind="reply", title=letter.title, body=letter.template.body, number="N", letter_date=date.today()
    )
    html = letter_html(content)
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert any(p.text == f"{NASTY}：" for p in _docx(letter).paragraphs)
    assert "<script>alert(1)</script>" in _pdf_text(letter)


def test_the_three_notices_cite_their_articles(org, register):
    app = register()
    services.application_vet(actor=org.edu_drafter, application=app)
    services.correction_request(
        actor=org.edu_drafter,
        application=app,
        sent_on=date(2024, 9, 29),
        items="请写明所需信息的文号或形成时间。",
        deadline_on=date(2024, 10, 18),
    )
    correction = letter_generate(actor=org.edu_drafter, application=app, kind=LetterKind.CORRECTION)
    assert "第三十条" in correction.text and "请写明所需信息的文号或形成时间。" in correction.text
    assert "2024年10月18日" in correction.text
    assert correction.number.endswith("-补正")
    services.correction_receive(actor=org.edu_drafter, application=app, corrected_on=date(2024, 10, 8))
    services.extension_grant(
        actor=org.edu_approver,
        application=app,
        days=15,
        reason="需要调取档案。",
        approved_on=date(2024, 10, 30),
        notified_on=date(2024, 10, 30),
    )
    extension = letter_generate(actor=org.edu_drafter, application=app, kind=LetterKind.EXTENSION)
    assert "第三十三条第二款" in extension.text and "延长15个工作日" in extension.text
    assert "因需要调取档案，" in extension.text
    services.fee_notice(
        actor=org.edu_drafter,
        application=app,
        method=FeeMethod.PER_VOLUME,
        pages=120,
        notified_on=date(2024, 11, 1),
        pay_by=date(2024, 11, 29),
    )
    fee = letter_generate(actor=org.edu_drafter, application=app, kind=LetterKind.FEE)
    assert "第四十二条" in fee.text and "国办函〔2020〕109号" in fee.text
    assert f"人民币{app.fee.amount}元" in fee.text and "2024年11月29日" in fee.text
    for letter in (correction, extension, fee):
        assert "如对本告知不服" in letter.text


def test_a_letter_for_something_not_done_yet_is_refused(org, register):
    app = register()
    with pytest.raises(ApplicationError):
        letter_generate(actor=org.edu_drafter, application=app, kind=LetterKind.REPLY)
    with pytest.raises(ApplicationError):
        letter_generate(actor=org.edu_drafter, application=app, kind=LetterKind.EXTENSION)


def test_another_departments_handler_cannot_generate(org, granted):
    with pytest.raises(ApplicationError):
        letter_generate(actor=org.health_drafter, application=granted, kind=LetterKind.REPLY)


def test_control_characters_stored_in_the_application_earlier_do_not_break_the_letter(client, org, granted):
    # Registered before the text rule (or by a path that bypassed the forms): python-docx refused "\x1b".
    Application.objects.filter(pk=granted.pk).update(
        name="张\x1b三\u202e", reply_reasons="现将\x07该信息提供给您。"
    )
    client.force_login(org.edu_drafter)
    response = client.post(reverse("foi:letters:generate", args=[granted.pk, LetterKind.REPLY]))
    assert response.status_code == 302
    letter = granted.letters.get()
    text = "\n".join(p.text for p in _docx(letter).paragraphs)
    assert "张三" in text and "\x1b" not in text and "\u202e" not in text
    assert "张三" in _pdf_text(letter)
