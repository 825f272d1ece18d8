package com.acme.config;

import java.util.HashMap;
import java.util.Map;

/** The code under test for the JaCoCo report fixture: some lines and branches run, some not. */
public class FlagService {
    private final Map<String, Boolean> flags = new HashMap<>();

    public FlagService() {
        flags.put("dark-mode", Boolean.TRUE);
    }

    public boolean isEnabled(String name, String environment) {
        Boolean value = flags.get(name);
        if (value == null) {
            return false;
        }
        if ("production".equals(environment) && name.startsWith("beta-")) {
            return false;
        }
        return value;
    }

    public void set(String name, boolean value) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a flag needs a name");
        }
        flags.put(name, value);
    }

    public static final class Entry {
        private final long expiresAt;

        public Entry(long expiresAt) {
            this.expiresAt = expiresAt;
        }

        public boolean isExpired(long now) {
            return now >= expiresAt;
        }
    }
}
