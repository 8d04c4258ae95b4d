"""Loads the demo through the real services, so review steps, audit events and validity changes are genuine.

Services stamp their rows with the current time; the demo then moves each step's rows back to the moment the
story says it happened, so that three years of documents read like three years of use.
"""

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from gongkai.catalogue.choices import InterpretationForm, Validity, ValidityChangeStatus
from gongkai.catalogue.models import Attachment, Column, Document, Interpretation, ReviewStep, Subject, Topic
from gongkai.catalogue.services.attachments import attachment_add
from gongkai.catalogue.services.documents import document_create
from gongkai.catalogue.services.interpretations import interpretation_save
from gongkai.catalogue.services.prechecks import document_prechecks
from gongkai.catalogue.services.review import (
    document_confirm,
    document_return,
    document_review_pass,
    document_submit,
    document_withdraw,
)
from gongkai.catalogue.services.validity import (
    document_set_validity,
    validity_change_add,
    validity_change_confirm,
)
from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import AuditEvent, Department, User
from gongkai.workdays.calendar import add_workdays

from . import files
from .departments import GOVERNMENT_NAME, departments_create, site_profile_fill
from .documents import all_specs
from .documents.common import TOPICS
from .people import users_create
from .specs import (
    APPROVAL,
    DRAFT,
    FIRST,
    PUBLISHED,
    RETURNED,
    SECOND,
    WITHDRAWN,
    DocSpec,
    FileSpec,
    demo_calendar,
    first_year,
    plan,
)
from .texts import interpretation_fields

FIRST_OPINIONS = [
    "经初审，未发现涉密和敏感内容，公开属性认定准确，同意提交复审。",
    "初审通过，请复审。",
    "经初审，内容不涉及国家秘密和个人隐私，同意。",
]
SECOND_OPINIONS = [
    "经复审，内容不涉及国家秘密、商业秘密和个人隐私，同意报批。",
    "复审同意，报请批准。",
    "经复审，公开属性和公开方式适当，同意。",
]
APPROVAL_OPINIONS = ["同意公开。", "同意按主动公开发布。", "同意。"]
UNREADABLE_CHECKED = "附件已人工逐页核对，不含个人信息和涉密内容。"
# Rows the services stamp with auto_now_add; the demo moves them to the story's time.
STAMPED = (AuditEvent, ReviewStep, Attachment, Interpretation)


def demo_loaded() -> bool:
    return Department.objects.filter(name=GOVERNMENT_NAME).exists()


@dataclass
class Timeline:
    created: datetime
    submitted: datetime
    first: datetime
    second: datetime
    confirmed: datetime
    approved: datetime | None
    withdrawn: datetime | None


