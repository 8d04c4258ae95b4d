"""Forms of the 依申请公开 pages. They only shape input; every rule is checked again by the services."""

from django import forms
from django.utils import timezone

from gongkai.catalogue.choices import DocumentState
from gongkai.catalogue.models import Document
from gongkai.core.models import Department
from gongkai.core.web.forms import TextHygieneMixin

from .choices import (
    REPLY_OUTCOMES,
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
)

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TEXT = forms.Textarea(attrs={"rows": 3})


def _date(label: str, required: bool = True) -> forms.DateField:
    return forms.DateField(label=label, widget=DATE, required=required, initial=timezone.localdate)


def _without_blank(choices):
    return [("", "请选择")] + list(choices)


class ApplicationForm(TextHygieneMixin, forms.Form):
    """What an applicant states (条例第二十九条). Used by the public form and by staff registration."""

    department = forms.ModelChoiceField(
        label="申请的机关", queryset=Department.objects.filter(is_active=True)
    )
    applicant_type = forms.ChoiceField(label="申请人类型", choices=ApplicantType.choices)
    name = forms.CharField(label="姓名/名称", max_length=200)
    id_type = forms.ChoiceField(
        label="证件类型（自然人）", choices=_without_blank(IdType.choices), required=False
    )
    id_number = forms.CharField(label="证件号码（自然人）", max_length=40, required=False)
    credit_code = forms.CharField(label="统一社会信用代码（法人或其他组织）", max_length=18, required=False)
    contact_person = forms.CharField(label="联系人（法人或其他组织）", max_length=50, required=False)
    phone = forms.CharField(label="联系电话", max_length=30)
    address = forms.CharField(label="通信地址", max_length=300, required=False)
    postcode = forms.CharField(label="邮政编码", max_length=10, required=False)
    email = forms.EmailField(label="电子邮箱", required=False)
    info_title = forms.CharField(label="所需政府信息的名称", max_length=300, required=False)
    info_doc_no = forms.CharField(label="文号", max_length=100, required=False)
    info_description = forms.CharField(label="所需政府信息的其他特征描述", widget=TEXT, required=False)
    delivery_form = forms.ChoiceField(label="获取信息的方式", choices=DeliveryForm.choices)
    id_proof = forms.FileField(
        label="身份证明（PDF、JPG 或 PNG，不超过 10 MB）",
        required=False,
        help_text="自然人提交身份证件，法人或其他组织提交营业执照等证明文件。",
    )

    DATA_FIELDS = (
        "applicant_type",
        "name",
        "id_type",
        "id_number",
        "credit_code",
        "contact_person",
        "phone",
        "address",
        "postcode",
        "email",
        "info_title",
        "info_doc_no",
        "info_description",
        "delivery_form",
    )


class StaffRegisterForm(ApplicationForm):
    channel = forms.ChoiceField(
        label="申请方式", choices=[c for c in Channel.choices if c[0] != Channel.ONLINE]
    )
    received_on = _date("收到申请日期（当面为提交之日，信函为签收之日，传真/电子邮件为双方确认之日）")

    def __init__(self, *args, departments=None, **kwargs):
        super().__init__(*args, **kwargs)
        if departments is not None:
            self.fields["department"].queryset = departments


class PublicApplyForm(ApplicationForm):
    answer = forms.CharField(label="验证问题", max_length=10)
    # A field people never see (hidden by CSS, labelled "leave empty"); bots that fill every input give
    # themselves away.
    website = forms.CharField(label="请勿填写此项", required=False)


class TrackForm(TextHygieneMixin, forms.Form):
    tracking_code = forms.CharField(label="查询码", max_length=20)
    second_factor = forms.CharField(
        label="证件号码、统一社会信用代码或联系电话的后4位", min_length=4, max_length=4
    )


class PublicWithdrawForm(TrackForm):
    reason = forms.CharField(label="撤回理由（可不填）", required=False, widget=TEXT)


class EmptyForm(TextHygieneMixin, forms.Form):
    pass


class CorrectionRequestForm(TextHygieneMixin, forms.Form):
    sent_on = _date("告知日期")
    items = forms.CharField(label="需补正的事项（一次性告知）", widget=TEXT)
    deadline_on = forms.DateField(label="补正期限", widget=DATE)


class CorrectionReceiveForm(TextHygieneMixin, forms.Form):
    corrected_on = _date("收到补正日期")


class LapseForm(TextHygieneMixin, forms.Form):
    as_of = _date("办结日期")


