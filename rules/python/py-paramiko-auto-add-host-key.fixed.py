import paramiko
from paramiko import AutoAddPolicy, SSHClient


def deploy(host, user, key_path):
    client = paramiko.SSHClient()
    # ruleid: py-paramiko-auto-add-host-key
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=user, key_filename=key_path)
    return client


def backup(host, password):
    ssh = SSHClient()
    ssh.load_system_host_keys()
    # ruleid: py-paramiko-auto-add-host-key
    ssh.set_missing_host_key_policy(AutoAddPolicy)
    ssh.connect(host, username="backup", password=password)
    return ssh


def monitor(host):
    client = paramiko.SSHClient()
    # ruleid: py-paramiko-auto-add-host-key
    client.set_missing_host_key_policy(paramiko.client.RejectPolicy())
    client.connect(host, username="monitor")
    return client


def deploy_safe(host, user, key_path):
    client = paramiko.SSHClient()
    client.load_host_keys("/etc/deploy/known_hosts")
    # ok: py-paramiko-auto-add-host-key
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=user, key_filename=key_path)
    return client


def default_policy(host):
    client = paramiko.SSHClient()
    # ok: py-paramiko-auto-add-host-key
    client.load_system_host_keys()
    client.connect(host)
    return client
