package org.govtechhub.incubator;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The catalogue's word index, in English and Russian alike, in plain Java: a text becomes the set of its words, each
 * lower-cased ({@code ё} as {@code е}) and stripped of its inflectional ending (Russian case and number endings, English
 * plural and verb endings), so that "пожары", "пожарами" and "пожар" are one word, as are "transport" and
 * "transported". A search word is reduced the same way and matches every indexed word it begins; all the words
 * of a search must match. Also the project's address (a transliterated slug) and the key under which two names count
 * as the same project.
 */
public final class SearchTerms {

    /** The longest indexed word; longer words are cut (and still found by their beginning). */
    public static final int MAX_TERM = 40;

    /** Search words beyond these are ignored. */
    public static final int MAX_QUERY_TERMS = 6;

    private static final int MIN_STEM = 3;

    private static final Set<String> STOP_WORDS = Set.of(
            "the", "and", "for", "with", "from", "that", "this", "are", "was", "its", "into", "their", "our", "you", "your",
            "of", "to", "in", "on", "by", "an", "or", "at", "as", "is", "it", "be", "a",
            "и", "в", "во", "на", "с", "со", "по", "для", "из", "от", "до", "не", "что", "как", "это", "или", "к", "о", "об",
            "а", "но", "за", "у", "же", "их", "его", "её", "ее", "мы", "вы", "они", "он", "она");

    /** Russian inflectional endings, longest first (a light stemmer: suffixes that change with case, number and person). */
    private static final List<String> RUSSIAN_ENDINGS = byLengthDescending(List.of(
            "иями", "ями", "ами", "иях", "ией", "ого", "его", "ому", "ему", "ыми", "ими", "ешь", "ишь", "ете", "ите", "ются",
            "ется", "ится", "ться", "тся", "ость", "ости", "остью", "ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые",
            "ов", "ев", "ей", "ым", "им", "ых", "их", "ет", "ит", "ам", "ям", "ах", "ях", "ом", "ем", "ую", "юю", "ть", "ют", "ут", "ат", "ят", "ия", "ья", "ию",
            "ью", "ии", "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й"));

    private static final List<String> ENGLISH_ENDINGS = byLengthDescending(List.of(
            "ations", "ation", "ings", "ing", "ies", "ied", "ers", "er", "es", "ed", "ly", "s"));

    private SearchTerms() {
    }

    /** The indexed words of these texts, each once. */
    public static Set<String> of(String... texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            for (String word : words(text)) {
                terms.add(stem(word));
            }
        }
        return terms;
    }

    /** The words of a search, reduced as the index is, at most {@link #MAX_QUERY_TERMS}; empty for a blank search. */
    public static List<String> query(String text) {
        List<String> terms = new ArrayList<>(of(text));
        return terms.size() > MAX_QUERY_TERMS ? terms.subList(0, MAX_QUERY_TERMS) : terms;
    }

    /** A word reduced to what its inflected forms share. */
    static String stem(String word) {
        boolean cyrillic = isCyrillic(word);
        List<String> endings = cyrillic ? RUSSIAN_ENDINGS : ENGLISH_ENDINGS;
        String stem = word;
        for (String ending : endings) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                stem = word.substring(0, word.length() - ending.length());
                break;
            }
        }
        // "service" and "services", "city" and "cities": an English word's last e or y goes too, with or without an ending
        if (!cyrillic && (stem.endsWith("e") || stem.endsWith("y")) && stem.length() - 1 >= MIN_STEM) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem.length() > MAX_TERM ? stem.substring(0, MAX_TERM) : stem;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        // accents go ("naïve" is "naive", as the database's collation compares the index's words), but not й's breve
        String lower = Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace('ё', 'е'), Normalizer.Form.NFD)
                .replace("\u0438\u0306", "\u0439").replaceAll("\\p{M}", "");
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (!word.isEmpty()) {
                String w = word.toString();
                if (w.length() > 1 && !STOP_WORDS.contains(w)) {
                    words.add(w);
                }
                word.setLength(0);
            }
        }
        return words;
    }

    private static boolean isCyrillic(String word) {
        return word.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
    }

    /** Two project names are the same project when their letters and digits are: "Street Journal" and "streetjournal". */
    public static String key(String name) {
        StringBuilder key = new StringBuilder();
        String lower = Normalizer.normalize(name == null ? "" : name.toLowerCase(Locale.ROOT).replace('ё', 'е'), Normalizer.Form.NFD)
                .replace("\u0438\u0306", "\u0439");
        lower.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }

    /** The project's address: its name in Latin letters, digits and hyphens ("Холода.инфо" → "kholoda-info"), at most 80 characters. */
    public static String slug(String name) {
        StringBuilder slug = new StringBuilder();
        for (char c : (name == null ? "" : name.toLowerCase(Locale.ROOT)).toCharArray()) {
            String latin = transliterate(c);
            if (latin == null) {
                // Latin letters with accents lose them ("é" → "e"); anything else separates words
                latin = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("[^a-z0-9]", "");
            }
            if (!latin.isEmpty()) {
                slug.append(latin);
            } else if (CYRILLIC.indexOf(c) < 0 && !slug.isEmpty() && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        }
        String result = slug.toString().replaceAll("-+$", "");
        if (result.length() > 80) {
            result = result.substring(0, 80).replaceAll("-+$", "");
        }
        return result.isEmpty() ? "project" : result;
    }

    private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
        "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};

    private static String transliterate(char c) {
        int index = CYRILLIC.indexOf(c);
        return index < 0 ? null : LATIN[index];
    }

    private static List<String> byLengthDescending(List<String> endings) {
        return endings.stream().distinct().sorted((a, b) -> b.length() - a.length()).toList();
    }
}
