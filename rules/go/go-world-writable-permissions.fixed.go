package deploy

import (
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

func installScript(dir string, script []byte) error {
	path := filepath.Join(dir, "run.sh")
	if err := os.WriteFile(path, script, 0o700); err != nil {
		return err
	}
	// ruleid: go-world-writable-permissions
	return os.Chmod(path, 0755)
}

func shareCache(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	// ruleid: go-world-writable-permissions
	return os.Chmod(dir, os.ModePerm)
}

func openLog(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o640)
	if err != nil {
		return nil, err
	}
	// ruleid: go-world-writable-permissions
	if err := f.Chmod(0644); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

func init() {
	// ruleid: go-world-writable-permissions
	syscall.Umask(0)
}

func restrict(path string) error {
	// ok: go-world-writable-permissions
	return os.Chmod(path, 0600)
}

func publish(dir string) error {
	// ok: go-world-writable-permissions
	if err := os.Chmod(dir, 0o755); err != nil {
		return err
	}
	// ok: go-world-writable-permissions
	return os.Chmod(filepath.Join(dir, "index.html"), fs.FileMode(0644))
}

func sharedTmp(dir string) error {
	// ok: go-world-writable-permissions
	return os.Chmod(dir, 01777|os.ModeSticky)
}

func tightenUmask() {
	// ok: go-world-writable-permissions
	syscall.Umask(0o077)
}

func lockOut(path string) error {
	// ok: go-world-writable-permissions
	return os.Chmod(path, 0)
}
