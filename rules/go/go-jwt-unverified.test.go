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

// Real-world shape (github.com/golang-jwt/jwt parser.go, bench/quality.mjs): the library's own
// verifying parser decodes first, then checks the signature with the signing method.
func (p *Parser) ParseWithClaims(tokenString string, claims jwt.Claims, keyFunc jwt.Keyfunc) (*jwt.Token, error) {
	// ok: go-jwt-unverified
	token, parts, err := p.inner.ParseUnverified(tokenString, claims)
	if err != nil {
		return token, err
	}
	key, err := keyFunc(token)
	if err != nil {
		return token, err
	}
	if err := token.Method.Verify(strings.Join(parts[0:2], "."), []byte(parts[2]), key); err != nil {
		return token, err
	}
	token.Valid = true
	return token, nil
}
