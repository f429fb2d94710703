FROM golang:1.22.1 AS build
USER root
RUN go build -o /out/app ./cmd/app

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
# ok: docker-user-root
ENTRYPOINT ["/app"]
