package com.cptracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CorporateParentingTrackerApplication {

    public static void main(String[] args) {
        SpringApplication.run(CorporateParentingTrackerApplication.class, args);
    }
}
