package main

// ruleid: go-pprof-exposed

import (
	"net/http"
)

func serve() error {
	return http.ListenAndServe(":8080", nil)
}
