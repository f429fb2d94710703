package web

import (
	"net/http"
	// ruleid: go-text-template-http
	tt "text/template"

	"github.com/gin-gonic/gin"
)

var pages = tt.Must(tt.ParseGlob("templates/*.tmpl"))

func search(c *gin.Context) {
	c.Status(http.StatusOK)
	pages.ExecuteTemplate(c.Writer, "search.tmpl", gin.H{"q": c.Query("q")})
}
