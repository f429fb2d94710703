package vault

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/rand"
	"crypto/rc4"
	"io"

	"golang.org/x/crypto/blowfish"
)

func legacyEncrypt(key, iv, plain []byte) ([]byte, error) {
	// ruleid: go-weak-cipher
	block, err := des.NewTripleDESCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(plain))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, plain)
	return out, nil
}

func obfuscate(key, data []byte) []byte {
	// ruleid: go-weak-cipher
	c, _ := rc4.NewCipher(key)
	out := make([]byte, len(data))
	c.XORKeyStream(out, data)
	return out
}

func singleDES(key []byte) (cipher.Block, error) {
	// ruleid: go-weak-cipher
	return des.NewCipher(key)
}

func fish(key []byte) (cipher.Block, error) {
	// ruleid: go-weak-cipher
	return blowfish.NewCipher(key)
}

func seal(key, plain []byte) ([]byte, error) {
	// ok: go-weak-cipher
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, plain, nil), nil
}

type desk struct{}

func (desk) NewCipher(k []byte) error { return nil }

func unrelated(k []byte) error {
	var d desk
	// ok: go-weak-cipher
	return d.NewCipher(k)
}

func expensiveBlowfishSetup(key, salt []byte) (*blowfish.Cipher, error) {
	// ok: go-weak-cipher
	return blowfish.NewSaltedCipher(key, salt)
}
