FROM golang:1.22.1 AS build
RUN go build -o /app .

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /app /app
# ok: docker-missing-user
ENTRYPOINT ["/app"]
