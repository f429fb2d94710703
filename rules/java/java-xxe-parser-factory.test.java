package com.example.xml;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.xml.sax.helpers.DefaultHandler;

class InvoiceParser {
    Document parse(InputStream in) throws Exception {
        // ruleid: java-xxe-parser-factory
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        DocumentBuilder builder = dbf.newDocumentBuilder();
        return builder.parse(in);
    }

    void stream(InputStream in, DefaultHandler handler) throws Exception {
        // ruleid: java-xxe-parser-factory
        SAXParser parser = SAXParserFactory.newInstance().newSAXParser();
        parser.parse(in, handler);
    }
}

class SafeInvoiceParser {
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    Document parse(InputStream in) throws Exception {
        // ok: java-xxe-parser-factory
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature(DISALLOW_DOCTYPE, true);
        dbf.setXIncludeAware(false);
        dbf.setExpandEntityReferences(false);
        return dbf.newDocumentBuilder().parse(in);
    }
}

class SafeSaxParser {
    SAXParser create() throws Exception {
        // ok: java-xxe-parser-factory
        SAXParserFactory spf = SAXParserFactory.newInstance();
        spf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return spf.newSAXParser();
    }
}
