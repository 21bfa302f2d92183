package com.cptracker.platform;

import com.cptracker.common.web.Problem;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the POST. */
@Controller
class LoginController {

    /** One answer to every failure, a refusal to try again yet included, so that none tells an attacker more. */
    static final String FAILED = "Enter a correct username and password";

    @GetMapping("/login")
    String login(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String signedOut,
            Model model) {
        model.addAttribute("problems", error == null ? List.of() : List.of(new Problem("username", FAILED)));
        model.addAttribute("signedOut", signedOut != null);
        return "login";
    }
}
