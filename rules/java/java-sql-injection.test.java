package com.example.repo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.jdbc.core.JdbcTemplate;

public class UserRepository {
    private final Connection conn;
    private final JdbcTemplate jdbc;

    public UserRepository(Connection conn, JdbcTemplate jdbc) {
        this.conn = conn;
        this.jdbc = jdbc;
    }

    public ResultSet findByName(String name) throws SQLException {
        Statement stmt = conn.createStatement();
        // ruleid: java-sql-injection
        return stmt.executeQuery("SELECT id, email FROM users WHERE name = '" + name + "'");
    }

    public int deleteOrder(String id) throws SQLException {
        try (Statement stmt = conn.createStatement()) {
            // ruleid: java-sql-injection
            return stmt.executeUpdate(String.format("DELETE FROM orders WHERE id = %s", id));
        }
    }

    public PreparedStatement sorted(String column) throws SQLException {
        // ruleid: java-sql-injection
        return conn.prepareStatement("SELECT id FROM items ORDER BY " + column);
    }

    public Integer count(String table) {
        // ruleid: java-sql-injection
        return jdbc.queryForObject("SELECT count(*) FROM %s".formatted(table), Integer.class);
    }

    public ResultSet findByNameSafe(String name) throws SQLException {
        // ok: java-sql-injection
        PreparedStatement ps = conn.prepareStatement("SELECT id, email FROM users WHERE name = ?");
        ps.setString(1, name);
        return ps.executeQuery();
    }

    public ResultSet report() throws SQLException {
        Statement stmt = conn.createStatement();
        // ok: java-sql-injection
        return stmt.executeQuery("SELECT region, sum(total) "
                + "FROM orders GROUP BY region");
    }

    public void touch(java.util.Map<String, Long> cache, String key) {
        // ok: java-sql-injection
        jdbc.update("UPDATE sessions SET seen = now() WHERE id = ?", key);
    }

    public ResultSet indirect(String name) throws SQLException {
        String sql = "SELECT * FROM users WHERE name = '" + name + "'";
        // todoruleid: java-sql-injection
        return conn.createStatement().executeQuery(sql);
    }
}
