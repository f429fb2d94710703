FROM node:20.11.1-alpine AS build
RUN npm ci

FROM node:20.11.1-alpine
COPY --from=build /app /app
USER node
# ok: docker-missing-user
CMD ["node", "/app/server.js"]
