import xml.sax
from xml.dom import pulldom
from xml.sax.handler import feature_external_ges, feature_namespaces


def parse_catalog(stream, handler):
    parser = xml.sax.make_parser()
    # ruleid: py-xml-sax-external-entities
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(stream)


def events(stream):
    parser = xml.sax.make_parser()
    # ruleid: py-xml-sax-external-entities
    parser.setFeature(xml.sax.handler.feature_external_pes, True)
    return pulldom.parse(stream, parser=parser)


def legacy(stream, handler):
    reader = xml.sax.make_parser()
    # ruleid: py-xml-sax-external-entities
    reader.setFeature("http://xml.org/sax/features/external-general-entities", True)
    reader.setContentHandler(handler)
    reader.parse(stream)


def parse_catalog_safe(stream, handler):
    parser = xml.sax.make_parser()
    # ok: py-xml-sax-external-entities
    parser.setFeature(feature_external_ges, False)
    # ok: py-xml-sax-external-entities
    parser.setFeature(feature_namespaces, True)
    parser.setContentHandler(handler)
    parser.parse(stream)
