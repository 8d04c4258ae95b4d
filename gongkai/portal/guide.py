"""Statutory numbers stated in the 政府信息公开指南, each with its source. The guide page renders them from here.

《中华人民共和国政府信息公开条例》(2019 revision, 国务院令第711号) unless noted otherwise.
"""

from dataclasses import dataclass

# 第二十六条: proactive information is published within 20 working days of being formed or changed.
PROACTIVE_PUBLICATION_WORKING_DAYS = 20

# 第三十条: an unclear application is answered within 7 working days with one notice of what to correct.
CORRECTION_NOTICE_WORKING_DAYS = 7

# 第三十二条: a consulted third party answers within 15 working days (not counted in the reply deadline).
THIRD_PARTY_REPLY_WORKING_DAYS = 15

# 第三十三条: reply within 20 working days of receipt; one extension of at most 20 working days.
REPLY_WORKING_DAYS = 20
EXTENSION_MAX_WORKING_DAYS = 20

# 第四十二条 + 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号), 按件计收: per applicant per calendar
# month, the first 10 applications are free, 11–30 cost ¥100 each, and each further band of 10 costs ¥100
# more per application than the band before.
FEE_FREE_APPLICATIONS_PER_MONTH = 10
FEE_FIRST_BAND_LAST_APPLICATION = 30
FEE_FIRST_BAND_YUAN_PER_APPLICATION = 100
FEE_FURTHER_BAND_SIZE = 10
FEE_FURTHER_BAND_STEP_YUAN = 100


@dataclass(frozen=True)
class VolumeBand:
    last_page: int | None  # None: no upper bound
    yuan_per_page: int


# 国办函〔2020〕109号, 按量计收: the price applies to the pages within each band (marginal bands).
FEE_VOLUME_BANDS = (
    VolumeBand(last_page=30, yuan_per_page=0),
    VolumeBand(last_page=100, yuan_per_page=10),
    VolumeBand(last_page=200, yuan_per_page=20),
    VolumeBand(last_page=None, yuan_per_page=40),
)

# 《中华人民共和国行政复议法》第二十条: apply within 60 days of knowing of the act.
RECONSIDERATION_DAYS = 60
# 《中华人民共和国行政诉讼法》第四十六条: sue within 6 months of knowing of the act.
LITIGATION_MONTHS = 6


def volume_fee_lines() -> list[str]:
    """The per-volume price list in words, band by band."""
    lines, first = [], 1
    for band in FEE_VOLUME_BANDS:
        if band.last_page is None:
            span = f"{first}页以上的部分"
        elif first == 1:
            span = f"{band.last_page}页以下（含{band.last_page}页）"
        else:
            span = f"{first}—{band.last_page}页（含{band.last_page}页）的部分"
        price = "不收费" if band.yuan_per_page == 0 else f"{band.yuan_per_page}元/页"
        lines.append(f"{span}，{price}")
        first = (band.last_page or 0) + 1
    return lines


def application_fee_lines() -> list[str]:
    """The per-application price list in words."""
    free, last = FEE_FREE_APPLICATIONS_PER_MONTH, FEE_FIRST_BAND_LAST_APPLICATION
    return [
        f"同一申请人一个自然月内累计申请{free}件以内（含{free}件）的，不收费",
        f"{free + 1}—{last}件（含{last}件）的部分，{FEE_FIRST_BAND_YUAN_PER_APPLICATION}元/件",
        f"{last + 1}件以上的部分，以{FEE_FURTHER_BAND_SIZE}件为一档，每增加一档，"
        f"收费标准提高{FEE_FURTHER_BAND_STEP_YUAN}元/件",
    ]


def guide_context() -> dict:
    return {
        "publication_days": PROACTIVE_PUBLICATION_WORKING_DAYS,
        "correction_days": CORRECTION_NOTICE_WORKING_DAYS,
        "third_party_days": THIRD_PARTY_REPLY_WORKING_DAYS,
        "reply_days": REPLY_WORKING_DAYS,
        "extension_days": EXTENSION_MAX_WORKING_DAYS,
        "application_fee_lines": application_fee_lines(),
        "volume_fee_lines": volume_fee_lines(),
        "reconsideration_days": RECONSIDERATION_DAYS,
        "litigation_months": LITIGATION_MONTHS,
    }
