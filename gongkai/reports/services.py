"""Generating, editing and publishing annual reports; every change is audited in its transaction."""

from datetime import datetime

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from gongkai.catalogue.choices import DisclosureAttr, DocumentState, Genre, NormativeKind
from gongkai.catalogue.models import Column, Subject
from gongkai.catalogue.services.attachments import attachment_add, attachment_remove
from gongkai.catalogue.services.documents import document_create, document_update
from gongkai.catalogue.services.review import document_submit
from gongkai.core.audit import audit_record
from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import Department, User
from gongkai.workflow import Move, Transition, Workflow

from . import rules
from .choices import ReportScope, ReportState
from .formats import CURRENT_VERSION
from .models import AnnualReport
from .selectors.facts import overview_texts
from .selectors.report import missing_inputs, tables_compute

ANNUAL_REPORTS_COLUMN = "annual-reports"
REPORT_SUBJECT = "综合政务"  # 主题分类 of the published report


@transaction.atomic
def report_generate(
    *, actor: User, scope: str, department: Department | None, year: int, now: datetime | None = None
) -> AnnualReport:
    """Create the year's report (texts prefilled from the data) or recompute the tables of a draft."""
    if not rules.can_generate(actor, scope, department):
        raise ApplicationError("您没有生成该年度报告的权限。")
    if scope == ReportScope.REGION:
        department = None
    elif department is None:
        raise ApplicationError("请选择报告机关。", field="department")
    now = now or timezone.now()
    if year >= timezone.localtime(now).year:
        raise ApplicationError("只能生成已经结束的年度的报告。", field="year")
    report = (
        AnnualReport.objects.order_by("pk")
        .select_for_update()
        .filter(scope=scope, department=department, year=year)
        .first()
    )
    created = report is None
    if created:
        report = AnnualReport(scope=scope, department=department, year=year, created_by=actor)
        report.format_version = CURRENT_VERSION
    elif report.state != ReportState.DRAFT:
        raise ApplicationError("报告已提交审查或已发布，不能重新统计。")
    report.tables = tables_compute(
        scope=scope, department=department, year=year, version=report.format_version
    )
    report.generated_at = now
    if created:
        for field, text in overview_texts(report.tables["facts"], year).items():
            setattr(report, field, text)
    report.save()
    audit_record(
        actor=actor,
        action="report_generate" if created else "report_regenerate",
        obj=report,
        department=department,
        after={
            "table3_total": report.tables["table3"]["new"]["total"],
            "violations": report.tables["violations"],
        },
    )
    return report


@transaction.atomic
def report_update(*, actor: User, report: AnnualReport, data: dict) -> AnnualReport:
    report = AnnualReport.objects.order_by("pk").select_for_update().get(pk=report.pk)
    if not rules.can_edit(actor, report):
        raise ApplicationError("报告已提交审查或您没有编辑权限。")
    allowed = set(AnnualReport.TEXT_FIELDS) | set(AnnualReport.INPUT_FIELDS)
    before = {k: str(getattr(report, k)) for k in data if k in allowed}
    for key, value in data.items():
        if key in allowed:
            setattr(report, key, value)
    report.full_clean(exclude=["tables", "department", "created_by", "document"])
    report.save()
    report.refresh_from_db()  # typed values (Decimal) for what follows
    audit_record(
        actor=actor,
        action="report_update",
        obj=report,
        department=report.department,
        before=before,
        after={k: str(getattr(report, k)) for k in before},
    )
    return report


def publication_problems(report: AnnualReport) -> list[str]:
    """What blocks submission: an unbalanced table (with the applications to fix), missing inputs."""
    problems = []
    if not report.tables:
        problems.append("尚未生成统计表。")
        return problems
    for message in report.tables["violations"]:
        problems.append(f"统计表勾稽关系不成立：{message}")
    for p in report.tables.get("problems", []):
        listed = "、".join(a["registration_no"] for a in p["applications"][:5])
        problems.append(f"{p['message']}：{p['count']}件（{listed}）。请更正申请记录后重新统计。")
    missing = missing_inputs(report)
    if missing:
        problems.append("请填写表二：" + "、".join(missing) + "（没有的填 0）。")
    return problems


