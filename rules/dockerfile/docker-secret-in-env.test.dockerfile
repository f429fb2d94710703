FROM node:20.11.1-alpine

# ruleid: docker-secret-in-env
ENV STRIPE_API_KEY=sk_live_51HxQeHKaQ2r8Zz1cYpL0m9Vt
# ruleid: docker-secret-in-env
ARG NPM_TOKEN=npm_4Jd8sKq2LmXn9PzR5tYv7WbC3eFg1HiA6kLo
# ruleid: docker-secret-in-env
ENV DB_PASSWORD "s3cr3t-Pr0d-Passw0rd"
# ruleid: docker-secret-in-env
env NODE_ENV=production JWT_SECRET="f9a8d7c6b5e4d3c2b1a0"

# ok: docker-secret-in-env
ARG NPM_TOKEN
# ok: docker-secret-in-env
ENV DB_PASSWORD_FILE=/run/secrets/db_password
# ok: docker-secret-in-env
ENV API_KEY=${API_KEY}
# ok: docker-secret-in-env
ENV GITHUB_TOKEN=changeme
# ok: docker-secret-in-env
ENV NODE_ENV=production PORT=8080

RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci
