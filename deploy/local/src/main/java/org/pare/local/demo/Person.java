package org.pare.local.demo;

/** Someone the allocation CSV names: login id (the token's sub), name and work e-mail. */
public record Person(String login, String name, String email) {

    String csvTriple() {
        return login + "|" + name + "|" + email;
    }
}
