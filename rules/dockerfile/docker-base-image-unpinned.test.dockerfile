# syntax=docker/dockerfile:1
ARG NODE_VERSION=20.11.1

# ruleid: docker-base-image-unpinned
FROM node AS deps
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev

# ruleid: docker-base-image-unpinned
FROM --platform=$BUILDPLATFORM golang:latest AS tools
RUN go install example.com/tool@v1.4.0

# ok: docker-base-image-unpinned
FROM node:${NODE_VERSION}-alpine AS build
COPY --from=deps /app/node_modules ./node_modules

# ok: docker-base-image-unpinned
FROM deps AS test
RUN npm test

# ruleid: docker-base-image-unpinned
from ghcr.io/acme/runtime:latest AS runtime-base

# ruleid: docker-base-image-unpinned
FROM registry.internal:5000/platform/base

# ok: docker-base-image-unpinned
FROM registry.internal:5000/platform/base:2024.03

# ok: docker-base-image-unpinned
FROM gcr.io/distroless/nodejs20-debian12@sha256:3f1c4d2b5a8e9f7c6d0b1a2e3f4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c

# ok: docker-base-image-unpinned
FROM scratch
COPY --from=tools /go/bin/tool /tool

# ok: docker-base-image-unpinned
FROM python:3.12.2-slim-bookworm
USER 10001

# ok: docker-base-image-unpinned
FROM base-image-built-elsewhere AS tools2
