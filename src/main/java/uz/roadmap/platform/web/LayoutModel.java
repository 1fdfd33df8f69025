package uz.roadmap.platform.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the page layout needs on every page: whether somebody is signed in, and which section of the
 * site the page belongs to (the first segment of its path), so that the menu can mark it.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    @ModelAttribute("signedIn")
    boolean signedIn(@Nullable Principal principal) {
        return principal != null;
    }

    @ModelAttribute("section")
    String section(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        var end = path.indexOf('/', 1);
        return path.substring(1, end < 0 ? path.length() : end);
    }
}
