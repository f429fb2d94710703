FROM nginx:1.25.4-alpine

# ruleid: docker-add-local-file
ADD nginx.conf /etc/nginx/nginx.conf

# ruleid: docker-add-local-file
add --chown=101:101 site/ /usr/share/nginx/html/

# ok: docker-add-local-file
ADD rootfs.tar.gz /

# ok: docker-add-local-file
ADD --checksum=sha256:93dcc18adc78c65a028a84799ecf8ad40c936fdfc5f2a57b1acda5a8117fa82c https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini

# ok: docker-add-local-file
COPY mime.types /etc/nginx/mime.types

# ok: docker-add-local-file
ADD ${BUNDLE} /opt/bundle/
