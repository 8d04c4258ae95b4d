"""Every transition writes exactly one audit event, in the same transaction as the change."""

from datetime import date

import pytest

from gongkai.core.audit import audit_history
from gongkai.core.exceptions import ApplicationError
from gongkai.foi import services as s
from gongkai.foi.choices import Art35Kind, FeeMethod, PauseKind, RemedyKind, RemedyResult

pytestmark = pytest.mark.django_db


def test_each_service_call_adds_one_event_naming_the_action(org, register):
    app = register(date(2024, 9, 2))
    u = org.edu_drafter
    steps = [
        ("foi_vet", lambda: s.application_vet(actor=u, application=app)),
        (
            "foi_correction_request",
            lambda: s.correction_request(
                actor=u, application=app, sent_on=date(2024, 9, 4), items="x", deadline_on=date(2024, 9, 20)
            ),
        ),
        (
            "foi_correction_receive",
            lambda: s.correction_receive(actor=u, application=app, corrected_on=date(2024, 9, 10)),
        ),
        ("foi_start_handling", lambda: s.application_start_handling(actor=u, application=app)),
        (
            "foi_pause_start",
            lambda: s.pause_start(
                actor=u,
                application=app,
                kind=PauseKind.INTER_AGENCY,
                started_on=date(2024, 9, 11),
                party="财政局",
            ),
        ),
        ("foi_pause_end", lambda: s.pause_end(actor=u, pause=app.pauses.get(), ended_on=date(2024, 9, 13))),
        (
            "foi_extension_grant",
            lambda: s.extension_grant(
                actor=org.edu_approver,
                application=app,
                days=10,
                reason="r",
                approved_on=date(2024, 9, 20),
                notified_on=date(2024, 9, 20),
            ),
        ),
        (
            "foi_art35_decide",
            lambda: s.art35_decide(
                actor=u,
                application=app,
                kind=Art35Kind.ASK_REASONS,
                reason="频繁",
                decided_on=date(2024, 9, 23),
            ),
        ),
        (
            "foi_fee_notice",
            lambda: s.fee_notice(
                actor=u,
                application=app,
                method=FeeMethod.PER_VOLUME,
                pages=40,
                notified_on=date(2024, 9, 24),
                pay_by=date(2024, 10, 22),
            ),
        ),
        ("foi_fee_paid", lambda: s.fee_paid(actor=u, application=app, paid_on=date(2024, 9, 25))),
        (
            "foi_transfer",
            lambda: s.application_transfer(
                actor=org.office,
                application=app,
                to_department=org.health,
                on=date(2024, 9, 26),
                reason="职责",
            ),
        ),
        (
            "foi_reply",
            lambda: s.application_reply(
                actor=org.health_drafter,
                application=app,
                outcome="granted",
                replied_on=date(2024, 9, 27),
                reasons="提供",
            ),
        ),
        (
            "foi_delivery",
            lambda: s.delivery_record(
                actor=org.health_drafter, application=app, method="post", delivered_on=date(2024, 9, 28)
            ),
        ),
        (
            "foi_archive",
            lambda: s.application_archive(actor=org.health_drafter, application=app, on=date(2024, 9, 30)),
        ),
        (
            "foi_remedy_record",
            lambda: s.remedy_record(
                actor=org.health_drafter,
                application=app,
                kind=RemedyKind.LITIGATION_DIRECT,
                filed_on=date(2024, 10, 8),
            ),
        ),
        (
            "foi_remedy_conclude",
            lambda: s.remedy_conclude(
                actor=org.health_drafter,
                remedy=app.remedies.get(),
                result=RemedyResult.CORRECTED,
                concluded_on=date(2024, 12, 2),
            ),
        ),
    ]
    for action, call in steps:
        before = audit_history(app).count()
        call()
        assert audit_history(app).count() == before + 1, action
        assert audit_history(app).order_by("-id").first().action == action


def test_a_refused_action_leaves_no_event_and_no_change(org, register):
    app = register()
    before = audit_history(app).count()
    with pytest.raises(ApplicationError):
        s.application_reply(
            actor=org.edu_drafter,
            application=app,
            outcome="refused_state_secret",
            replied_on=date(2024, 10, 8),
            reasons="",
        )
    app.refresh_from_db()
    assert audit_history(app).count() == before and app.outcome == ""


def test_no_fee_notice_while_a_correction_is_awaited(org, register):
    app = register(date(2024, 9, 2))
    s.correction_request(
        actor=org.edu_drafter,
        application=app,
        sent_on=date(2024, 9, 4),
        items="x",
        deadline_on=date(2024, 9, 20),
    )
    with pytest.raises(ApplicationError, match="补正"):
        s.fee_notice(
            actor=org.edu_drafter,
            application=app,
            method=FeeMethod.PER_VOLUME,
            pages=40,
            notified_on=date(2024, 9, 5),
            pay_by=date(2024, 10, 5),
        )
