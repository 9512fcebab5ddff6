package org.govtechhub.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A JSF form as the page rendered it: its fields by kind (what a person types, chooses, ticks, or what the page hides),
 * its buttons and its view state; read from the HTML with a few patterns, enough for the markup PrimeFaces writes.
 */
public record HtmlForm(String id, String action, List<Field> fields, List<String> buttons, String viewState, List<String> tables,
                       String nonce) {

    public enum Kind { TEXT, NUMBER, DATE, CHOICE, HIDDEN, TICK, FILE }

    /** Between the values of a field that has several (ticked boxes of one group). */
    public static final String MORE = "\u0000&";

    /** One field: its request parameter(s) — an input number has a visible and a hidden one —, its kind, its value as rendered. */
    public record Field(String name, List<String> parameters, Kind kind, String value, boolean capped) {

        public Field(String name, List<String> parameters, Kind kind, String value) {
            this(name, parameters, kind, value, false);
        }
    }

    private static final Pattern FORM = Pattern.compile("<form id=\"([^\"]+)\"([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern ELEMENT = Pattern.compile("<(input|select|textarea|button)\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)=\"([^\"]*)\"");
    private static final Pattern OPTION = Pattern.compile("<option[^>]*value=\"([^\"]*)\"");
    private static final Pattern TABLE = Pattern.compile("<div id=\"([^\"]+)\" class=\"ui-datatable[ \"]");
    /** PrimeFaces' own state of a widget (a tab, a panel, a scroll position), not anybody's data. */
    private static final Pattern WIDGET_STATE = Pattern.compile(".*_(active|collapsed|scrollState|focus|visible|activeIndex|widgetVar)$");

    public static List<HtmlForm> of(String html) {
        List<HtmlForm> forms = new ArrayList<>();
        Matcher form = FORM.matcher(html);
        String nonce = HubClient.nonce(html).orElse(null);
        while (form.find()) {
            forms.add(parse(form.group(1), attributes(form.group(2)).getOrDefault("action", ""), form.group(3), nonce));
        }
        return forms;
    }

    private static HtmlForm parse(String id, String action, String body, String nonce) {
        Map<String, Field> fields = new LinkedHashMap<>();
        List<String> buttons = new ArrayList<>();
        String viewState = null;
        Matcher element = ELEMENT.matcher(body);
        while (element.find()) {
            Map<String, String> a = attributes(element.group(2));
            String name = a.get("name");
            String type = a.getOrDefault("type", "text");
            if (name == null || name.equals(id)) {
                continue;
            }
            if (name.equals("jakarta.faces.ViewState")) {
                viewState = a.get("value");
                continue;
            }
            switch (element.group(1)) {
                case "button" -> {
                    if (!type.equals("button") && !type.equals("reset")) {
                        buttons.add(name);
                    }
                }
                case "select" -> fields.put(name, new Field(name, List.of(name), Kind.CHOICE, firstOption(body, element.end())));
                case "textarea" -> fields.put(name, new Field(name, List.of(name), Kind.TEXT,
                        unescape(body.substring(element.end(), Math.max(element.end(), body.indexOf("</textarea>", element.end())))),
                        a.containsKey("maxlength")));
                default -> {
                    String value = unescape(a.getOrDefault("value", ""));
                    switch (type) {
                        case "submit", "image" -> buttons.add(name);
                        case "file" -> fields.put(name, new Field(name, List.of(name), Kind.FILE, ""));
                        case "checkbox", "radio" -> {
                            boolean offered = !value.isEmpty() && !value.equals("on") && !value.equals("true");
                            Field known = fields.get(name);
                            String checked = a.containsKey("checked") ? value : "";
                            if (known == null) {
                                fields.put(name, new Field(name, List.of(name), offered ? Kind.CHOICE : Kind.TICK, checked));
                            } else if (!checked.isEmpty()) {
                                fields.put(name, new Field(name, List.of(name), known.kind(),
                                        known.value().isEmpty() ? checked : known.value() + MORE + checked));
                            }
                        }
                        case "hidden" -> {
                            if (name.endsWith("_hinput")) {
                                String base = name.substring(0, name.length() - "_hinput".length());
                                fields.put(base + "_input", new Field(base, List.of(base + "_input", name), Kind.NUMBER, value));
                            } else if (!WIDGET_STATE.matcher(name).matches() && !fields.containsKey(name)) {
                                fields.put(name, new Field(name, List.of(name), Kind.HIDDEN, value));
                            }
                        }
                        default -> {
                            if (!fields.containsKey(name)) {
                                fields.put(name, new Field(name, List.of(name), isDate(body, name) ? Kind.DATE : Kind.TEXT, value,
                                        a.containsKey("maxlength")));
                            }
                        }
                    }
                }
            }
        }
        List<String> tables = new ArrayList<>();
        Matcher table = TABLE.matcher(body);
        while (table.find()) {
            tables.add(table.group(1));
        }
        return new HtmlForm(id, unescape(action), List.copyOf(fields.values()), buttons, viewState, tables, nonce);
    }

    /** Fields, sorted by name: two pages that render the same form (the layout's, a shared dialog) have the same. */
    public String signature() {
        return id + fields.stream().map(f -> f.name().replaceAll(":\\d+:", ":n:") + "/" + f.kind()).sorted().distinct()
                .collect(Collectors.joining(","));
    }

    public List<Field> fuzzable() {
        return fields.stream().filter(f -> f.kind() != Kind.FILE).toList();
    }

    private static boolean isDate(String body, String name) {
        if (!name.endsWith("_input")) {
            return false;
        }
        String base = Pattern.quote(name.substring(0, name.length() - "_input".length()));
        return Pattern.compile("id=\"" + base + "\"[^>]*class=\"[^\"]*ui-(calendar|datepicker)").matcher(body).find();
    }

    private static String firstOption(String body, int from) {
        int end = body.indexOf("</select>", from);
        Matcher option = OPTION.matcher(body.substring(from, end < 0 ? body.length() : end));
        String selected = null;
        String first = "";
        boolean any = false;
        while (option.find()) {
            if (!any) {
                first = option.group(1);
                any = true;
            }
            if (option.group(0).contains("selected")) {
                selected = option.group(1);
            }
        }
        return unescape(selected != null ? selected : first);
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher a = ATTRIBUTE.matcher(tag);
        while (a.find()) {
            attributes.put(a.group(1), a.group(2));
        }
        if (tag.matches("(?s).*\\schecked(\\s.*|$|/.*)")) {
            attributes.putIfAbsent("checked", "checked");
        }
        return attributes;
    }

    public static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
