package com.example.directory;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.servlet.http.HttpServletRequest;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.support.LdapEncoder;

import static org.springframework.ldap.query.LdapQueryBuilder.query;

public class DirectoryService {
    private final DirContext ctx;
    private final LdapTemplate ldapTemplate;

    public DirectoryService(DirContext ctx, LdapTemplate ldapTemplate) {
        this.ctx = ctx;
        this.ldapTemplate = ldapTemplate;
    }

    public NamingEnumeration<SearchResult> findUser(HttpServletRequest request) throws NamingException {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        // ruleid: java-ldap-injection
        return ctx.search("ou=people,dc=example,dc=com", "(&(objectClass=person)(uid=" + request.getParameter("user") + "))", controls);
    }

    public boolean login(String username, String password) {
        // ruleid: java-ldap-injection
        return ldapTemplate.authenticate("ou=people", "(uid=" + username + ")", password);
    }

    public Filter groupFilter(String group) throws LDAPException {
        // ruleid: java-ldap-injection
        return Filter.create(String.format("(&(objectClass=groupOfNames)(cn=%s))", group));
    }

    public NamingEnumeration<SearchResult> memberOf(String group) throws NamingException {
        // ruleid: java-ldap-injection
        String filter = "(&(objectClass=person)(memberOf=cn=" + group + ",ou=groups,dc=example,dc=com))";
        return ctx.search("ou=people,dc=example,dc=com", filter, new SearchControls());
    }

    public NamingEnumeration<SearchResult> findUserSafe(String user) throws NamingException {
        SearchControls controls = new SearchControls();
        // ok: java-ldap-injection
        return ctx.search("ou=people,dc=example,dc=com", "(&(objectClass=person)(uid={0}))", new Object[] {user}, controls);
    }

    public boolean loginEncoded(String username, String password) {
        // ok: java-ldap-injection
        return ldapTemplate.authenticate("ou=people", "(uid=" + LdapEncoder.filterEncode(username) + ")", password);
    }

    public Object byQuery(String username) {
        // ok: java-ldap-injection
        return ldapTemplate.search(query().where("uid").is(username), (javax.naming.directory.Attributes attrs) -> attrs.get("cn").get());
    }

    public NamingEnumeration<SearchResult> inBase(String ou) throws NamingException {
        // ok: java-ldap-injection
        return ctx.search("ou=" + ou + ",dc=example,dc=com", "(objectClass=person)", new SearchControls());
    }
}
