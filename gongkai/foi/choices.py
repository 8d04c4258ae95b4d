"""Statutory lists of 依申请公开 as data: each value maps to one row or column of annual table 3 or 4.

The outcome list is exactly the 25 result rows of table 3 (国办公开办函〔2021〕30号): a closed application
carries one of these codes, and the annual report is a pure count of them. Row labels and the article cited
in the letter are looked up in dicts, never parsed out of the labels.
"""

from dataclasses import dataclass

from django.db import models


class ApplicantType(models.TextChoices):
    """The six applicant columns of table 3, in the table's order."""

    NATURAL_PERSON = "natural_person", "自然人"
    BUSINESS = "business", "商业企业"
    RESEARCH = "research", "科研机构"
    NONPROFIT = "nonprofit", "社会公益组织"
    LEGAL_SERVICE = "legal_service", "法律服务机构"
    OTHER_ORG = "other_org", "其他"


ORGANISATION_TYPES = tuple(t for t in ApplicantType if t != ApplicantType.NATURAL_PERSON)


class IdType(models.TextChoices):
    RESIDENT_ID = "resident_id", "居民身份证"
    PASSPORT = "passport", "护照"
    HK_MACAO = "hk_macao", "港澳居民来往内地通行证"
    TAIWAN = "taiwan", "台湾居民来往大陆通行证"
    FOREIGN_PERMANENT = "foreign_permanent", "外国人永久居留身份证"
    OTHER = "other", "其他有效身份证件"


class Channel(models.TextChoices):
    """How the application arrived; decides the receipt date under 条例第三十一条."""

    ONLINE = "online", "网上申请"
    IN_PERSON = "in_person", "当面提交"
    POST = "post", "信函"
    FAX = "fax", "传真"
    EMAIL = "email", "电子邮件"
    ORAL = "oral", "口头申请（代为填写）"  # art. 29: only when writing is genuinely difficult


class DeliveryForm(models.TextChoices):
    """The form of delivery the applicant asks for (art. 29, 40)."""

    PAPER = "paper", "纸质"
    EMAIL = "email", "电子邮件"
    ON_SITE = "on_site", "当场查阅/抄录"
    ONLINE = "online", "网上下载"


class DeliveryMethod(models.TextChoices):
    """How a reply was actually served (送达)."""

    POST = "post", "邮寄"
    IN_PERSON = "in_person", "当面领取"
    EMAIL = "email", "电子邮件"
    ONLINE = "online", "网上下载"
    ON_SITE = "on_site", "当场查阅/抄录"
    FAX = "fax", "传真"


class State(models.TextChoices):
    """条例第四十五条: 申请登记、审核、办理、答复、归档, plus ending without a reply letter."""

    REGISTERED = "registered", "已登记"
    VETTING = "vetting", "审核中"
    HANDLING = "handling", "办理中"
    REPLIED = "replied", "已答复"
    CLOSED = "closed", "已终止"  # withdrawn, no correction, fee unpaid: ends with an outcome, no reply letter
    ARCHIVED = "archived", "已归档"


OPEN_STATES = (State.REGISTERED, State.VETTING, State.HANDLING)
FINISHED_STATES = (State.REPLIED, State.CLOSED, State.ARCHIVED)


class OutcomeGroup(models.TextChoices):
    GRANTED = "granted", "（一）予以公开"
    PARTIAL = "partial", "（二）部分公开"
    REFUSED = "refused", "（三）不予公开"
    UNAVAILABLE = "unavailable", "（四）无法提供"
    NOT_PROCESSED = "not_processed", "（五）不予处理"
    OTHER = "other", "（六）其他处理"


