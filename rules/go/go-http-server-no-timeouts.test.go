package main

import (
	"log"
	"net"
	"net/http"
	"time"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) })
	// ruleid: go-http-server-no-timeouts
	log.Fatal(http.ListenAndServe(":8080", mux))
}

func serveAdmin(l net.Listener, h http.Handler) error {
	// ruleid: go-http-server-no-timeouts
	srv := &http.Server{
		Handler: h,
		ErrorLog: log.Default(),
	}
	return srv.Serve(l)
}

func serveTLS(h http.Handler) error {
	// ruleid: go-http-server-no-timeouts
	return http.ListenAndServeTLS(":8443", "cert.pem", "key.pem", h)
}

// ok: go-http-server-no-timeouts
var publicServer = &http.Server{
	Addr:              ":8080",
	ReadHeaderTimeout: 5 * time.Second,
	IdleTimeout:       2 * time.Minute,
}

func serveAPI(h http.Handler) error {
	// ok: go-http-server-no-timeouts
	srv := &http.Server{Addr: ":9000", Handler: h}
	srv.ReadTimeout = 10 * time.Second
	srv.WriteTimeout = 30 * time.Second
	return srv.ListenAndServe()
}
