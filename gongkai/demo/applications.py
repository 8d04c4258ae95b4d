"""Demo applications (依申请公开): about forty, in every state, through the real services.

Every date is derived from `today` with the working-day calendar, so the clocks read consistently on the day
the demo is loaded (due soon, overdue, paused ...). Applicants are fictional: ID numbers and credit codes have
correct check characters but are made up; phone numbers follow the 1390000xxxx pattern used for examples.
Idempotent: applications carry tracking codes starting with DEMQ; when those exist nothing is added.
"""

from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from gongkai.core.codes import uscc_check_char
from gongkai.core.models import AuditEvent, Department, User
from gongkai.foi import services as s
from gongkai.foi.choices import (
    ApplicantType,
    Channel,
    DeliveryForm,
    FeeMethod,
    IdType,
    Outcome,
    PauseKind,
    RemedyKind,
    RemedyResult,
)
from gongkai.foi.models import Application
from gongkai.foi.models.application import TRACKING_ALPHABET
from gongkai.workdays.calendar import add_workdays, is_workday, next_workday
from gongkai.workdays.selectors import calendar_load

from .departments import BY_KEY

PREFIX = "DEMQ"
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
PEOPLE = "陈思远 刘雅琴 王建华 赵晓燕 孙立新 周海涛 吴静怡 郑国栋 冯玉兰 何明辉 许慧敏 韩德胜 曹春梅 彭振华 曾丽娟 蒋卫东".split()
COMPANIES = (
    ("示范县恒信建筑工程有限公司", ApplicantType.BUSINESS),
    ("示范县明德教育研究所", ApplicantType.RESEARCH),
    ("示范县绿水环保志愿者协会", ApplicantType.NONPROFIT),
    ("示范县正言律师事务所", ApplicantType.LEGAL_SERVICE),
)
# What people ask for, per department; the first four of edu are alike on purpose (条例第四十四条 demo).
REQUESTS = {
    "edu": [
        "本县2025年义务教育学校招生划片范围",
        "2025年义务教育学校招生划片范围及依据",
        "申请公开本县义务教育学校2025年招生划片范围",
        "2025年义务教育阶段学校招生划片范围图",
        "县第三中学扩建工程的立项批复",
        "2024年教师招聘考试成绩及录取名单的确定依据",
        "校外培训机构年检结果",
        "学生营养改善计划资金使用情况",
    ],
    "health": [
        "2024年本县医疗机构执业许可注销名单",
        "县人民医院大型医用设备采购合同",
        "2024年食品安全抽检不合格产品处置情况",
        "乡镇卫生院基本公共卫生服务项目资金分配表",
        "某诊所行政处罚决定书",
        "2025年家庭医生签约服务考核结果",
    ],
    "gov": [
        "城南片区房屋征收补偿方案",
        "2024年县政府常务会议纪要中关于老旧小区改造的内容",
        "县城总体规划修编的批复文件",
        "2024年度县级预算执行审计发现问题的整改情况",
        "农村公路建设项目招标文件",
        "县政府信息公开工作年度报告中的申请统计口径",
    ],
}


def _id_number(n: int) -> str:
    body = f"330106{1960 + n % 40}{1 + n % 12:02d}{1 + n % 28:02d}{900 + n % 99:03d}"
    total = sum(int(c) * w for c, w in zip(body, _ID_WEIGHTS, strict=True))
    return body + "10X98765432"[total % 11]


def _credit_code(n: int) -> str:
    body = f"91330106MA2{n:06d}"
    return body + uscc_check_char(body)


def _tracking(n: int) -> str:
    digits = []
    for _ in range(8):
        n, r = divmod(n, len(TRACKING_ALPHABET))
        digits.append(TRACKING_ALPHABET[r])
    return PREFIX + "".join(reversed(digits))


def demo_applications_loaded() -> bool:
    return Application.objects.filter(tracking_code__startswith=PREFIX).exists()


