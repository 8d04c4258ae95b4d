import importlib
import io
from datetime import timedelta

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.utils import timezone

from gongkai.catalogue.choices import (
    REVIEW_STATES,
    VALIDITY_AFTER_CHANGE,
    DisclosureAttr,
    DocumentState,
    InterpretationForm,
    NormativeKind,
    ReviewDecision,
    ReviewStepKind,
    ValidityChangeKind,
)
from gongkai.catalogue.models import (
    Attachment,
    Document,
    Interpretation,
    ReviewStep,
    Topic,
    ValidityChange,
)
from gongkai.catalogue.selectors import document_list_publication_due
from gongkai.catalogue.services.documents import document_fingerprint
from gongkai.catalogue.services.prechecks import document_prechecks
from gongkai.catalogue.services.review import approval_problems
from gongkai.core.codes import is_valid_uscc
from gongkai.core.models import AuditEvent, Department, Role, RoleAssignment, SensitiveWord, SiteProfile, User
from gongkai.demo.people import PASSWORD

# Steps that must already have passed in the current round for a document to be in each state.
PASSED_BEFORE = {
    DocumentState.FIRST_REVIEW: set(),
    DocumentState.SECOND_REVIEW: {ReviewStepKind.FIRST_REVIEW},
    DocumentState.APPROVAL: {ReviewStepKind.FIRST_REVIEW, ReviewStepKind.SECOND_REVIEW},
    DocumentState.PUBLISHED: {
        ReviewStepKind.FIRST_REVIEW,
        ReviewStepKind.SECOND_REVIEW,
        ReviewStepKind.APPROVAL,
    },
    DocumentState.RECORDED: {
        ReviewStepKind.FIRST_REVIEW,
        ReviewStepKind.SECOND_REVIEW,
        ReviewStepKind.APPROVAL,
    },
}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """Loads the demo once for the module, inside a transaction rolled back at the end."""
    media = tmp_path_factory.mktemp("demo-media")
    fast = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # as every test's settings (gongkai/conftest.py)
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media, PASSWORD_HASHERS=fast):
        with transaction.atomic():
            # A flushing (transaction=True) test elsewhere in the session may have emptied the seeded tables.
            importlib.import_module("gongkai.catalogue.migrations.0002_seed_columns_subjects").seed(
                apps, None
            )
            out = io.StringIO()
            call_command("demo_load", stdout=out)
            yield out.getvalue()
            transaction.set_rollback(True)


def _counts() -> dict[str, int]:
    models = [
        Department,
        User,
        RoleAssignment,
        Document,
        ReviewStep,
        AuditEvent,
        Attachment,
        Interpretation,
        ValidityChange,
        Topic,
        SensitiveWord,
        SiteProfile,
    ]
    return {model.__name__: model.objects.count() for model in models}


def test_loading_again_changes_nothing_and_prints_the_accounts_again(demo, db):
    before = _counts()
    out = io.StringIO()
    call_command("demo_load", stdout=out)
    assert _counts() == before
    assert "演示数据已载入" in out.getvalue()
    assert PASSWORD in out.getvalue()


def test_the_command_prints_the_accounts_password_and_addresses(demo):
    for text in (
        PASSWORD,
        "edu_drafter",
        "health_approver",
        "office",
        "admin",
        "http://127.0.0.1:8000/accounts/login/",
    ):
        assert text in demo


def test_about_two_hundred_documents_most_of_them_published(demo, db):
    assert Document.objects.count() >= 180
    assert Document.objects.filter(state=DocumentState.PUBLISHED).count() >= 120


def test_every_document_state_has_an_example(demo, db):
    states = set(Document.objects.values_list("state", flat=True))
    assert states == set(DocumentState.values)


def test_published_dates_spread_over_about_three_years_and_none_lies_ahead(demo, db):
    dates = list(
        Document.objects.filter(state=DocumentState.PUBLISHED).values_list("published_at", flat=True)
    )
    assert max(dates) <= timezone.now()
    assert max(dates) - min(dates) > timedelta(days=2 * 365)


def test_written_and_formed_dates_come_before_publication(demo, db):
    for document in Document.objects.filter(state=DocumentState.PUBLISHED):
        published_on = timezone.localdate(document.published_at)
        assert document.written_on == document.formed_on <= published_on
        assert document.created_at <= document.published_at


@pytest.mark.parametrize("kind", [ValidityChangeKind.REPEAL, ValidityChangeKind.AMEND])
def test_a_published_document_repeals_or_amends_an_earlier_one(demo, db, kind):
    change = ValidityChange.objects.select_related("source", "target").filter(kind=kind).first()
    assert change.applied_at is not None
    assert change.source.state == DocumentState.PUBLISHED
    assert change.target.validity == VALIDITY_AFTER_CHANGE[kind]
    assert change.target.published_at < change.source.published_at


def test_every_role_has_someone_who_can_log_in(demo, db, client):
    for role in Role.values:
        assignment = RoleAssignment.objects.select_related("user").filter(role=role).first()
        assert assignment is not None, role
        assert client.login(username=assignment.user.username, password=PASSWORD), role
        client.logout()


def test_one_person_holds_roles_in_two_departments(demo, db):
    users = User.objects.filter(roles__isnull=False).distinct()
    assert any(len({r.department_id for r in u.roles.all()}) >= 2 for u in users)


