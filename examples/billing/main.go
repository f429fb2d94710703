package main

import (
	"crypto/md5"
	"crypto/tls"
	"database/sql"
	"fmt"
	"net/http"
	"os/exec"
)

func invoiceTotal(db *sql.DB, customer string) (*sql.Rows, error) {
	query := fmt.Sprintf("SELECT SUM(amount) FROM invoices WHERE customer = '%s'", customer)
	return db.Query(query)
}

func invoiceTotalSafe(db *sql.DB, customer string) (*sql.Rows, error) {
	return db.Query("SELECT SUM(amount) FROM invoices WHERE customer = $1", customer)
}

func exportPDF(name string) error {
	return exec.Command("sh", "-c", "wkhtmltopdf "+name+" out.pdf").Run()
}

func client() *http.Client {
	return &http.Client{Transport: &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}}
}

func fingerprint(data []byte) string {
	return fmt.Sprintf("%x", md5.Sum(data))
}

func main() {
	http.ListenAndServe(":8080", nil)
}
