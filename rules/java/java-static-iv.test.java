package com.example.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;

public class FieldEncryptor {
    private static final SecureRandom RANDOM = new SecureRandom();
    // ruleid: java-static-iv
    private static final byte[] IV = {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10};

    public byte[] encryptCbc(SecretKey key, byte[] plain) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // ruleid: java-static-iv
        cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(new byte[16]));
        return cipher.doFinal(plain);
    }

    public byte[] encryptLegacy(SecretKey key, byte[] plain) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // ruleid: java-static-iv
        IvParameterSpec spec = new IvParameterSpec("0123456789abcdef".getBytes(StandardCharsets.UTF_8));
        cipher.init(Cipher.ENCRYPT_MODE, key, spec);
        return cipher.doFinal(plain);
    }

    public byte[] encryptGcmFixed(SecretKey key, byte[] plain) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        // ruleid: java-static-iv
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}));
        return cipher.doFinal(plain);
    }

    public byte[] encryptGcm(SecretKey key, byte[] plain) throws GeneralSecurityException {
        // ok: java-static-iv
        byte[] iv = new byte[12];
        RANDOM.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        // ok: java-static-iv
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        byte[] ct = cipher.doFinal(plain);
        return ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array();
    }

    public byte[] decryptCbc(SecretKey key, byte[] data) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // ok: java-static-iv
        cipher.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(data, 0, 16));
        return cipher.doFinal(data, 16, data.length - 16);
    }

    private static final String IV_TEXT = "fedcba9876543210";

    public IvParameterSpec fromConstant() {
        // todoruleid: java-static-iv
        return new IvParameterSpec(IV_TEXT.getBytes(StandardCharsets.UTF_8));
    }
}
