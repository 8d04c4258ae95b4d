"""The 政策解读 form: all forms of interpretation, the seven structured sections and an optional 图解 file."""

from django import forms

from gongkai.core.web.forms import Fieldsets, TextHygieneMixin

from ..models import Interpretation
from ..services.interpretations import FIELDS
from .common import rich_text


class InterpretationForm(TextHygieneMixin, Fieldsets, forms.ModelForm):
    FIELDSETS = [
        ("解读信息", ["title", "form", "author"]),
        ("结构化内容", list(Interpretation.SECTION_FIELDS)),
        ("正文与媒体", ["body", "media_url", "upload"]),
    ]

    # Declared so that a link typed without a scheme is taken as https (Django 6's default).
    media_url = forms.URLField(label="音视频链接", required=False, max_length=200, assume_scheme="https")
    upload = forms.FileField(
        label="图解图片或附件",
        required=False,
        help_text="图解请上传 JPG/PNG 图片；也可上传 PDF 等文件。每次保存可上传一个文件。",
    )

    class Meta:
        model = Interpretation
        fields = list(FIELDS)
        widgets = {name: forms.Textarea(attrs={"rows": 3}) for name in Interpretation.SECTION_FIELDS} | {
            "body": forms.Textarea(attrs={"rows": 10}),
        }

    def clean_body(self) -> str:
        return rich_text(self.cleaned_data.get("body", ""))

    def service_data(self) -> dict:
        return {name: self.cleaned_data[name] for name in FIELDS}

    def content_changed(self) -> bool:
        return any(name != "upload" for name in self.changed_data)
