package files

import (
	"net/http"
	"os"
	"path/filepath"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/mux"
)

const uploadDir = "/srv/uploads"

func download(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-path-traversal
	p := filepath.Join(uploadDir, r.URL.Query().Get("file"))
	http.ServeFile(w, r, p)
}

func deleteUpload(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-path-traversal
	if err := os.Remove(filepath.Join(uploadDir, mux.Vars(r)["name"])); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
	}
}

func avatar(c *gin.Context) {
	// ruleid: go-path-traversal
	data, err := os.ReadFile("/srv/avatars/" + c.Param("user") + ".png")
	if err != nil {
		c.Status(http.StatusNotFound)
		return
	}
	c.Data(http.StatusOK, "image/png", data)
}

func downloadSafe(w http.ResponseWriter, r *http.Request) {
	// ok: go-path-traversal
	p := filepath.Join(uploadDir, filepath.Base(r.URL.Query().Get("file")))
	http.ServeFile(w, r, p)
}

func config() ([]byte, error) {
	// ok: go-path-traversal
	return os.ReadFile(filepath.Join(os.Getenv("APP_HOME"), "config.yaml"))
}

func downloadIndirect(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("file")
	// todoruleid: go-path-traversal
	f, err := os.Open(filepath.Join(uploadDir, name))
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	defer f.Close()
}
