package com.cptracker.platform;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the POST. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
                 Model model) {
        model.addAttribute("failed", error != null); // one answer to every failure, a refusal to try included
        model.addAttribute("message", "Enter a correct username and password");
        model.addAttribute("signedOut", signedOut != null);
        return "login";
    }
}
