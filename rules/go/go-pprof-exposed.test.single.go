package main

// ruleid: go-pprof-exposed
import _ "net/http/pprof"

import (
	"net/http"
)

func serve() error {
	return http.ListenAndServe(":8080", nil)
}
