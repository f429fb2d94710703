package com.example.auth;

import java.security.GeneralSecurityException;
import java.security.spec.KeySpec;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;

public class PasswordHasher {
    // ruleid: java-pbkdf2-low-iterations
    private static final int ITERATIONS = 10000;
    // ok: java-pbkdf2-low-iterations
    private static final int KEY_LENGTH = 256;
    // ok: java-pbkdf2-low-iterations
    private static final int MODERN_ITERATIONS = 600_000;

    public byte[] hash(char[] password, byte[] salt) throws GeneralSecurityException {
        // ruleid: java-pbkdf2-low-iterations
        KeySpec spec = new PBEKeySpec(password, salt, 65536, 256);
        SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        return f.generateSecret(spec).getEncoded();
    }

    public PBEParameterSpec legacyParams(byte[] salt) {
        // ruleid: java-pbkdf2-low-iterations
        return new PBEParameterSpec(salt, 1000);
    }

    public byte[] hashStrong(char[] password, byte[] salt) throws GeneralSecurityException {
        // ok: java-pbkdf2-low-iterations
        PBEKeySpec spec = new PBEKeySpec(password, salt, 600000, KEY_LENGTH);
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    }

    public byte[] hashConfigured(char[] password, byte[] salt, int iterations) throws GeneralSecurityException {
        // ok: java-pbkdf2-low-iterations
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_LENGTH);
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
    }
}
