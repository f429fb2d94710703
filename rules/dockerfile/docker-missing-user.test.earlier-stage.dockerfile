FROM node:20.11.1-alpine AS deps
USER node
RUN npm ci --omit=dev

FROM node:20.11.1-alpine
COPY --from=deps /home/node/app /app
# ruleid: docker-missing-user
CMD ["node", "/app/server.js"]
