package main

import (
	"log"
	"net/http"
	// ruleid: go-pprof-exposed
	"os"

	// ok: go-pprof-exposed
	_ "github.com/lib/pq"
	// ok: go-pprof-exposed
	_ "embed"
)

func main() {
	http.HandleFunc("/api/orders", orders)
	log.Fatal(http.ListenAndServe(":"+os.Getenv("PORT"), nil))
}

func orders(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}
