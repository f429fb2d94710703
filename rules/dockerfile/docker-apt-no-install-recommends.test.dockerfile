FROM debian:12.5-slim

# ruleid: docker-apt-no-install-recommends
RUN apt-get update && apt-get install -y curl ca-certificates \
    && rm -rf /var/lib/apt/lists/*

# ruleid: docker-apt-no-install-recommends
RUN DEBIAN_FRONTEND=noninteractive apt-get -y install build-essential

# ok: docker-apt-no-install-recommends
RUN apt-get update \
    && apt-get install -y --no-install-recommends tini \
    && rm -rf /var/lib/apt/lists/*

# ok: docker-apt-no-install-recommends
RUN apt-get -o APT::Install-Recommends=false install -y git

# ok: docker-apt-no-install-recommends
RUN pip install --no-cache-dir -r requirements.txt
