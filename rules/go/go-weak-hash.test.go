package integrity

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"io"
)

func fileDigest(r io.Reader) (string, error) {
	// ruleid: go-weak-hash
	h := md5.New()
	if _, err := io.Copy(h, r); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func passwordHash(password, salt string) string {
	// ruleid: go-weak-hash
	sum := sha1.Sum([]byte(salt + password))
	return hex.EncodeToString(sum[:])
}

func fingerprint(data []byte) [16]byte {
	// ruleid: go-weak-hash
	return md5.Sum(data)
}

func fileDigestSafe(r io.Reader) (string, error) {
	// ok: go-weak-hash
	h := sha256.New()
	if _, err := io.Copy(h, r); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func fingerprintSafe(data []byte) [32]byte {
	// ok: go-weak-hash
	return sha256.Sum256(data)
}

func totpMAC(key, counter []byte) []byte {
	// ok: go-weak-hash
	mac := hmac.New(sha1.New, key)
	mac.Write(counter)
	return mac.Sum(nil)
}
