FROM node:20.11.1-alpine
WORKDIR /app
# ruleid: docker-chmod-world-writable
RUN chmod -R 777 /app
# ruleid: docker-chmod-world-writable
RUN mkdir -p /var/cache/app && chmod a+rwx /var/cache/app
# ruleid: docker-chmod-world-writable
COPY --chmod=0777 entrypoint.sh /usr/local/bin/entrypoint.sh
# ok: docker-chmod-world-writable
RUN chmod 755 /app && chmod 1777 /tmp
# ok: docker-chmod-world-writable
COPY --chmod=0755 healthcheck.sh /usr/local/bin/healthcheck.sh
# ok: docker-chmod-world-writable
RUN chmod u+x,g-w /usr/local/bin/healthcheck.sh
USER node
