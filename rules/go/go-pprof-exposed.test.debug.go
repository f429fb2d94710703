package main

import (
	"log"
	"net/http"
	// ok: go-pprof-exposed
	_ "net/http/pprof"
)

func debugServer() {
	go func() {
		log.Println(http.ListenAndServe("localhost:6060", nil))
	}()
}
