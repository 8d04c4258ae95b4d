"""What one demo document is, when it happens, and how its 发文字号 and body are worked out.

Catalogue modules describe documents as DocSpec values; `plan()` dates them against today, numbers them in
date order per issuer and series, and renders their bodies. Nothing here touches the database.
"""

import html
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from gongkai.catalogue.choices import DisclosureAttr, NormativeKind
from gongkai.workdays.calendar import WorkCalendar, is_workday, subtract_workdays
from gongkai.workdays.selectors import calendar_load

from .departments import BY_KEY

CN_NUMBERS = "一二三四五六七八九十"

# Final states a spec can ask for; "returned" is a draft sent back by the first reviewer.
PUBLISHED, RECORDED, WITHDRAWN = "published", "recorded", "withdrawn"
DRAFT, RETURNED, FIRST, SECOND, APPROVAL = "draft", "returned", "first_review", "second_review", "approval"


@dataclass
class FileSpec:
    name: str
    kind: str  # docx, xlsx, pdf, png
    title: str = ""
    lines: list[str] = field(default_factory=list)
    table: list[list] | None = None


@dataclass
class InterpSpec:
    form: str  # text, qa, graphic, media (InterpretationForm)
    qa: list[tuple[str, str]] = field(default_factory=list)
    differences: str = ""
    media_url: str = ""


@dataclass
class DocSpec:
    key: str
    dept: str
    title: str
    when: (
        tuple[int, int, int] | int
    )  # (year index, month, day) published; or working days ago when unfinished
    body: Callable[["DocSpec", dict], list]
    genre: str
    subject: str
    columns: tuple[str, ...]
    keywords: str
    summary: str
    series: str = "发"  # 发文字号 series: 发, 规, 字, 函, 令 or "" for none
    normative: str = NormativeKind.OTHER
    topics: tuple[str, ...] = ()
    disclosure: str = DisclosureAttr.PROACTIVE
    disclosure_reason: str = ""
    state: str = PUBLISHED
    interp: InterpSpec | None = None
    files: tuple[FileSpec, ...] = ()
    changes: tuple[tuple[str, str], ...] = ()  # (target key, ValidityChangeKind)
    involved: tuple[str, ...] = ()
    confirmed: bool = True
    issuing_authority: str = ""
    override: str = ""  # the approver's written reason for letting a pre-check finding through
    first_opinion: str = ""  # the first reviewer's opinion, when not one of the usual ones
    return_reason: str = ""
    withdraw_reason: str = ""
    withdraw_after: int = 1  # days between publication and withdrawal
    expire_reason: str = ""
    lead: int = 0  # working days from 成文 to 发布; 0 = picked from the key
    # Policy content shared by the body and the interpretation.
    plan: str = ""
    basis: str = ""
    goal: str = ""
    points: list[tuple[str, str]] = field(default_factory=list)
    scope: str = ""
    valid_years: int = 5
    # Worked out by plan().
    day: date | None = None  # publication (or approval) date; None while unfinished
    written_on: date | None = None
    doc_no: str = ""
    html: str = ""

    @property
    def department(self):
        return BY_KEY[self.dept]

    @property
    def authority(self) -> str:
        return self.issuing_authority or self.department.name

    @property
    def seed(self) -> int:
        return zlib.crc32(self.key.encode())

    @property
    def effective_on(self) -> date:
        """Normative documents take effect about thirty days after publication, on the 1st of a month."""
        later = (self.day or self.written_on) + timedelta(days=30)
        return date(later.year + later.month // 12, later.month % 12 + 1, 1)


def cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def cn_index(i: int) -> str:
    """1 → 一, 12 → 十二 (1 to 19: enough for list items)."""
    return CN_NUMBERS[i - 1] if i <= 10 else "十" + CN_NUMBERS[i - 11]


def workday_on_or_before(calendar: WorkCalendar, d: date) -> date:
    while not is_workday(calendar, d):
        d -= timedelta(days=1)
    return d


def demo_calendar(today: date) -> WorkCalendar:
    """The official calendar; a year it lacks counts weekdays, for the demo's story only (statutory clocks
    still refuse such a year, so the art. 26 list then shows the missing-calendar message)."""
    calendar = calendar_load()
    missing = {today.year - 3, today.year - 2, today.year - 1, today.year} - calendar.years
    if not missing:
        return calendar
    return WorkCalendar(calendar.holidays, calendar.makeup_workdays, calendar.years | missing)


def first_year(today: date) -> int:
    """Demo years are Y0, Y0+1, Y0+2, with the last spec dated before 20 November of Y0+2."""
    return today.year - 2 if today >= date(today.year, 11, 20) else today.year - 3


def _series_no(spec: DocSpec, n: int) -> str:
    if spec.series == "令":
        return f"示范县人民政府令第{n}号"
    return f"{spec.department.prefix}{spec.series}〔{spec.written_on.year}〕{n}号"


def render(items: list) -> str:
    """Body items to HTML: a string is a paragraph; ("h", t) a heading, ("b", t) a bold paragraph, ("table", rows)."""
    out = []
    for item in items:
        if isinstance(item, str):
            out.append(f"<p>{html.escape(item)}</p>")
        elif item[0] == "h":
            out.append(f"<h3>{html.escape(item[1])}</h3>")
        elif item[0] == "b":
            out.append(f"<p><strong>{html.escape(item[1])}</strong></p>")
        elif item[0] == "table":
            head, *rows = item[1]
            cells = "".join(f"<th>{html.escape(str(c))}</th>" for c in head)
            body = "".join(
                "<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows
            )
            out.append(f"<table><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>")
    return "".join(out)


def plan(specs: list[DocSpec], today: date, calendar: WorkCalendar) -> list[DocSpec]:
    """Date, number and render every spec; returns them in the order they happen."""
    y0 = first_year(today)
    for spec in specs:
        lead = spec.lead or 2 + spec.seed % 6
        if isinstance(spec.when, tuple):
            year_index, month, day = spec.when
            spec.day = workday_on_or_before(calendar, date(y0 + year_index, month, day))
            spec.written_on = subtract_workdays(calendar, spec.day, lead)
        else:
            spec.day, spec.written_on = None, subtract_workdays(calendar, today, spec.when)
    ordered = sorted(specs, key=lambda s: (s.day or s.written_on, s.written_on, s.key))
    counters: dict[tuple, int] = {}
    for spec in ordered:
        if not spec.series:
            continue
        group = (
            ("令",) if spec.series == "令" else (spec.department.prefix, spec.series, spec.written_on.year)
        )
        # 规 and 令 are numbered in their own sequence; other series skip numbers used by documents not shown.
        step = 1 if spec.series in ("规", "令") else 1 + spec.seed % 4
        counters[group] = counters.get(group, 0) + step
        spec.doc_no = _series_no(spec, counters[group])
    registry = {spec.key: spec for spec in ordered}
    for spec in ordered:
        spec.html = render(spec.body(spec, registry))
    return ordered
