"""Audit codes written by 依申请公开 (the 办理记录), and the access-log codes for reading personal data."""

from django.db import models


class FoiAudit(models.TextChoices):
    REGISTER = "foi_register", "登记申请"
    IMPORT = "foi_import", "从其他系统导入"
    EXPORT = "foi_export", "导出申请数据"
    VET = "foi_vet", "开始审核"
    START_HANDLING = "foi_start_handling", "转入办理"
    TRANSFER = "foi_transfer", "转交其他部门"
    WITHDRAW = "foi_withdraw", "申请人撤回"
    CORRECTION_REQUEST = "foi_correction_request", "告知补正"
    CORRECTION_RECEIVE = "foi_correction_receive", "收到补正"
    CORRECTION_LAPSE = "foi_correction_lapse", "逾期未补正"
    EXTENSION_GRANT = "foi_extension_grant", "延期答复"
    PAUSE_START = "foi_pause_start", "开始征求意见（期限中止）"
    PAUSE_END = "foi_pause_end", "征求意见结束（期限恢复）"
    ART35_DECIDE = "foi_art35_decide", "第三十五条处理决定"
    FEE_NOTICE = "foi_fee_notice", "收费通知"
    FEE_PAID = "foi_fee_paid", "已缴费"
    FEE_LAPSE = "foi_fee_lapse", "逾期未缴费"
    REPLY = "foi_reply", "作出答复"
    DELIVERY = "foi_delivery", "送达"
    ARCHIVE = "foi_archive", "归档"
    REMEDY_RECORD = "foi_remedy_record", "登记复议或诉讼"
    REMEDY_CONCLUDE = "foi_remedy_conclude", "复议或诉讼结案"
    PROPOSAL_CREATE = "foi_proposal_create", "提出转主动公开建议"
    PROPOSAL_DRAFT = "foi_proposal_draft", "按建议起草主动公开信息"


class FoiAccess(models.TextChoices):
    """Reads of an applicant's personal data: written to the access log, not to the 办理记录."""

    VIEW = "foi_view", "查看申请"
    VIEW_ID_PROOF = "foi_view_id_proof", "查看身份证明"
