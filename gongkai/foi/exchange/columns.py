"""The one column set of application import and export.

Format:
- CSV: UTF-8 with a byte-order mark (so Excel opens it correctly), one application per row, the English keys
  below as the header row. Dates are YYYY-MM-DD, the receipt time ISO 8601 (YYYY-MM-DDTHH:MM:SS+08:00).
  The list columns (pauses, art35, deliveries, remedies, transfers) hold a JSON array of objects.
- JSON: {"format": "gongkai-foi-applications", "version": 1, "applications": [ {key: value, ...}, ... ]}
  with the same keys; list columns are arrays, empty values are "" (or [] for lists).

Choice columns take the English codes (the Chinese label is shown next to each code on the import page).
Not exported: the identity-proof file (a file, not a field) and who performed each step inside the legacy
system (those people have no account here): on import, the importing office user is recorded as the person
who registered, approved or recorded each step, and one audit event `foi_import` per application says so.
The due date is exported for reading; on import it is recomputed from the receipt date and the events with
this platform's working-day calendar (the clock is never taken on trust).
"""

from dataclasses import dataclass

from ..choices import (
    ApplicantType,
    Art35Kind,
    Channel,
    DeliveryForm,
    DeliveryMethod,
    FeeMethod,
    IdType,
    Outcome,
    PauseKind,
    RemedyKind,
    RemedyResult,
    State,
)

TEXT, DATE, DATETIME, INT, BOOL, CHOICE, LIST = "text", "date", "datetime", "int", "bool", "choice", "list"


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: str = TEXT
    required: bool = False
    choices: type | None = None
    note: str = ""

    @property
    def allowed(self) -> str:
        if self.choices is not None:
            return "；".join(f"{c.value}={c.label}" for c in self.choices)
        return {
            DATE: "日期，YYYY-MM-DD",
            DATETIME: "时间，ISO 8601",
            INT: "正整数",
            BOOL: "true 或 false",
            LIST: "JSON 数组",
        }.get(self.kind, "文本")


C = Column
COLUMNS: tuple[Column, ...] = (
    C(
        "department_code",
        "办理机关代码",
        required=True,
        note="机构代码（部门的 issuer_code），须为本平台已有的机关",
    ),
    C("department_name", "办理机关名称", note="仅供阅读，导入时以机关代码为准"),
    C("reg_year", "登记年度", INT, required=True),
    C("reg_seq", "登记序号", INT, required=True, note="同一机关、同一年度内不得重复"),
    C("tracking_code", "查询码", note="留空则生成新的查询码；与已有申请重复时报错"),
    C("channel", "申请方式", CHOICE, True, Channel),
    C("received_at", "收到时间", DATETIME, note="留空则取收到申请日期的9时"),
    C("received_on", "收到申请日期", DATE, True),
    C("applicant_type", "申请人类型", CHOICE, True, ApplicantType),
    C("name", "申请人姓名/名称", required=True),
    C("id_type", "证件类型", CHOICE, False, IdType, "自然人必填"),
    C("id_number", "证件号码", note="自然人必填"),
    C("credit_code", "统一社会信用代码", note="法人或其他组织必填"),
    C("contact_person", "联系人"),
    C("phone", "联系电话", required=True),
    C("address", "通信地址"),
    C("postcode", "邮政编码"),
    C("email", "电子邮箱"),
    C("info_title", "所需信息名称"),
    C("info_doc_no", "文号"),
    C("info_description", "所需信息的其他特征描述", note="与所需信息名称至少填一项"),
    C("delivery_form", "获取信息的方式", CHOICE, True, DeliveryForm),
    C("state", "状态", CHOICE, True, State),
    C("due_on", "答复期限", DATE, note="导出供阅读；导入时按本平台工作日历重新计算"),
    C("outcome", "办理结果", CHOICE, False, Outcome, "已答复、已终止、已归档的必填，其他状态须留空"),
    C("legal_basis", "法律依据"),
    C("reply_reasons", "答复内容/理由"),
    C("withheld_parts", "不予公开的部分及理由"),
    C("public_document_index_no", "已公开信息的索引号", note="须为本平台已有的政府信息"),
    C("public_location", "已公开信息的获取途径"),
    C("not_our_agency", "不属于本机关负责公开", BOOL),
    C("responsible_agency", "负责公开的机关"),
    C("replied_on", "答复日期", DATE),
    C("closed_on", "办结日期", DATE),
    C("withdrawn_on", "撤回日期", DATE),
    C("archived_on", "归档日期", DATE),
    C("correction_sent_on", "补正告知日期", DATE),
    C("correction_items", "需补正的事项"),
    C("correction_deadline_on", "补正期限", DATE),
    C("corrected_on", "收到补正日期", DATE),
    C("extension_days", "延长工作日数", INT, note="1至20"),
    C("extension_reason", "延期理由"),
    C("extension_approved_on", "延期批准日期", DATE),
    C("extension_notified_on", "延期告知申请人日期", DATE),
    C("fee_method", "信息处理费计收方式", CHOICE, False, FeeMethod),
    C("fee_ordinal", "本月第几件申请", INT),
    C("fee_pages", "页数", INT),
    C("fee_amount", "金额（元）", INT),
    C("fee_notified_on", "收费通知日期", DATE),
    C("fee_pay_by", "缴费期限", DATE),
    C("fee_paid_on", "缴费日期", DATE),
    C(
        "pauses",
        "不计入期限的期间",
        LIST,
        note=f"[{{kind, party, started_on, ended_on, opinion}}]；kind：{'/'.join(PauseKind.values)}"
        "（fee 为等待缴费的期间，有收费通知时应有且只有一个）",
    ),
    C(
        "art35",
        "第三十五条处理",
        LIST,
        note=f"[{{kind, reason, decided_on, new_due_on}}]；kind：{'/'.join(Art35Kind.values)}",
    ),
    C(
        "deliveries",
        "送达记录",
        LIST,
        note=f"[{{method, delivered_on, note}}]；method：{'/'.join(DeliveryMethod.values)}",
    ),
    C(
        "remedies",
        "行政复议/行政诉讼",
        LIST,
        note=f"[{{kind, filed_on, result, concluded_on, body, note}}]；kind：{'/'.join(RemedyKind.values)}；"
        f"result：{'/'.join(RemedyResult.values)}",
    ),
    C(
        "transfers",
        "转办记录",
        LIST,
        note="[{from_department_code, to_department_code, old_registration_no, transferred_on, reason}]",
    ),
)
KEYS = tuple(c.key for c in COLUMNS)
BY_KEY = {c.key: c for c in COLUMNS}
JSON_FORMAT = "gongkai-foi-applications"
