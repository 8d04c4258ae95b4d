"""信息处理费 arithmetic (国办函〔2020〕109号). Pure functions; amounts in whole yuan."""

from gongkai.workdays.statute import (
    PER_APPLICATION_BAND_SIZE,
    PER_APPLICATION_FIRST_BAND_END,
    PER_APPLICATION_FREE,
    PER_APPLICATION_STEP_YUAN,
    PER_VOLUME_BANDS,
)


def per_application_fee(ordinal: int) -> int:
    """Fee for the applicant's `ordinal`-th application in the calendar month (1 = the first).

    Only the applications beyond the free ten are charged, each at the rate of the band it falls in:
    11–30 → ¥100, 31–40 → ¥200, 41–50 → ¥300, and so on.
    """
    if ordinal < 1:
        raise ValueError("ordinal starts at 1")
    if ordinal <= PER_APPLICATION_FREE:
        return 0
    if ordinal <= PER_APPLICATION_FIRST_BAND_END:
        return PER_APPLICATION_STEP_YUAN
    extra_bands = -(-(ordinal - PER_APPLICATION_FIRST_BAND_END) // PER_APPLICATION_BAND_SIZE)
    return PER_APPLICATION_STEP_YUAN * (1 + extra_bands)


def per_volume_fee(pages: int) -> int:
    """Fee for one application of `pages` pages: each band's rate on the pages inside that band."""
    if pages < 0:
        raise ValueError("pages cannot be negative")
    total, lower = 0, 0
    for band in PER_VOLUME_BANDS:
        upper = band.last_page
        top = pages if upper is None else min(pages, upper)
        if top > lower:
            total += (top - lower) * band.yuan_per_page
        if upper is None or pages <= upper:
            break
        lower = upper
    return total
