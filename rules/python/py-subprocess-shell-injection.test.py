import shlex
import subprocess
from subprocess import Popen, PIPE


def make_thumbnail(request):
    src = request.args["path"]
    # ruleid: py-subprocess-shell-injection
    subprocess.run(f"convert {src} -resize 128x128 /tmp/thumb.png", shell=True, check=True)


def grep_logs(pattern):
    # ruleid: py-subprocess-shell-injection
    out = subprocess.check_output("grep -r " + pattern + " /var/log/app", shell=True)
    return out.decode()


def ping(host):
    # ruleid: py-subprocess-shell-injection
    proc = Popen("ping -c 1 %s" % host, shell=True, stdout=PIPE)
    return proc.communicate()[0]


def archive(name):
    cmd = "tar czf /backups/%s.tgz /srv/data" % name
    # ruleid: py-subprocess-shell-injection
    return subprocess.call(cmd, shell=True)


def make_thumbnail_safe(src):
    # ok: py-subprocess-shell-injection
    subprocess.run(["convert", src, "-resize", "128x128", "/tmp/thumb.png"], check=True)


def disk_usage():
    # ok: py-subprocess-shell-injection
    return subprocess.check_output("df -h | sort -k5 -r", shell=True)


def grep_logs_quoted(pattern):
    # ok: py-subprocess-shell-injection
    return subprocess.check_output(f"grep -r {shlex.quote(pattern)} /var/log/app", shell=True)


def run_list(path):
    # ok: py-subprocess-shell-injection
    return subprocess.run(["ls", "-l", path], shell=False)