class Outcome(models.TextChoices):
    """The result rows of table 3, in the table's order.

    Table 3 has 25 numeric rows; 一 (new), 二 (carried over), （七） (total) and 四 (carried forward) are
    counts, not outcomes, which leaves these 21 rows that a closed application can land in.
    """

    GRANTED = "granted", "予以公开"
    PARTIAL = "partial", "部分公开"
    REFUSED_STATE_SECRET = "refused_state_secret", "不予公开：属于国家秘密"
    REFUSED_LAW_FORBIDS = "refused_law_forbids", "不予公开：其他法律行政法规禁止公开"
    REFUSED_SECURITY_STABILITY = "refused_security_stability", "不予公开：危及“三安全一稳定”"
    REFUSED_THIRD_PARTY = "refused_third_party", "不予公开：保护第三方合法权益"
    REFUSED_INTERNAL_AFFAIRS = "refused_internal_affairs", "不予公开：属于三类内部事务信息"
    REFUSED_PROCESS_INFO = "refused_process_info", "不予公开：属于四类过程性信息"
    REFUSED_ENFORCEMENT_FILE = "refused_enforcement_file", "不予公开：属于行政执法案卷"
    REFUSED_ADMIN_INQUIRY = "refused_admin_inquiry", "不予公开：属于行政查询事项"
    UNAVAILABLE_NOT_HELD = "unavailable_not_held", "无法提供：本机关不掌握相关政府信息"
    UNAVAILABLE_NEEDS_CREATION = "unavailable_needs_creation", "无法提供：没有现成信息需要另行制作"
    UNAVAILABLE_STILL_UNCLEAR = "unavailable_still_unclear", "无法提供：补正后申请内容仍不明确"
    NOT_PROCESSED_PETITION = "not_processed_petition", "不予处理：信访举报投诉类申请"
    NOT_PROCESSED_REPEAT = "not_processed_repeat", "不予处理：重复申请"
    NOT_PROCESSED_PUBLICATION = "not_processed_publication", "不予处理：要求提供公开出版物"
    NOT_PROCESSED_EXCESSIVE = "not_processed_excessive", "不予处理：无正当理由大量反复申请"
    NOT_PROCESSED_CONFIRMATION = (
        "not_processed_confirmation",
        "不予处理：要求行政机关确认或重新出具已获取信息",
    )
    OTHER_NO_CORRECTION = "other_no_correction", "其他处理：申请人逾期不补正"
    OTHER_FEE_UNPAID = "other_fee_unpaid", "其他处理：申请人逾期未缴纳信息处理费"
    OTHER_OTHER = "other_other", "其他处理：其他"


@dataclass(frozen=True)
class OutcomeInfo:
    group: OutcomeGroup
    row: str  # the row's own label in table 3 (without the group heading)
    legal_basis: str  # the article relied on in the letter; staff may refine it per application

    @property
    def row_label(self) -> str:
        return self.group.label if self.row == "" else f"{self.group.label} {self.row}"


