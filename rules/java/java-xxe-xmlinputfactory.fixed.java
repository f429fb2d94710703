package com.example.feed;

import java.io.InputStream;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

class FeedReader {
    XMLStreamReader open(InputStream in) throws XMLStreamException {
        // ruleid: java-xxe-xmlinputfactory
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory.createXMLStreamReader(in);
    }

    XMLEventReader events(InputStream in) throws XMLStreamException {
        // ruleid: java-xxe-xmlinputfactory
        return XMLInputFactory.newFactory().createXMLEventReader(in);
    }
}

class SafeFeedReader {
    XMLStreamReader open(InputStream in) throws XMLStreamException {
        // ok: java-xxe-xmlinputfactory
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        return factory.createXMLStreamReader(in);
    }
}

class EntitySafeReader {
    // ok: java-xxe-xmlinputfactory
    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty("javax.xml.stream.isSupportingExternalEntities", false);
    }

    XMLStreamReader open(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }
}
