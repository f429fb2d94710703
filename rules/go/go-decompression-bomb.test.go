package ingest

import (
	"compress/gzip"
	"compress/zlib"
	"errors"
	"io"
	"net/http"
	"os"
)

const maxEvents = 10 << 20

func upload(w http.ResponseWriter, r *http.Request) {
	zr, err := gzip.NewReader(r.Body)
	if err != nil {
		http.Error(w, "bad gzip", http.StatusBadRequest)
		return
	}
	defer zr.Close()
	// ruleid: go-decompression-bomb
	data, err := io.ReadAll(zr)
	if err != nil {
		http.Error(w, "read failed", http.StatusBadRequest)
		return
	}
	w.Write(data[:0])
}

func mirror(resp *http.Response, dst *os.File) error {
	zr, err := zlib.NewReader(resp.Body)
	if err != nil {
		return err
	}
	defer zr.Close()
	// ruleid: go-decompression-bomb
	if _, err := io.Copy(dst, zr); err != nil {
		return err
	}
	return nil
}

func uploadLimited(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	zr, err := gzip.NewReader(r.Body)
	if err != nil {
		http.Error(w, "bad gzip", http.StatusBadRequest)
		return
	}
	// ok: go-decompression-bomb
	data, err := io.ReadAll(io.LimitReader(zr, maxEvents+1))
	if err != nil || len(data) > maxEvents {
		http.Error(w, "too large", http.StatusRequestEntityTooLarge)
		return
	}
}

func restore(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	// ok: go-decompression-bomb
	return io.ReadAll(zr)
}

func capped(r *http.Request, dst io.Writer) error {
	zr, err := gzip.NewReader(r.Body)
	if err != nil {
		return err
	}
	// ok: go-decompression-bomb
	n, err := io.CopyN(dst, zr, maxEvents)
	if err == nil && n == maxEvents {
		return errors.New("payload too large")
	}
	return nil
}

func relay(w http.ResponseWriter, r *http.Request, banner io.Reader, next http.Handler) {
	zr, err := gzip.NewReader(r.Body)
	if err != nil {
		http.Error(w, "bad gzip", http.StatusBadRequest)
		return
	}
	r.Body = zr
	// todook: go-decompression-bomb
	io.Copy(w, banner)
	next.ServeHTTP(w, r)
}