_G = OutcomeGroup
OUTCOME_INFO: dict[str, OutcomeInfo] = {
    Outcome.GRANTED: OutcomeInfo(_G.GRANTED, "", "条例第三十六条第（一）、（二）项"),
    Outcome.PARTIAL: OutcomeInfo(_G.PARTIAL, "", "条例第三十七条、第三十六条第（三）项"),
    Outcome.REFUSED_STATE_SECRET: OutcomeInfo(
        _G.REFUSED, "1．属于国家秘密", "条例第十四条、第三十六条第（三）项"
    ),
    Outcome.REFUSED_LAW_FORBIDS: OutcomeInfo(
        _G.REFUSED, "2．其他法律行政法规禁止公开", "条例第十四条、第三十六条第（三）项"
    ),
    Outcome.REFUSED_SECURITY_STABILITY: OutcomeInfo(
        _G.REFUSED, "3．危及“三安全一稳定”", "条例第十四条、第三十六条第（三）项"
    ),
    Outcome.REFUSED_THIRD_PARTY: OutcomeInfo(
        _G.REFUSED, "4．保护第三方合法权益", "条例第十五条、第三十二条、第三十六条第（三）项"
    ),
    Outcome.REFUSED_INTERNAL_AFFAIRS: OutcomeInfo(
        _G.REFUSED, "5．属于三类内部事务信息", "条例第十六条第一款、第三十六条第（三）项"
    ),
    Outcome.REFUSED_PROCESS_INFO: OutcomeInfo(
        _G.REFUSED, "6．属于四类过程性信息", "条例第十六条第二款、第三十六条第（三）项"
    ),
    Outcome.REFUSED_ENFORCEMENT_FILE: OutcomeInfo(
        _G.REFUSED, "7．属于行政执法案卷", "条例第十六条第二款、第三十六条第（三）项"
    ),
    Outcome.REFUSED_ADMIN_INQUIRY: OutcomeInfo(_G.REFUSED, "8．属于行政查询事项", "条例第三十六条第（七）项"),
    # 36(4) when the information does not exist after a search; 36(5) when another agency is responsible —
    # both count in this one row. The service picks the article from `not_our_agency`.
    Outcome.UNAVAILABLE_NOT_HELD: OutcomeInfo(
        _G.UNAVAILABLE, "1．本机关不掌握相关政府信息", "条例第三十六条第（四）项"
    ),
    Outcome.UNAVAILABLE_NEEDS_CREATION: OutcomeInfo(
        _G.UNAVAILABLE, "2．没有现成信息需要另行制作", "条例第三十八条"
    ),
    Outcome.UNAVAILABLE_STILL_UNCLEAR: OutcomeInfo(
        _G.UNAVAILABLE, "3．补正后申请内容仍不明确", "条例第三十条"
    ),
    Outcome.NOT_PROCESSED_PETITION: OutcomeInfo(
        _G.NOT_PROCESSED, "1．信访举报投诉类申请", "条例第三十九条第一款"
    ),
    Outcome.NOT_PROCESSED_REPEAT: OutcomeInfo(_G.NOT_PROCESSED, "2．重复申请", "条例第三十六条第（六）项"),
    Outcome.NOT_PROCESSED_PUBLICATION: OutcomeInfo(
        _G.NOT_PROCESSED, "3．要求提供公开出版物", "条例第三十九条第二款"
    ),
    Outcome.NOT_PROCESSED_EXCESSIVE: OutcomeInfo(
        _G.NOT_PROCESSED, "4．无正当理由大量反复申请", "条例第三十五条"
    ),
    # The 条例 has no article naming this case; practice cites art. 39(1) (not an application for
    # information); staff may refine the basis on the application.
    Outcome.NOT_PROCESSED_CONFIRMATION: OutcomeInfo(
        _G.NOT_PROCESSED, "5．要求行政机关确认或重新出具已获取信息", "条例第三十九条第一款"
    ),
    Outcome.OTHER_NO_CORRECTION: OutcomeInfo(
        _G.OTHER, "1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "条例第三十条"
    ),
    Outcome.OTHER_FEE_UNPAID: OutcomeInfo(
        _G.OTHER,
        "2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "条例第四十二条、《政府信息公开信息处理费管理办法》",
    ),
    Outcome.OTHER_OTHER: OutcomeInfo(_G.OTHER, "3．其他", ""),
}
NOT_HELD_OTHER_AGENCY_BASIS = "条例第三十六条第（五）项"

# Codes reachable only through their own action (correction_lapse, fee_lapse, art35_decide), never picked
# in the reply form: each needs the record that justifies it.
OUTCOMES_BY_ACTION_ONLY = (
    Outcome.OTHER_NO_CORRECTION,
    Outcome.OTHER_FEE_UNPAID,
    Outcome.NOT_PROCESSED_EXCESSIVE,
)
REPLY_OUTCOMES = tuple(o for o in Outcome if o not in OUTCOMES_BY_ACTION_ONLY)


class PauseKind(models.TextChoices):
    """Periods not counted in the reply deadline (art. 32, 33, 34, and the fee rules)."""

    THIRD_PARTY = "third_party", "征求第三方意见"
    INTER_AGENCY = "inter_agency", "征求其他机关意见"
    FEE = "fee", "等待缴纳信息处理费"


class FeeMethod(models.TextChoices):
    PER_APPLICATION = "per_application", "按件计收"
    PER_VOLUME = "per_volume", "按量计收"


class Art35Kind(models.TextChoices):
    ASK_REASONS = "ask_reasons", "要求说明理由"
    LONGER_DEADLINE = "longer_deadline", "延迟答复（确定合理期限）"
    NOT_PROCESSED = "not_processed", "不予处理"


class RemedyKind(models.TextChoices):
    """The three blocks of annual table 4."""

    RECONSIDERATION = "reconsideration", "行政复议"
    LITIGATION_DIRECT = "litigation_direct", "行政诉讼（未经复议直接起诉）"
    LITIGATION_AFTER = "litigation_after", "行政诉讼（复议后起诉）"


class RemedyResult(models.TextChoices):
    """The columns of each block of table 4 (总计 is a sum)."""

    UPHELD = "upheld", "结果维持"
    CORRECTED = "corrected", "结果纠正"
    OTHER = "other", "其他结果"
    PENDING = "pending", "尚未审结"
