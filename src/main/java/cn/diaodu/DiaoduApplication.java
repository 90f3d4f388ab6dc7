package cn.diaodu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Diaodu (调度): key-project scheduling and supervision for city and county governments. */
@SpringBootApplication
@EnableScheduling
public class DiaoduApplication {
    public static void main(String[] args) {
        SpringApplication.run(DiaoduApplication.class, args);
    }
}