def _submission_problems(move: Move) -> str | None:
    return " ".join(publication_problems(move.obj)) or None


def _document_editable(move: Move) -> str | None:
    # After a return the same document is brought up to date and submitted again, never a second one.
    document = move.obj.document
    if document is not None and document.state != DocumentState.DRAFT:
        return f"报告的公开文件（{document.index_no}）当前为“{document.get_state_display()}”，不能重新提交。"
    return None


def _document_data(report: AnnualReport, now: datetime | None) -> dict:
    from .exports.html import report_body_html

    column = Column.objects.filter(slug=ANNUAL_REPORTS_COLUMN).first()
    return {
        "title": report.title,
        "written_on": timezone.localdate(now) if now else timezone.localdate(),
        "genre": Genre.REPORT,
        "subject": Subject.objects.filter(name=REPORT_SUBJECT).order_by("pk").first(),
        "normative_kind": NormativeKind.OTHER,
        "summary": f"{report.reporter_name}{report.year}年政府信息公开工作情况。",
        "body": report_body_html(report),
        "disclosure_attr": DisclosureAttr.PROACTIVE,
        "columns": [column] if column else [],
    }


def _submit_document(move: Move) -> None:
    """The report as a catalogue document (body = the report, PDF attached), submitted for 初审."""
    report, actor, now = move.obj, move.actor, move.params.get("now")
    data = _document_data(report, now)
    if report.document is None:
        document = document_create(actor=actor, issuer=rules.issuer_of(report), now=now, data=data)
    else:
        document = document_update(document=report.document, actor=actor, data=data)
        for attachment in document.attachments.all():
            attachment_remove(actor=actor, attachment=attachment)
    attachment_add(
        actor=actor,
        document=document,
        upload=SimpleUploadedFile(f"{report.title}.pdf", move.params["pdf"], content_type="application/pdf"),
    )
    move.params["document"] = document_submit(document=document, actor=actor)
    move.details["document"] = document.index_no


def _follow(move: Move) -> None:
    move.details["document"] = move.obj.document.index_no


report_workflow = Workflow(
    AnnualReport,
    [
        Transition(
            name="submit",
            label="提交发布审查",
            sources=(ReportState.DRAFT,),
            target=ReportState.IN_REVIEW,
            may=lambda actor, report: rules.can_submit(actor, report),
            refusal="只有发布机关的信息员可以将草稿报告提交发布审查。",
            audit="report_submit",
            guards=(_submission_problems, _document_editable),
            before=(_submit_document,),
            changes=lambda move: {"document": move.params["document"]},
        ),
        # Applied when the catalogue returns the report's document: the report is editable again.
        Transition(
            name="follow_return",
            label="公开文件被退回，报告恢复为草稿",
            sources=(ReportState.IN_REVIEW,),
            target=ReportState.DRAFT,
            may=lambda actor, report: True,
            refusal="报告不在审查中。",
            audit="report_returned",
            before=(_follow,),
            offered=False,
        ),
    ],
)


def report_submit(*, actor: User, report: AnnualReport, now: datetime | None = None) -> AnnualReport:
    """信息员 of the issuing department turns the report into a catalogue document and submits it for review.

    The document then goes through 初审、复审、批准 like any other; approval publishes it in the 政府信息公开年度报告
    column, which is what makes the report published. A return sends the report back to draft (see below).
    """
    from .exports.pdf import report_pdf

    report = AnnualReport.objects.select_related("department", "document").get(pk=report.pk)
    refused = report_workflow.refusal(report, actor, "submit")  # before the PDF: it takes a second or two
    if refused:
        raise ApplicationError(refused[0])
    return report_workflow.apply(report, "submit", actor=actor, pdf=report_pdf(report), now=now)


def report_follow_document_return(move: Move) -> None:
    """Effect of the catalogue's 退回, in its transaction: the report in review becomes editable again."""
    for report in AnnualReport.objects.filter(document=move.obj, state=ReportState.IN_REVIEW):
        report_workflow.apply(report, "follow_return", actor=move.actor, reason=move.reason)
