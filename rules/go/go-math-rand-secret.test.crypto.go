package auth

import (
	"crypto/rand"
	"encoding/base64"
	"math/big"
)

func GenerateResetToken() (string, error) {
	b := make([]byte, 32)
	// ok: go-math-rand-secret
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

func otpCode() (string, error) {
	// ok: go-math-rand-secret
	n, err := rand.Int(rand.Reader, big.NewInt(1000000))
	if err != nil {
		return "", err
	}
	return n.String(), nil
}
