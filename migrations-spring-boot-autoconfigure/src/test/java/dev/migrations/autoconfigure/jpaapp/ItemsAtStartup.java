package dev.migrations.autoconfigure.jpaapp;

import org.springframework.boot.CommandLineRunner;
import org.springframework.stereotype.Component;

import java.util.List;

/** Reads the items through Spring Data as soon as the application has started, as a service's runner would. */
@Component
public class ItemsAtStartup implements CommandLineRunner {

    private final ItemRepository items;
    private List<String> names;

    public ItemsAtStartup(ItemRepository items) {
        this.items = items;
    }

    @Override
    public void run(String... args) {
        names = items.findAll().stream().map(Item::getName).sorted().toList();
    }

    public List<String> names() {
        return names;
    }
}
