from django import forms

from gongkai.core.models import Department
from gongkai.core.web.forms import TextHygieneMixin

from .choices import ReportScope
from .models import AnnualReport


class GenerateForm(TextHygieneMixin, forms.Form):
    year = forms.IntegerField(label="报告年度", min_value=2008, max_value=2100)
    scope = forms.ChoiceField(label="报告类型", choices=ReportScope.choices)
    department = forms.ModelChoiceField(
        label="报告机关",
        queryset=Department.objects.filter(is_active=True),
        required=False,
        help_text="全县汇总不必选择；本级政府选择政府办公室。",
    )

    def __init__(self, *args, departments=None, office=False, **kwargs):
        super().__init__(*args, **kwargs)
        if departments is not None:
            self.fields["department"].queryset = departments
        if not office:
            self.fields["scope"].choices = [(ReportScope.DEPARTMENT, ReportScope.DEPARTMENT.label)]
            self.fields["department"].help_text = ""


class ReportForm(TextHygieneMixin, forms.ModelForm):
    class Meta:
        model = AnnualReport
        fields = [*AnnualReport.TEXT_FIELDS, *AnnualReport.INPUT_FIELDS]
        widgets = {f: forms.Textarea(attrs={"rows": 4}) for f in AnnualReport.TEXT_FIELDS}
