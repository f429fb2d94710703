FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends sudo \
    && useradd -m app && echo "app ALL=(ALL) NOPASSWD:ALL" > /etc/sudoers.d/app
USER app
# ruleid: docker-sudo
RUN sudo apt-get update
# ruleid: docker-sudo
RUN mkdir -p /srv/data && sudo chown app /srv/data
# ok: docker-sudo
RUN echo "sudo is installed above" > /tmp/note
USER root
# ok: docker-sudo
RUN apt-get install -y --no-install-recommends jq
USER app
