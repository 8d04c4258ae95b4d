"""Automatic pre-checks shown to reviewers: personal data, sensitive words, missing metadata.

Any finding blocks approval unless a reviewer overrides it with a written reason.
"""

from dataclasses import dataclass

from django.db.models import Q

from gongkai.core.models import SensitiveWord
from gongkai.core.textchecks import find_personal_data, find_sensitive_words, mask

from ..choices import DisclosureAttr
from ..models import Attachment, Document
from ..sanitize import html_to_text


@dataclass(frozen=True)
class PrecheckIssue:
    kind: str  # personal_data, sensitive_word, missing_metadata, unreadable
    where: str
    label: str
    detail: str = ""


def _required_missing(document: Document) -> list[str]:
    missing = []
    checks = [
        ("成文日期", document.written_on),
        ("主题分类", document.subject_id),
        ("体裁", document.genre),
        ("内容概述", document.summary.strip()),
        ("公开属性", document.disclosure_attr),
    ]
    missing += [label for label, value in checks if not value]
    if document.disclosure_attr == DisclosureAttr.PROACTIVE and not document.columns.exists():
        missing.append("所属栏目")
    if document.requires_interpretation and not document.interpretations.exists():
        missing.append("政策解读")
    return missing


def _texts(document: Document) -> list[tuple[str, str]]:
    texts = [("标题", document.title), ("内容概述", document.summary), ("正文", html_to_text(document.body))]
    for attachment in document.attachments.all():
        texts.append((f"附件《{attachment.original_name}》", attachment.text))
    for item in document.interpretations.all():
        parts = [item.title, item.body, *(getattr(item, f) for f in item.SECTION_FIELDS)]
        texts.append((f"解读《{item.title}》", "\n".join(parts)))
        for attachment in item.attachments.all():
            texts.append((f"解读附件《{attachment.original_name}》", attachment.text))
    return texts


def document_prechecks(*, document: Document) -> list[PrecheckIssue]:
    issues = [
        PrecheckIssue("missing_metadata", "元数据", f"缺少{label}") for label in _required_missing(document)
    ]
    words = list(SensitiveWord.objects.values_list("word", flat=True))
    for where, text in _texts(document):
        for finding in find_personal_data(text or ""):
            issues.append(PrecheckIssue("personal_data", where, finding.label, mask(finding.match)))
        for finding in find_sensitive_words(text or "", words) if words else []:
            issues.append(PrecheckIssue("sensitive_word", where, finding.label, finding.match))
    unreadable = Attachment.objects.filter(text_ok=False).filter(
        Q(document=document) | Q(interpretation__document=document)
    )
    for attachment in unreadable:
        issues.append(
            PrecheckIssue("unreadable", f"附件《{attachment.original_name}》", "无法提取文本，请人工检查")
        )
    return issues
