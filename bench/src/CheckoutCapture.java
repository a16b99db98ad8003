import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns PostgreSQL's statement log of one checkout (csvlog, {@code log_statement = 'all'}) into a pgbench script that
 * sends the same statements, with the same parameters and transaction boundaries, so pgbench can replay checkouts
 * without Kervan: the ceiling of orders per second the database alone could take.
 *
 * <p>bench/ceiling.sh writes marker statements from psql into the log: {@code kervan-capture:start}, {@code :add} and
 * {@code :order} just before the two requests of the captured checkout, {@code :end} after its answer and
 * {@code :jobs-done} once its order mail job has run. A transaction (by backend and virtual transaction id) that
 * begins between {@code :add} and {@code :end} belongs to the checkout when it carries the cart's id or the order's
 * number (those the server answered): the others are the server's background work meanwhile (job pollers, timers)
 * or a refill of a cache that load keeps warm (the shop's tenant). Those of them that wrote, up to {@code :jobs-done},
 * are reported as work the checkout caused later (its order mail job).
 *
 * <p>In the script every parameter becomes a pgbench variable set by one {@code select ... \gset} at the top: the
 * values the checkout used as they were (shop, product, shipping method, prices, timestamps), except the ids of the
 * rows it created (every UUID but the given constants), which are fresh per run of the script, and the order number,
 * fresh and unique too (its date part starts with 0, which no real order's does). NULL stays a literal NULL. The
 * order mail job the replay inserts is due never ({@code run_after = 'infinity'}), so Kervan's job workers leave the
 * replay alone.
 *
 * <p>Run as a single-file program:
 * {@code java CheckoutCapture.java CSV_LOG SCRIPT CART_ID ORDER_NUMBER CONSTANT_UUID...}.
 * Prints what it found as {@code KEY values} lines for ceiling.sh.
 */
public class CheckoutCapture {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern EXECUTE = Pattern.compile("^(?:execute [^:]+|statement): (.*)$", Pattern.DOTALL);
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = (NULL|'((?:[^']|'')*)')(?:, |$)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\d+)");
    private static final Pattern INSERT = Pattern.compile("^insert into (\\w+) \\(([^)]*)\\) values \\(([^)]*)\\)");
    private static final Pattern WRITE = Pattern.compile("^(?:insert into|update|delete from) (\\w+)");
    private static final Pattern COLON = Pattern.compile(":([A-Za-z0-9_]+)?");

    record Statement(String sql, List<String> parameters) {
    }

    /** The statements of one transaction (or autocommit statement), and the marker phase in which it began. */
    static final class Transaction {
        final String phase;
        final List<Statement> statements = new ArrayList<>();
        boolean wrote;
        int ended; // the log row of its last statement: the replay sends transactions in the order they ended

        Transaction(String phase) {
            this.phase = phase;
        }

        /** The UUIDs among its parameters that are not {@code constants}: rows it created or named freshly. */
        Set<String> freshIds(Set<String> constants) {
            return statements.stream().flatMap(s -> s.parameters().stream())
                    .filter(p -> p != null && UUID.matcher(p).matches() && !constants.contains(p))
                    .collect(Collectors.toSet());
        }

        boolean carries(String value) {
            return statements.stream().anyMatch(s -> s.sql().contains(value)
                    || s.parameters().stream().anyMatch(p -> p != null && p.contains(value)));
        }
    }

    public static void main(String[] args) throws IOException {
        List<List<String>> rows = Csv.parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        Path script = Path.of(args[1]);
        String cartId = args[2];
        String orderNumber = args[3];
        Set<String> constants = Set.copyOf(List.of(args).subList(4, args.length));

        Map<String, Transaction> transactions = new LinkedHashMap<>();
        String phase = "before";
        int rowNumber = 0;
        for (List<String> row : rows) {
            rowNumber++;
            String message = row.get(13);
            if (row.get(22).equals("psql")) {
                int marker = message.indexOf("kervan-capture:");
                if (marker >= 0) {
                    phase = message.substring(marker + "kervan-capture:".length()).replaceAll("'.*$", "");
                    if (phase.equals("start")) {
                        transactions.clear(); // only the last capture in the file counts
                    }
                }
                continue;
            }
            Matcher executed = EXECUTE.matcher(message);
            if (!executed.matches() || executed.group(1).isBlank() || row.get(9).isEmpty()) {
                continue; // not a statement of a client session, or an empty one (a pool's connection check)
            }
            String key = row.get(3) + " " + row.get(9);
            Transaction transaction = transactions.get(key);
            if (transaction == null) {
                transaction = new Transaction(phase);
                transactions.put(key, transaction);
            }
            transaction.statements.add(new Statement(executed.group(1).strip(), parameters(row.get(14))));
            transaction.ended = rowNumber;
            transaction.wrote |= !row.get(10).equals("0");
        }

        List<Transaction> checkout = new ArrayList<>();
        List<Transaction> caused = new ArrayList<>();
        for (Transaction t : transactions.values()) {
            boolean during = t.phase.equals("add") || t.phase.equals("order");
            if (during && (t.carries(cartId) || t.carries(orderNumber))) {
                checkout.add(t);
            } else if ((during || t.phase.equals("end")) && t.wrote) {
                caused.add(t);
            }
        }
        // A transaction the order's own one names by a fresh id belongs to the checkout too: the stock reservation,
        // which commits on its own before the order's transaction claims it.
        Set<String> named = checkout.stream().flatMap(t -> t.freshIds(constants).stream()).collect(Collectors.toSet());
        for (Transaction t : List.copyOf(caused)) {
            if (t.phase.equals("order") && t.freshIds(constants).stream().anyMatch(named::contains)) {
                caused.remove(t);
                checkout.add(t);
            }
        }
        checkout.sort(Comparator.comparingInt(t -> t.ended));
        if (checkout.stream().noneMatch(t -> t.phase.equals("add"))
                || checkout.stream().noneMatch(t -> t.carries(orderNumber))) {
            throw new IllegalStateException("no transaction of cart " + cartId + " and order " + orderNumber + " in "
                    + args[0]);
        }

        Script out = new Script(constants, orderNumber);
        List<String> body = new ArrayList<>();
        Set<String> tables = new TreeSet<>();
        for (Transaction t : checkout) {
            body.add("-- " + (t.phase.equals("add") ? "POST /api/cart/add/" : "POST /api/orders/")
                    + (t.statements.get(0).sql().equals("BEGIN") ? "" : " (autocommit)"));
            for (Statement s : t.statements) {
                body.add(out.statement(s) + ";");
                Matcher write = WRITE.matcher(s.sql());
                if (write.find()) {
                    tables.add(write.group(1));
                }
            }
        }
        List<String> lines = new ArrayList<>(List.of(
                "-- The SQL of one Kervan checkout (add to cart, place order) as the server sent it, captured from",
                "-- PostgreSQL's statement log by bench/ceiling.sh, for pgbench -M prepared. Fresh per run of the script",
                "-- are the ids of the rows it creates (u*) and the order number (n*); c* are the values it sent.",
                out.freshValues() + " \\gset"));
        lines.addAll(body);
        out.checkVariables(String.join("\n", lines));
        Files.write(script, lines, StandardCharsets.UTF_8);

        for (String request : List.of("add", "order")) {
            List<Transaction> of = checkout.stream().filter(t -> t.phase.equals(request)).toList();
            System.out.printf("REQUEST %s %d %d %d%n", request, of.size(),
                    of.stream().mapToInt(t -> t.statements.size()).sum(), of.stream().filter(t -> t.wrote).count());
        }
        System.out.printf("CHECKOUT %d %d %d %d%n", checkout.size(),
                checkout.stream().mapToInt(t -> t.statements.size()).sum(),
                checkout.stream().flatMap(t -> t.statements.stream())
                        .filter(s -> !s.sql().equals("BEGIN") && !s.sql().equals("COMMIT")).count(),
                checkout.stream().filter(t -> t.wrote).count());
        System.out.printf("CAUSED %d %d%n", caused.size(), caused.stream().mapToInt(t -> t.statements.size()).sum());
        System.out.println("TABLES " + String.join(" ", tables));
        System.out.println("FRESH " + out.fresh.size());
    }

    /** The parameters of a log line's DETAIL ({@code Parameters: $1 = 'a', $2 = NULL}); null for NULL. */
    static List<String> parameters(String detail) {
        List<String> values = new ArrayList<>();
        if (!detail.startsWith("Parameters: ")) {
            return values;
        }
        Matcher m = PARAMETER.matcher(detail.substring("Parameters: ".length()));
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != values.size() + 1) {
                throw new IllegalStateException("unexpected parameter list: " + detail);
            }
            values.add(m.group(2).equals("NULL") ? null : m.group(3).replace("''", "'"));
        }
        return values;
    }

    /** The variables of the script: one per distinct value, named by kind and order of appearance. */
    static final class Script {
        private final Set<String> constants;
        private final String orderNumber;
        final Map<String, String> fresh = new LinkedHashMap<>();      // value -> variable
        private final Map<String, String> values = new LinkedHashMap<>(); // value -> variable
        private final Map<String, String> expressions = new LinkedHashMap<>(); // variable -> SQL

        Script(Set<String> constants, String orderNumber) {
            this.constants = constants;
            this.orderNumber = orderNumber;
        }

        String statement(Statement s) {
            Map<Integer, String> overrides = new LinkedHashMap<>();
            Matcher insert = INSERT.matcher(s.sql());
            if (insert.find() && insert.group(1).equals("jobs")) {
                String[] columns = insert.group(2).split(",");
                String[] placeholders = insert.group(3).split(",");
                for (int i = 0; i < columns.length; i++) {
                    if (columns[i].strip().equals("run_after")) {
                        overrides.put(Integer.parseInt(placeholders[i].strip().substring(1)), "infinity");
                    }
                }
            }
            Matcher m = PLACEHOLDER.matcher(s.sql());
            StringBuilder sql = new StringBuilder();
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                String value = overrides.getOrDefault(n, s.parameters().get(n - 1));
                m.appendReplacement(sql, value == null ? "NULL" : ":" + variable(value));
            }
            m.appendTail(sql);
            return sql.toString();
        }

        /** Every colon in the script must start one of its variables: pgbench reads any other as one too. */
        void checkVariables(String script) {
            Matcher colon = COLON.matcher(script);
            while (colon.find()) {
                if (colon.group(1) == null || !expressions.containsKey(colon.group(1))) {
                    throw new IllegalStateException("pgbench would misread the colon in: "
                            + script.substring(Math.max(0, colon.start() - 60), Math.min(script.length(), colon.end() + 20)));
                }
            }
        }

        private String variable(String value) {
            String known = values.get(value);
            if (known != null) {
                return known;
            }
            String name;
            String expression;
            if (UUID.matcher(value).matches() && !constants.contains(value)) {
                name = "u" + (fresh.size() + 1);
                fresh.put(value, name);
                expression = "gen_random_uuid()";
            } else if (value.equals(orderNumber)) {
                name = "n" + (fresh.size() + 1);
                fresh.put(value, name);
                // ORD-{SHOP}-{8 digits}-{8 hex}, as long as a real number, never equal to one (date part 0…).
                expression = "'" + value.substring(0, value.length() - 17) + "0' || lpad(cast(cast(random() * 1e7 as int)"
                        + " as text), 7, '0') || '-' || upper(substr(md5(cast(random() as text)), 1, 8))";
            } else {
                name = "c" + (values.size() - fresh.size() + 1);
                expression = literalWithFresh(value);
            }
            values.put(value, name);
            expressions.put(name, expression);
            return name;
        }

        /** A constant, or a text that contains created ids (a job's JSON payload): built from them per run. */
        private String literalWithFresh(String value) {
            StringBuilder expression = new StringBuilder();
            int from = 0;
            Matcher ids = Pattern.compile(UUID.pattern() + "|" + Pattern.quote(orderNumber)).matcher(value);
            while (ids.find()) {
                String id = ids.group();
                if (constants.contains(id)) {
                    continue;
                }
                variable(id);
                expression.append(literal(value.substring(from, ids.start()))).append(" || f.").append(fresh.get(id))
                        .append(" || ");
                from = ids.end();
            }
            return expression.append(literal(value.substring(from))).toString();
        }

        /** An E'' literal without a colon, which pgbench would take for the start of a variable. */
        private static String literal(String text) {
            return "E'" + text.replace("\\", "\\\\").replace("'", "''").replace(":", "\\x3a").replace("\n", "\\n")
                    + "'";
        }

        String freshValues() {
            StringBuilder inner = new StringBuilder();
            StringBuilder outer = new StringBuilder("select f.*");
            for (Map.Entry<String, String> e : expressions.entrySet()) {
                if (fresh.containsValue(e.getKey())) {
                    inner.append(inner.isEmpty() ? "" : ", ").append(e.getValue()).append(" as ").append(e.getKey());
                } else {
                    outer.append(", ").append(e.getValue()).append(" as ").append(e.getKey());
                }
            }
            return outer + " from (select " + inner + ") f";
        }
    }

    /** RFC 4180, as PostgreSQL's csvlog writes it (quoted fields may hold newlines). */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            return rows;
        }
    }
}
