package auth

import (
	"fmt"
	"math/rand"
	"net/http"
	"time"
)

const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

func GenerateResetToken(n int) string {
	rand.Seed(time.Now().UnixNano())
	b := make([]byte, n)
	for i := range b {
		// ruleid: go-math-rand-secret
		b[i] = letters[rand.Intn(len(letters))]
	}
	return string(b)
}

func login(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-math-rand-secret
	sessionID := fmt.Sprintf("%016x", rand.Int63())
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sessionID, Secure: true, HttpOnly: true})
}

func newSalt() []byte {
	salt := make([]byte, 16)
	// ruleid: go-math-rand-secret
	rand.Read(salt)
	return salt
}

func retryDelay(attempt int) time.Duration {
	// ok: go-math-rand-secret
	jitter := time.Duration(rand.Intn(250)) * time.Millisecond
	return time.Duration(attempt)*time.Second + jitter
}

func pickQuestions(all []string, n int) []string {
	// ok: go-math-rand-secret
	idx := rand.Perm(len(all))[:n]
	out := make([]string, 0, n)
	for _, i := range idx {
		out = append(out, all[i])
	}
	return out
}

func randomString(n int) string {
	b := make([]byte, n)
	for i := range b {
		// todoruleid: go-math-rand-secret
		b[i] = letters[rand.Intn(len(letters))]
	}
	return string(b)
}

func issueAPIKey() string {
	return randomString(32)
}
