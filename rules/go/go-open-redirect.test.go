package auth

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

func afterLogin(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-open-redirect
	http.Redirect(w, r, r.URL.Query().Get("return_to"), http.StatusFound)
}

func back(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-open-redirect
	http.Redirect(w, r, r.Header.Get("Referer"), http.StatusSeeOther)
}

func logout(c *gin.Context) {
	c.SetCookie("session", "", -1, "/", "", true, true)
	// ruleid: go-open-redirect
	c.Redirect(http.StatusFound, c.Query("next"))
}

func continueTo(c echo.Context) error {
	// ruleid: go-open-redirect
	return c.Redirect(http.StatusFound, "https://"+c.QueryParam("host")+"/welcome")
}

func requireLogin(w http.ResponseWriter, r *http.Request) {
	// ok: go-open-redirect
	http.Redirect(w, r, "/login?next="+url.QueryEscape(r.URL.RequestURI()), http.StatusFound)
}

func forceHTTPS(w http.ResponseWriter, r *http.Request) {
	// ok: go-open-redirect
	http.Redirect(w, r, "https://"+r.Host+r.URL.RequestURI(), http.StatusMovedPermanently)
}

func afterLoginSafe(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("return_to")
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") {
		next = "/"
	}
	// ok: go-open-redirect
	http.Redirect(w, r, next, http.StatusFound)
}

func dashboard(c *gin.Context) {
	// ok: go-open-redirect
	c.Redirect(http.StatusFound, "/teams/"+url.PathEscape(c.Param("team"))+"/dashboard")
}

func afterLoginIndirect(w http.ResponseWriter, r *http.Request) {
	target := r.FormValue("next")
	// todoruleid: go-open-redirect
	http.Redirect(w, r, target, http.StatusFound)
}
