package org.govtechhub.web.admin;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govtechhub.identity.PersonalDataService;
import org.govtechhub.identity.PersonalDataService.PersonalData;
import org.govtechhub.shared.BusinessException;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GET /admin/personal-data/{id}.json: everything the hub holds about a person, as JSON (administrators only, by
 * web.xml's constraint on /admin/*; each export is in the audit trail).
 */
@WebServlet("/admin/personal-data/*")
public class PersonalDataExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})\\.json");

    @EJB
    private PersonalDataService personalData;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher matcher = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!matcher.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PersonalData data;
        try {
            data = personalData.export(Long.parseLong(matcher.group(1)));
        } catch (BusinessException notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"personal-data-" + data.personId() + ".json\"");
        response.setHeader("Cache-Control", "no-store");
        JsonObjectBuilder records = Json.createObjectBuilder();
        data.records().forEach((where, rows) -> {
            JsonArrayBuilder array = Json.createArrayBuilder();
            rows.forEach(row -> array.add(object(row)));
            records.add(where, array);
        });
        try (OutputStream out = response.getOutputStream();
             JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createGenerator(out)) {
            json.write(Json.createObjectBuilder().add("person", data.personId()).add("readAt", data.readAt().toString())
                    .add("records", records).build());
        }
    }

    private static JsonObjectBuilder object(Map<String, Object> row) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        row.forEach((column, value) -> {
            if (value == null) {
                object.addNull(column);
            } else if (value instanceof Map<?, ?> file) {
                object.add(column, Json.createObjectBuilder().add("bytes", ((Number) file.get("bytes")).longValue()));
            } else if (value instanceof Boolean flag) {
                object.add(column, flag);
            } else if (value instanceof BigDecimal || value instanceof BigInteger || value instanceof Long
                    || value instanceof Integer || value instanceof Short || value instanceof Byte) {
                object.add(column, new BigDecimal(value.toString()));
            } else if (value instanceof Number number) {
                object.add(column, number.doubleValue());
            } else {
                object.add(column, value.toString());
            }
        });
        return object;
    }
}
