package server

import (
	"crypto/tls"
	"net/http"
)

func legacyServer(cert tls.Certificate) *http.Server {
	return &http.Server{
		Addr: ":8443",
		TLSConfig: &tls.Config{
			Certificates: []tls.Certificate{cert},
			// ruleid: go-tls-weak-min-version
			MinVersion: tls.VersionTLS10,
		},
	}
}

func legacyClient() *tls.Config {
	cfg := &tls.Config{ServerName: "legacy.example.com"}
	// ruleid: go-tls-weak-min-version
	cfg.MinVersion = tls.VersionTLS11
	return cfg
}

func ancientClient() *tls.Config {
	// ruleid: go-tls-weak-min-version
	return &tls.Config{MinVersion: tls.VersionSSL30}
}

func modernServer(cert tls.Certificate) *tls.Config {
	return &tls.Config{
		Certificates: []tls.Certificate{cert},
		// ok: go-tls-weak-min-version
		MinVersion: tls.VersionTLS12,
	}
}

func strictClient() *tls.Config {
	cfg := &tls.Config{}
	// ok: go-tls-weak-min-version
	cfg.MinVersion = tls.VersionTLS13
	// ok: go-tls-weak-min-version
	cfg.MaxVersion = tls.VersionTLS11
	return cfg
}
