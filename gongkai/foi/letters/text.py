"""The words of a letter: placeholders filled from the application by plain substitution, plus remedies.

Office-edited text is never given to a template engine: `fill` replaces {名称} by a value in one pass, so
neither the template nor an applicant's own text (a name containing "{申请人}" or "<script>") can reach code
or be expanded again. Unknown placeholders stay visible for the handler to notice.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from django.urls import reverse

from gongkai.core.models import SiteProfile
from gongkai.foi.choices import Outcome
from gongkai.foi.models import Application
from gongkai.workdays.statute import remedies_sentence

from .defaults import REG
from .models import LetterKind, LetterSettings

PLACEHOLDER = re.compile(r"\{([^{}\s]{1,20})\}")

# Shown to the office next to the template editor.
PLACEHOLDER_HELP = {
    "申请人": "申请人姓名或名称",
    "登记号": "申请登记号",
    "收到日期": "收到申请日期",
    "申请内容": "所需信息的名称、文号和描述",
    "机关名称": "办理机关名称",
    "文书日期": "文书落款日期",
    "办理结果": "办理结果（年报表三的行）",
    "答复内容": "答复内容/理由",
    "法律依据": "所依据的条款",
    "不予公开部分": "部分公开时不予公开的部分及理由",
    "已公开信息": "已主动公开信息的名称、索引号和链接（自动生成的一句话）",
    "获取途径": "已公开信息的获取途径",
    "索引号": "已公开信息的索引号",
    "公开链接": "已公开信息的网址",
    "负责机关": "负责公开该信息的机关",
    "答复期限": "当前答复期限",
    "补正告知日期": "补正告知日期",
    "补正事项": "需补正的事项",
    "补正期限": "补正期限",
    "延期天数": "延长的工作日数",
    "延期理由": "延期理由",
    "收费通知日期": "收费通知日期",
    "计收方式": "按件或按量计收",
    "计收说明": "计收方式的说明（自动生成）",
    "收费金额": "信息处理费金额（元）",
    "缴费期限": "缴费期限",
}


def cn_date(d: date | None) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if d else ""


def fill(text: str, values: dict[str, str]) -> str:
    """Replace {key} by values[key] once; unknown keys are left as they are."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def _legal_basis(basis: str) -> str:
    return REG + basis[2:] if basis.startswith("条例") else basis


def _public_document_sentence(app: Application, site_url: str) -> tuple[str, str, str]:
    doc = app.public_document
    if doc is None:
        return "", "", ""
    url = site_url + reverse("portal:document", args=[doc.pk])
    sentence = (
        f"该政府信息已主动公开，名称为《{doc.title}》，索引号为{doc.index_no}，"
        f"您可以通过{SiteProfile.current().site_name}查阅、下载（网址：{url}）。"
        f"根据{REG}第三十六条第（一）项的规定，特此告知获取途径。"
    )
    return sentence, doc.index_no, url


def placeholder_values(app: Application, *, letter_date: date, site_url: str = "") -> dict[str, str]:
    requested = "；".join(
        part for part in (app.info_title, f"文号：{app.info_doc_no}" if app.info_doc_no else "") if part
    )
    if app.info_description:
        requested = f"{requested}（{app.info_description}）" if requested else app.info_description
    sentence, index_no, url = _public_document_sentence(app, site_url)
    values = {
        "申请人": app.name,
        "登记号": app.registration_no,
        "收到日期": cn_date(app.received_on),
        "申请内容": requested,
        "机关名称": app.department.name,
        "文书日期": cn_date(letter_date),
        "办理结果": app.get_outcome_display() if app.outcome else "",
        "答复内容": app.reply_reasons,
        "法律依据": _legal_basis(app.legal_basis),
        "不予公开部分": app.withheld_parts,
        "已公开信息": sentence,
        "获取途径": f"获取途径：{app.public_location}" if app.public_location else "",
        "索引号": index_no,
        "公开链接": url,
        "负责机关": app.responsible_agency,
        "答复期限": cn_date(app.due_on),
    }
    correction = getattr(app, "correction", None)
    if correction is not None:
        values |= {
            "补正告知日期": cn_date(correction.sent_on),
            "补正事项": correction.items,
            "补正期限": cn_date(correction.deadline_on),
        }
    extension = getattr(app, "extension", None)
    if extension is not None:
        values |= {"延期天数": str(extension.days), "延期理由": extension.reason.rstrip("。")}
    fee = getattr(app, "fee", None)
    if fee is not None:
        how = (
            f"按件计收（本件为您本月向本机关提出的第{fee.ordinal}件申请）"
            if fee.method == "per_application"
            else f"按量计收（所需信息共{fee.pages}页）"
        )
        values |= {
            "收费通知日期": cn_date(fee.notified_on),
            "计收方式": fee.get_method_display(),
            "计收说明": how,
            "收费金额": str(fee.amount),
            "缴费期限": cn_date(fee.pay_by),
        }
    return values


def remedy_bodies(app: Application) -> tuple[str, str]:
    """(复议机关, 法院): the configured names, or ones derived from the government's name."""
    settings_ = LetterSettings.current()
    government = SiteProfile.current().government_name
    body = settings_.reconsideration_body
    if not body:
        # A department's act is reviewed by the government at its level; the government's own by the next level.
        body = "上一级人民政府" if app.department.name == government else government
    court = settings_.court_name
    if not court:
        court = government.replace("人民政府", "人民法院") if government.endswith("人民政府") else ""
    return body, court or "有管辖权的人民法院"


def remedies_paragraph(app: Application, kind: str) -> str:
    body, court = remedy_bodies(app)
    what = "答复" if kind == LetterKind.REPLY else "告知"
    return remedies_sentence(what=what, body=body, court=court)


@dataclass
class LetterContent:
    title: str
    number: str
    salutation: str
    paragraphs: list[str] = field(default_factory=list)
    signature: str = ""
    date_text: str = ""

    def as_text(self) -> str:
        lines = [self.title, self.number, self.salutation, *self.paragraphs, self.signature, self.date_text]
        return "\n".join(line for line in lines if line)


def compose(
    app: Application, *, kind: str, title: str, body: str, number: str, letter_date: date, site_url: str = ""
) -> LetterContent:
    values = placeholder_values(app, letter_date=letter_date, site_url=site_url)
    lines = [line.strip() for line in fill(body, values).splitlines()]
    lines = [line for line in lines if line]
    salutation = ""
    if lines and lines[0].endswith("：") and len(lines[0]) <= 60:
        salutation = lines.pop(0)
    lines.append(remedies_paragraph(app, kind))
    return LetterContent(
        title=fill(title, values),
        number=number,
        salutation=salutation,
        paragraphs=lines,
        signature=app.department.name,
        date_text=cn_date(letter_date),
    )


def template_key(app: Application, kind: str) -> str:
    if kind != LetterKind.REPLY:
        return kind
    if app.outcome == Outcome.UNAVAILABLE_NOT_HELD and app.not_our_agency:
        return "unavailable_other_agency"
    return app.outcome
