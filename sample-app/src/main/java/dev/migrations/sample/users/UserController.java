package dev.migrations.sample.users;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/users")
public class UserController {

    private final UserRepository users;

    public UserController(UserRepository users) {
        this.users = users;
    }

    @GetMapping
    public List<UserView> all() {
        return users.findAllByOrderByIdAsc().stream().map(UserView::of).toList();
    }

    @GetMapping("/{id}")
    public ResponseEntity<UserView> one(@PathVariable long id) {
        return ResponseEntity.of(users.findById(id).map(UserView::of));
    }
}
