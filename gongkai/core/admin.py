"""The administration console (Django admin): accounts and departments for the 系统管理员, settings the
公开办 keeps (contact data for the guide, sensitive words, subject classes) for both. Every change audited:
adding, changing, deleting (one or in bulk), roles, and passwords set for someone or changed by oneself."""

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.forms.models import model_to_dict
from django.urls import reverse

from .audit import audit_record
from .audit_codes import CoreAudit
from .duties import role_conflicts
from .models import Department, RoleAssignment, SensitiveWord, SiteProfile, User
from .permissions import is_office, is_sysadmin


def _is_settings_keeper(user) -> bool:
    return is_sysadmin(user) or is_office(user)


def _password_hash(pk) -> str | None:
    return User.objects.filter(pk=pk).values_list("password", flat=True).first()


def _audited_password_view(request, *, user: User | None, action: str, view):
    """Run a password view; when it changed `user`'s password, audit that in the same transaction.

    Comparing the stored hash catches every way the view saves (new password or password login disabled)
    and nothing else (an invalid form, a refused request). The hash itself is never recorded.
    """
    with transaction.atomic():
        before = _password_hash(user.pk) if user is not None else None
        response = view()
        if user is not None and before is not None and _password_hash(user.pk) != before:
            user.refresh_from_db(fields=["password"])
            audit_record(
                actor=request.user,
                action=action,
                obj=user,
                after={"usable_password": user.has_usable_password()},
            )
    return response


class GongkaiAdminSite(admin.AdminSite):
    site_header = site_title = "政务公开平台 · 系统管理"
    index_title = "系统管理"

    def has_permission(self, request):
        return request.user.is_active and _is_settings_keeper(request.user)

    def login(self, request, extra_context=None):
        # One login for the whole platform, with its lockout; the admin's own form would bypass it.
        if request.user.is_authenticated:
            raise PermissionDenied("您没有系统管理权限。")
        return redirect_to_login(request.GET.get("next") or reverse("sysadmin:index"), reverse("core:login"))

    def password_change(self, request, extra_context=None):
        user = request.user if request.user.is_authenticated else None
        return _audited_password_view(
            request,
            user=user,
            action=CoreAudit.PASSWORD_CHANGE,
            view=lambda: super(GongkaiAdminSite, self).password_change(request, extra_context),
        )


site = GongkaiAdminSite(name="sysadmin")


def _jsonable(obj) -> dict:
    data = model_to_dict(obj)
    data.pop("password", None)
    return {k: (v if isinstance(v, (str, int, float, bool, type(None))) else str(v)) for k, v in data.items()}


class AuditedAdmin(admin.ModelAdmin):
    """Sysadmin-only by default; `for_office = True` opens a model to the 公开办 as well."""

    for_office = False

    def _allowed(self, request, obj=None) -> bool:
        return is_sysadmin(request.user) or (self.for_office and is_office(request.user))

    has_module_permission = has_view_permission = has_add_permission = _allowed
    has_change_permission = has_delete_permission = _allowed

    def save_model(self, request, obj, form, change):
        before = _jsonable(type(obj).objects.get(pk=obj.pk)) if change else None
        super().save_model(request, obj, form, change)
        audit_record(
            actor=request.user,
            action=CoreAudit.ADMIN_CHANGE if change else CoreAudit.ADMIN_ADD,
            obj=obj,
            before=before,
            after=_jsonable(obj),
        )

    def delete_model(self, request, obj):
        audit_record(actor=request.user, action=CoreAudit.ADMIN_DELETE, obj=obj, before=_jsonable(obj))
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        # The "delete selected" action: one event per object, so each object's history ends with its deletion.
        with transaction.atomic():
            for obj in queryset:
                audit_record(
                    actor=request.user, action=CoreAudit.ADMIN_BULK_DELETE, obj=obj, before=_jsonable(obj)
                )
            super().delete_queryset(request, queryset)


class RoleInline(admin.TabularInline):
    model = RoleAssignment
    extra = 1
    has_view_permission = has_add_permission = has_change_permission = has_delete_permission = (
        lambda self, request, obj=None: is_sysadmin(request.user)
    )


@admin.register(User, site=site)
class UserAdmin(AuditedAdmin, DjangoUserAdmin):
    list_display = ("username", "full_name", "is_active", "last_login")
    search_fields = ("username", "full_name")
    fieldsets = (
        (None, {"fields": ("username", "password", "full_name", "email", "is_active")}),
        ("登录记录", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"fields": ("username", "full_name", "password1", "password2")}),)
    readonly_fields = ("last_login", "date_joined")
    inlines = [RoleInline]

    def save_related(self, request, form, formsets, change):
        def roles():
            return sorted(str(r) for r in form.instance.roles.select_related("department"))

        before = roles() if change else []
        super().save_related(request, form, formsets, change)
        after = roles()
        if before != after:
            audit_record(
                actor=request.user,
                action=CoreAudit.ROLES_CHANGE,
                obj=form.instance,
                before={"roles": before},
                after={"roles": after},
            )
        for conflict in role_conflicts(user=form.instance):
            messages.warning(request, conflict.message)

    def user_change_password(self, request, id, form_url=""):
        return _audited_password_view(
            request,
            user=self.get_object(request, unquote(id)),
            action=CoreAudit.PASSWORD_SET,
            view=lambda: super(UserAdmin, self).user_change_password(request, id, form_url),
        )


@admin.register(Department, site=site)
class DepartmentAdmin(AuditedAdmin):
    list_display = ("name", "kind", "parent", "issuer_code", "sort_order", "is_active")
    list_filter = ("kind", "is_active")
    search_fields = ("name", "issuer_code")


@admin.register(SiteProfile, site=site)
class SiteProfileAdmin(AuditedAdmin):
    for_office = True

    def has_add_permission(self, request):
        return self._allowed(request) and not SiteProfile.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(SensitiveWord, site=site)
class SensitiveWordAdmin(AuditedAdmin):
    for_office = True
    list_display = ("word", "note")
    search_fields = ("word",)
