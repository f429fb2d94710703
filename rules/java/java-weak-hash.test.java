package com.example.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.commons.codec.digest.DigestUtils;

public class Checksums {

    public static String fileId(byte[] content) throws NoSuchAlgorithmException {
        // ruleid: java-weak-hash
        MessageDigest md = MessageDigest.getInstance("MD5");
        return HexFormat.of().formatHex(md.digest(content));
    }

    public static byte[] signatureInput(byte[] data) throws NoSuchAlgorithmException {
        // ruleid: java-weak-hash
        return MessageDigest.getInstance("SHA-1").digest(data);
    }

    public static String passwordHash(String password) {
        // ruleid: java-weak-hash
        return DigestUtils.md5Hex(password);
    }

    public static String fileIdSafe(byte[] content) throws NoSuchAlgorithmException {
        // ok: java-weak-hash
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(md.digest(content));
    }

    public static String etag(String body) {
        // ok: java-weak-hash
        return DigestUtils.sha256Hex(body.getBytes(StandardCharsets.UTF_8));
    }

    public static MessageDigest configured(String algorithm) throws NoSuchAlgorithmException {
        // ok: java-weak-hash
        return MessageDigest.getInstance(algorithm);
    }
}
