import ldap
from ldap.filter import escape_filter_chars, filter_format
from ldap3 import SUBTREE, Connection, Server

BASE_DN = "ou=people,dc=example,dc=com"


def find_user(conn, username):
    # ruleid: py-ldap-injection
    return conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, f"(uid={username})", ["cn", "mail"])


def login(username, password):
    conn = Connection(Server("ldaps://ldap.example.com"), auto_bind=True)
    # ruleid: py-ldap-injection
    conn.search(BASE_DN, "(&(objectClass=person)(uid=" + username + "))", attributes=["dn"])
    return conn.entries


def members(conn, group):
    # ruleid: py-ldap-injection
    conn.search(search_base=BASE_DN, search_filter="(&(objectClass=groupOfNames)(cn={}))".format(group), search_scope=SUBTREE)
    return conn.entries


def by_mail(l, mail):
    # ruleid: py-ldap-injection
    return l.search_ext_s(BASE_DN, ldap.SCOPE_SUBTREE, "(mail=%s)" % mail)


def find_user_safe(conn, username):
    # ok: py-ldap-injection
    return conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, f"(uid={escape_filter_chars(username)})", ["cn"])


def by_mail_safe(l, mail):
    # ok: py-ldap-injection
    return l.search_ext_s(BASE_DN, ldap.SCOPE_SUBTREE, filter_format("(mail=%s)", [mail]))


def find_manager(conn, name):
    safe_name = escape_filter_chars(name)
    # ok: py-ldap-injection
    conn.search(BASE_DN, f"(&(objectClass=person)(cn={safe_name}))", attributes=["manager"])
    return conn.entries


def all_people(conn):
    # ok: py-ldap-injection
    conn.search(BASE_DN, "(objectClass=person)", attributes=["cn"])


def people_in(conn, ou):
    # ok: py-ldap-injection
    conn.search(f"ou={ldap.dn.escape_dn_chars(ou)},dc=example,dc=com", "(objectClass=person)")
