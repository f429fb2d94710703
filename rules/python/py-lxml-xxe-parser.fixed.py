from lxml import etree
from defusedxml.lxml import fromstring as safe_fromstring


def parse_invoice(xml_bytes):
    # ruleid: py-lxml-xxe-parser
    parser = etree.XMLParser(resolve_entities=False, load_dtd=True)
    return etree.fromstring(xml_bytes, parser)


def parse_feed(stream):
    parser = etree.XMLParser(
        remove_blank_text=True,
        # ruleid: py-lxml-xxe-parser
        no_network=True,
    )
    return etree.parse(stream, parser)


def iter_records(path):
    # ruleid: py-lxml-xxe-parser
    for _, elem in etree.iterparse(path, events=("end",), resolve_entities=False):
        yield elem


def parse_invoice_safe(xml_bytes):
    # ok: py-lxml-xxe-parser
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.fromstring(xml_bytes, parser)


def parse_upload(data):
    # ok: py-lxml-xxe-parser
    return safe_fromstring(data)


def pretty(xml_bytes):
    # ok: py-lxml-xxe-parser
    parser = etree.XMLParser(remove_blank_text=True)
    return etree.tostring(etree.fromstring(xml_bytes, parser), pretty_print=True)
