package config

import "os"

// ruleid: secret-hardcoded-password-go
const adminPassword = "Adm1n-Passw0rd"

// ruleid: secret-hardcoded-password-go
var apiKey string = "c0ffee0ddba11f00d123"

func Load() Config {
	// ruleid: secret-hardcoded-password-go
	dbPassword := "s3cr3t-db-pw"
	return Config{
		// ruleid: secret-hardcoded-password-go
		Password: "another-s3cret",
		// ok: secret-hardcoded-password-go
		Token: os.Getenv("SERVICE_TOKEN"),
		User:  "svc",
		Extra: dbPassword,
	}
}

// ok: secret-hardcoded-password-go
const passwordMinLength = 12

// ok: secret-hardcoded-password-go
var secretName = "payments/db"

// Real-world shapes (bench/quality.mjs): option names, WebDAV lock tokens, pagination cursors.
const (
	// ok: secret-hardcoded-password-go
	token = "logentries-token"
	// ok: secret-hardcoded-password-go
	sequenceToken = "sequenceToken"
)

// ok: secret-hardcoded-password-go
var lockToken = ifList{Token: `urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6`}

// ok: secret-hardcoded-password-go
var nextToken = "AQICAHjOiFofVZCZ0aEN1VnF1m9jq"

// ok: secret-hardcoded-password-go
var noLock = ifList{Token: `DAV:no-lock`}
