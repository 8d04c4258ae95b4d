from django import forms

from gongkai.core.web.forms import TextHygieneMixin

from .models import HolidayKind


class HolidayForm(TextHygieneMixin, forms.Form):
    date = forms.DateField(label="日期", widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    kind = forms.ChoiceField(label="类别", choices=HolidayKind.choices, widget=forms.RadioSelect)
    name = forms.CharField(label="节日名称", max_length=100, help_text="如：国庆节、春节。")
    note = forms.CharField(
        label="备注", max_length=200, required=False, help_text="如：国办发明电〔2026〕X号。"
    )
