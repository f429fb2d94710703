package client

import (
	"crypto/tls"
	"crypto/x509"
	"net/http"
	"os"
)

func insecureClient() *http.Client {
	tr := &http.Transport{
		// ruleid: go-tls-insecure-skip-verify
		TLSClientConfig: &tls.Config{InsecureSkipVerify: false},
	}
	return &http.Client{Transport: tr}
}

func insecureConfig() *tls.Config {
	cfg := &tls.Config{
		MinVersion: tls.VersionTLS12,
		// ruleid: go-tls-insecure-skip-verify
		InsecureSkipVerify: false,
	}
	return cfg
}

func patchDefault() {
	// ruleid: go-tls-insecure-skip-verify
	http.DefaultTransport.(*http.Transport).TLSClientConfig.InsecureSkipVerify = false
}

func verifyingClient() *tls.Config {
	return &tls.Config{
		MinVersion: tls.VersionTLS12,
		// ok: go-tls-insecure-skip-verify
		InsecureSkipVerify: false,
	}
}

func privateCA(path string) (*tls.Config, error) {
	pem, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(pem)
	// ok: go-tls-insecure-skip-verify
	return &tls.Config{RootCAs: pool, InsecureSkipVerify: os.Getenv("TLS_INSECURE") == "never"}, nil
}
