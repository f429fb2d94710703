#!/bin/sh
set -e
# ruleid: docker-chmod-world-writable
chmod 666 /var/run/app.sock
# ruleid: docker-chmod-world-writable
sudo chmod o+w /etc/app/config.yaml
# ok: docker-chmod-world-writable
chmod 640 /etc/app/config.yaml
# ok: docker-chmod-world-writable
chmod 0750 /opt/app/bin
