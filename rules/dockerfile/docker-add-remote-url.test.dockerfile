FROM debian:12.5-slim

# ruleid: docker-add-remote-url
ADD https://github.com/krallin/tini/releases/download/v0.19.0/tini /usr/local/bin/tini

# ruleid: docker-add-remote-url
add --chown=10001:10001 http://downloads.example.com/agent/agent-latest.tar.gz /opt/agent/

# ok: docker-add-remote-url
ADD --checksum=sha256:93dcc18adc78c65a028a84799ecf8ad40c936fdfc5f2a57b1acda5a8117fa82c https://github.com/krallin/tini/releases/download/v0.19.0/tini /usr/local/bin/tini

# ok: docker-add-remote-url
ADD vendor/agent.tar.gz /opt/agent/

# ok: docker-add-remote-url
COPY config/app.yaml /etc/app/app.yaml
