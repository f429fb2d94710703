from django.utils.html import escape, format_html, format_html_join

CSS_CLASS = "btn btn-primary"


def profile_link(user):
    # ruleid: py-django-format-html-computed
    return format_html(f"<a href='/u/{user.pk}'>{user.get_full_name()}</a>")


def status_cell(order):
    # ruleid: py-django-format-html-computed
    return format_html("<td class='{}'>%s</td>" % order.customer_note, order.status)


def tag_list(tags, label):
    # ruleid: py-django-format-html-computed
    return format_html_join(", ", "<span title='" + label + "'>{}</span>", ((t.name,) for t in tags))


def error_box(message):
    # ruleid: py-django-format-html-computed
    return format_html("<div class='error'>{}</div>".format(message))


def profile_link_safe(user):
    # ok: py-django-format-html-computed
    return format_html("<a href='/u/{}'>{}</a>", user.pk, user.get_full_name())


def button(label):
    # ok: py-django-format-html-computed
    return format_html(f"<button class='{CSS_CLASS}'>{{}}</button>", label)


def tag_list_safe(tags):
    # ok: py-django-format-html-computed
    return format_html_join(", ", "<span>{}</span>", ((t.name,) for t in tags))


def note(text):
    # ok: py-django-format-html-computed
    return format_html("<p>" + escape(text) + " {}</p>", "(edited)")