class ExtensionForm(TextHygieneMixin, forms.Form):
    days = forms.IntegerField(label="延长工作日数（不超过20）", min_value=1, max_value=20, initial=20)
    reason = forms.CharField(label="延期理由", widget=TEXT)
    approved_on = _date("批准日期")
    notified_on = _date("告知申请人日期")


class PauseStartForm(TextHygieneMixin, forms.Form):
    kind = forms.ChoiceField(label="类型", choices=[c for c in PauseKind.choices if c[0] != PauseKind.FEE])
    party = forms.CharField(label="征求意见对象", max_length=200)
    started_on = _date("开始日期")
    reason = forms.CharField(label="说明", widget=TEXT, required=False)


class PauseEndForm(TextHygieneMixin, forms.Form):
    ended_on = _date("结束日期（收到意见之日）")
    opinion = forms.CharField(label="意见", widget=TEXT, required=False)


class FeeNoticeForm(TextHygieneMixin, forms.Form):
    method = forms.ChoiceField(label="计收方式", choices=FeeMethod.choices)
    pages = forms.IntegerField(label="页数（按量计收）", min_value=1, required=False)
    notified_on = _date("收费通知日期")
    pay_by = forms.DateField(label="缴费期限", widget=DATE)


class FeePaidForm(TextHygieneMixin, forms.Form):
    paid_on = _date("缴费日期")


class Art35Form(TextHygieneMixin, forms.Form):
    kind = forms.ChoiceField(label="处理决定", choices=Art35Kind.choices)
    reason = forms.CharField(label="理由", widget=TEXT)
    decided_on = _date("决定日期")
    new_due_on = forms.DateField(label="确定的答复期限（延迟答复时）", widget=DATE, required=False)


class TransferForm(TextHygieneMixin, forms.Form):
    to_department = forms.ModelChoiceField(
        label="转至机关", queryset=Department.objects.filter(is_active=True)
    )
    on = _date("转办日期")
    reason = forms.CharField(label="转办理由", widget=TEXT)


class StaffWithdrawForm(TextHygieneMixin, forms.Form):
    on = _date("撤回日期")
    reason = forms.CharField(label="撤回理由", widget=TEXT, required=False)


class ReplyForm(TextHygieneMixin, forms.Form):
    outcome = forms.ChoiceField(
        label="办理结果", choices=_without_blank((o, Outcome(o).label) for o in REPLY_OUTCOMES)
    )
    replied_on = _date("答复日期")
    reasons = forms.CharField(label="答复内容/理由", widget=TEXT, required=False)
    legal_basis = forms.CharField(
        label="法律依据（留空则按办理结果自动填写）", max_length=200, required=False
    )
    withheld_parts = forms.CharField(label="不予公开的部分及理由（部分公开）", widget=TEXT, required=False)
    public_index_no = forms.CharField(
        label="已公开信息的索引号（予以公开·已主动公开）", max_length=40, required=False
    )
    public_location = forms.CharField(label="已公开信息的获取途径", max_length=500, required=False)
    not_our_agency = forms.BooleanField(label="不属于本机关负责公开", required=False)
    responsible_agency = forms.CharField(label="负责公开的机关及联系方式", max_length=200, required=False)

    def clean_public_index_no(self):
        index_no = self.cleaned_data["public_index_no"].strip()
        if not index_no:
            return None
        document = Document.objects.filter(index_no=index_no, state=DocumentState.PUBLISHED).first()
        if document is None:
            raise forms.ValidationError("未找到该索引号的已公开政府信息。")
        return document


class DeliveryRecordForm(TextHygieneMixin, forms.Form):
    method = forms.ChoiceField(label="送达方式", choices=DeliveryMethod.choices)
    delivered_on = _date("送达日期")
    note = forms.CharField(label="备注（如邮件单号）", max_length=200, required=False)


class ArchiveForm(TextHygieneMixin, forms.Form):
    on = _date("归档日期")


class RemedyForm(TextHygieneMixin, forms.Form):
    kind = forms.ChoiceField(label="类型", choices=RemedyKind.choices)
    filed_on = _date("提起日期")
    body = forms.CharField(label="复议机关/法院", max_length=200, required=False)
    note = forms.CharField(label="备注", widget=TEXT, required=False)


class RemedyConcludeForm(TextHygieneMixin, forms.Form):
    remedy = forms.IntegerField(widget=forms.HiddenInput)
    result = forms.ChoiceField(
        label="审结结果", choices=[c for c in RemedyResult.choices if c[0] != "pending"]
    )
    concluded_on = _date("审结日期")
