"""补正, 延期, pauses, fees, art. 35, withdrawal: each moves the clock and is audited."""

from datetime import date

import pytest

from gongkai.core.audit import audit_history
from gongkai.core.exceptions import ApplicationError
from gongkai.foi.choices import Art35Kind, FeeMethod, Outcome, PauseKind, State
from gongkai.foi.services import (
    application_start_handling,
    application_vet,
    application_withdraw,
    art35_decide,
    correction_lapse,
    correction_receive,
    correction_request,
    extension_grant,
    fee_lapse,
    fee_notice,
    fee_paid,
    pause_end,
    pause_start,
)

from .conftest import company_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def handling(org, register):
    def make(received=date(2024, 9, 27), **kw):
        app = register(received, **kw)
        app = application_vet(actor=org.edu_drafter, application=app)
        return application_start_handling(actor=org.edu_drafter, application=app)

    return make


def actions(app):
    return list(audit_history(app).order_by("id").values_list("action", flat=True))


# 补正


def test_a_correction_stops_the_clock_and_its_arrival_restarts_it(org, register):
    app = application_vet(actor=org.edu_drafter, application=register(date(2024, 9, 2)))
    correction_request(
        actor=org.edu_drafter,
        application=app,
        sent_on=date(2024, 9, 4),
        items="请写明文件名称",
        deadline_on=date(2024, 9, 20),
    )
    app.refresh_from_db()
    assert app.due_on is None
    with pytest.raises(ApplicationError, match="尚未补正"):
        application_start_handling(actor=org.edu_drafter, application=app)
    app = correction_receive(actor=org.edu_drafter, application=app, corrected_on=date(2024, 9, 27))
    assert app.due_on == date(2024, 10, 30)
    assert actions(app)[-2:] == ["foi_correction_request", "foi_correction_receive"]


def test_the_correction_notice_goes_out_once_and_within_seven_working_days(org, register):
    app = register(date(2024, 9, 27))
    with pytest.raises(ApplicationError, match="7个工作日"):
        correction_request(
            actor=org.edu_drafter,
            application=app,
            sent_on=date(2024, 10, 14),
            items="x",
            deadline_on=date(2024, 11, 1),
        )
    correction_request(
        actor=org.edu_drafter,
        application=app,
        sent_on=date(2024, 10, 12),
        items="x",
        deadline_on=date(2024, 11, 1),
    )
    with pytest.raises(ApplicationError, match="一次"):
        correction_request(
            actor=org.edu_drafter,
            application=app,
            sent_on=date(2024, 10, 12),
            items="y",
            deadline_on=date(2024, 11, 1),
        )


def test_no_correction_by_the_deadline_closes_as_other_no_correction(org, register):
    app = register(date(2024, 9, 2))
    correction_request(
        actor=org.edu_drafter,
        application=app,
        sent_on=date(2024, 9, 4),
        items="x",
        deadline_on=date(2024, 9, 20),
    )
    with pytest.raises(ApplicationError, match="尚未届满"):
        correction_lapse(actor=org.edu_drafter, application=app, as_of=date(2024, 9, 20))
    app = correction_lapse(actor=org.edu_drafter, application=app, as_of=date(2024, 9, 23))
    assert (app.state, app.outcome, app.closed_on) == (
        State.CLOSED,
        Outcome.OTHER_NO_CORRECTION,
        date(2024, 9, 23),
    )
    assert app.legal_basis == "条例第三十条"
    assert actions(app)[-1] == "foi_correction_lapse"


# 延期


def test_an_extension_is_granted_once_by_the_department_head(org, handling):
    app = handling()
    with pytest.raises(ApplicationError, match="负责人"):
        extension_grant(
            actor=org.edu_drafter,
            application=app,
            days=20,
            reason="需调档",
            approved_on=date(2024, 10, 25),
            notified_on=date(2024, 10, 25),
        )
    with pytest.raises(ApplicationError, match="负责人"):
        extension_grant(
            actor=org.health_approver,
            application=app,
            days=20,
            reason="需调档",
            approved_on=date(2024, 10, 25),
            notified_on=date(2024, 10, 25),
        )
    extension = extension_grant(
        actor=org.edu_approver,
        application=app,
        days=20,
        reason="需调档",
        approved_on=date(2024, 10, 25),
        notified_on=date(2024, 10, 25),
    )
    app.refresh_from_db()
    assert extension.approved_by == org.edu_approver
    assert app.due_on == date(2024, 11, 27)
    with pytest.raises(ApplicationError, match="一次"):
        extension_grant(
            actor=org.office,
            application=app,
            days=5,
            reason="再延",
            approved_on=date(2024, 10, 28),
            notified_on=date(2024, 10, 28),
        )
    assert actions(app)[-1] == "foi_extension_grant"


