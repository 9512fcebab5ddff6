package org.govtechhub.load;

import org.govtechhub.it.HubClient;
import org.govtechhub.it.RolePages;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * How many SQL statements each page of each role sends to the database, read from the database server's own
 * counters (MariaDB/MySQL {@code Com_select}, {@code Com_insert}, {@code Com_update}, {@code Com_delete}) around one
 * request, the best of three, on a server nobody else uses. Run against the demo data and against the
 * production-size data set: a page whose count grows with the data has an N+1. Prints tab-separated
 * role, page, statements, bytes and the fastest of the three answers in milliseconds.
 * <pre>
 * java -cp hub-ear/target/test-classes -Dhub.url=http://localhost:8080/hub/ -Dload.accounts=scale \
 *      org.govtechhub.load.StatementsPerPage
 * </pre>
 * {@code -Dload.accounts=demo} (the default) signs in with the demo accounts, {@code scale} with the first account of
 * each kind of the generated data set; the counters are read with the {@code mariadb} client ({@code -Ddb.client}).
 */
public final class StatementsPerPage {

    private static final List<String> ROLES = List.of("admin", "manager", "department", "founder", "mentor", "learner", "juror", "expert", "citizen");
    private static final int TRIES = 3;

    private StatementsPerPage() {
    }

    public static void main(String[] args) throws Exception {
        boolean scale = "scale".equals(System.getProperty("load.accounts", "demo"));
        System.out.println("role\tpage\tstatements\tbytes\tms");
        for (String role : ROLES) {
            HubClient client = new HubClient();
            HttpResponse<String> signedIn = scale ? client.signIn(role + ".1@scale.govtech-hub.demo", "GovTechHub-scale-2026")
                    : client.signInAsDemo(role);
            if (signedIn.statusCode() != 302) {
                throw new IllegalStateException(role + " could not sign in: " + signedIn.statusCode());
            }
            Set<String> pages = RolePages.reachedBy(client);
            for (String page : pages) {
                long fewest = Long.MAX_VALUE;
                long fastest = Long.MAX_VALUE;
                int bytes = 0;
                for (int i = 0; i < TRIES; i++) {
                    long before = statements();
                    long start = System.nanoTime();
                    HttpResponse<String> answer = client.get(page);
                    fastest = Math.min(fastest, (System.nanoTime() - start) / 1_000_000);
                    fewest = Math.min(fewest, statements() - before - 1); // less the counters' own SELECT
                    bytes = answer.body().getBytes(StandardCharsets.UTF_8).length;
                }
                System.out.println(role + "\t" + page + "\t" + fewest + "\t" + bytes + "\t" + fastest);
            }
        }
    }

    private static long statements() throws IOException, InterruptedException {
        Process client = new ProcessBuilder(System.getProperty("db.client", "mariadb"), "-N", "-B", "-e",
                "SELECT SUM(VARIABLE_VALUE) FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME IN "
                        + "('COM_SELECT', 'COM_INSERT', 'COM_UPDATE', 'COM_DELETE', 'COM_INSERT_SELECT', 'COM_REPLACE')")
                .redirectErrorStream(true).start();
        String out = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (client.waitFor() != 0) {
            throw new IllegalStateException("could not read the database's counters: " + out);
        }
        return Long.parseLong(out);
    }
}
