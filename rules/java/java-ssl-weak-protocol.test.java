package com.example.net;

import java.security.NoSuchAlgorithmException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

public class TlsContexts {

    public SSLContext legacy() throws Exception {
        // ruleid: java-ssl-weak-protocol
        SSLContext ctx = SSLContext.getInstance("SSL");
        ctx.init(null, null, null);
        return ctx;
    }

    public SSLContext mainframe(TrustManagerFactory tmf) throws Exception {
        // ruleid: java-ssl-weak-protocol
        SSLContext ctx = SSLContext.getInstance("TLSv1");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }

    public SSLContext modern(TrustManagerFactory tmf) throws Exception {
        // ok: java-ssl-weak-protocol
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }

    public SSLContext strict() throws NoSuchAlgorithmException {
        // ok: java-ssl-weak-protocol
        return SSLContext.getInstance("TLSv1.3");
    }
}
