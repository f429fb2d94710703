from django.utils.html import conditional_escape, escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from markupsafe import Markup

ICON = "<svg class='icon'></svg>"


def user_badge(user):
    # ruleid: py-mark-safe-computed-html
    return mark_safe(f"<span class='badge'>{user.username}</span>")


def comment_html(comment):
    # ruleid: py-mark-safe-computed-html
    return mark_safe("<p>" + comment.body + "</p>")


def link(url, label):
    # ruleid: py-mark-safe-computed-html
    return mark_safe('<a href="%s">%s</a>' % (url, label))


def flash_message(text):
    # ruleid: py-mark-safe-computed-html
    return Markup("<div class='flash'>{}</div>".format(text))


def user_badge_safe(user):
    # ok: py-mark-safe-computed-html
    return format_html("<span class='badge'>{}</span>", user.username)


def comment_html_safe(comment):
    # ok: py-mark-safe-computed-html
    return mark_safe("<p>" + escape(comment.body) + "</p>")


def flash_message_safe(text):
    # ok: py-mark-safe-computed-html
    return Markup("<div class='flash'>{}</div>").format(text)


def icon_button():
    # ok: py-mark-safe-computed-html
    return mark_safe(f"<button>{ICON}</button>")


def link_safe(url, label):
    # ok: py-mark-safe-computed-html
    return mark_safe('<a href="%s">%s</a>' % (escape(url), escape(label)))


def items_list(items):
    rows = format_html_join("", "<li>{}</li>", ((i.name,) for i in items))
    # ok: py-mark-safe-computed-html
    return mark_safe(f"<ul>{conditional_escape(rows)}</ul>")


def render_bio(profile):
    html = "<div>" + profile.bio + "</div>"
    # todoruleid: py-mark-safe-computed-html
    return mark_safe(html)
