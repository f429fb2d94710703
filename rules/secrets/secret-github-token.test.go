package release

import (
	"context"
	"os"

	"github.com/google/go-github/v60/github"
)

func client(ctx context.Context) *github.Client {
	// ruleid: secret-github-token
	token := "ghs_Ac9QeWJKY40uvSwMFLZDe1f8rESQedUStPKR"
	return github.NewClient(nil).WithAuthToken(token)
}

func clientFromEnv(ctx context.Context) *github.Client {
	// ok: secret-github-token
	return github.NewClient(nil).WithAuthToken(os.Getenv("GITHUB_TOKEN"))
}

// ruleid: secret-github-token
const fallbackToken = `gho_D53X83RZJzzzzgEOzdmenCkhvMdgaKjIg8xN`
