package dev.tandem.memory.recall;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The periods a context names in Spanish, French, German, Italian, Portuguese, Chinese, Japanese
 * and Korean, as {@link DateHint} reads them in English: "ayer", "el lunes", "la semaine dernière",
 * "im März", "上周", "3月", "지난주". Each names a time and nothing else, so its words are never
 * searched by. French "hier" alone is left out: in German it is "here".
 */
final class OtherLanguageDates {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String ES_DAYS = "lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo";
    private static final String FR_DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
    private static final String DE_DAYS = "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag";
    private static final String MONTH_NAMES = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre"
            + "|octubre|noviembre|diciembre|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre"
            + "|novembre|d[ée]cembre|januar|j[äa]nner|februar|m[äa]rz|april|juni|juli|august|september|oktober"
            + "|november|dezember";
    private static final String CJK_NUMBER = "\\d{1,2}|十[一二]?|[一二三四五六七八九]";

    /** The letters a rule's words are written in. */
    private enum Script { LATIN, CJK, BOTH }

    private record Rule(Script script, Pattern pattern, BiFunction<Matcher, LocalDate, DateHint> period) {
        Rule(Script script, String regex, BiFunction<Matcher, LocalDate, DateHint> period) {
            this(script, Pattern.compile(regex, FLAGS), period);
        }

        boolean worthScanning(boolean latinWords, boolean cjk) {
            return switch (script) {
                case LATIN -> latinWords;
                case CJK -> cjk;
                case BOTH -> latinWords || cjk;
            };
        }
    }

    /**
     * The words without which no rule in Latin letters can match: a context that uses none of them (most
     * of them) is not scanned by those rules at all, which would take a millisecond for 2,000 characters.
     */
    private static final java.util.Set<String> LATIN_WORDS = java.util.stream.Stream.of(("ayer anoche gestern hier"
            + " ontem ieri anteayer vorgestern anteontem semana semaine woche settimana wochenende week fin fim mes"
            + " mois monat mese ano annee jahr anno " + ES_DAYS + " " + FR_DAYS + " " + DE_DAYS + " " + MONTH_NAMES)
            .replaceAll("\\[(\\p{L})\\p{L}\\]", "$1").replace('|', ' ').split(" "))
            .map(OtherLanguageDates::plain).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final int LONGEST_WORD = LATIN_WORDS.stream().mapToInt(String::length).max().orElse(0);

