package proxy

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/gin-gonic/gin"
)

var client = &http.Client{Timeout: 10 * time.Second}

type previewer struct {
	httpClient *http.Client
}

func preview(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-ssrf-request-url
	resp, err := http.Get(r.URL.Query().Get("url"))
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

func webhookTest(ctx context.Context, r *http.Request) error {
	// ruleid: go-ssrf-request-url
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, r.FormValue("callback"), nil)
	if err != nil {
		return err
	}
	_, err = client.Do(req)
	return err
}

func (p *previewer) status(c *gin.Context) {
	// ruleid: go-ssrf-request-url
	resp, err := p.httpClient.Get("http://" + c.Query("host") + ":8080/healthz")
	if err != nil {
		c.Status(http.StatusBadGateway)
		return
	}
	resp.Body.Close()
}

func avatar(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-ssrf-request-url
	req, _ := http.NewRequest("GET", fmt.Sprintf("%s/avatar.png", r.Header.Get("X-Avatar-Host")), nil)
	client.Do(req)
}

func userProfile(w http.ResponseWriter, r *http.Request) {
	// ok: go-ssrf-request-url
	resp, err := client.Get("https://api.example.com/users/" + url.PathEscape(r.URL.Query().Get("id")))
	if err != nil {
		return
	}
	resp.Body.Close()
}

func search(w http.ResponseWriter, r *http.Request) {
	// ok: go-ssrf-request-url
	req, _ := http.NewRequest("GET", fmt.Sprintf("https://search.internal.example.com/q?term=%s", url.QueryEscape(r.FormValue("q"))), nil)
	client.Do(req)
}

var backends = map[string]string{"eu": "https://eu.api.example.com", "us": "https://us.api.example.com"}

func regionStatus(w http.ResponseWriter, r *http.Request) {
	base, ok := backends[r.URL.Query().Get("region")]
	if !ok {
		return
	}
	// ok: go-ssrf-request-url
	resp, err := client.Get(base + "/status/" + url.PathEscape(r.URL.Query().Get("id")))
	if err == nil {
		resp.Body.Close()
	}
}

func health() error {
	// ok: go-ssrf-request-url
	resp, err := http.Get("http://localhost:8080/healthz")
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

type store interface{ Get(key string) (string, bool) }

func cached(w http.ResponseWriter, r *http.Request, cache store) {
	// ok: go-ssrf-request-url
	v, _ := cache.Get(r.URL.Query().Get("key"))
	fmt.Fprint(w, v)
}

func previewIndirect(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	// todoruleid: go-ssrf-request-url
	resp, err := http.Get(target)
	if err == nil {
		resp.Body.Close()
	}
}
