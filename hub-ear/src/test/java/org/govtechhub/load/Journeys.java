package org.govtechhub.load;

import io.gatling.javaapi.core.ChainBuilder;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static org.govtechhub.load.Jsf.download;
import static org.govtechhub.load.Jsf.keepForm;
import static org.govtechhub.load.Jsf.page;
import static org.govtechhub.load.Jsf.pageSortFilter;
import static org.govtechhub.load.Jsf.submit;
import static org.govtechhub.load.Jsf.tableIds;

/**
 * One journey per role, as a person of that role uses the hub: reads (home, lists with AJAX paging, sorting and
 * filtering, a record) and writes (enrol, approve, score, log, apply, post, run a round, export). Targets are read off
 * the pages (a random one each time, so virtual users of one account spread), titles are unique, and a write whose
 * target is absent from the data (no open jury sheet, no accepted mentoring match, no request to approve) is skipped.
 * Each request is followed by a think time ({@link LoadSettings#think}).
 */
final class Journeys {

    private Journeys() {
    }

    /** Signs in through the login form; the redirect to the home page is followed and must show the user's own marker. */
    static ChainBuilder signIn() {
        return exec(
                http("login page").get("login.xhtml").check(status().is(200)).check(keepForm("login")),
                http("sign in").post("login.xhtml")
                        .formParamMap(session -> Map.of("login", "login", "login:email", session.getString("email"),
                                "login:password", session.getString("password"), "login:submit", "",
                                Jsf.VIEW_STATE, String.valueOf(((Map<?, ?>) session.get("form.login")).get(Jsf.VIEW_STATE))))
                        .check(status().is(200), Jsf.signedIn()));
    }

    private static ChainBuilder think() {
        return exec(pause(LoadSettings.thinkMin(), LoadSettings.thinkMax()));
    }

    private static ChainBuilder read(String name, String path) {
        return exec(page(name, path)).exec(think());
    }

    static ChainBuilder admin() {
        return exec(read("admin: home", "home.xhtml"))
                .exec(page("admin: people", "admin/people.xhtml").check(tableIds("people", "table"))
                        .check(regex("href=\"/hub/(admin/person\\.xhtml\\?id=\\d+)\"").findRandom().saveAs("person")))
                .exec(pageSortFilter("admin: people", "admin/people.xhtml", "people", "table", "a")).exec(think())
                .exec(read("admin: person", "#{person}"))
                .exec(read("admin: organisations", "admin/organisations.xhtml"))
                .exec(read("admin: audit log", "admin/audit.xhtml"))
                .exec(read("admin: skills", "admin/skills.xhtml"));
    }

    static ChainBuilder manager() {
        return exec(read("manager: home", "home.xhtml"))
                .exec(read("manager: projects to moderate", "incubator/manage/moderation.xhtml"))
                .exec(page("manager: programmes", "cohorts/manage/programmes.xhtml")
                        .check(regex("href=\"/hub/(cohorts/manage/programme\\.xhtml\\?id=\\d+)\"").findRandom().saveAs("programme"))).exec(think())
                .exec(page("manager: programme", "#{programme}")
                        .check(regex("href=\"/hub/(cohorts/manage/cohort\\.xhtml\\?id=\\d+)\"").findRandom().optional().saveAs("cohort"))).exec(think())
                .doIf(session -> session.contains("cohort")).then(exec(read("manager: cohort", "#{cohort}")))
                .exec(page("manager: impact report", "cohorts/manage/impact.xhtml")
                        .check(regex("impact\\.xhtml\\?cohort=(\\d+)").findRandom().optional().saveAs("impactCohort"))).exec(think())
                .exec(approvals("manager"))
                // the city-wide dashboards aggregate every enrolment and mentoring session: seconds at production size
                // (docs/benchmarks.md, "Left alone"), so only on the demo data
                .doIf(session -> LoadSettings.demoAccounts()).then(exec(
                        page("manager: training report", "training/report.xhtml")
                                .check(regex("href=\"/hub/(training/report\\.csv\\?[^\"]+)\"").findRandom().saveAs("csv"))
                                .check(regex("href=\"/hub/(training/report\\.xlsx\\?[^\"]+)\"").findRandom().saveAs("xlsx")),
                        download("manager: report CSV", "#{csv}"), download("manager: report XLSX", "#{xlsx}"), think(),
                        read("manager: mentoring health", "mentoring/health.xhtml")))
                .doIf(session -> !LoadSettings.demoAccounts() && session.contains("impactCohort")).then(exec(
                        download("manager: impact export", "cohorts/manage/impact/cohort/#{impactCohort}.csv?table=headline"), think()))
                .exec(page("manager: matching", "mentoring/matching.xhtml").check(keepForm("round"))).exec(think())
                // a new round runs over every mentor and startup: small on the demo data, minutes at production size
                .doIf(session -> LoadSettings.demoAccounts() && LoadSettings.sharedWrites()).then(exec(
                        submit("manager: run a matching round", "mentoring/matching.xhtml", "round", "round:run",
                                Map.of("round:name", "Load round #{uuid}")).check(substring("id=\"solver\"")),
                        think()));
    }

    /** Training approvals of a line manager: approves the first request waiting, if any. */
    private static ChainBuilder approvals(String role) {
        return exec(page(role + ": approvals", "training/approvals.xhtml").check(keepForm("approvals"))
                        .check(regex("name=\"(approvals:requests:\\d+:approve)\"").optional().saveAs("approve"))).exec(think())
                .doIf(session -> session.contains("approve") && LoadSettings.sharedWrites()).then(exec(
                        http(role + ": approve an enrolment").post("training/approvals.xhtml")
                                .formParamMap(session -> Jsf.fields(session, "approvals", session.getString("approve")))
                                .check(status().is(200), Jsf.signedIn()),
                        think()))
                .exec(session -> session.remove("approve"));
    }

    static ChainBuilder department() {
        return exec(read("department: home", "home.xhtml"))
                .exec(page("department: our challenges", "cohorts/challenges.xhtml").check(keepForm("draft"))
                        .check(regex("<option value=\"(\\d+)\" data-escape").findRandom().saveAs("targetCohort"))
                        .check(regex("href=\"/hub/(cohorts/challenge\\.xhtml\\?id=\\d+)\"").findRandom().optional().saveAs("challenge")))
                .exec(think())
                .doIf(session -> session.contains("challenge")).then(exec(read("department: challenge", "#{challenge}")))
                .exec(submit("department: post a challenge", "cohorts/challenges.xhtml", "draft", "draft:start",
                        Map.of("draft:cohort_input", "#{targetCohort}", "draft:title", "Load challenge #{uuid}"))
                        .check(substring("Load challenge"))).exec(think())
                .exec(approvals("department"))
                .doIf(session -> LoadSettings.demoAccounts()).then(exec(read("department: training report", "training/report.xhtml")));
    }

    static ChainBuilder founder() {
        return exec(read("founder: home", "home.xhtml"))
                .exec(page("founder: open challenges", "cohorts/open-challenges.xhtml")
                        .check(regex("href=\"/hub/(cohorts/open-challenge\\.xhtml\\?id=\\d+)\"").findRandom().saveAs("openChallenge")))
                .exec(Jsf.ajaxTable("founder: open challenges: page 2", "cohorts/open-challenges.xhtml", "search", "challenges",
                        Map.of("{table}_pagination", "true", "{table}_first", "20", "{table}_rows", "20"))).exec(think())
                .exec(page("founder: open challenge", "#{openChallenge}").check(keepForm("apply"))
                        .check(substring("id=\"apply:applied\"").count().saveAs("applied"))).exec(think())
                // applies once per startup and challenge; already applied: opens the application instead
                .doIf(session -> session.getInt("applied") == 0 && LoadSettings.sharedWrites()).then(exec(
                        submit("founder: apply to a challenge", "#{openChallenge}", "apply", "apply:start", Map.of())
                                .check(substring("id=\"topbar:signed-in-as\"")),
                        think()))
                .exec(read("founder: my applications", "cohorts/my-applications.xhtml"))
                .exec(read("founder: milestones", "cohorts/milestones.xhtml"))
                .exec(read("founder: mentoring needs", "mentoring/needs.xhtml"))
                .exec(read("founder: startup profile", "cohorts/profile.xhtml"))
                // the incubator's catalogue: a search in Russian with a facet, a project by its address, one's own projects
                .exec(page("founder: catalogue", "projects?q=%D0%BF%D0%BE%D0%B6%D0%B0%D1%80%D1%8B&oss=false")
                        .check(regex("href=\"/hub/(projects/[a-z0-9-]+)\"").findRandom().saveAs("project"))).exec(think())
                .exec(read("founder: catalogue facet", "projects?sector=CIVIC_PARTICIPATION&sort=NAME"))
                .exec(read("founder: project", "#{project}"))
                .exec(read("founder: my projects", "incubator/my-projects.xhtml"));
    }

