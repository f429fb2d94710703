package web

import (
	"net/http"
	// ruleid: go-text-template-http
	"text/template"
)

var profile = template.Must(template.New("profile").Parse(`<h1>Hello {{.Name}}</h1><p>{{.Bio}}</p>`))

type user struct {
	Name string
	Bio  string
}

func showProfile(w http.ResponseWriter, r *http.Request) {
	u := user{Name: r.URL.Query().Get("name"), Bio: r.FormValue("bio")}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := profile.Execute(w, u); err != nil {
		http.Error(w, "render failed", http.StatusInternalServerError)
	}
}
