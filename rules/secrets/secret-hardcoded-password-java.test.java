import java.util.Properties;

class MailConfig {
  // ruleid: secret-hardcoded-password-java
  private static final String SMTP_PASSWORD = "Ma1l-Serv3r-Pw";
  // ok: secret-hardcoded-password-java
  private final String smtpPasswordFromEnv = System.getenv("SMTP_PASSWORD");

  void apply(Properties props) {
    // ruleid: secret-hardcoded-password-java
    this.password = "r0tate-me-now";
    // ok: secret-hardcoded-password-java
    this.token = props.getProperty("mail.token");
  }

  private String password;
  private String token;

  // Real-world shapes (bench/quality.mjs): error codes and field names, not credentials.
  // ok: secret-hardcoded-password-java
  static final int ER_NOT_VALID_PASSWORD = 1819;
  // ok: secret-hardcoded-password-java
  static final String CHALLENGE_PASSWORD = "challengePassword";
}