    static ChainBuilder mentor() {
        return exec(read("mentor: home", "home.xhtml"))
                .exec(page("mentor: my matches", "mentoring/matches.xhtml")
                        .check(regex("href=\"/hub/(mentoring/sessions\\.xhtml\\?match=\\d+)\"").findRandom().optional().saveAs("sessions")))
                .exec(think())
                .doIf(session -> session.contains("sessions")).then(exec(
                        page("mentor: sessions of a match", "#{sessions}").check(keepForm("log"))
                                .check(regex("name=\"log:format_input\"[^>]*>\\s*(?:<option[^>]*value=\"\"[^>]*>[^<]*</option>\\s*)?<option value=\"([^\"]+)\"")
                                        .optional().saveAs("format"))
                                .check(substring("id=\"log\"").count().saveAs("canLog")),
                        think(),
                        doIf(session -> session.getInt("canLog") > 0 && LoadSettings.sharedWrites()).then(exec(
                                submit("mentor: log a session", "#{sessions}", "log", "log:save",
                                        Map.of("log:heldOn_input", LocalDate.now().minusDays(1).toString(), "log:duration_input", "60",
                                                "log:duration_hinput", "60", "log:format_input", "#{format}", "log:topics", "Load #{uuid}")),
                                think()))))
                .exec(read("mentor: profile", "mentoring/profile.xhtml"))
                .exec(read("mentor: conflicts", "mentoring/conflicts.xhtml"));
    }

    static ChainBuilder learner() {
        return exec(read("learner: home", "home.xhtml"))
                .exec(page("learner: catalogue", "training/catalog.xhtml").check(keepForm("catalog"))
                        .check(regex("name=\"(catalog:sessions:\\d+:enrol)\"").findRandom().optional().saveAs("enrol"))).exec(think())
                // a course once per person: enrolled already, the page says so and stays
                .doIf(session -> session.contains("enrol") && LoadSettings.sharedWrites()).then(exec(
                        http("learner: enrol in a course session").post("training/catalog.xhtml")
                                .formParamMap(session -> Jsf.fields(session, "catalog", session.getString("enrol")))
                                .check(status().is(200), Jsf.signedIn()),
                        think()))
                .exec(read("learner: learning path", "training/path.xhtml"))
                .exec(read("learner: skills self-assessment", "training/assessment.xhtml"))
                .exec(approvals("learner"))
                .exec(read("learner: enter the awards", "awards/enter.xhtml"));
    }

    static ChainBuilder juror() {
        return exec(read("juror: home", "home.xhtml"))
                .exec(page("juror: my jury work", "jury/index.xhtml")
                        .check(regex("href=\"/hub/(jury/score\\.xhtml\\?sheet=\\d+)\"").findRandom().optional().saveAs("sheet"))).exec(think())
                .doIf(session -> session.contains("sheet")).then(exec(
                        page("juror: scoresheet", "#{sheet}").check(keepForm("scorecard"))
                                .check(regex("name=\"(scorecard:[^\"]+:score)\"").findAll().optional().saveAs("criteria"))
                                .check(substring("name=\"scorecard:draft\"").count().saveAs("open")),
                        think(),
                        // a draft may be saved again and again; a submitted sheet has no buttons
                        doIf(session -> session.getInt("open") > 0 && session.contains("criteria") && LoadSettings.sharedWrites()).then(exec(
                                http("juror: score a sheet (draft)").post("#{sheet}")
                                        .formParamMap(session -> {
                                            Map<String, Object> form = Jsf.fields(session, "scorecard", "scorecard:draft");
                                            for (String criterion : session.<String>getList("criteria")) {
                                                form.put(criterion, String.valueOf(1 + (int) (Math.random() * 5)));
                                            }
                                            return form;
                                        })
                                        .check(status().is(200), Jsf.signedIn()),
                                think()))));
    }

    /** A fresh unique id for the titles of this iteration's writes. */
    static ChainBuilder freshIds() {
        return exec(session -> session.set("uuid", UUID.randomUUID().toString().substring(0, 13)));
    }
}