@pytest.mark.parametrize("days", [0, 21])
def test_an_extension_is_one_to_twenty_working_days(org, handling, days):
    with pytest.raises(ApplicationError) as exc:
        extension_grant(
            actor=org.edu_approver,
            application=handling(),
            days=days,
            reason="r",
            approved_on=date(2024, 10, 25),
            notified_on=date(2024, 10, 25),
        )
    assert exc.value.field == "days"


def test_no_extension_once_the_deadline_has_passed(org, handling):
    with pytest.raises(ApplicationError, match="已届满"):
        extension_grant(
            actor=org.office,
            application=handling(),
            days=10,
            reason="r",
            approved_on=date(2024, 10, 31),
            notified_on=date(2024, 10, 31),
        )


# Pauses


def test_a_third_party_consultation_pauses_the_clock_and_records_the_opinion(org, handling):
    app = handling()
    pause = pause_start(
        actor=org.edu_drafter,
        application=app,
        kind=PauseKind.THIRD_PARTY,
        started_on=date(2024, 10, 8),
        party="某公司",
    )
    app.refresh_from_db()
    assert app.due_on is None
    with pytest.raises(ApplicationError, match="第三方的意见"):
        pause_end(actor=org.edu_drafter, pause=pause, ended_on=date(2024, 10, 11))
    pause_end(actor=org.edu_drafter, pause=pause, ended_on=date(2024, 10, 11), opinion="不同意公开")
    app.refresh_from_db()
    assert app.due_on == date(2024, 11, 4)
    assert app.pauses.get().opinion == "不同意公开"
    assert actions(app)[-2:] == ["foi_pause_start", "foi_pause_end"]


def test_a_third_party_has_at_most_fifteen_working_days(org, handling):
    app = handling()
    pause = pause_start(
        actor=org.edu_drafter,
        application=app,
        kind=PauseKind.THIRD_PARTY,
        started_on=date(2024, 10, 8),
        party="某人",
    )
    # 15 working days after Tue 8 Oct 2024 (Sat 12 Oct worked) is Mon 28 Oct.
    with pytest.raises(ApplicationError, match="2024年10月28日"):
        pause_end(actor=org.edu_drafter, pause=pause, ended_on=date(2024, 10, 29), opinion="逾期未提出意见")
    pause_end(actor=org.edu_drafter, pause=pause, ended_on=date(2024, 10, 28), opinion="逾期未提出意见")


def test_an_inter_agency_consultation_pauses_without_a_limit(org, handling):
    app = handling()
    pause = pause_start(
        actor=org.edu_drafter,
        application=app,
        kind=PauseKind.INTER_AGENCY,
        started_on=date(2024, 10, 8),
        party="示范县财政局",
    )
    with pytest.raises(ApplicationError, match="未结束"):
        pause_start(
            actor=org.edu_drafter,
            application=app,
            kind=PauseKind.THIRD_PARTY,
            started_on=date(2024, 10, 9),
            party="x",
        )
    pause_end(actor=org.edu_drafter, pause=pause, ended_on=date(2024, 10, 11))
    app.refresh_from_db()
    assert app.due_on == date(2024, 11, 4)


def test_another_department_cannot_end_a_pause(org, handling):
    app = handling()
    pause = pause_start(
        actor=org.edu_drafter,
        application=app,
        kind=PauseKind.INTER_AGENCY,
        started_on=date(2024, 10, 8),
        party="x",
    )
    with pytest.raises(ApplicationError):
        pause_end(actor=org.health_drafter, pause=pause, ended_on=date(2024, 10, 9))


# Fees


def test_a_per_volume_fee_pauses_the_clock_until_paid(org, handling):
    app = handling()
    fee = fee_notice(
        actor=org.edu_drafter,
        application=app,
        method=FeeMethod.PER_VOLUME,
        pages=101,
        notified_on=date(2024, 10, 8),
        pay_by=date(2024, 11, 5),
    )
    assert fee.amount == 720
    app.refresh_from_db()
    assert app.due_on is None
    fee_paid(actor=org.edu_drafter, application=app, paid_on=date(2024, 10, 11))
    app.refresh_from_db()
    assert app.due_on == date(2024, 11, 4)
    assert actions(app)[-2:] == ["foi_fee_notice", "foi_fee_paid"]


