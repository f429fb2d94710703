FROM alpine:3.19
RUN addgroup -S app && adduser -S app -G app
USER app
COPY --chown=app:app . /srv
USER 0:0
RUN apk add --no-cache curl
# ruleid: docker-user-root
CMD ["/srv/run.sh"]
