"""Statutory numbers of 依申请公开, each with the article it comes from.

《中华人民共和国政府信息公开条例》 (国务院令第711号, 2019) is cited as 条例; the fee rules are
《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号).
"""

from django.conf import settings

# 条例第三十三条第二款: reply within 20 working days of receipt.
REPLY_WORKDAYS = 20
# 条例第三十三条第二款: one extension, at most 20 working days, approved by the office head.
EXTENSION_MAX_WORKDAYS = 20
# 条例第三十条: the correction (补正) notice goes out within 7 working days of receipt, once.
CORRECTION_NOTICE_WORKDAYS = 7
# Staff are warned when this many working days or fewer remain for the correction notice (house practice).
CORRECTION_NOTICE_WARNING_WORKDAYS = 2
# 条例第三十二条: the third party answers within 15 working days.
THIRD_PARTY_MAX_WORKDAYS = 15
# Lists of "due soon" show applications with at most this many working days left (issue 4).
DUE_SOON_WORKDAYS = 5

# 国办函〔2020〕109号 按件计收: per applicant per calendar month, the first 10 applications are free,
# the 11th–30th cost ¥100 each, and each further band of 10 costs ¥100 more per application.
PER_APPLICATION_FREE = 10
PER_APPLICATION_FIRST_BAND_END = 30
PER_APPLICATION_BAND_SIZE = 10
PER_APPLICATION_STEP_YUAN = 100

# 国办函〔2020〕109号 按量计收: per application, "……的部分" — each band's rate applies to the pages inside
# that band only (marginal rates, like a tax schedule), not to every page of the application.
PER_VOLUME_BANDS = (  # (last page of the band, yuan per page); None = no upper end
    (30, 0),
    (100, 10),
    (200, 20),
    (None, 40),
)


def non_workday_receipt_rolls_forward() -> bool:
    """条例第三十一条 practice (DOMAIN §6): a receipt on a non-working day counts from the next working day.

    A local rule, so a deployment may switch it off with FOI_NON_WORKDAY_RECEIPT_ROLLS_FORWARD = False.
    """
    return getattr(settings, "FOI_NON_WORKDAY_RECEIPT_ROLLS_FORWARD", True)