class Builder:
    def __init__(self, *, today: date):
        self.today = today
        self.cal = calendar_load()
        self.n = 0
        self.per_dept: dict[str, int] = {}
        self.dept = {k: Department.objects.get(name=BY_KEY[k].name) for k in ("edu", "health", "gov")}
        self.users = {u.username: u for u in User.objects.filter(username__startswith=("edu_"))}
        self.users |= {u.username: u for u in User.objects.filter(username__startswith="health_")}
        self.users |= {u.username: u for u in User.objects.filter(username__startswith="gov_")}
        self.users["office"] = User.objects.get(username="office")

    # Dates ---------------------------------------------------------------------------------------------
    def back(self, n: int) -> date:
        """The n-th working day before today."""
        d, counted = self.today, 0
        while counted < n:
            d -= timedelta(days=1)
            if is_workday(self.cal, d):
                counted += 1
        return d

    def ago(self, days: int) -> date:
        return next_workday(self.cal, self.today - timedelta(days=days))

    def after(self, d: date, n: int) -> date:
        return add_workdays(self.cal, d, n)

    # Steps -------------------------------------------------------------------------------------------------
    def step(self, day: date, fn, **kw):
        """Run a service; its audit events are dated on the story's day."""
        mark = AuditEvent.objects.aggregate(m=Max("id"))["m"] or 0
        result = fn(**kw)
        moment = timezone.make_aware(datetime.combine(day, time(9 + self.n % 8, (self.n * 7) % 60)))
        AuditEvent.objects.filter(id__gt=mark).update(created_at=moment)
        return result

    def handler(self, key: str) -> User:
        return self.users[f"{key}_drafter"]

    def register(self, key: str, received: date, *, org: bool = False, delivery=DeliveryForm.PAPER):
        self.n += 1
        n, texts = self.n, REQUESTS[key]
        self.per_dept[key] = self.per_dept.get(key, -1) + 1
        text = texts[self.per_dept[key] % len(texts)]
        if org:
            company, kind = COMPANIES[n % len(COMPANIES)]
            data = s.ApplicationData(
                applicant_type=kind,
                name=company,
                credit_code=_credit_code(n),
                contact_person=PEOPLE[(n + 3) % len(PEOPLE)],
                phone=f"1390000{n:04d}",
                address=f"示范县城关镇建设路{n}号",
                email=f"contact{n}@example.com",
                delivery_form=delivery,
                info_title=text,
            )
        else:
            data = s.ApplicationData(
                applicant_type=ApplicantType.NATURAL_PERSON,
                name=PEOPLE[n % len(PEOPLE)],
                id_type=IdType.RESIDENT_ID,
                id_number=_id_number(n),
                phone=f"1390000{n:04d}",
                address=f"示范县城关镇人民路{n}号",
                postcode="999000",
                delivery_form=delivery,
                info_title=text,
            )
        channel = (Channel.ONLINE, Channel.POST, Channel.IN_PERSON, Channel.EMAIL)[n % 4]
        received_at = timezone.make_aware(datetime.combine(received, time(10)))
        app = self.step(
            received,
            s.application_register,
            department=self.dept[key],
            data=data,
            received_at=received_at,
            actor=None if channel == Channel.ONLINE else self.handler(key),
            channel=channel,
            received_on=None if channel == Channel.ONLINE else received,
        )
        Application.objects.filter(pk=app.pk).update(tracking_code=_tracking(n), created_at=received_at)
        app.refresh_from_db()
        return app

    def handling(self, key: str, received: date, **kw):
        app = self.register(key, received, **kw)
        h = self.handler(key)
        app = self.step(received, s.application_vet, actor=h, application=app)
        return self.step(self.after(received, 1), s.application_start_handling, actor=h, application=app)

    def reply(self, key: str, app, outcome: str, on: date, **fields):
        h = self.handler(key)
        reasons = fields.pop("reasons", "经检索，依据《条例》相关规定作出本答复。")
        app = self.step(
            on,
            s.application_reply,
            actor=h,
            application=app,
            outcome=outcome,
            replied_on=on,
            reasons=reasons,
            **fields,
        )
        method = "online" if app.delivery_form == DeliveryForm.ONLINE else "post"
        self.step(
            on, s.delivery_record, actor=h, application=app, method=method, delivered_on=self.after(on, 1)
        )
        return app

    def archive(self, key: str, app, on: date):
        return self.step(on, s.application_archive, actor=self.handler(key), application=app, on=on)


REPLIED = [
    (Outcome.GRANTED, {"public_location": "示范县人民政府门户网站“政府信息公开”专栏"}),
    (Outcome.PARTIAL, {"withheld_parts": "涉及第三方个人信息的部分（姓名、身份证号码、联系电话）"}),
    (
        Outcome.REFUSED_THIRD_PARTY,
        {"reasons": "经征求第三方意见，第三方不同意公开，且不公开不会对公共利益造成重大影响。"},
    ),
    (Outcome.REFUSED_PROCESS_INFO, {"reasons": "所申请信息为内部讨论记录，属于过程性信息。"}),
    (
        Outcome.UNAVAILABLE_NOT_HELD,
        {
            "not_our_agency": True,
            "responsible_agency": "示范市自然资源和规划局",
            "reasons": "该信息由示范市自然资源和规划局制作并保存。",
        },
    ),
    (Outcome.UNAVAILABLE_NEEDS_CREATION, {"reasons": "本机关没有现成的统计数据，需要另行汇总加工。"}),
    (
        Outcome.NOT_PROCESSED_REPEAT,
        {"reasons": "申请人已就同一内容提出申请并获答复，本次申请未提出新的理由。"},
    ),
    (Outcome.NOT_PROCESSED_PETITION, {"reasons": "申请内容实为投诉举报，已告知通过信访渠道提出。"}),
    (Outcome.REFUSED_ENFORCEMENT_FILE, {"reasons": "所申请信息属于行政执法案卷信息。"}),
    (
        Outcome.NOT_PROCESSED_PUBLICATION,
        {"reasons": "所申请信息已编入公开出版的统计年鉴，可在县图书馆查阅。"},
    ),
]
KEYS = ("edu", "health", "gov")


