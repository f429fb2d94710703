package com.acme;

import java.io.InputStream;
import java.io.ObjectInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;

public class ReportService {
    private final Connection connection;

    public ReportService(Connection connection) {
        this.connection = connection;
    }

    public ResultSet findReports(String owner) throws Exception {
        Statement stmt = connection.createStatement();
        return stmt.executeQuery("SELECT * FROM reports WHERE owner = '" + owner + "'");
    }

    public ResultSet findReportsSafely(String owner) throws Exception {
        PreparedStatement stmt = connection.prepareStatement("SELECT * FROM reports WHERE owner = ?");
        stmt.setString(1, owner);
        return stmt.executeQuery();
    }

    public void archive(String name) throws Exception {
        Runtime.getRuntime().exec("tar czf /archive/" + name + ".tgz /reports/" + name);
    }

    public Object restore(InputStream in) throws Exception {
        ObjectInputStream ois = new ObjectInputStream(in);
        return ois.readObject();
    }

    public byte[] digest(byte[] data) throws Exception {
        return MessageDigest.getInstance("MD5").digest(data);
    }

    public String shareCode() {
        return Long.toHexString(new Random().nextLong());
    }
}
