package auth

import (
	"errors"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

var hmacKey = []byte("loaded-from-secret-store")

func userFromRequest(r *http.Request) (string, error) {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	claims := jwt.MapClaims{}
	// ruleid: go-jwt-unverified
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil {
		return "", err
	}
	sub, _ := claims["sub"].(string)
	return sub, nil
}

func legacyToken(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		// ruleid: go-jwt-unverified
		return jwt.UnsafeAllowNoneSignatureType, nil
	})
}

func verifiedUser(raw string) (string, error) {
	claims := &jwt.RegisteredClaims{}
	// ok: go-jwt-unverified
	tok, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) {
		return hmacKey, nil
	}, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil || !tok.Valid {
		return "", errors.New("invalid token")
	}
	return claims.Subject, nil
}

func tenantKeyThenVerify(raw string, keys map[string][]byte) (*jwt.Token, error) {
	claims := jwt.MapClaims{}
	// ok: go-jwt-unverified
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil {
		return nil, err
	}
	key := keys[claims["iss"].(string)]
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { return key, nil }, jwt.WithValidMethods([]string{"HS256"}))
}