def applications_load(*, today: date) -> int:
    """Load the demo applications as they stand on `today`; returns how many were added (0 when loaded)."""
    if demo_applications_loaded():
        return 0
    with transaction.atomic():
        b = Builder(today=today)
        _open(b)
        _closed(b)
        _replied_and_archived(b)
    return Application.objects.filter(tracking_code__startswith=PREFIX).count()


def _open(b: Builder) -> None:
    for k in KEYS:  # 已登记
        b.register(k, b.back(1), org=k == "gov")
    for k in ("edu", "health"):  # 审核中
        app = b.register(k, b.back(3))
        b.step(b.back(2), s.application_vet, actor=b.handler(k), application=app)
    b.handling("edu", b.back(6))  # 办理中
    b.handling("gov", b.back(9), org=True)
    b.handling("health", b.back(17))  # due in 3 working days
    b.handling("edu", b.back(23))  # overdue
    for k in ("edu", "gov"):  # 等待补正
        app = b.register(k, b.back(5))
        app = b.step(b.back(4), s.application_vet, actor=b.handler(k), application=app)
        b.step(
            b.back(3),
            s.correction_request,
            actor=b.handler(k),
            application=app,
            sent_on=b.back(3),
            items="请写明所需信息的文号或形成时间，并补充身份证明复印件。",
            deadline_on=b.after(b.today, 10),
        )
    app = b.handling("health", b.back(10), org=True)  # 征求第三方意见
    b.step(
        b.back(4),
        s.pause_start,
        actor=b.handler("health"),
        application=app,
        kind=PauseKind.THIRD_PARTY,
        started_on=b.back(4),
        party="示范县康宁医疗器械有限公司",
    )
    app = b.handling("gov", b.back(12))  # 征求其他机关意见
    b.step(
        b.back(2),
        s.pause_start,
        actor=b.handler("gov"),
        application=app,
        kind=PauseKind.INTER_AGENCY,
        started_on=b.back(2),
        party="示范县自然资源局",
    )
    app = b.handling("edu", b.back(18))  # 延期
    b.step(
        b.back(1),
        s.extension_grant,
        actor=b.users["edu_approver"],
        application=app,
        days=15,
        reason="需调取2015年以来的档案逐份核对，无法在期限内答复。",
        approved_on=b.back(1),
        notified_on=b.back(1),
    )
    app = b.handling("health", b.back(9), org=True)  # 等待缴费
    b.step(
        b.back(2),
        s.fee_notice,
        actor=b.handler("health"),
        application=app,
        method=FeeMethod.PER_VOLUME,
        pages=150,
        notified_on=b.back(2),
        pay_by=b.after(b.today, 10),
    )


def _closed(b: Builder) -> None:
    received = b.ago(70)  # 逾期不补正
    app = b.register("gov", received)
    sent, deadline = b.after(received, 3), b.after(received, 13)
    b.step(
        sent,
        s.correction_request,
        actor=b.handler("gov"),
        application=app,
        sent_on=sent,
        items="请明确所需信息的名称或内容特征。",
        deadline_on=deadline,
    )
    lapse = b.after(deadline, 1)
    app = b.step(lapse, s.correction_lapse, actor=None, application=app, as_of=lapse)
    b.archive("gov", app, b.after(lapse, 2))
    received = b.ago(90)  # 逾期未缴费
    app = b.handling("health", received, org=True)
    notified = b.after(received, 5)
    pay_by = b.after(notified, 15)
    b.step(
        notified,
        s.fee_notice,
        actor=b.handler("health"),
        application=app,
        method=FeeMethod.PER_VOLUME,
        pages=60,
        notified_on=notified,
        pay_by=pay_by,
    )
    app = b.step(b.after(pay_by, 1), s.fee_lapse, actor=None, application=app, as_of=b.after(pay_by, 1))
    app = b.register("edu", b.ago(40))  # 申请人撤回
    b.step(
        b.after(app.received_on, 3),
        s.application_withdraw,
        application=app,
        on=b.after(app.received_on, 3),
        reason="已通过其他途径获取",
    )
    app = b.register("health", b.ago(220))
    on = b.after(app.received_on, 6)
    app = b.step(
        on, s.application_withdraw, application=app, on=on, reason="申请人来电撤回", actor=b.handler("health")
    )
    b.archive("health", app, b.after(on, 3))


