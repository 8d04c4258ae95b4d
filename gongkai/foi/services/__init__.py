"""依申请公开 services: every state change checks the rules, moves the clock and writes an audit event.

Dates of actions (`on`, `sent_on`, ...) are parameters: the views pass the local date; nothing here asks the
system clock for a statutory date.
"""

from .clock_events import (
    art35_decide,
    correction_lapse,
    correction_receive,
    correction_request,
    extension_grant,
    pause_end,
    pause_start,
)
from .common import due_dates_refresh
from .fee import fee_lapse, fee_notice, fee_paid
from .proposals import proposal_create, proposal_draft
from .registration import (
    ApplicationData,
    application_register,
    application_start_handling,
    application_transfer,
    application_vet,
    application_view_log,
    application_withdraw,
)
from .reply import application_archive, application_reply, delivery_record, remedy_conclude, remedy_record

__all__ = [
    "ApplicationData",
    "application_archive",
    "application_register",
    "application_reply",
    "application_start_handling",
    "application_transfer",
    "application_vet",
    "application_view_log",
    "application_withdraw",
    "art35_decide",
    "correction_lapse",
    "correction_receive",
    "correction_request",
    "delivery_record",
    "due_dates_refresh",
    "extension_grant",
    "fee_lapse",
    "fee_notice",
    "fee_paid",
    "pause_end",
    "pause_start",
    "proposal_create",
    "proposal_draft",
    "remedy_conclude",
    "remedy_record",
]
