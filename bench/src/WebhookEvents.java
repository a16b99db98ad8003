import io.kervan.devkit.simulators.StripeSimulator;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes the Stripe webhook deliveries the webhook scenario sends, one per line: the {@code Stripe-Signature} header, a
 * tab, and the event JSON; {@code FILE.warmup} gets a fifth as many other events for the warm-up. Every tenth delivery repeats one sent shortly before (Stripe retries), so deduplication is
 * part of what is measured. Events are {@code payment_intent.created}: verified, deduplicated and logged, without a
 * provider call (which would measure the provider, not Kervan). Signed now, so they stay within Stripe's five-minute
 * timestamp tolerance for the run.
 *
 * <p>Run as a single-file program: {@code java -cp <devkit jar> WebhookEvents.java FILE COUNT SIGNING_SECRET}.
 */
public class WebhookEvents {

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[1]);
        long now = Instant.now().getEpochSecond();
        write(Path.of(args[0]), "evt_bench_", count, args[2], now);
        write(Path.of(args[0] + ".warmup"), "evt_warmup_", count / 5, args[2], now);
    }

    private static void write(Path file, String idPrefix, int count, String secret, long now) throws Exception {
        String[] lines = new String[count];
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                if (i % 10 == 9) {
                    lines[i] = lines[i - 5];
                } else {
                    String payload = "{\"id\":\"" + idPrefix + i + "\",\"object\":\"event\",\"type\":"
                            + "\"payment_intent.created\",\"created\":" + now + ",\"livemode\":false,\"data\":{"
                            + "\"object\":{\"id\":\"pi_bench_" + i + "\",\"object\":\"payment_intent\","
                            + "\"amount\":12990,\"currency\":\"try\",\"status\":\"requires_payment_method\"}}}";
                    lines[i] = StripeSimulator.signature(payload, secret, now) + "\t" + payload;
                }
                out.write(lines[i]);
                out.newLine();
            }
        }
    }
}
