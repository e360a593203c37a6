from django.urls import path

from . import account_data, invitations, membership, registrations, submissions, views

app_name = "portal"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("join/", membership.join, name="join"),
    path("join/new/", membership.propose, name="propose"),
    path("members/", membership.members, name="members"),
    path("members/<int:pk>/remove/", membership.remove_member, name="remove_member"),
    path("members/invite/", invitations.invite, name="invite"),
    path("invitations/<str:token>/", invitations.accept, name="invitation"),
    path("profile/", membership.profile, name="profile"),
    path("account/", account_data.account, name="account"),
    path("account/download/", account_data.download, name="account_download"),
    path("account/delete/", account_data.delete, name="account_delete"),
    path("items/new/<slug:kind>/", submissions.new_item, name="item_new"),
    path("items/<int:pk>/edit/", submissions.edit_item, name="item_edit"),
    path("items/<int:pk>/preview/", submissions.preview_item, name="item_preview"),
    path("items/<int:pk>/submit/", submissions.submit_item, name="item_submit"),
    path("items/<int:pk>/withdraw/", submissions.withdraw_item, name="item_withdraw"),
    path("items/<int:pk>/registrations/", registrations.registrations, name="item_registrations"),
]
