package com.example.security;

import com.auth0.jwt.algorithms.Algorithm;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

public class Keys2 {
    // ruleid: java-hardcoded-crypto-key
    private static final SecretKeySpec AES_KEY = new SecretKeySpec("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8), "AES");

    // ruleid: java-hardcoded-crypto-key
    private final SecretKey jwtKey = Keys.hmacShaKeyFor("my-very-long-and-secret-signing-key-123456".getBytes(StandardCharsets.UTF_8));

    public String issueLegacy(String user) {
        return Jwts.builder()
                .setSubject(user)
                .setExpiration(new Date(System.currentTimeMillis() + 3_600_000))
                // ruleid: java-hardcoded-crypto-key
                .signWith(SignatureAlgorithm.HS256, "s3cr3t")
                .compact();
    }

    public Algorithm algorithm() {
        // ruleid: java-hardcoded-crypto-key
        return Algorithm.HMAC256("secret-key");
    }

    public SecretKeySpec fromEnv() {
        // ok: java-hardcoded-crypto-key
        return new SecretKeySpec(Base64.getDecoder().decode(System.getenv("DATA_KEY")), "AES");
    }

    public String issue(String user, SecretKey key) {
        // ok: java-hardcoded-crypto-key
        return Jwts.builder().subject(user).signWith(key).compact();
    }

    public Algorithm algorithmFromConfig(String secret) {
        // ok: java-hardcoded-crypto-key
        return Algorithm.HMAC256(secret);
    }
}
