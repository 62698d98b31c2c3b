from django.urls import path

from . import views

app_name = "directory"
urlpatterns = [
    path("", views.home, name="home"),
    path("omraader/", views.area_list, name="area-list"),
    path("omraader/<str:key>/", views.area_detail, name="area-detail"),
    path("omraader/<str:key>/enheder/", views.area_units, name="area-units"),
    path("enheder/<str:key>/", views.unit_detail, name="unit-detail"),
    path("enheder/<str:key>/under/", views.unit_children, name="unit-children"),
    path("enheder/<str:key>/rediger/", views.unit_edit, name="unit-edit"),
    path("enheder/<str:key>/opgaver/", views.unit_tasks, name="unit-tasks"),
    path("enheder/<str:key>/foreslaa/", views.suggestion_create, name="suggestion-create"),
    path("enheder/<str:key>/forslag/", views.suggestion_list, name="suggestion-list"),
    path("forslag/<int:pk>/godkend/", views.suggestion_accept, name="suggestion-accept"),
    path("forslag/<int:pk>/afvis/", views.suggestion_decline, name="suggestion-decline"),
    path("enheder/<str:key>/historik/", views.unit_history, name="unit-history"),
    path("personer/<str:key>/", views.person_detail, name="person-detail"),
    path("personer/<str:key>/redaktoer/", views.person_editor, name="person-editor"),
    path("personer/<str:key>/rediger/", views.person_edit, name="person-edit"),
    path("personer/<str:key>/historik/", views.person_history, name="person-history"),
    path("vedligehold/", views.maintenance, name="maintenance"),
    path("vedligehold/paamind/", views.maintenance_remind, name="maintenance-remind"),
    path("tilgaengelighed/", views.accessibility, name="accessibility"),
]
