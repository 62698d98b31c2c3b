from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from .models import DeletionRequest, User


@admin.register(User)
class TraadeUserAdmin(UserAdmin):
    list_display = ("username", "first_name", "last_name", "is_process_leader", "is_active")
    list_filter = ("is_process_leader", "is_staff", "is_active")
    fieldsets = (
        *UserAdmin.fieldsets,
        ("Tråde", {"fields": ("is_process_leader",)}),
    )


@admin.register(DeletionRequest)
class DeletionRequestAdmin(admin.ModelAdmin):
    list_display = ("name", "username", "created_at", "handled_at", "handled_by")
    list_filter = ("handled_at",)
    search_fields = ("name", "username")