def _replied_and_archived(b: Builder) -> None:
    # 已答复 (served, not yet archived)
    for i, (outcome, fields) in enumerate(REPLIED[:5]):
        k = KEYS[i % 3]
        app = b.handling(k, b.ago(30 + 4 * i), org=i == 3)
        b.reply(k, app, outcome, b.after(app.received_on, 8 + i), **dict(fields))
    # 已归档, over the last two years
    for i in range(14):
        k = KEYS[i % 3]
        outcome, fields = REPLIED[i % len(REPLIED)]
        app = b.handling(k, b.ago(60 + 47 * i), org=i % 4 == 1)
        on = b.after(app.received_on, 10 + i % 8)
        if i == 2:  # 延期 then answered
            b.step(
                b.after(app.received_on, 15),
                s.extension_grant,
                actor=b.users[f"{k}_approver"],
                application=app,
                days=10,
                reason="涉及多个科室，需会同核实。",
                approved_on=b.after(app.received_on, 15),
                notified_on=b.after(app.received_on, 15),
            )
            on = b.after(app.received_on, 26)
        if outcome == Outcome.REFUSED_THIRD_PARTY:  # the consultation behind the refusal
            start = b.after(app.received_on, 2)
            pause = b.step(
                start,
                s.pause_start,
                actor=b.handler(k),
                application=app,
                kind=PauseKind.THIRD_PARTY,
                started_on=start,
                party="示范县恒信建筑工程有限公司",
            )
            b.step(
                b.after(start, 8),
                s.pause_end,
                actor=b.handler(k),
                pause=pause,
                ended_on=b.after(start, 8),
                opinion="不同意公开，理由是涉及商业秘密。",
            )
            on = b.after(app.received_on, 18)
        app = b.reply(k, app, outcome, on, **dict(fields))
        app = b.archive(k, app, b.after(on, 5))
        if i in (1, 4, 8):  # 行政复议/行政诉讼 (table 4)
            kind = (RemedyKind.RECONSIDERATION, RemedyKind.LITIGATION_DIRECT, RemedyKind.RECONSIDERATION)[
                (1, 4, 8).index(i)
            ]
            filed = b.after(on, 20)
            if filed < b.today:
                remedy = b.step(
                    filed,
                    s.remedy_record,
                    actor=b.handler(k),
                    application=app,
                    kind=kind,
                    filed_on=filed,
                    body="示范县人民政府" if kind == RemedyKind.RECONSIDERATION else "示范县人民法院",
                )
                concluded = b.after(filed, 40)
                if i != 4 and concluded < b.today:
                    result = RemedyResult.UPHELD if i == 1 else RemedyResult.CORRECTED
                    b.step(
                        concluded,
                        s.remedy_conclude,
                        actor=b.handler(k),
                        remedy=remedy,
                        result=result,
                        concluded_on=concluded,
                    )
    # 缴费后答复
    app = b.handling("edu", b.ago(150), org=True)
    notified = b.after(app.received_on, 4)
    b.step(
        notified,
        s.fee_notice,
        actor=b.handler("edu"),
        application=app,
        method=FeeMethod.PER_VOLUME,
        pages=80,
        notified_on=notified,
        pay_by=b.after(notified, 15),
    )
    paid = b.after(notified, 6)
    b.step(paid, s.fee_paid, actor=b.handler("edu"), application=app, paid_on=paid)
    app = b.reply("edu", app, Outcome.GRANTED, b.after(paid, 8), reasons="已按申请人要求提供纸质复印件。")
    b.archive("edu", app, b.after(paid, 12))
    # 补正后仍不明确
    app = b.register("gov", b.ago(110))
    sent = b.after(app.received_on, 4)
    b.step(
        sent,
        s.correction_request,
        actor=b.handler("gov"),
        application=app,
        sent_on=sent,
        items="请说明所需信息的具体名称。",
        deadline_on=b.after(sent, 10),
    )
    b.step(
        b.after(sent, 5),
        s.correction_receive,
        actor=b.handler("gov"),
        application=app,
        corrected_on=b.after(sent, 5),
    )
    app = b.reply(
        "gov",
        app,
        Outcome.UNAVAILABLE_STILL_UNCLEAR,
        b.after(sent, 15),
        reasons="补正后的申请内容仍无法确定所指的政府信息。",
    )
