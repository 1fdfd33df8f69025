package uz.roadmap.platform.web;

import java.security.Principal;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the page layout needs on every page: whether somebody is signed in.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    @ModelAttribute("signedIn")
    boolean signedIn(@Nullable Principal principal) {
        return principal != null;
    }
}
