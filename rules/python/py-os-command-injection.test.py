import os
import shlex
import subprocess


def backup(db_name):
    # ruleid: py-os-command-injection
    os.system(f"pg_dump {db_name} > /backups/{db_name}.sql")


def lookup(domain):
    # ruleid: py-os-command-injection
    return os.popen("nslookup " + domain).read()


def count_lines(path):
    # ruleid: py-os-command-injection
    return subprocess.getoutput("wc -l %s" % path)


def uptime():
    # ok: py-os-command-injection
    return os.popen("uptime").read()


def clear_cache():
    # ok: py-os-command-injection
    os.system("rm -rf /tmp/app-cache/" "*.tmp")


def backup_quoted(db_name):
    # ok: py-os-command-injection
    os.system(f"pg_dump {shlex.quote(db_name)} > /backups/latest.sql")


def backup_safe(db_name):
    # ok: py-os-command-injection
    subprocess.run(["pg_dump", "--file", f"/backups/{db_name}.sql", db_name], check=True)