def test_review_steps_of_the_current_round_match_each_documents_state(demo, db):
    for document in Document.objects.exclude(state__in=[DocumentState.DRAFT, DocumentState.WITHDRAWN]):
        steps = document.review_steps.filter(round=document.review_round, decision=ReviewDecision.PASS)
        kinds = set(steps.exclude(kind=ReviewStepKind.CONFIRMATION).values_list("kind", flat=True))
        assert kinds == PASSED_BEFORE[document.state], document.title
        if document.state in REVIEW_STATES:
            fingerprint = document_fingerprint(document)
            assert all(step.content_hash == fingerprint for step in steps), document.title
        # 一事一审: three different people sign the three steps.
        actors = list(steps.exclude(kind=ReviewStepKind.CONFIRMATION).values_list("actor_id", flat=True))
        assert len(actors) == len(set(actors))


def test_a_returned_draft_carries_the_reviewers_reason(demo, db):
    step = ReviewStep.objects.select_related("document").get(decision=ReviewDecision.RETURN)
    assert step.opinion
    assert step.document.state == DocumentState.DRAFT
    assert step.document.review_round == step.round + 1


def test_a_document_waits_for_an_involved_departments_confirmation(demo, db):
    waiting = [
        d
        for d in Document.objects.filter(state=DocumentState.APPROVAL, involved_departments__isnull=False)
        if any("尚待涉及部门" in p for p in approval_problems(d))
    ]
    assert waiting
    assert ReviewStep.objects.filter(kind=ReviewStepKind.CONFIRMATION, decision=ReviewDecision.PASS).exists()


def test_a_document_in_review_shows_reviewers_a_personal_data_finding(demo, db):
    in_review = Document.objects.filter(state__in=REVIEW_STATES)
    assert any(i.kind == "personal_data" for d in in_review for i in document_prechecks(document=d))


def test_published_documents_pass_the_prechecks_or_carry_a_written_override(demo, db):
    for document in Document.objects.filter(state=DocumentState.PUBLISHED):
        if document_prechecks(document=document):
            approval = document.review_steps.get(round=document.review_round, kind=ReviewStepKind.APPROVAL)
            assert approval.override_reason, document.title


def test_no_demo_document_uses_a_sensitive_word(demo, db):
    assert SensitiveWord.objects.exists()
    for document in Document.objects.all():
        assert not [i for i in document_prechecks(document=document) if i.kind == "sensitive_word"], (
            document.title
        )


def test_normative_documents_are_interpreted_in_every_form(demo, db):
    published = Document.objects.filter(state=DocumentState.PUBLISHED)
    for document in published.filter(normative_kind=NormativeKind.NORMATIVE):
        assert document.interpretations.exists(), document.title
    assert published.filter(normative_kind=NormativeKind.RULE).exists()
    items = Interpretation.objects.filter(document__in=published)
    assert set(items.values_list("form", flat=True)) == set(InterpretationForm.values)
    text = items.filter(form=InterpretationForm.TEXT).first()
    assert all(getattr(text, field) for field in Interpretation.SECTION_FIELDS)
    assert items.get(form=InterpretationForm.GRAPHIC).attachments.filter(blob__kind="png").exists()
    assert items.get(form=InterpretationForm.MEDIA).media_url


def test_on_request_documents_are_recorded_with_a_reason(demo, db):
    recorded = Document.objects.filter(state=DocumentState.RECORDED)
    assert recorded.filter(disclosure_attr=DisclosureAttr.ON_REQUEST).exists()
    assert all(d.disclosure_reason for d in recorded)


def test_withdrawn_documents_keep_their_reason(demo, db):
    assert all(d.withdrawn_reason for d in Document.objects.filter(state=DocumentState.WITHDRAWN))


def test_the_publication_due_list_shows_overdue_drafts(demo, db):
    due = document_list_publication_due(documents=Document.objects.all(), today=timezone.localdate())
    assert due
    assert any(clock.overdue for _document, clock in due)


def test_topics_attachments_and_site_profile_are_filled(demo, db):
    assert Topic.objects.filter(name__in=["六稳六保", "优化营商环境", "乡村振兴"]).count() == 3
    assert all(t.documents.filter(state=DocumentState.PUBLISHED).exists() for t in Topic.objects.all())
    assert set(Attachment.objects.values_list("blob__kind", flat=True)) >= {"pdf", "docx", "xlsx", "png"}
    profile = SiteProfile.current()
    assert profile.office_address and profile.phone and profile.email and profile.online_url


def test_every_department_has_a_valid_unified_social_credit_code(demo, db):
    assert Department.objects.count() >= 12
    assert all(is_valid_uscc(code) for code in Department.objects.values_list("issuer_code", flat=True))


def test_demo_reviews_keep_drafting_and_each_step_with_different_people(demo, db):
    from gongkai.catalogue.duties import document_author_ids

    steps = ReviewStep.objects.filter(decision=ReviewDecision.PASS).select_related("document")
    signed: dict[tuple[int, int], list[int]] = {}
    for step in steps:
        assert step.actor_id not in document_author_ids(step.document), step.document.title
        signed.setdefault((step.document_id, step.round), []).append(step.actor_id)
    assert signed
    for signers in signed.values():
        assert len(signers) == len(set(signers))


def test_demo_repeal_of_another_departments_document_was_confirmed_by_its_approver(demo, db):
    from gongkai.catalogue.choices import ValidityChangeStatus

    crossing = [
        c
        for c in ValidityChange.objects.select_related("source", "target", "decided_by")
        if c.source.issuer_id != c.target.issuer_id
    ]
    assert crossing
    for change in crossing:
        assert change.status == ValidityChangeStatus.APPLIED and not change.office_decision
        assert RoleAssignment.objects.filter(
            user=change.decided_by, department=change.target.issuer, role=Role.APPROVER
        ).exists()
        assert change.source.published_at < change.applied_at <= timezone.now()
