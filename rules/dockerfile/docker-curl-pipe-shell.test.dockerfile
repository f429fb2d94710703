FROM ubuntu:22.04

# ruleid: docker-curl-pipe-shell
RUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash -

# ruleid: docker-curl-pipe-shell
RUN set -eux; wget -qO- https://get.example.com/install.sh | sudo sh -s -- --yes

# ruleid: docker-curl-pipe-shell
RUN bash <(curl -s https://raw.githubusercontent.com/acme/tools/main/bootstrap.sh)

# ok: docker-curl-pipe-shell
RUN curl -fsSLo /tmp/install.sh https://get.example.com/v1.2.3/install.sh \
    && echo "4b0ab3fce4dc0d1fd1d5c6ab9b7bde3fcd29b6e5d1e9a3f0c2f59a0e3ad7f5e2  /tmp/install.sh" | sha256sum -c - \
    && sh /tmp/install.sh

# ok: docker-curl-pipe-shell
RUN curl -fsSL https://github.com/acme/cli/releases/download/v2.1.0/cli_linux_amd64.tar.gz | tar -xz -C /usr/local/bin
