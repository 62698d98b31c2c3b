from django.urls import path

from . import views

app_name = "threads"
urlpatterns = [
    path("traade/", views.relation_map, name="map"),
    path("traade/data.json", views.map_json, name="map-data"),
    path("traade/tabel/", views.thread_table, name="table"),
    path("traade/sammenhaeng/", views.cohesion_view, name="cohesion"),
    path("traade/sammenhaeng/maal/", views.snapshot_take, name="snapshot-take"),
    path("traade/enheder/<str:key>/samarbejde/", views.collaboration_new, name="collaboration-new"),
    path("traade/enheder/<str:key>/moed/", views.meet, name="meet"),
    path(
        "traade/samarbejde/<int:pk>/svar/", views.collaboration_decide, name="collaboration-decide"
    ),
    path("traade/samarbejde/<int:pk>/afslut/", views.collaboration_end, name="collaboration-end"),
]