def test_no_fee_notice_when_the_volume_is_free(org, handling):
    with pytest.raises(ApplicationError, match="不收取"):
        fee_notice(
            actor=org.edu_drafter,
            application=handling(),
            method=FeeMethod.PER_VOLUME,
            pages=30,
            notified_on=date(2024, 10, 8),
            pay_by=date(2024, 11, 5),
        )


def test_the_per_application_fee_counts_the_applicants_applications_of_the_month(org, handling, register):
    for day in range(1, 11):
        register(date(2024, 10, 8 + day % 3), data=company_data())
    register(date(2024, 9, 30), data=company_data())  # last month: not counted
    app = handling(date(2024, 10, 14), data=company_data())
    fee = fee_notice(
        actor=org.edu_drafter,
        application=app,
        method=FeeMethod.PER_APPLICATION,
        notified_on=date(2024, 10, 15),
        pay_by=date(2024, 11, 12),
    )
    assert (fee.ordinal, fee.amount) == (11, 100)


def test_an_unpaid_fee_closes_as_other_fee_unpaid(org, handling):
    app = handling()
    fee_notice(
        actor=org.edu_drafter,
        application=app,
        method=FeeMethod.PER_VOLUME,
        pages=50,
        notified_on=date(2024, 10, 8),
        pay_by=date(2024, 10, 22),
    )
    with pytest.raises(ApplicationError, match="尚未届满"):
        fee_lapse(actor=org.edu_drafter, application=app, as_of=date(2024, 10, 22))
    app = fee_lapse(actor=org.edu_drafter, application=app, as_of=date(2024, 10, 23))
    assert (app.state, app.outcome) == (State.CLOSED, Outcome.OTHER_FEE_UNPAID)
    assert app.pauses.get().ended_on == date(2024, 10, 22)


# 条例第三十五条


def test_art35_decisions_need_a_reason_and_not_processed_closes_the_application(org, handling):
    app = handling()
    with pytest.raises(ApplicationError, match="理由"):
        art35_decide(
            actor=org.edu_drafter,
            application=app,
            kind=Art35Kind.ASK_REASONS,
            reason=" ",
            decided_on=date(2024, 10, 8),
        )
    art35_decide(
        actor=org.edu_drafter,
        application=app,
        kind=Art35Kind.ASK_REASONS,
        reason="一月内申请200件",
        decided_on=date(2024, 10, 8),
    )
    art35_decide(
        actor=org.edu_drafter,
        application=app,
        kind=Art35Kind.NOT_PROCESSED,
        reason="理由不合理",
        decided_on=date(2024, 10, 15),
    )
    app.refresh_from_db()
    assert (app.state, app.outcome, app.legal_basis) == (
        State.REPLIED,
        Outcome.NOT_PROCESSED_EXCESSIVE,
        "条例第三十五条",
    )
    assert app.art35_decisions.count() == 2


def test_art35_longer_deadline_moves_the_due_date(org, handling):
    app = handling()
    art35_decide(
        actor=org.edu_drafter,
        application=app,
        kind=Art35Kind.LONGER_DEADLINE,
        reason="数量巨大",
        decided_on=date(2024, 10, 8),
        new_due_on=date(2024, 12, 31),
    )
    app.refresh_from_db()
    assert app.due_on == date(2024, 12, 31)


# Withdrawal


def test_an_applicant_withdraws_and_the_application_closes_as_other(org, handling):
    app = handling()
    pause_start(
        actor=org.edu_drafter,
        application=app,
        kind=PauseKind.INTER_AGENCY,
        started_on=date(2024, 10, 8),
        party="x",
    )
    app = application_withdraw(application=app, on=date(2024, 10, 9), reason="已自行获得")
    assert (app.state, app.outcome, app.withdrawn_on) == (
        State.CLOSED,
        Outcome.OTHER_OTHER,
        date(2024, 10, 9),
    )
    assert app.pauses.get().ended_on == date(2024, 10, 9)
    event = audit_history(app).get(action="foi_withdraw")
    assert event.actor is None and event.after["by_applicant"] is True
    with pytest.raises(ApplicationError):
        application_withdraw(application=app, on=date(2024, 10, 10))


def test_staff_of_another_department_cannot_record_a_withdrawal(org, handling):
    with pytest.raises(ApplicationError):
        application_withdraw(application=handling(), on=date(2024, 10, 9), actor=org.health_drafter)
