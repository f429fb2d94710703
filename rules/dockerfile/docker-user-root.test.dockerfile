FROM node:20.11.1-bookworm-slim AS build
USER root
RUN apt-get update && apt-get install -y --no-install-recommends python3
USER node
RUN npm ci

FROM node:20.11.1-bookworm-slim
USER root
RUN apt-get update && apt-get install -y --no-install-recommends tini
COPY --from=build /app /app
USER root
WORKDIR /app
ENTRYPOINT ["tini", "--"]
# ruleid: docker-user-root
CMD ["node", "server.js"]