class DemoLoader:
    def __init__(self, *, today: date | None = None):
        self.real_start = timezone.now()
        self.today = today or timezone.localdate()
        self.latest = self.real_start - timedelta(hours=1)  # nothing in the story happens later than this
        self.documents: dict[str, Document] = {}
        self.calendar = demo_calendar(self.today)

    def _at(self, day: date, hour: int, minute: int = 0) -> datetime:
        moment = timezone.make_aware(datetime.combine(day, time(hour, minute)))
        return min(moment, self.latest)

    def timeline(self, spec: DocSpec) -> Timeline:
        w, minute = spec.written_on, spec.seed % 50
        if spec.day is None:  # unfinished: formed `when` working days ago, moving one step a day
            return Timeline(
                created=self._at(w, 10, minute),
                submitted=self._at(add_workdays(self.calendar, w, 1), 9, 30 + minute // 5),
                first=self._at(add_workdays(self.calendar, w, 2), 10, minute),
                second=self._at(add_workdays(self.calendar, w, 3), 10, minute),
                confirmed=self._at(add_workdays(self.calendar, w, 3), 15, minute),
                approved=None,
                withdrawn=None,
            )
        next_day = add_workdays(self.calendar, w, 1)
        approved = self._at(spec.day, 10 + spec.seed % 6, minute)
        return Timeline(
            created=self._at(w, 14, minute),
            submitted=self._at(w, 16, minute),
            first=self._at(next_day, 9, 40),
            second=self._at(next_day, 15, minute),
            confirmed=self._at(next_day, 16, 30),
            approved=approved,
            withdrawn=min(approved + timedelta(days=spec.withdraw_after), self.latest),
        )

    @contextmanager
    def at(self, moment: datetime):
        """Rows written inside the block are dated `moment`."""
        yield
        for model in STAMPED:
            model.objects.filter(created_at__gte=self.real_start).update(created_at=moment)
        Document.objects.filter(updated_at__gte=self.real_start).update(updated_at=moment)

    def actor(self, dept: str, suffix: str) -> User:
        return self.users[f"{'gov' if dept == 'office' else dept}_{suffix}"]

    def run(self) -> dict[str, int]:
        with transaction.atomic():
            self.departments = departments_create()
            site_profile_fill()
            self.users = users_create(self.departments)
            self.topics = {
                slug: Topic.objects.get_or_create(
                    slug=slug, defaults={"name": name, "description": text, "sort_order": n}
                )[0]
                for n, (slug, (name, text)) in enumerate(TOPICS.items(), start=1)
            }
            self.subjects = {s.name: s for s in Subject.objects.filter(parent=None)}
            self.columns = {c.slug: c for c in Column.objects.all()}
            if not self.subjects or not self.columns:
                raise ApplicationError("主题分类或栏目尚未初始化，请先运行 manage.py migrate。")
            specs = plan(all_specs(first_year(self.today), self.today.year), self.today, self.calendar)
            self.registry = {spec.key: spec for spec in specs}
            for spec in specs:
                try:
                    self.build(spec)
                except ApplicationError as exc:
                    raise ApplicationError(f"演示信息“{spec.key}”载入失败：{exc.message}") from exc
        return {"documents": len(specs), "users": len(self.users), "departments": len(self.departments)}

    def data(self, spec: DocSpec) -> dict:
        return {
            "title": spec.title,
            "doc_no": spec.doc_no,
            "issuing_authority": spec.issuing_authority,
            "written_on": spec.written_on,
            "formed_on": spec.written_on,
            "subject": self.subjects[spec.subject],
            "genre": spec.genre,
            "normative_kind": spec.normative,
            "keywords": spec.keywords,
            "summary": spec.summary,
            "body": spec.html,
            "disclosure_attr": spec.disclosure,
            "disclosure_reason": spec.disclosure_reason,
            "columns": [self.columns[slug].pk for slug in spec.columns],
            "topics": [self.topics[slug].pk for slug in spec.topics],
            "involved_departments": [self.departments[key].pk for key in spec.involved],
        }

    def build(self, spec: DocSpec) -> None:
        t = self.timeline(spec)
        drafter = self.actor(spec.dept, "drafter")
        with self.at(t.created):
            document = document_create(
                actor=drafter, issuer=self.departments[spec.dept], data=self.data(spec), now=t.created
            )
            for file in spec.files:
                attachment_add(actor=drafter, upload=upload(file), document=document)
            if spec.interp:
                self.interpret(spec, document, drafter)
            for key, kind in spec.changes:
                validity_change_add(actor=drafter, source=document, target=self.documents[key], kind=kind)
        self.documents[spec.key] = self.review(spec, document, t)
        if t.approved:
            self.confirm_changes(spec, document, t.approved)
        Document.objects.filter(pk=document.pk).update(created_at=t.created)

    def confirm_changes(self, spec: DocSpec, document: Document, approved: datetime) -> None:
        """Another department's document repealed or amended: its 批准人 confirms, an hour after approval."""
        awaiting = document.changes_made.filter(status=ValidityChangeStatus.AWAITING)
        for change in awaiting.select_related("target"):
            target_dept = self.registry[self.key_of(change.target)].dept
            moment = min(approved + timedelta(hours=1), self.latest)
            with self.at(moment):
                validity_change_confirm(
                    actor=self.actor(target_dept, "approver"),
                    change=change,
                    reason=f"经核实，同意《{spec.title}》{change.get_kind_display()}本部门文件。",
                    now=moment,
                )

    def key_of(self, document: Document) -> str:
        return next(key for key, known in self.documents.items() if known.pk == document.pk)

    def review(self, spec: DocSpec, document: Document, t: Timeline) -> Document:
        """Takes the document as far along the review as the spec says; returns its latest state."""
        if spec.state == DRAFT:
            return document
        with self.at(t.submitted):
            document = document_submit(document=document, actor=self.actor(spec.dept, "drafter"))
        pick = spec.seed % 3
        if spec.state == RETURNED:
            with self.at(t.first):
                document = document_return(
                    document=document, actor=self.actor(spec.dept, "first"), reason=spec.return_reason
                )
            return document
        if spec.state == FIRST:
            return document
        opinion = spec.first_opinion or FIRST_OPINIONS[pick]
        with self.at(t.first):
            document = document_review_pass(
                document=document, actor=self.actor(spec.dept, "first"), opinion=opinion
            )
        if spec.state == SECOND:
            return document
        with self.at(t.second):
            document = document_review_pass(
                document=document, actor=self.actor(spec.dept, "second"), opinion=SECOND_OPINIONS[pick]
            )
        if spec.confirmed:
            for key in spec.involved:
                with self.at(t.confirmed):
                    document_confirm(
                        document=document,
                        actor=self.actor(key, "approver"),
                        department=self.departments[key],
                        opinion="经会签，同意。",
                    )
        if spec.state == APPROVAL:
            return document
        with self.at(t.approved):
            document = document_review_pass(
                document=document,
                actor=self.actor(spec.dept, "approver"),
                opinion=APPROVAL_OPINIONS[pick],
                override_reason=spec.override or self.manual_check_reason(document),
                now=t.approved,
            )
        if spec.state == WITHDRAWN:
            with self.at(t.withdrawn):
                document = document_withdraw(
                    document=document, actor=self.actor(spec.dept, "approver"), reason=spec.withdraw_reason
                )
        if spec.expire_reason and spec.state == PUBLISHED:
            moment = self._at(date(spec.day.year + 1, 1, 4), 9, 30)
            with self.at(moment):
                document_set_validity(
                    actor=self.users["office"],
                    document=document,
                    validity=Validity.EXPIRED,
                    reason=spec.expire_reason,
                )
        return document

    @staticmethod
    def manual_check_reason(document: Document) -> str:
        """An approver's note for attachments the pre-check could not read (checked by hand instead)."""
        if any(issue.kind == "unreadable" for issue in document_prechecks(document=document)):
            return UNREADABLE_CHECKED
        return ""

    def interpret(self, spec: DocSpec, document: Document, drafter: User) -> None:
        form, name = spec.interp.form, spec.plan or spec.title
        data = {"form": form, "author": spec.department.name}
        if form == InterpretationForm.TEXT:
            data |= {"title": f"《{name}》政策解读", **interpretation_fields(spec, self.registry)}
        elif form == InterpretationForm.QA:
            data |= {
                "title": f"《{name}》简明问答",
                "body": "\n".join(f"问：{q}答：{a}" for q, a in spec.interp.qa),
            }
        elif form == InterpretationForm.GRAPHIC:
            points = "；".join(title for title, _text in spec.points)
            data |= {"title": f"一图读懂《{name}》", "body": f"<p>图解要点：{points}。</p>"}
        else:
            data |= {
                "title": f"视频解读：《{name}》",
                "media_url": spec.interp.media_url,
                "body": f"<p>{spec.department.short_name}负责同志通过视频解读《{name}》的出台背景和主要内容。</p>",
            }
        item = interpretation_save(actor=drafter, document=document, data=data)
        if form == InterpretationForm.GRAPHIC:
            bars = [40 + (spec.seed >> i) % 55 for i in range(len(spec.points))]
            attachment_add(
                actor=drafter,
                upload=upload(FileSpec(f"一图读懂《{name}》.png", "png", table=[bars])),
                interpretation=item,
            )


def upload(file: FileSpec) -> SimpleUploadedFile:
    if file.kind == "docx":
        content = files.docx_bytes(file.title or file.name.rsplit(".", 1)[0], file.lines, file.table)
    elif file.kind == "xlsx":
        content = files.xlsx_bytes(file.title, file.table or [])
    elif file.kind == "pdf":
        content = files.pdf_bytes(file.lines)
    else:
        content = files.png_bytes(file.table[0])
    return SimpleUploadedFile(file.name, content)
