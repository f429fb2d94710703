package crypto

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io"
)

// ruleid: go-static-iv
var defaultIV = []byte{0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f}

func encryptCBC(key, plain []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(plain))
	// ruleid: go-static-iv
	cipher.NewCBCEncrypter(block, []byte("1234567890abcdef")).CryptBlocks(out, plain)
	return out, nil
}

func encryptCTR(key, plain []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	// ruleid: go-static-iv
	stream := cipher.NewCTR(block, make([]byte, aes.BlockSize))
	out := make([]byte, len(plain))
	stream.XORKeyStream(out, plain)
	return out, nil
}

func sealFixed(aead cipher.AEAD, plain []byte) []byte {
	// ruleid: go-static-iv
	return aead.Seal(nil, []byte("unique-nonce"), plain, nil)
}

func legacyKeyIV() []byte {
	// ruleid: go-static-iv
	nonce, _ := hex.DecodeString("000000000000000000000000")
	return nonce
}

func encryptGCM(key, plain []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	// ok: go-static-iv
	nonce := make([]byte, gcm.NonceSize())
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		return nil, err
	}
	// ok: go-static-iv
	return gcm.Seal(nonce, nonce, plain, nil), nil
}

func decryptCBC(key, data []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	if len(data) < aes.BlockSize || len(data)%aes.BlockSize != 0 {
		return nil, errors.New("bad ciphertext")
	}
	iv, body := data[:aes.BlockSize], data[aes.BlockSize:]
	out := make([]byte, len(body))
	// ok: go-static-iv
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(out, body)
	return out, nil
}

func header() []byte {
	// ok: go-static-iv
	magic := []byte("GLV1")
	return magic
}

const ivText = "fedcba9876543210"

func ivFromConstant(block cipher.Block) cipher.Stream {
	// todoruleid: go-static-iv
	return cipher.NewCTR(block, []byte(ivText))
}
