package com.example.keys;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.RSAKeyGenParameterSpec;

public class KeyFactoryService {

    public KeyPair legacyRsa() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        // ruleid: java-weak-rsa-key
        kpg.initialize(1024);
        return kpg.generateKeyPair();
    }

    public KeyPair rsaWithSpec() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        // ruleid: java-weak-rsa-key
        kpg.initialize(new RSAKeyGenParameterSpec(512, RSAKeyGenParameterSpec.F4));
        return kpg.generateKeyPair();
    }

    public KeyPair rsa() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        // ok: java-weak-rsa-key
        kpg.initialize(3072);
        return kpg.generateKeyPair();
    }

    public KeyPair ec() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC");
        // ok: java-weak-rsa-key
        kpg.initialize(256);
        return kpg.generateKeyPair();
    }
}
