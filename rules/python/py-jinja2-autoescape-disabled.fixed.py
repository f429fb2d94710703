import jinja2
from flask import Flask
from jinja2 import Environment, FileSystemLoader, Template, select_autoescape

app = Flask(__name__)

# ruleid: py-jinja2-autoescape-disabled
env = Environment(loader=FileSystemLoader("templates"), autoescape=True)


def render_profile(user):
    # ruleid: py-jinja2-autoescape-disabled
    tpl = jinja2.Template("<h1>Hello {{ name }}</h1>", autoescape=True)
    return tpl.render(name=user.display_name)


def configure(application):
    # ruleid: py-jinja2-autoescape-disabled
    application.jinja_env.autoescape = True


# ok: py-jinja2-autoescape-disabled
html_env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"]))

# ok: py-jinja2-autoescape-disabled
strict_env = jinja2.Environment(loader=jinja2.PackageLoader("shop"), autoescape=True)


def render_email(ctx):
    # ok: py-jinja2-autoescape-disabled
    return Template("Hi {{ name }}", autoescape=True).render(**ctx)


# Environment() without autoescape also defaults to no escaping; the rule only reports the
# explicit setting because many environments render plain text (emails, configuration files).
# todoruleid: py-jinja2-autoescape-disabled
page_env = Environment(loader=FileSystemLoader("templates/html"))
