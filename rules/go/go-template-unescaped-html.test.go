package web

import (
	"bytes"
	"html"
	"html/template"
	"net/http"

	"github.com/microcosm-cc/bluemonday"
)

var page = template.Must(template.New("p").Parse(`<h1>{{.Title}}</h1><div>{{.Body}}</div><a href="{{.Link}}">more</a>`))

type view struct {
	Title template.HTML
	Body  template.HTML
	Link  template.URL
}

var policy = bluemonday.UGCPolicy()

func comment(w http.ResponseWriter, r *http.Request) {
	v := view{
		// ruleid: go-template-unescaped-html
		Title: template.HTML("<b>" + r.FormValue("title") + "</b>"),
		// ruleid: go-template-unescaped-html
		Body: template.HTML(r.FormValue("body")),
		// ruleid: go-template-unescaped-html
		Link: template.URL(r.FormValue("next")),
	}
	page.Execute(w, v)
}

func commentSafe(w http.ResponseWriter, r *http.Request) {
	v := view{
		// ok: go-template-unescaped-html
		Title: template.HTML("<b>Comments</b>"),
		// ok: go-template-unescaped-html
		Body: template.HTML(policy.Sanitize(r.FormValue("body"))),
		// ok: go-template-unescaped-html
		Link: template.URL("/comments?page=" + "1"),
	}
	page.Execute(w, v)
}

func escapedTitle(r *http.Request) template.HTML {
	// ok: go-template-unescaped-html
	return template.HTML(html.EscapeString(r.FormValue("title")))
}

// Real-world shape (golang.org/x/net/trace, bench/quality.mjs): the buffer holds the output of an
// html/template execution, which html/template has already escaped.
func (h *histogram) html() template.HTML {
	buf := new(bytes.Buffer)
	if err := distTmpl.Execute(buf, h.newData()); err != nil {
		buf.Reset()
	}
	// ok: go-template-unescaped-html
	return template.HTML(buf.String())
}

func rawComment(r *http.Request) template.HTML {
	buf := new(bytes.Buffer)
	buf.WriteString(r.FormValue("comment"))
	// ruleid: go-template-unescaped-html
	return template.HTML(buf.String())
}
