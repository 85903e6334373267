package org.pare.local.demo;

import java.util.Locale;
import java.util.Random;

/** Made-up names, drawn from a seeded random so every run of the same seed names the same people. */
final class Names {
    private static final String[] FIRST = {
        "Ada", "Ben", "Chloe", "Dev", "Esi", "Finn", "Grace", "Hamza", "Isla", "Jon", "Kemi", "Liam", "Maya", "Nikhil",
        "Olivia", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Una", "Victor", "Wen", "Yusuf", "Zara", "Aisha", "Callum",
        "Eilidh", "Hugo", "Leah"
    };
    private static final String[] LAST = {
        "Adeyemi",
        "Brown",
        "Carter",
        "Davies",
        "Evans",
        "Fraser",
        "Gill",
        "Hughes",
        "Iqbal",
        "Jones",
        "Kaur",
        "Lewis",
        "Murphy",
        "Nowak",
        "Okafor",
        "Patel",
        "Quinn",
        "Roberts",
        "Singh",
        "Taylor",
        "Usman",
        "Vaughan",
        "Walsh",
        "Xu",
        "Young",
        "Zielinski",
        "Ahmed",
        "Byrne",
        "Chen",
        "Doyle"
    };
    private final Random random;

    Names(Random random) {
        this.random = random;
    }

    Person staff(String login, String domain) {
        return person(login, domain);
    }

    Person person(String login, String domain) {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        String email = (first + "." + last + "." + login).toLowerCase(Locale.ROOT) + "@" + domain;
        return new Person(login, first + " " + last, email);
    }
}
