package api

import (
	"net/http"
	"os"
	"strings"

	"github.com/labstack/echo/v4/middleware"
	"github.com/rs/cors"
)

func withCORS(h http.Handler) http.Handler {
	// ruleid: go-cors-any-origin-credentials
	c := cors.New(cors.Options{
		AllowedOrigins:   []string{"*"},
		AllowedMethods:   []string{http.MethodGet, http.MethodPost},
		AllowCredentials: true,
	})
	return c.Handler(h)
}

func defaultOrigins(h http.Handler) http.Handler {
	// ruleid: go-cors-any-origin-credentials
	return cors.New(cors.Options{AllowCredentials: true, AllowedHeaders: []string{"Authorization"}}).Handler(h)
}

func reflectAll(h http.Handler) http.Handler {
	// ruleid: go-cors-any-origin-credentials
	return cors.New(cors.Options{
		AllowOriginFunc:  func(origin string) bool { return true },
		AllowCredentials: true,
	}).Handler(h)
}

var echoCORS = middleware.CORSWithConfig(middleware.CORSConfig{
	AllowOrigins: []string{"*"},
	// ruleid: go-cors-any-origin-credentials
	UnsafeWildcardOriginWithAllowCredentials: true,
})

func trusted(h http.Handler) http.Handler {
	// ok: go-cors-any-origin-credentials
	c := cors.New(cors.Options{
		AllowedOrigins:   []string{"https://app.example.com", "https://admin.example.com"},
		AllowCredentials: true,
	})
	return c.Handler(h)
}

func publicAPI(h http.Handler) http.Handler {
	// ok: go-cors-any-origin-credentials
	return cors.New(cors.Options{AllowedOrigins: []string{"*"}, AllowCredentials: false}).Handler(h)
}

func subdomains(h http.Handler) http.Handler {
	// ok: go-cors-any-origin-credentials
	return cors.New(cors.Options{
		AllowOriginFunc: func(origin string) bool {
			return strings.HasSuffix(origin, ".example.com")
		},
		AllowCredentials: true,
	}).Handler(h)
}

func fromEnv(h http.Handler) http.Handler {
	// ok: go-cors-any-origin-credentials
	return cors.New(cors.Options{AllowedOrigins: strings.Split(os.Getenv("CORS_ORIGINS"), ","), AllowCredentials: true}).Handler(h)
}
