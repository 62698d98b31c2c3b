from django.urls import path

from . import views

app_name = "crosstraining"
urlpatterns = [
    path("krydstraening/", views.round_list, name="round-list"),
    path("krydstraening/ny/", views.round_new, name="round-new"),
    path("krydstraening/<str:key>/", views.round_detail, name="round-detail"),
    path("krydstraening/<str:key>/traek/", views.round_draw, name="round-draw"),
    path("krydstraening/<str:key>/flyt/", views.round_move, name="round-move"),
    path("krydstraening/<str:key>/regler/", views.pair_add, name="pair-add"),
    path("krydstraening/<str:key>/regler/<int:pk>/fjern/", views.pair_remove, name="pair-remove"),
    path("krydstraening/<str:key>/deltagere/fjern/", views.member_remove, name="member-remove"),
    path("krydstraening/<str:key>/offentliggoer/", views.round_publish, name="round-publish"),
    path("krydstraening/<str:key>/slet/", views.round_delete, name="round-delete"),
    path("krydstraening/<str:key>/eksport/", views.round_export, name="round-export"),
    path("krydstraening/<str:key>/kalender.ics", views.round_calendar, name="round-calendar"),
    path("krydstraening/<str:key>/besoeg/<int:pk>/dato/", views.visit_date, name="visit-date"),
    path(
        "krydstraening/<str:key>/besoeg/<int:pk>/laering/",
        views.learning_edit,
        name="learning-edit",
    ),
]
