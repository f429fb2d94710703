package com.example.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.Jwt;
import io.jsonwebtoken.Jwts;
import java.security.Key;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import javax.crypto.SecretKey;

public class TokenService {
    private final Key signingKey;
    private final SecretKey secretKey;
    private final Map<String, RSAPublicKey> keysById;

    public TokenService(Key signingKey, SecretKey secretKey, Map<String, RSAPublicKey> keysById) {
        this.signingKey = signingKey;
        this.secretKey = secretKey;
        this.keysById = keysById;
    }

    public String subjectLegacy(String token) {
        // ruleid: java-jwt-unverified
        Jwt jwt = Jwts.parser().setSigningKey(signingKey).parse(token);
        return ((Claims) jwt.getBody()).getSubject();
    }

    public Claims unsigned(String token) {
        // ruleid: java-jwt-unverified
        return Jwts.parserBuilder().build().parseClaimsJws(token).getBody();
    }

    public Claims permissive(String token) {
        // ruleid: java-jwt-unverified
        return Jwts.parser().unsecured().build().parseSignedClaims(token).getPayload();
    }

    public String userId(String header) {
        // ruleid: java-jwt-unverified
        DecodedJWT jwt = JWT.decode(header.substring("Bearer ".length()));
        return jwt.getSubject();
    }

    public String subject(String token) {
        // ok: java-jwt-unverified
        Jws<Claims> jws = Jwts.parserBuilder().setSigningKey(signingKey).build().parseClaimsJws(token);
        return jws.getBody().getSubject();
    }

    public String subjectModern(String token) {
        // ok: java-jwt-unverified
        return Jwts.parser().verifyWith(secretKey).build().parseSignedClaims(token).getPayload().getSubject();
    }

    public String subjectGeneric(String token) {
        // ok: java-jwt-unverified
        Jwt<?, ?> jwt = Jwts.parser().verifyWith(secretKey).build().parse(token);
        return jwt.getPayload().toString();
    }

    public DecodedJWT verifyWithKid(String token) {
        // ok: java-jwt-unverified
        String kid = JWT.decode(token).getKeyId();
        JWTVerifier verifier = JWT.require(Algorithm.RSA256(keysById.get(kid), null)).withIssuer("https://auth.example.com").build();
        return verifier.verify(token);
    }
}
