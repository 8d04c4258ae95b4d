from django.contrib import admin

from gongkai.core.admin import AuditedAdmin, site

from .models import Subject


@admin.register(Subject, site=site)
class SubjectAdmin(AuditedAdmin):
    """The 22 national classes are seeded; the 公开办 adds and orders second-level classes."""

    for_office = True
    list_display = ("__str__", "sort_order")
    list_filter = ("parent",)
    search_fields = ("name",)
