package org.govtechhub.bench;

import org.govtechhub.it.HubClient;
import org.govtechhub.it.HubDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Benchmark, run by name: does a refused sign-in tell an unknown address, a wrong password and a throttled account
 * apart by its time? The three kinds of attempt are posted in turn (so drift of the machine touches all alike), each
 * timed from the client on the login form's post alone (its page is opened before the clock starts), 10 warm-ups and
 * 60 measured rounds; median and 95th percentile per kind, and the medians' distance.
 * Unknown and wrong-password attempts come from a fresh client address each time, so only the throttled kind is
 * throttled: the same account from one address after its free failures.
 */
@ExtendWith(ArquillianExtension.class)
class SignInTimingBenchmark {

    private static final int WARM_UPS = 10;
    private static final int ROUNDS = 60;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HubDeployment.application();
    }

    private static String freshAddress() {
        return "2001:db8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)) + "::"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff));
    }

    /** Times the post of the login form, returning nanoseconds; fails if the attempt was not refused. */
    private static long refusedSignIn(HubClient client, String email) throws Exception {
        Map<String, String> form = client.form("login.xhtml", "login", Map.of("email", email, "password", "not the password 1"), "submit");
        long start = System.nanoTime();
        HttpResponse<String> answer = client.post("login.xhtml", form);
        long nanos = System.nanoTime() - start;
        assertTrue(answer.statusCode() == 200 && answer.body().contains("too many attempts"), answer.body());
        return nanos;
    }

    @Test
    void anUnknownAddressAWrongPasswordAndAThrottledAccountTakeTheSameTime() throws Exception {
        String throttledAddress = freshAddress();
        for (int i = 0; i < 8; i++) {
            refusedSignIn(new HubClient().from(throttledAddress), "juror@govtech-hub.demo");
        }
        Map<String, long[]> timings = new LinkedHashMap<>();
        timings.put("unknown address", new long[ROUNDS]);
        timings.put("wrong password", new long[ROUNDS]);
        timings.put("throttled account", new long[ROUNDS]);
        for (int round = -WARM_UPS; round < ROUNDS; round++) {
            long unknown = refusedSignIn(new HubClient().from(freshAddress()), "nobody." + UUID.randomUUID() + "@govtech-hub.demo");
            long wrong = refusedSignIn(new HubClient().from(freshAddress()), "mentor@govtech-hub.demo");
            long throttled = refusedSignIn(new HubClient().from(throttledAddress), "juror@govtech-hub.demo");
            if (round >= 0) {
                timings.get("unknown address")[round] = unknown;
                timings.get("wrong password")[round] = wrong;
                timings.get("throttled account")[round] = throttled;
            }
        }
        double lowest = Double.MAX_VALUE;
        double highest = 0;
        for (Map.Entry<String, long[]> kind : timings.entrySet()) {
            long[] nanos = kind.getValue();
            Arrays.sort(nanos);
            double median = nanos[ROUNDS / 2] / 1e6;
            lowest = Math.min(lowest, median);
            highest = Math.max(highest, median);
            System.out.printf("BENCH refused sign-in, %s | median %.1f ms | p95 %.1f ms%n", kind.getKey(), median,
                    nanos[(int) (ROUNDS * 0.95)] / 1e6);
        }
        System.out.printf("BENCH refused sign-in, distance of the medians | %.1f ms%n", highest - lowest);
    }
}
