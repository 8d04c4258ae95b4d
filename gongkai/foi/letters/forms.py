from django import forms

from gongkai.core.web.forms import TextHygieneMixin

from .models import LetterSettings, LetterTemplate


class TemplateForm(TextHygieneMixin, forms.ModelForm):
    class Meta:
        model = LetterTemplate
        fields = ["title", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 16})}


class SettingsForm(TextHygieneMixin, forms.ModelForm):
    class Meta:
        model = LetterSettings
        fields = ["reconsideration_body", "court_name"]


class DeliveredFileForm(TextHygieneMixin, forms.Form):
    file = forms.FileField(label="提供给申请人的文件（PDF、Word、Excel、OFD、图片、ZIP）")
