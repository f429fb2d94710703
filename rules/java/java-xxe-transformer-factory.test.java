package com.example.xml;

import java.io.InputStream;
import java.io.OutputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

class ReportRenderer {
    void render(InputStream xml, InputStream xslt, OutputStream out) throws Exception {
        // ruleid: java-xxe-transformer-factory
        TransformerFactory tf = TransformerFactory.newInstance();
        Transformer t = tf.newTransformer(new StreamSource(xslt));
        t.transform(new StreamSource(xml), new StreamResult(out));
    }

    Schema schema(InputStream xsd) throws Exception {
        // ruleid: java-xxe-transformer-factory
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        return sf.newSchema(new StreamSource(xsd));
    }
}

class SafeRenderer {
    void render(InputStream xml, OutputStream out) throws Exception {
        // ok: java-xxe-transformer-factory
        TransformerFactory tf = TransformerFactory.newInstance();
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        tf.newTransformer().transform(new StreamSource(xml), new StreamResult(out));
    }
}

class SafeValidator {
    Schema schema(InputStream xsd) throws Exception {
        // ok: java-xxe-transformer-factory
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        sf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return sf.newSchema(new StreamSource(xsd));
    }
}
