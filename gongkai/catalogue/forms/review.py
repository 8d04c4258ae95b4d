"""Small forms behind the action buttons of a document page."""

from django import forms

from gongkai.core.models import Department
from gongkai.core.web.forms import TextHygieneMixin

from .. import selectors
from ..choices import Validity, ValidityChangeKind
from ..models import Document
from ..services.validity import MANUAL_VALIDITIES


class ActionForm(TextHygieneMixin, forms.Form):
    """Several action forms share one page: each gets its own element ids (id_<name>_<field>)."""

    id_name = "action"

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", f"id_{self.id_name}_%s")
        super().__init__(*args, **kwargs)


def _reason(label: str, required_message: str, **kwargs) -> forms.CharField:
    return forms.CharField(
        label=label,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": required_message},
        **kwargs,
    )


class PassForm(ActionForm):
    id_name = "pass"
    opinion = forms.CharField(
        label="审查意见", required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )
    override_reason = forms.CharField(
        label="预检查放行理由",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="自动预检查发现问题、经核实仍可公开时，写明理由后放行；理由记入审查记录。",
    )


class ReturnForm(ActionForm):
    id_name = "return"
    reason = _reason("退回理由", "退回必须填写理由。", help_text="理由将显示给起草人。")


class ConfirmForm(ActionForm):
    id_name = "confirm"
    department = forms.TypedChoiceField(label="代表部门", coerce=int)
    opinion = forms.CharField(
        label="确认意见", required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, department_ids: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        departments = Department.objects.filter(pk__in=department_ids)
        self.fields["department"].choices = [(d.pk, d.name) for d in departments]
        if len(department_ids) == 1:
            self.fields["department"].initial = department_ids[0]
            self.fields["department"].widget = forms.HiddenInput()
            self.fields["opinion"].help_text = f"您将代表{departments[0].name}确认。"

    def chosen_department(self) -> Department:
        return Department.objects.get(pk=self.cleaned_data["department"])


class WithdrawForm(ActionForm):
    id_name = "withdraw"
    reason = _reason("撤回/下线理由", "下线必须填写理由。", help_text="下线后公众不再可见，记录保留。")


class SetValidityForm(ActionForm):
    id_name = "validity"
    validity = forms.ChoiceField(
        label="有效性", choices=[(v, label) for v, label in Validity.choices if v in MANUAL_VALIDITIES]
    )
    reason = _reason("理由", "修改有效性必须填写理由。")


class InterpretationNeededForm(ActionForm):
    id_name = "needed"
    needed = forms.BooleanField(label="须同步发布政策解读", required=False)


class AttachmentForm(ActionForm):
    id_name = "attachment"
    upload = forms.FileField(
        label="上传附件",
        error_messages={"required": "请选择要上传的文件。", "empty": "文件为空。"},
        help_text="支持 PDF、DOC/DOCX、XLS/XLSX、OFD、JPG/PNG、ZIP；按文件内容识别类型。",
    )


class ValidityLinkForm(ActionForm):
    id_name = "link"
    target_index_no = forms.CharField(
        label="被修改/废止文件的索引号",
        max_length=40,
        error_messages={"required": "请填写索引号。"},
        help_text="须为已发布的文件，如 000014349/2024-00001。",
    )
    kind = forms.ChoiceField(label="关系", choices=ValidityChangeKind.choices)

    def clean_target_index_no(self) -> str:
        index_no = self.cleaned_data["target_index_no"].strip()
        self.target = selectors.document_list_public().filter(index_no=index_no).first()
        if self.target is None:
            raise forms.ValidationError("未找到该索引号对应的已发布文件。")
        return index_no

    def target_document(self) -> Document:
        return self.target


class ValidityConfirmForm(ActionForm):
    """被修改文件的发布机构确认另一部门的修改/废止 (the office: a decision, with its reason)."""

    id_name = "validity_confirm"
    reason = forms.CharField(
        label="确认意见",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="公开办代为决定时须写明理由。",
    )


class ValidityDeclineForm(ActionForm):
    id_name = "validity_decline"
    reason = _reason("不同意的理由", "不同意须写明理由。", help_text="理由将显示给发文部门。")
