import jinja2
from flask import Flask, render_template, render_template_string, request
from jinja2.sandbox import SandboxedEnvironment
from mako.template import Template

app = Flask(__name__)
env = jinja2.Environment(autoescape=True)


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    # ruleid: py-template-injection
    return render_template_string(f"<h1>Hello {name}!</h1>")


@app.route("/error")
def error_page():
    # ruleid: py-template-injection
    return render_template_string("<p>Page %s not found</p>" % request.path)


@app.route("/preview", methods=["POST"])
def preview():
    # ruleid: py-template-injection
    return render_template_string(request.form["template"])


def render_banner(title):
    # ruleid: py-template-injection
    return env.from_string("<header>" + title + "</header>{{ body }}").render(body="...")


def render_receipt(customer):
    # ruleid: py-template-injection
    return Template("Dear {},\n${total}".format(customer)).render(total=10)


@app.route("/greet")
def greet():
    # ok: py-template-injection
    return render_template_string("<h1>Hello {{ name }}!</h1>", name=request.args.get("name"))


@app.route("/page")
def page():
    # ok: py-template-injection
    return render_template("page.html", q=request.args.get("q"))


def render_user_template(source, ctx):
    sandbox = SandboxedEnvironment()
    # ok: py-template-injection
    return sandbox.from_string(source).render(**ctx)


def render_static():
    # ok: py-template-injection
    return Template("<p>${greeting}</p>").render(greeting="hi")


ERROR_PAGE = "<h1>{{ code }}</h1><p>%(details)s</p>"


def not_found():
    # ok: py-template-injection
    return env.from_string(ERROR_PAGE % {"details": "The page was not found."}).render(code=404)


def shell_script(host):
    import string
    # ok: py-template-injection
    return string.Template(f"ssh {host} $command").substitute(command="uptime")


def build_email(user):
    body = f"Hello {user.name}"
    # todoruleid: py-template-injection
    return render_template_string(body)
