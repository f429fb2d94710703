package com.example.session;

import java.beans.XMLDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Base64;
import javax.servlet.http.HttpServletRequest;

public class SessionCodec {

    public Object fromCookie(HttpServletRequest request) throws IOException, ClassNotFoundException {
        byte[] data = Base64.getDecoder().decode(request.getHeader("X-Session"));
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
            // ruleid: java-insecure-deserialization
            return in.readObject();
        }
    }

    public Object fromXml(InputStream body) {
        try (XMLDecoder decoder = new XMLDecoder(body)) {
            // ruleid: java-insecure-deserialization
            return decoder.readObject();
        }
    }

    public Object fromCookieFiltered(byte[] data) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
            in.setObjectInputFilter(ObjectInputFilter.Config.createFilter("com.example.session.Cart;java.base/*;!*"));
            // ok: java-insecure-deserialization
            return in.readObject();
        }
    }

    public static class Cart implements Serializable {
        private static final long serialVersionUID = 1L;
        private transient String owner;

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            // ok: java-insecure-deserialization
            owner = (String) in.readObject();
        }
    }
}
