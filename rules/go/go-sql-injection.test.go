package store

import (
	"context"
	"database/sql"
	"fmt"
)

type Store struct {
	db *sql.DB
}

func (s *Store) FindUser(name string) (*sql.Rows, error) {
	// ruleid: go-sql-injection
	return s.db.Query("SELECT id, email FROM users WHERE name = '" + name + "'")
}

func (s *Store) DeleteOrder(ctx context.Context, id string) error {
	// ruleid: go-sql-injection
	_, err := s.db.ExecContext(ctx, fmt.Sprintf("DELETE FROM orders WHERE id = %s", id))
	return err
}

func (s *Store) Count(table string) (int, error) {
	var n int
	// ruleid: go-sql-injection
	err := s.db.QueryRow(fmt.Sprintf("SELECT count(*) FROM %s", table)).Scan(&n)
	return n, err
}

func (s *Store) Sorted(ctx context.Context, column string) (*sql.Rows, error) {
	// ruleid: go-sql-injection
	return s.db.QueryContext(ctx, "SELECT id FROM items ORDER BY "+column)
}

func (s *Store) FindUserSafe(name string) (*sql.Rows, error) {
	// ok: go-sql-injection
	return s.db.Query("SELECT id, email FROM users WHERE name = ?", name)
}

func (s *Store) DeleteOrderSafe(ctx context.Context, id string) error {
	// ok: go-sql-injection
	_, err := s.db.ExecContext(ctx, "DELETE FROM orders WHERE id = $1", id)
	return err
}

func (s *Store) Report() (*sql.Rows, error) {
	// ok: go-sql-injection
	return s.db.Query("SELECT region, sum(total) " +
		"FROM orders GROUP BY region")
}

func (s *Store) Lookup(cache map[string]string, key string) string {
	q := fmt.Sprintf("SELECT * FROM t WHERE k = '%s'", key)
	// todoruleid: go-sql-injection
	rows, _ := s.db.Query(q)
	defer rows.Close()
	return cache[key]
}
