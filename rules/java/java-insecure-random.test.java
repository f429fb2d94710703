package com.example.auth;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

public class TokenService {
    private static final SecureRandom SECURE = new SecureRandom();
    private static final Random RANDOM = new Random();

    public String generateResetToken() {
        byte[] bytes = new byte[32];
        // ruleid: java-insecure-random
        new Random().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String newSessionId() {
        // ruleid: java-insecure-random
        Random rnd = new java.util.Random();
        return Long.toHexString(rnd.nextLong());
    }

    public int oneTimeCode() {
        // ruleid: java-insecure-random
        return ThreadLocalRandom.current().nextInt(100000, 1000000);
    }

    public String tempPassword(long seed) {
        // ruleid: java-insecure-random
        Random r = new Random(seed);
        return Integer.toString(r.nextInt());
    }

    public String generateResetTokenSafe() {
        byte[] bytes = new byte[32];
        // ok: java-insecure-random
        SECURE.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public void shuffleQuestions(List<String> questions) {
        // ok: java-insecure-random
        Collections.shuffle(questions, new Random());
    }

    public long retryDelayMillis(int attempt) {
        // ok: java-insecure-random
        return attempt * 1000L + (long) (Math.random() * 250);
    }

    public String apiKey() {
        // todoruleid: java-insecure-random
        return Long.toHexString(RANDOM.nextLong()) + Long.toHexString(RANDOM.nextLong());
    }
}
