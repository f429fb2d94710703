FROM alpine:3.19
RUN apk add --no-cache curl ca-certificates
# ruleid: docker-curl-insecure-tls
RUN curl  -fsSLo /tmp/app.tgz https://artifacts.internal.example.com/app-1.4.2.tgz
# ruleid: docker-curl-insecure-tls
RUN wget  -O /usr/local/bin/jq https://github.com/jqlang/jq/releases/download/jq-1.7.1/jq-linux-amd64
# ok: docker-curl-insecure-tls
RUN curl --cacert /etc/ssl/certs/internal-ca.pem -fsSLo /tmp/app.tgz https://artifacts.internal.example.com/app-1.4.2.tgz
# ok: docker-curl-insecure-tls
RUN wget -k -r -np https://docs.example.com/manual/
# todoruleid: docker-curl-insecure-tls
RUN curl -fsSLk https://artifacts.internal.example.com/tool -o /usr/local/bin/tool
