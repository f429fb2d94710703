import java.sql.Connection;
import java.sql.DriverManager;

class Db {
  // ruleid: secret-connection-string-credentials
  private static final String URL = "mongodb+srv://reporting:Jq8vZ2pLx4@cluster0.ab1cd.mongodb.net/reports";

  Connection open() throws Exception {
    // ok: secret-connection-string-credentials
    return DriverManager.getConnection(System.getenv("JDBC_URL"));
  }
}
