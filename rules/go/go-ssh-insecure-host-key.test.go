package remote

import (
	"net"
	"os"
	"path/filepath"

	"golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/knownhosts"
)

func connect(addr, user string, signer ssh.Signer) (*ssh.Client, error) {
	cfg := &ssh.ClientConfig{
		User: user,
		Auth: []ssh.AuthMethod{ssh.PublicKeys(signer)},
		// ruleid: go-ssh-insecure-host-key
		HostKeyCallback: ssh.InsecureIgnoreHostKey(),
	}
	return ssh.Dial("tcp", addr, cfg)
}

func connectPassword(addr, user, password string) (*ssh.Client, error) {
	cfg := &ssh.ClientConfig{
		User: user,
		Auth: []ssh.AuthMethod{ssh.Password(password)},
		// ruleid: go-ssh-insecure-host-key
		HostKeyCallback: func(hostname string, remote net.Addr, key ssh.PublicKey) error {
			return nil
		},
	}
	return ssh.Dial("tcp", addr, cfg)
}

func legacyConfig(cfg *ssh.ClientConfig) {
	// ruleid: go-ssh-insecure-host-key
	cfg.HostKeyCallback = func(string, net.Addr, ssh.PublicKey) error { return nil }
}

func connectVerified(addr, user string, signer ssh.Signer) (*ssh.Client, error) {
	// ok: go-ssh-insecure-host-key
	callback, err := knownhosts.New(filepath.Join(os.Getenv("HOME"), ".ssh", "known_hosts"))
	if err != nil {
		return nil, err
	}
	cfg := &ssh.ClientConfig{
		User:            user,
		Auth:            []ssh.AuthMethod{ssh.PublicKeys(signer)},
		HostKeyCallback: callback,
	}
	return ssh.Dial("tcp", addr, cfg)
}

func pinned(hostKey ssh.PublicKey) *ssh.ClientConfig {
	return &ssh.ClientConfig{
		// ok: go-ssh-insecure-host-key
		HostKeyCallback: ssh.FixedHostKey(hostKey),
	}
}

func logging(inner ssh.HostKeyCallback) *ssh.ClientConfig {
	return &ssh.ClientConfig{
		// ok: go-ssh-insecure-host-key
		HostKeyCallback: func(hostname string, remote net.Addr, key ssh.PublicKey) error {
			if err := inner(hostname, remote, key); err != nil {
				return err
			}
			return nil
		},
	}
}
