const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

function login(doc, user, pass) {
  // ruleid: js-xpath-injection
  const expr = `//users/user[name='${user}' and password='${pass}']`;
  return xpath.select(expr, doc).length > 0;
}

function product(doc, req) {
  // ruleid: js-xpath-injection
  return xpath.select1("/catalog/product[@sku='" + req.query.sku + "']/price/text()", doc);
}

function search(doc, term) {
  // ruleid: js-xpath-injection
  return xpath.select(`//book[contains(title, '${term}')]`, doc);
}

function loginSafe(doc, user, pass) {
  // ok: js-xpath-injection
  return xpath.parse("//users/user[name=$user and password=$pass]").select({ node: doc, variables: { user, pass } });
}

function all(doc) {
  // ok: js-xpath-injection
  return xpath.select('//users/user[@active="true"]', doc);
}

function apiPath(id) {
  // ok: js-xpath-injection
  return `/api/users/${id}`;
}
