from django.contrib import admin

from .models import CohesionSnapshot, Collaboration, Reason


@admin.register(Reason)
class ReasonAdmin(admin.ModelAdmin):
    list_display = ("unit_a", "unit_b", "kind", "date", "label")
    list_filter = ("kind",)
    raw_id_fields = ("unit_a", "unit_b")


@admin.register(Collaboration)
class CollaborationAdmin(admin.ModelAdmin):
    list_display = ("unit", "partner", "about", "status", "declared_at")
    list_filter = ("status",)
    raw_id_fields = ("unit", "partner", "declared_by", "decided_by")


@admin.register(CohesionSnapshot)
class CohesionSnapshotAdmin(admin.ModelAdmin):
    list_display = ("taken_at", "is_baseline", "taken_by")
