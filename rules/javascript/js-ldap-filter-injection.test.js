const ldap = require('ldapjs');
const client = ldap.createClient({ url: process.env.LDAP_URL });

app.post('/login', (req, res) => {
  const opts = {
    // ruleid: js-ldap-filter-injection
    filter: `(uid=${req.body.username})`,
    scope: 'sub',
    attributes: ['dn', 'cn', 'mail'],
  };
  client.search('ou=people,dc=example,dc=com', opts, (err, result) => handle(err, result, res));
});

function findGroups(user) {
  // ruleid: js-ldap-filter-injection
  const filter = '(&(objectClass=groupOfNames)(member=uid=' + user + ',ou=people,dc=example,dc=com))';
  return search('ou=groups,dc=example,dc=com', { filter, scope: 'sub' });
}

function byMail(mail) {
  // ruleid: js-ldap-filter-injection
  return client.search(BASE_DN, { filter: `(|(mail=${mail})(mailAlternateAddress=${mail}))` }, onResult);
}

function byUid(uid) {
  // ok: js-ldap-filter-injection
  const filter = new ldap.EqualityFilter({ attribute: 'uid', value: uid });
  return client.search(BASE_DN, { filter, scope: 'sub' }, onResult);
}

function escaped(uid) {
  // ok: js-ldap-filter-injection
  return client.search(BASE_DN, { filter: `(uid=${escapeFilterValue(uid)})` }, onResult);
}

// ok: js-ldap-filter-injection
const PEOPLE = '(objectClass=' + 'inetOrgPerson' + ')';

// ok: js-ldap-filter-injection
const label = `(${count}) results`;
