package notify

import (
	"bytes"
	"net/http"
	// ok: go-text-template-http
	"text/template"
)

var welcome = template.Must(template.New("mail").Parse("Hi {{.Name}},\nwelcome aboard!\n"))

func preview(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	welcome.Execute(w, map[string]string{"Name": r.FormValue("name")})
}

func body(name string) string {
	var buf bytes.Buffer
	welcome.Execute(&buf, map[string]string{"Name": name})
	return buf.String()
}
