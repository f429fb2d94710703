package tools

import (
	"context"
	"fmt"
	"net/http"
	"os/exec"
)

func convert(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	// ruleid: go-exec-shell-injection
	out, err := exec.Command("sh", "-c", "convert "+name+" out.png").Output()
	if err != nil {
		http.Error(w, err.Error(), 500)
		return
	}
	w.Write(out)
}

func ping(ctx context.Context, host string) error {
	// ruleid: go-exec-shell-injection
	cmd := exec.CommandContext(ctx, "/bin/bash", "-c", fmt.Sprintf("ping -c 1 %s", host))
	return cmd.Run()
}

func runScript(script string) error {
	// ruleid: go-exec-shell-injection
	return exec.Command("cmd.exe", "/C", script).Run()
}

func convertSafe(name string) ([]byte, error) {
	// ok: go-exec-shell-injection
	return exec.Command("convert", "--", name, "out.png").Output()
}

func cleanup() error {
	// ok: go-exec-shell-injection
	return exec.Command("sh", "-c", "rm -rf /tmp/cache/* && sync").Run()
}

func pingSafe(ctx context.Context, host string) error {
	// ok: go-exec-shell-injection
	return exec.CommandContext(ctx, "ping", "-c", "1", host).Run()
}
