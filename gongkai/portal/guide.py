"""The statutory rules stated in the 政府信息公开指南, in words, from the numbers of workdays.statute."""

from gongkai.workdays import statute


def volume_fee_lines() -> list[str]:
    """The per-volume price list in words, band by band."""
    lines, first = [], 1
    for band in statute.PER_VOLUME_BANDS:
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
    free, last = statute.PER_APPLICATION_FREE, statute.PER_APPLICATION_FIRST_BAND_END
    return [
        f"同一申请人一个自然月内累计申请{free}件以内（含{free}件）的，不收费",
        f"{free + 1}—{last}件（含{last}件）的部分，{statute.PER_APPLICATION_STEP_YUAN}元/件",
        f"{last + 1}件以上的部分，以{statute.PER_APPLICATION_BAND_SIZE}件为一档，每增加一档，"
        f"收费标准提高{statute.PER_APPLICATION_STEP_YUAN}元/件",
    ]


def guide_context() -> dict:
    return {
        "publication_days": statute.PROACTIVE_PUBLICATION_WORKDAYS,
        "correction_days": statute.CORRECTION_NOTICE_WORKDAYS,
        "third_party_days": statute.THIRD_PARTY_MAX_WORKDAYS,
        "reply_days": statute.REPLY_WORKDAYS,
        "extension_days": statute.EXTENSION_MAX_WORKDAYS,
        "application_fee_lines": application_fee_lines(),
        "volume_fee_lines": volume_fee_lines(),
        "reconsideration_days": statute.RECONSIDERATION_DAYS,
        "litigation_months": statute.LITIGATION_MONTHS,
    }
