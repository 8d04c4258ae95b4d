"""Audit codes written by the catalogue: documents, their review, interpretations, columns and topics."""

from django.db import models

from gongkai.core.audit_vocabulary import audit_codes_register


class CatalogueAudit(models.TextChoices):
    DOCUMENT_CREATE = "document_create", "创建"
    DOCUMENT_UPDATE = "document_update", "修改内容"
    DOCUMENT_SUBMIT = "document_submit", "提交审查"
    FIRST_REVIEW_PASS = "first_review_pass", "初审通过"
    SECOND_REVIEW_PASS = "second_review_pass", "复审通过"
    DOCUMENT_PUBLISH = "document_publish", "批准发布"
    DOCUMENT_RECORD = "document_record", "批准（不主动公开，仅登记）"
    DOCUMENT_RETURN = "document_return", "退回起草人"
    CONFIRMATION_PASS = "confirmation_pass", "涉及部门确认"
    REVIEW_RESTART = "review_restart", "审查后修改，退回初审"
    DOCUMENT_WITHDRAW = "document_withdraw", "撤回/下线"
    DOCUMENT_REOPEN = "document_reopen", "下线后重新编辑"
    INTERPRETATION_REQUIRED = "interpretation_required", "标记须同步解读"
    ATTACHMENT_ADD = "attachment_add", "添加附件"
    ATTACHMENT_REMOVE = "attachment_remove", "删除附件"
    INTERPRETATION_CREATE = "interpretation_create", "添加政策解读"
    INTERPRETATION_UPDATE = "interpretation_update", "修改政策解读"
    INTERPRETATION_DELETE = "interpretation_delete", "删除政策解读"
    VALIDITY_LINK_ADD = "validity_link_add", "添加修改/废止关系"
    VALIDITY_LINK_REMOVE = "validity_link_remove", "删除修改/废止关系"
    VALIDITY_CHANGE = "validity_change", "被其他文件修改/废止"
    VALIDITY_SET = "validity_set", "修改有效性"
    VALIDITY_CHANGE_PENDING = "validity_change_pending", "修改/废止他部门文件，待其确认"
    VALIDITY_CHANGE_CONFIRM = "validity_change_confirm", "确认被修改/废止"
    VALIDITY_CHANGE_OFFICE_CONFIRM = "validity_change_office_confirm", "公开办决定修改/废止生效"
    VALIDITY_CHANGE_DECLINE = "validity_change_decline", "不同意被修改/废止"
    COLUMN_CREATE = "column_create", "新建栏目"
    COLUMN_UPDATE = "column_update", "修改栏目"
    COLUMN_DELETE = "column_delete", "删除栏目"
    TOPIC_CREATE = "topic_create", "新建专题"
    TOPIC_UPDATE = "topic_update", "修改专题"
    TOPIC_DELETE = "topic_delete", "删除专题"


def register() -> None:
    audit_codes_register(CatalogueAudit, owner="catalogue")
