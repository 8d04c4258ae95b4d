"""Every statutory number the platform enforces or states, each with the article it comes from.

The clocks, the letters, the guide page and the reminders read them from here, so a number is written once.
《中华人民共和国政府信息公开条例》 (国务院令第711号, 2019 revision) is cited as 条例; the fee rules are
《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号). Numbers marked "practice" are house or local rules,
not law, and say so where they are shown.
"""

from dataclasses import dataclass

from django.conf import settings

# --- 主动公开 -------------------------------------------------------------------------------------------
# 条例第二十六条: proactive information is published within 20 working days of being formed or changed.
PROACTIVE_PUBLICATION_WORKDAYS = 20
# Practice: staff are warned once 15 working days have passed, leaving five to finish the review.
PROACTIVE_PUBLICATION_WARNING_WORKDAYS = 15

# --- 依申请公开 -----------------------------------------------------------------------------------------
# 条例第三十条: an unclear application gets one correction (补正) notice within 7 working days of receipt.
CORRECTION_NOTICE_WORKDAYS = 7
# Practice: staff are warned when this many working days or fewer remain for the correction notice.
CORRECTION_NOTICE_WARNING_WORKDAYS = 2
# 条例第三十二条: a consulted third party answers within 15 working days (not counted in the reply period).
THIRD_PARTY_MAX_WORKDAYS = 15
# 条例第三十三条第二款: reply within 20 working days of receipt; one extension of at most 20 working days.
REPLY_WORKDAYS = 20
EXTENSION_MAX_WORKDAYS = 20
# Practice: lists of "due soon" show applications with at most this many working days left.
DUE_SOON_WORKDAYS = 5

# --- 信息处理费 (条例第四十二条, 国办函〔2020〕109号) ---------------------------------------------------
# 按件计收: per applicant per calendar month the first 10 applications are free, the 11th–30th cost ¥100
# each, and each further band of 10 costs ¥100 more per application than the band before.
PER_APPLICATION_FREE = 10
PER_APPLICATION_FIRST_BAND_END = 30
PER_APPLICATION_BAND_SIZE = 10
PER_APPLICATION_STEP_YUAN = 100


@dataclass(frozen=True)
class VolumeBand:
    last_page: int | None  # None: no upper end
    yuan_per_page: int


# 按量计收: "……的部分": each band's rate applies to the pages inside that band only (marginal rates).
PER_VOLUME_BANDS = (
    VolumeBand(last_page=30, yuan_per_page=0),
    VolumeBand(last_page=100, yuan_per_page=10),
    VolumeBand(last_page=200, yuan_per_page=20),
    VolumeBand(last_page=None, yuan_per_page=40),
)

# --- 救济途径 (the remedies every refusal letter and the guide state) -----------------------------------
# 《中华人民共和国行政复议法》(2023修订) 第二十条: apply within 60 days of knowing of the act.
RECONSIDERATION_DAYS = 60
RECONSIDERATION_LAW = "《中华人民共和国行政复议法》"
# 《中华人民共和国行政诉讼法》第四十六条: sue within 6 months of knowing of the act.
LITIGATION_MONTHS = 6
LITIGATION_LAW = "《中华人民共和国行政诉讼法》"
_CHINESE_NUMERALS = {60: "六十", 6: "六"}


def remedies_sentence(*, what: str, body: str, court: str) -> str:
    """The remedies every reply and notice states: `what` is 答复/告知, `body` the 复议机关, `court` the court."""
    return (
        f"如对本{what}不服，可以依照{RECONSIDERATION_LAW}的规定，在收到本{what}之日起"
        f"{_CHINESE_NUMERALS[RECONSIDERATION_DAYS]}日内向{body}申请行政复议；或者依照{LITIGATION_LAW}的规定，"
        f"在{_CHINESE_NUMERALS[LITIGATION_MONTHS]}个月内向{court}提起行政诉讼。"
    )


# --- 年度报告 -------------------------------------------------------------------------------------------
# 条例第四十九条: departments publish last year's report by 31 January (month, day).
DEPARTMENT_REPORT_DEADLINE = (1, 31)
DEPARTMENT_REPORT_DEADLINE_BASIS = "《政府信息公开条例》第四十九条"
# 条例第五十条: the government's supervising office publishes the government's report by 31 March.
GOVERNMENT_REPORT_DEADLINE = (3, 31)
GOVERNMENT_REPORT_DEADLINE_BASIS = "《政府信息公开条例》第五十条"
# Practice: reminders show from this many calendar days before a report deadline.
REPORT_REMINDER_LEAD_DAYS = 60
# Practice: the inbox gets a report reminder on these days before the deadline, then weekly once it has passed.
REPORT_REMINDER_MILESTONE_DAYS = frozenset({60, 30, 14, 7, 3, 1, 0})
REPORT_OVERDUE_REMINDER_EVERY_DAYS = 7


def non_workday_receipt_rolls_forward() -> bool:
    """条例第三十一条 practice (DOMAIN §6): a receipt on a non-working day counts from the next working day.

    A local rule, so a deployment may switch it off with FOI_NON_WORKDAY_RECEIPT_ROLLS_FORWARD = False.
    """
    return getattr(settings, "FOI_NON_WORKDAY_RECEIPT_ROLLS_FORWARD", True)
