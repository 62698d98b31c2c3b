from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Area, Organisation, Person, Suggestion, Task, Unit


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ("name", "municipality_code")


@admin.register(Area)
class AreaAdmin(admin.ModelAdmin):
    list_display = ("name", "key")
    search_fields = ("name", "key")


class TaskInline(admin.TabularInline):
    model = Task
    extra = 0


@admin.register(Unit)
class UnitAdmin(SimpleHistoryAdmin):
    list_display = ("name", "key", "kind", "area", "profile_updated_at")
    list_filter = ("area", "kind")
    search_fields = ("name", "key")
    autocomplete_fields = ("parent",)
    filter_horizontal = ("editors",)
    inlines = [TaskInline]


@admin.register(Person)
class PersonAdmin(SimpleHistoryAdmin):
    list_display = ("name", "key", "title", "unit", "is_leader", "user")
    list_filter = ("is_leader", "unit__area")
    search_fields = ("name", "key", "email")
    autocomplete_fields = ("unit", "user")


@admin.register(Suggestion)
class SuggestionAdmin(admin.ModelAdmin):
    list_display = ("unit", "kind", "author", "status", "created_at")
    list_filter = ("status", "kind")
    raw_id_fields = ("unit", "author", "decided_by")