    private static final List<Rule> RULES = List.of(
            new Rule(Script.BOTH,
                    "\\b(?:ayer|anoche|gestern(?:\\s+(?:abend|morgen|nacht))?|hier\\s+(?:soir|matin)|ontem|ieri)\\b"
                    + "|昨天|昨晚|昨日|昨夜|어제|어젯밤", (m, today) -> day(today.minusDays(1))),
            new Rule(Script.BOTH,
                    "\\b(?:anteayer|antes\\s+de\\s+ayer|vorgestern|avant-hier|anteontem|l'altro\\s+ieri)\\b"
                    + "|前天|一昨日|おととい|그저께|그제", (m, today) -> day(today.minusDays(2))),
            new Rule(Script.BOTH,
                    "\\b(?:el\\s+fin\\s+de\\s+semana\\s+pasado|le\\s+week-end\\s+derni[eè]r|(?:letztes|vergangenes)"
                    + "\\s+wochenende|am\\s+wochenende|lo\\s+scorso\\s+fine\\s+settimana|o\\s+fim\\s+de\\s+semana"
                    + "\\s+passado)\\b|上周末|上个周末|上個週末|先週末|지난\\s*주말", (m, today) -> lastWeekend(today)),
            new Rule(Script.BOTH,
                    "\\b(?:la\\s+semana\\s+pasada|la\\s+semaine\\s+derni[eè]re|(?:letzte|vergangene)\\s+woche"
                    + "|la\\s+settimana\\s+scorsa|a\\s+semana\\s+passada)\\b|上周|上星期|上个星期|上個星期|上週|先週"
                    + "|지난\\s*주", (m, today) -> week(today, 1)),
            new Rule(Script.BOTH,
                    "\\b(?:esta\\s+semana|cette\\s+semaine|diese\\s+woche|questa\\s+settimana)\\b"
                    + "|这周|本周|這週|这个星期|今週|이번\\s*주", (m, today) -> week(today, 0)),
            new Rule(Script.BOTH,
                    "\\b(?:el\\s+mes\\s+pasado|le\\s+mois\\s+dernier|(?:letzten|vergangenen)\\s+monat"
                    + "|il\\s+mese\\s+scorso|o\\s+m[eê]s\\s+passado)\\b|上个月|上個月|上月|先月|지난\\s*달",
                    (m, today) -> month(today.withDayOfMonth(1).minusMonths(1))),
            new Rule(Script.BOTH,
                    "\\b(?:este\\s+mes|ce\\s+mois(?:-ci)?|diesen\\s+monat|questo\\s+mese)\\b|这个月|這個月|本月|今月"
                    + "|이번\\s*달", (m, today) -> month(today.withDayOfMonth(1))),
            new Rule(Script.BOTH,
                    "\\b(?:el\\s+año\\s+pasado|l'ann[ée]e\\s+derni[eè]re|(?:letztes|vergangenes)\\s+jahr"
                    + "|l'anno\\s+scorso|o\\s+ano\\s+passado)\\b|去年|昨年|작년|지난해",
                    (m, today) -> new DateHint(today.withDayOfYear(1).minusYears(1), today.withDayOfYear(1), null)),
            // A weekday is the last one so named; not one to come ("es el lunes", "ist am Montag").
            new Rule(Script.LATIN,
                    "(?<!\\b(?:es|será|sera)\\s)\\bel\\s+(?<day>" + ES_DAYS + ")(?:\\s+pasado)?\\b",
                    (m, today) -> weekday(today, m.group("day"))),
            new Rule(Script.LATIN,
                    "\\b(?<day>" + FR_DAYS + ")\\s+derni[eè]r\\b", (m, today) -> weekday(today, m.group("day"))),
            new Rule(Script.LATIN,
                    "(?<!\\b(?:ist|sind|wird|bis)\\s)\\b(?:am|letzten|vergangenen)\\s+(?<day>" + DE_DAYS + ")\\b",
                    (m, today) -> weekday(today, m.group("day"))),
            new Rule(Script.CJK,
                    "(?<last>上个?)?(?:周|星期|礼拜|禮拜)(?<day>[一二三四五六日天])",
                    (m, today) -> cjkWeekday(today, m.group("day"), m.group("last") != null)),
            new Rule(Script.CJK,
                    "(?<last>先週の?)?(?<day>[月火水木金土日])曜日?",
                    (m, today) -> cjkWeekday(today, m.group("day"), m.group("last") != null)),
            new Rule(Script.CJK,
                    "(?<last>지난\\s*주\\s*)?(?<day>[월화수목금토일])요일",
                    (m, today) -> cjkWeekday(today, m.group("day"), m.group("last") != null)),
            // "5 de marzo", "le 5 mars", "am 5. März", with or without the year.
            new Rule(Script.LATIN,
                    "\\b(?<day>[0-3]?\\d)(?:\\.|er)?\\s+(?:de\\s+)?(?<month>" + MONTH_NAMES + ")(?:\\s+(?:de\\s+|del\\s+)?"
                    + "(?<year>(?:19|20)\\d\\d))?\\b", OtherLanguageDates::namedDay),
            new Rule(Script.LATIN,
                    "\\b(?:en|de|desde)\\s+(?<month>enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre"
                    + "|setiembre|octubre|noviembre|diciembre)(?:\\s+(?:de|del)\\s+(?<year>(?:19|20)\\d\\d))?\\b",
                    OtherLanguageDates::namedMonth),
            new Rule(Script.LATIN,
                    "\\ben\\s+(?<month>janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre"
                    + "|novembre|d[ée]cembre)(?:\\s+(?<year>(?:19|20)\\d\\d))?\\b", OtherLanguageDates::namedMonth),
            new Rule(Script.LATIN,
                    "\\b(?:im|seit)\\s+(?<month>januar|j[äa]nner|februar|m[äa]rz|april|mai|juni|juli|august"
                    + "|september|oktober|november|dezember)(?:\\s+(?<year>(?:19|20)\\d\\d))?\\b",
                    OtherLanguageDates::namedMonth),
            // 2023年3月, 3月5日, 三月; not 三个月 (three months) or 3ヶ月.
            new Rule(Script.CJK,
                    "(?:(?<year>(?:19|20)\\d\\d)\\s*年\\s*)?(?<!\\d)(?<month>" + CJK_NUMBER + ")\\s*月"
                    + "(?:\\s*(?<day>\\d{1,2})\\s*[日号號])?", OtherLanguageDates::cjkMonth),
            new Rule(Script.CJK,
                    "(?:(?<year>(?:19|20)\\d\\d)\\s*년\\s*)?(?<!\\d)(?<month>\\d{1,2})\\s*월(?:\\s*(?<day>\\d{1,2})\\s*일)?",
                    OtherLanguageDates::cjkMonth));

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("ene", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("abr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("ago", 8), Map.entry("sep", 9), Map.entry("set", 9),
            Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dic", 12), Map.entry("jan", 1), Map.entry("fév", 2),
            Map.entry("fev", 2), Map.entry("avr", 4), Map.entry("mai", 5), Map.entry("aoû", 8),
            Map.entry("aou", 8), Map.entry("déc", 12), Map.entry("dec", 12), Map.entry("jän", 1), Map.entry("mär", 3),
            Map.entry("apr", 4), Map.entry("aug", 8), Map.entry("okt", 10), Map.entry("dez", 12));

    private OtherLanguageDates() {
    }

    /** The period the context names last, if it names one in these languages. */
    static Optional<DateHint> find(String context, LocalDate today) {
        boolean latin = usesLatinWords(context);
        boolean cjk = context.codePoints().anyMatch(OtherLanguageDates::cjk);
        if (!latin && !cjk) {
            return Optional.empty();
        }
        DateHint found = null;
        int end = -1;
        for (Rule rule : RULES) {
            if (!rule.worthScanning(latin, cjk)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(context);
            while (m.find()) {
                // The last mention; of two ending at the same place, the longer ("5 de marzo" over "de marzo").
                if (m.end() < end || m.end() == end && m.group().length() <= found.words().length()) {
                    continue;
                }
                try {
                    // A rule gives the period; the words that named it are the match.
                    DateHint period = rule.period().apply(m, today);
                    found = new DateHint(period.from(), period.until(), m.group());
                    end = m.end();
                } catch (java.time.DateTimeException | IllegalArgumentException notADay) {
                    // "31月", "2月30日": no such day
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean usesLatinWords(String context) {
        int start = -1;
        for (int i = 0; i <= context.length(); i++) {
            boolean letter = i < context.length() && Character.isLetter(context.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                int length = i - start;
                if (length >= 2 && length <= LONGEST_WORD && LATIN_WORDS.contains(plain(context.substring(start, i)))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    /** Lower case, without accents: "Miércoles" is "miercoles". */
    private static String plain(String word) {
        if (word.chars().allMatch(ch -> ch < 128)) {
            return word.toLowerCase(java.util.Locale.ROOT);
        }
        return java.text.Normalizer.normalize(word.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    private static boolean cjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

    /** Whether these words are one of the ways this class names a time (so that they are no words to search by). */
    static boolean names(String words) {
        return RULES.stream().anyMatch(rule -> rule.pattern().matcher(words).matches());
    }

    private static DateHint day(LocalDate day) {
        return DateHint.day(day, null);
    }

    private static DateHint month(LocalDate first) {
        return new DateHint(first, first.plusMonths(1), null);
    }

    private static DateHint week(LocalDate today, int weeksBack) {
        return DateHint.week(today, weeksBack, null);
    }

    private static DateHint lastWeekend(LocalDate today) {
        return DateHint.lastWeekend(today, null);
    }

    private static DateHint weekday(LocalDate today, String name) {
        return day(today.with(TemporalAdjusters.previous(dayOf(name))));
    }

    private static DayOfWeek dayOf(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        String[][] names = {
            {"lunes", "lundi", "montag"}, {"martes", "mardi", "dienstag"}, {"miércoles", "miercoles", "mercredi", "mittwoch"},
            {"jueves", "jeudi", "donnerstag"}, {"viernes", "vendredi", "freitag"},
            {"sábado", "sabado", "samedi", "samstag", "sonnabend"}, {"domingo", "dimanche", "sonntag"}};
        for (int i = 0; i < names.length; i++) {
            if (List.of(names[i]).contains(n)) {
                return DayOfWeek.of(i + 1);
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** 一…日 (Chinese), 月…日 (Japanese), 월…일 (Korean); "last" is the one of the week before this one. */
    private static DateHint cjkWeekday(LocalDate today, String day, boolean lastWeek) {
        DayOfWeek weekday = DayOfWeek.of(switch (day) {
            case "一", "月", "월" -> 1;
            case "二", "火", "화" -> 2;
            case "三", "水", "수" -> 3;
            case "四", "木", "목" -> 4;
            case "五", "金", "금" -> 5;
            case "六", "土", "토" -> 6;
            default -> 7;
        });
        if (lastWeek) {
            LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1L).minusWeeks(1);
            return day(monday.plusDays(weekday.getValue() - 1L));
        }
        return day(today.with(TemporalAdjusters.previous(weekday)));
    }

    private static DateHint namedMonth(Matcher m, LocalDate today) {
        return lastMonthSoNamed(monthNumber(m.group("month")), m.group("year"), today);
    }

    private static DateHint namedDay(Matcher m, LocalDate today) {
        int month = monthNumber(m.group("month"));
        int dayOfMonth = Integer.parseInt(m.group("day"));
        if (m.group("year") != null) {
            return day(LocalDate.of(Integer.parseInt(m.group("year")), month, dayOfMonth));
        }
        LocalDate day = LocalDate.of(today.getYear(), month, dayOfMonth);
        return day(day.isAfter(today) ? day.minusYears(1) : day);
    }

    private static int monthNumber(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.startsWith("juil")) {
            return 7;
        }
        if (n.startsWith("juin")) {
            return 6;
        }
        Integer number = MONTHS.get(n.substring(0, 3));
        if (number == null) {
            throw new IllegalArgumentException(name);
        }
        return number;
    }

    private static DateHint cjkMonth(Matcher m, LocalDate today) {
        int month = cjkNumber(m.group("month"));
        if (m.group("day") != null) {
            int dayOfMonth = Integer.parseInt(m.group("day"));
            int year = m.group("year") != null ? Integer.parseInt(m.group("year")) : today.getYear();
            LocalDate day = LocalDate.of(year, month, dayOfMonth);
            return day(m.group("year") == null && day.isAfter(today) ? day.minusYears(1) : day);
        }
        return lastMonthSoNamed(month, m.group("year"), today);
    }

    private static DateHint lastMonthSoNamed(int month, String year, LocalDate today) {
        if (year != null) {
            return month(LocalDate.of(Integer.parseInt(year), month, 1));
        }
        LocalDate start = LocalDate.of(today.getYear(), month, 1);
        return month(start.isAfter(today) ? start.minusYears(1) : start);
    }

    private static int cjkNumber(String text) {
        if (Character.isDigit(text.charAt(0))) {
            return Integer.parseInt(text);
        }
        String digits = "一二三四五六七八九";
        if (text.startsWith("十")) {
            return text.length() == 1 ? 10 : 10 + digits.indexOf(text.charAt(1)) + 1;
        }
        return digits.indexOf(text.charAt(0)) + 1;
    }
}
