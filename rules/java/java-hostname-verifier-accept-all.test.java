package com.example.http;

import java.net.URL;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSession;
import okhttp3.OkHttpClient;
import org.apache.http.conn.ssl.NoopHostnameVerifier;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

public class HostChecks {

    static class AllowAll implements HostnameVerifier {
        @Override
        // ruleid: java-hostname-verifier-accept-all
        public boolean verify(String hostname, SSLSession session) {
            return true;
        }
    }

    public OkHttpClient okhttp() {
        return new OkHttpClient.Builder()
                // ruleid: java-hostname-verifier-accept-all
                .hostnameVerifier((hostname, session) -> true)
                .build();
    }

    public CloseableHttpClient apache() {
        // ruleid: java-hostname-verifier-accept-all
        return HttpClients.custom().setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE).build();
    }

    public void global() {
        // ruleid: java-hostname-verifier-accept-all
        HostnameVerifier any = (h, s) -> true;
        HttpsURLConnection.setDefaultHostnameVerifier(any);
    }

    static class AliasVerifier implements HostnameVerifier {
        private final HostnameVerifier fallback = HttpsURLConnection.getDefaultHostnameVerifier();

        @Override
        // ok: java-hostname-verifier-accept-all
        public boolean verify(String hostname, SSLSession session) {
            if ("internal-alias".equals(hostname)) {
                return fallback.verify("api.example.com", session);
            }
            return fallback.verify(hostname, session);
        }
    }

    public HttpsURLConnection open(URL url) throws Exception {
        HttpsURLConnection conn = (HttpsURLConnection) url.openConnection();
        // ok: java-hostname-verifier-accept-all
        conn.setHostnameVerifier(new AliasVerifier());
        return conn;
    }
}
