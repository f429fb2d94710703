from lxml import etree

USERS = etree.parse("/srv/app/users.xml")
find_by_name = etree.XPath("//user[@name=$name]")


def check_login(username, password_hash):
    # ruleid: py-xpath-injection
    matches = USERS.xpath(f"//user[@name='{username}' and @hash='{password_hash}']")
    return bool(matches)


def orders_for(customer_id):
    # ruleid: py-xpath-injection
    return USERS.getroot().xpath("//order[@customer='" + customer_id + "']")


def price_of(sku):
    # ruleid: py-xpath-injection
    query = etree.XPath("//product[@sku='%s']/price/text()" % sku)
    return query(USERS)


def check_login_safe(username, password_hash):
    # ok: py-xpath-injection
    matches = USERS.xpath("//user[@name=$name and @hash=$hash]", name=username, hash=password_hash)
    return bool(matches)


def lookup(username):
    # ok: py-xpath-injection
    return find_by_name(USERS, name=username)


def all_products():
    # ok: py-xpath-injection
    return USERS.xpath("//product/@sku")
