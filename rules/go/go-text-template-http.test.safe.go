package web

import (
	"bytes"
	// ok: go-text-template-http
	"html/template"
	"net/http"
)

var page = template.Must(template.New("p").Parse(`<h1>Hello {{.}}</h1>`))

func hello(w http.ResponseWriter, r *http.Request) {
	page.Execute(w, r.URL.Query().Get("name"))
}

func render(data any) (string, error) {
	var buf bytes.Buffer
	err := page.Execute(&buf, data)
	return buf.String(), err
}
