package cn.diaodu.identity;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * CONTRACT §1: on the first start against an empty database, user {@code admin} with roles ADMIN and DISPATCHER and
 * no region; its password is {@code DIAODU_ADMIN_PASSWORD}, else generated and printed once to the log.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserService users;
    private final String password;

    FirstAdministrator(UserService users, @Value("${diaodu.admin-password:}") String password) {
        this.users = users;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean generated = password == null || password.isBlank();
        String pw = generated ? generate() : password;
        if (users.createFirstAdmin(pw)) {
            if (generated) {
                log.warn("First administrator created: username 'admin', password '{}' (shown once; set "
                        + "DIAODU_ADMIN_PASSWORD to choose it)", pw);
            } else {
                log.info("First administrator created: username 'admin', password from DIAODU_ADMIN_PASSWORD");
            }
        }
    }

    private static String generate() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        SecureRandom r = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
