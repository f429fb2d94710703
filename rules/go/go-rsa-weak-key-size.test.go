package keys

import (
	"crypto/rand"
	"crypto/rsa"
)

func legacySigningKey() (*rsa.PrivateKey, error) {
	// ruleid: go-rsa-weak-key-size
	return rsa.GenerateKey(rand.Reader, 1024)
}

func testKey() *rsa.PrivateKey {
	// ruleid: go-rsa-weak-key-size
	key, err := rsa.GenerateKey(rand.Reader, 512)
	if err != nil {
		panic(err)
	}
	return key
}

func signingKey() (*rsa.PrivateKey, error) {
	// ok: go-rsa-weak-key-size
	return rsa.GenerateKey(rand.Reader, 3072)
}

func configuredKey(bits int) (*rsa.PrivateKey, error) {
	// ok: go-rsa-weak-key-size
	return rsa.GenerateKey(rand.Reader, bits)
}

func defaultKey() (*rsa.PrivateKey, error) {
	// ok: go-rsa-weak-key-size
	return rsa.GenerateKey(rand.Reader, 2048)
}
