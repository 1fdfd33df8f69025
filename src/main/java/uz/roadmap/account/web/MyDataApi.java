package uz.roadmap.account.web;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uz.roadmap.account.AccountManagement;

@Tag(name = "Account", description = "The signed-in user's own account. Requires a bearer token.")
@RestController
@RequestMapping("/api/v1/account")
class MyDataApi {

    private final AccountManagement accounts;

    MyDataApi(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @Operation(summary = "Download all my data", description = "Everything the product keeps about me, as one JSON file.")
    @GetMapping("/export")
    ResponseEntity<Map<String, Object>> export(Authentication user) {
        var data = accounts.export(UUID.fromString(user.getName()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("backend-roadmap-my-data.json").build().toString())
                .body(data);
    }

    @Operation(summary = "Delete my account and everything that is mine", description = "Cannot be undone.")
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Authentication user) {
        accounts.delete(UUID.fromString(user.getName()));
    }
}
