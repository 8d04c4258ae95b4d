"""Statutory and practice lists of the catalogue, one TextChoices each (DOMAIN.md §4)."""

from django.db import models


class DisclosureAttr(models.TextChoices):
    # 国办发〔2016〕80号: set when the document is drafted; reason required unless 主动公开.
    PROACTIVE = "proactive", "主动公开"
    ON_REQUEST = "on_request", "依申请公开"
    WITHHELD = "withheld", "不予公开"


class Validity(models.TextChoices):
    VALID = "valid", "有效"
    EXPIRED = "expired", "失效"
    REPEALED = "repealed", "废止"
    AMENDED = "amended", "已修改"


class ValidityChangeKind(models.TextChoices):
    AMEND = "amend", "修改"
    REPEAL = "repeal", "废止"


class ValidityChangeStatus(models.TextChoices):
    # A change aimed at another department's document waits for that department (or the office) to confirm.
    PROPOSED = "proposed", "待发布"
    AWAITING = "awaiting", "待被修改文件的发布机构确认"
    APPLIED = "applied", "已生效"
    DECLINED = "declined", "被修改文件的发布机构不同意"


# What each kind of change makes of the original document.
VALIDITY_AFTER_CHANGE = {
    ValidityChangeKind.AMEND: Validity.AMENDED,
    ValidityChangeKind.REPEAL: Validity.REPEALED,
}


class NormativeKind(models.TextChoices):
    # Feeds annual report table 2, 第二十条第（一）项.
    RULE = "rule", "规章"
    NORMATIVE = "normative", "行政规范性文件"
    OTHER = "other", "其他文件"


class Genre(models.TextChoices):
    # 《党政机关公文处理工作条例》 fifteen 公文 types, plus 其他.
    RESOLUTION = "resolution", "决议"
    DECISION = "decision", "决定"
    ORDER = "order", "命令（令）"
    BULLETIN = "bulletin", "公报"
    ANNOUNCEMENT = "announcement", "公告"
    NOTICE_PUBLIC = "public_notice", "通告"
    OPINION = "opinion", "意见"
    NOTICE = "notice", "通知"
    CIRCULAR = "circular", "通报"
    MOTION = "motion", "议案"
    REPORT = "report", "报告"
    REQUEST = "request", "请示"
    REPLY = "reply", "批复"
    LETTER = "letter", "函"
    MINUTES = "minutes", "纪要"
    OTHER = "other", "其他"


class DocumentState(models.TextChoices):
    DRAFT = "draft", "草稿"
    FIRST_REVIEW = "first_review", "待初审"
    SECOND_REVIEW = "second_review", "待复审"
    APPROVAL = "approval", "待批准"
    PUBLISHED = "published", "已发布"
    # Approved but 依申请公开 or 不予公开: catalogued, never on the portal.
    RECORDED = "recorded", "已批准（不主动公开）"
    WITHDRAWN = "withdrawn", "已下线"


REVIEW_STATES = (DocumentState.FIRST_REVIEW, DocumentState.SECOND_REVIEW, DocumentState.APPROVAL)


class ReviewStepKind(models.TextChoices):
    FIRST_REVIEW = "first_review", "初审"
    SECOND_REVIEW = "second_review", "复审"
    CONFIRMATION = "confirmation", "涉及部门确认"
    APPROVAL = "approval", "批准"


class ReviewDecision(models.TextChoices):
    PASS = "pass", "通过"
    RETURN = "return", "退回"


class InterpretationForm(models.TextChoices):
    TEXT = "text", "文字解读"
    GRAPHIC = "graphic", "图解"
    QA = "qa", "简明问答"
    MEDIA = "media", "音视频"
