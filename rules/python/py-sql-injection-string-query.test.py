import sqlite3

from django.db import connection
from sqlalchemy import text


def get_user(conn, username):
    cur = conn.cursor()
    # ruleid: py-sql-injection-string-query
    cur.execute(f"SELECT id, email FROM users WHERE username = '{username}'")
    return cur.fetchone()


def delete_order(cur, order_id):
    # ruleid: py-sql-injection-string-query
    cur.execute("DELETE FROM orders WHERE id = %s" % order_id)


def search(cur, term, limit):
    # ruleid: py-sql-injection-string-query
    cur.execute("SELECT * FROM products WHERE name LIKE '%" + term + "%' LIMIT " + str(limit))
    return cur.fetchall()


def rename(cur, new_name, uid):
    # ruleid: py-sql-injection-string-query
    cur.execute("UPDATE users SET name = '{}' WHERE id = {}".format(new_name, uid))


def report(session, year):
    # ruleid: py-sql-injection-string-query
    return session.execute(text(f"SELECT sum(total) FROM invoices WHERE year = {year}")).scalar()


def by_email(email):
    # ruleid: py-sql-injection-string-query
    return User.objects.raw(f"SELECT * FROM auth_user WHERE email = '{email}'")


def get_user_safe(conn, username):
    cur = conn.cursor()
    # ok: py-sql-injection-string-query
    cur.execute("SELECT id, email FROM users WHERE username = %s", (username,))
    return cur.fetchone()


def report_safe(session, year):
    # ok: py-sql-injection-string-query
    return session.execute(text("SELECT sum(total) FROM invoices WHERE year = :year"), {"year": year}).scalar()


def count_all(cur):
    # ok: py-sql-injection-string-query
    cur.execute("SELECT count(*) " "FROM users " "WHERE active = 1")


def by_email_safe(email):
    # ok: py-sql-injection-string-query
    return User.objects.raw("SELECT * FROM auth_user WHERE email = %s", [email])


def log_line(logger, user):
    # ok: py-sql-injection-string-query
    logger.text(f"user {user} logged in")


def fetch_page(cur, offset):
    query = f"SELECT * FROM events ORDER BY ts LIMIT 50 OFFSET {offset}"
    # todoruleid: py-sql-injection-string-query
    cur.execute(query)


SORT = {"new": "created_at DESC", "old": "created_at ASC"}


def list_posts(cur, sort, limit):
    # todook: py-sql-injection-string-query
    cur.execute(f"SELECT * FROM posts ORDER BY {SORT[sort]} LIMIT %s", (limit,))
