package dev.migrations.sample.bots;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/bots")
public class BotController {

    private final TradingBotRepository bots;

    public BotController(TradingBotRepository bots) {
        this.bots = bots;
    }

    /** Every bot, or with {@code ?active=true} the active ones, oldest first, as the scheduler reads them. */
    @GetMapping
    public List<BotView> all(@RequestParam(defaultValue = "false") boolean active) {
        List<TradingBot> found = active ? bots.findByActiveTrueOrderByCreatedAtAsc() : bots.findAllByOrderByIdAsc();
        return found.stream().map(BotView::of).toList();
    }
}
