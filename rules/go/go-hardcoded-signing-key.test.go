package auth

import (
	"net/http"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/gorilla/sessions"
)

// ruleid: go-hardcoded-signing-key
var jwtKey = []byte("my_secret_key")

// ruleid: go-hardcoded-signing-key
var store = sessions.NewCookieStore([]byte("super-secret-session-key"))

func issue(userID string) (string, error) {
	claims := jwt.RegisteredClaims{Subject: userID, ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour))}
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	// ruleid: go-hardcoded-signing-key
	return token.SignedString([]byte("s3cr3t-signing-key"))
}

func verify(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		// ruleid: go-hardcoded-signing-key
		return []byte("s3cr3t-signing-key"), nil
	}, jwt.WithValidMethods([]string{"HS256"}))
}

// ok: go-hardcoded-signing-key
var signingKey = []byte(os.Getenv("JWT_SIGNING_KEY"))

func issueSafe(userID string) (string, error) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{Subject: userID})
	// ok: go-hardcoded-signing-key
	return token.SignedString(signingKey)
}

func sessionStore() *sessions.CookieStore {
	// ok: go-hardcoded-signing-key
	return sessions.NewCookieStore([]byte(os.Getenv("SESSION_AUTH_KEY")), []byte(os.Getenv("SESSION_ENC_KEY")))
}

func handler(w http.ResponseWriter, r *http.Request) {
	// ok: go-hardcoded-signing-key
	contentType := []byte("application/json")
	w.Write(contentType)
}
