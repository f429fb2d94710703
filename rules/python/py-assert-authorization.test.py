from django.core.exceptions import PermissionDenied
from django.http import JsonResponse


def delete_invoice(request, invoice_id):
    # ruleid: py-assert-authorization
    assert request.user.has_perm("billing.delete_invoice"), "not allowed"
    Invoice.objects.filter(pk=invoice_id).delete()
    return JsonResponse({"deleted": invoice_id})


def admin_dashboard(request):
    # ruleid: py-assert-authorization
    assert request.user.is_staff
    return render(request, "admin/dashboard.html")


def update_project(user, project, changes):
    # ruleid: py-assert-authorization
    assert project.owner_id == user.id or user.role == "admin"
    project.update(**changes)


def delete_invoice_safe(request, invoice_id):
    # ok: py-assert-authorization
    if not request.user.has_perm("billing.delete_invoice"):
        raise PermissionDenied
    Invoice.objects.filter(pk=invoice_id).delete()
    return JsonResponse({"deleted": invoice_id})


def paginate(items, page_size):
    # ok: py-assert-authorization
    assert page_size > 0, "page_size must be positive"
    return [items[i:i + page_size] for i in range(0, len(items), page_size)]


def load_user(session):
    user = session.get_user()
    # ok: py-assert-authorization
    assert isinstance(user.permissions, frozenset)
    return user


def test_staff_can_open_dashboard(admin_client, admin_user):
    # ok: py-assert-authorization
    assert admin_user.is_staff
    assert admin_client.get("/admin/").status_code == 200
