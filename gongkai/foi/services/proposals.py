"""条例第四十四条: the office proposes proactive publication; the department's 信息员 turns it into a draft.

The office holds no 信息员 role in the departments, and a catalogue document must be drafted by the issuing
department's 信息员 (document_create enforces it). So the office's proposal is a record shown on that
department's 依申请公开 list; its 信息员 creates the draft catalogue document with one click (then edits and
submits it for review as usual). Both steps are audited.
"""

from datetime import date

from django.db import transaction
from django.utils.html import escape

from gongkai.catalogue.services.documents import document_create
from gongkai.core.audit import audit_record
from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import Department, Role, User
from gongkai.core.permissions import has_role, is_office
from gongkai.core.texthygiene import text_problem

from ..models import Application, ProposalState, PublicationProposal


@transaction.atomic
def proposal_create(
    *,
    actor: User,
    department: Department,
    applications: list[Application],
    title: str,
    reason: str,
    period_start: date,
    period_end: date,
) -> PublicationProposal:
    if not is_office(actor):
        raise ApplicationError("只有公开办可以提出转为主动公开的建议。")
    title, reason = title.strip(), reason.strip()
    # Typed on the similar-requests page without a form class: the forms' text rule, applied here.
    for field, label, value in (("title", "“建议主动公开的信息”", title), ("reason", "“建议理由”", reason)):
        if problem := text_problem(value, label=label):
            raise ApplicationError(problem, field=field)
    if not title:
        raise ApplicationError("请填写建议公开的信息名称。", field="title")
    if not applications:
        raise ApplicationError("请至少关联一件申请。")
    proposal = PublicationProposal.objects.create(
        department=department,
        title=title[:300],
        reason=reason
        or f"{period_start:%Y年%-m月%-d日}至{period_end:%Y年%-m月%-d日}共{len(applications)}件申请要求公开相近的信息。",
        period_start=period_start,
        period_end=period_end,
        created_by=actor,
    )
    proposal.applications.set(applications)
    audit_record(
        actor=actor,
        action="foi_proposal_create",
        obj=proposal,
        after={"title": proposal.title, "applications": [a.pk for a in applications]},
        reason=proposal.reason,
        department=department,
    )
    return proposal


def can_draft(user: User, proposal: PublicationProposal) -> bool:
    return has_role(user, Role.DRAFTER, proposal.department_id)


@transaction.atomic
def proposal_draft(*, actor: User, proposal: PublicationProposal) -> PublicationProposal:
    """Create the draft catalogue document (issuer: the proposal's department) and link it."""
    proposal = PublicationProposal.objects.select_for_update().get(pk=proposal.pk)
    if not can_draft(actor, proposal):
        raise ApplicationError("只有该机关的信息员可以据此起草政府信息。")
    if proposal.state != ProposalState.PROPOSED:
        raise ApplicationError(f"该建议已{proposal.get_state_display()}。")
    count = proposal.applications.count()
    document = document_create(
        actor=actor,
        issuer=proposal.department,
        data={
            "title": proposal.title,
            "summary": f"根据《政府信息公开条例》第四十四条，{count}件依申请公开申请涉及此信息，拟转为主动公开。",
            "body": f"<p>{escape(proposal.reason)}</p><p>（请补充正文后提交审查。）</p>",
        },
    )
    proposal.document = document
    proposal.state = ProposalState.DRAFTED
    proposal.save(update_fields=["document", "state"])
    audit_record(
        actor=actor,
        action="foi_proposal_draft",
        obj=proposal,
        after={"document": document.pk},
        department=proposal.department,
    )
    return proposal
