package session

import (
	"net/http"
	"time"
)

func setSession(w http.ResponseWriter, id string) {
	// ruleid: go-cookie-missing-secure
	http.SetCookie(w, &http.Cookie{
		Name:     "session",
		Value:    id,
		Path:     "/",
		HttpOnly: true,
		Secure:   true,
	})
}

func setPrefs(w http.ResponseWriter, theme string) {
	// ruleid: go-cookie-missing-secure
	c := http.Cookie{Name: "theme", Value: theme, Expires: time.Now().Add(24 * time.Hour)}
	http.SetCookie(w, &c)
}

func setSessionSafe(w http.ResponseWriter, id string) {
	// ok: go-cookie-missing-secure
	http.SetCookie(w, &http.Cookie{
		Name:     "session",
		Value:    id,
		Path:     "/",
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteLaxMode,
	})
}

func setCSRF(w http.ResponseWriter, r *http.Request, token string) {
	// ok: go-cookie-missing-secure
	http.SetCookie(w, &http.Cookie{Name: "csrf", Value: token, Secure: r.TLS != nil, SameSite: http.SameSiteStrictMode})
}
