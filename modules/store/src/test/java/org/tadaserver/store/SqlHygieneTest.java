package org.tadaserver.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No SQL is built from values: every module's main sources are scanned for statements whose text could carry input.
 * Values go in as {@code $n} parameters; SQL text may be assembled only from literals, {@code static final} constants
 * (UPPER_CASE names) and the placeholders {@code param(...)} returns. Flagged:
 * <ul>
 *   <li>a query call ({@code query}, {@code preparedQuery}, {@code preparedBatch}) whose argument is not a literal or a
 *       constant, unless listed in {@link #DYNAMIC_QUERIES} with the reason it is safe;</li>
 *   <li>a SQL string literal joined with {@code +} to a lower-case expression (a variable or a call), unless listed in
 *       {@link #FRAGMENTS};</li>
 *   <li>{@code .append(x)} of a lower-case expression in a file that builds SQL, unless {@code x} is {@code param(...)}
 *       or listed in {@link #FRAGMENTS};</li>
 *   <li>{@code String.format} or {@code .formatted} on SQL text.</li>
 * </ul>
 */
class SqlHygieneTest {
  private static final String KEYWORDS =
      "SELECT|INSERT INTO|UPDATE|DELETE FROM|WHERE|FROM|JOIN|ORDER BY|GROUP BY|LIMIT|OFFSET|VALUES|RETURNING|AND|OR|SET";
  /** A Java string literal (the unrolled form: no backtracking, no deep recursion on long sources). */
  private static final String LITERAL = "(\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\")";
  /** An upper-case SQL keyword, to tell SQL literals from other strings. */
  private static final Pattern SQL_WORD = Pattern.compile("\\b(?:" + KEYWORDS + ")\\b");
  /** A lower-case operand: a variable, field or call (one level of parentheses), e.g. {@code where}, {@code f.q()}. */
  private static final String OPERAND = "(?<![\\w.$\"])([a-z][\\w.]*+(?:\\((?:[^()]++|\\([^()]*+\\))*+\\))?)";
  private static final Pattern QUERY_CALL =
      Pattern.compile("\\.(?:preparedQuery|query|preparedBatch)\\(\\s*((?:[^()]++|\\([^()]*+\\))*+)\\)");
  private static final Pattern CONSTANT_OR_LITERAL = Pattern.compile("(?:[A-Z]\\w*\\.)?[A-Z][A-Z0-9_]*|\"[^\"]*\"");
  private static final Pattern JOIN_AFTER = Pattern.compile(LITERAL + "\\s*\\+\\s*" + OPERAND);
  private static final Pattern JOIN_BEFORE = Pattern.compile(OPERAND + "\\s*\\+\\s*" + LITERAL);
  private static final Pattern APPEND = Pattern.compile("\\.append\\(\\s*" + OPERAND + "\\s*\\)");
  private static final Pattern FORMAT = Pattern.compile("String\\.format\\(\\s*" + LITERAL);
  private static final Pattern FORMATTED = Pattern.compile(LITERAL + "\\s*\\.formatted\\(");
  private static final Pattern ANY_LITERAL = Pattern.compile(LITERAL);

  /**
   * Query calls whose SQL is chosen or assembled at run time, by file: each was read and builds its text only from
   * literals, constants and {@code $n} placeholders (values go into the tuple).
   */
  private static final Map<String, Set<String>> DYNAMIC_QUERIES = Map.of(
      // private helpers whose every caller passes one of the class's SQL constants
      "TagRepository.java", Set.of("sql"),
      "ChatSectionRepository.java", Set.of("sql"),
      "SectionRepository.java", Set.of("sql"),
      "ContactRepository.java", Set.of("sql"),
      "UserRepository.java", Set.of("sql"),
      // filter queries: conditions from constant fragments, values as $n (TaskListQuery, ChatListQuery)
      "TaskRepository.java", Set.of("query.countSql()", "query.pageSql()"),
      "ChatRepository.java", Set.of("query.countSql()", "query.pageSql()"),
      // history: the same, built in place
      "HistoryRepository.java", Set.of("sql.toString()"));

  /**
   * Lower-case operands joined to SQL that are themselves SQL built from constants and {@code $n} placeholders (local
   * variables holding a {@code param(...)} result, helper methods returning fixed fragments), by file.
   */
  private static final Map<String, Set<String>> FRAGMENTS = Map.of(
      "TaskListQuery.java", Set.of("where", "order()", "open", "q", "direction", "params.size()", "column", "type", "sql"),
      "ChatListQuery.java", Set.of("where", "order()", "direction", "params.size()", "key"),
      "HistoryRepository.java", Set.of("cursor(q, params)", "order(q)", "direction", "op", "column"));

  @Test
  void noSqlIsBuiltFromValues() throws IOException {
    Path modules = Path.of("..").toAbsolutePath().normalize();
    List<String> violations = new ArrayList<>();
    int files;
    try (Stream<Path> sources = Files.walk(modules)) {
      List<Path> main = sources.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> p.toString().contains("/src/main/java/")).toList();
      files = main.size();
      main.forEach(file -> scan(file, violations));
    }
    assertTrue(files > 100, "the scan must see every module's sources, saw " + files + " under " + modules);
    assertTrue(violations.isEmpty(), "SQL built from values:\n" + String.join("\n", violations));
  }

  @Test
  void theScanCatchesConcatenatedValues() {
    List<String> found = new ArrayList<>();
    check("Bad.java", "client.preparedQuery(\"SELECT * FROM users WHERE name = '\" + name + \"'\").execute();", found);
    check("Bad.java", "client.query(sql).execute();", found);
    check("Bad.java", "String s = String.format(\"DELETE FROM t WHERE id = %s\", id);", found);
    check("Bad.java", "sb.append(\" WHERE a = \").append(value);", found);
    assertTrue(found.size() >= 4, String.join("\n", found));
    List<String> none = new ArrayList<>();
    check("Good.java", "static final String FIND = \"SELECT \" + COLUMNS + \" FROM t WHERE id = $1\";"
        + " client.preparedQuery(FIND).execute(Tuple.of(id)); sb.append(\" AND x = \").append(param(v));", none);
    assertTrue(none.isEmpty(), String.join("\n", none));
  }

  private static void scan(Path file, List<String> violations) {
    try {
      check(file.getFileName().toString(), Files.readString(file), violations);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void check(String name, String source, List<String> violations) {
    String code = withoutComments(source).replaceAll("\\s+", " ");
    Set<String> dynamic = DYNAMIC_QUERIES.getOrDefault(name, Set.of());
    Set<String> fragments = FRAGMENTS.getOrDefault(name, Set.of());
    Matcher call = QUERY_CALL.matcher(code);
    while (call.find()) {
      String arg = call.group(1).strip();
      if (!CONSTANT_OR_LITERAL.matcher(arg).matches() && !dynamic.contains(arg)) {
        violations.add(name + ": query text not a constant: " + call.group());
      }
    }
    joins(name, JOIN_AFTER.matcher(code), 1, 2, fragments, violations);
    joins(name, JOIN_BEFORE.matcher(code), 2, 1, fragments, violations);
    if (hasSql(ANY_LITERAL.matcher(code)) && code.contains("StringBuilder")) {
      Matcher m = APPEND.matcher(code);
      while (m.find()) {
        if (!fragments.contains(m.group(1)) && !m.group(1).startsWith("param(")) {
          violations.add(name + ": SQL appended from " + m.group(1));
        }
      }
    }
    for (Pattern format : List.of(FORMAT, FORMATTED)) {
      Matcher m = format.matcher(code);
      while (m.find()) {
        if (SQL_WORD.matcher(m.group(1)).find()) {
          violations.add(name + ": SQL formatted: " + m.group());
        }
      }
    }
  }

  private static void joins(String name, Matcher m, int literal, int operand, Set<String> fragments,
      List<String> violations) {
    while (m.find()) {
      String value = m.group(operand);
      if (SQL_WORD.matcher(m.group(literal)).find() && !fragments.contains(value) && !value.startsWith("param(")) {
        violations.add(name + ": SQL joined to " + value + ": " + m.group());
      }
    }
  }

  private static boolean hasSql(Matcher literals) {
    while (literals.find()) {
      if (SQL_WORD.matcher(literals.group(1)).find()) {
        return true;
      }
    }
    return false;
  }

  private static String withoutComments(String source) {
    return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)^\\s*//.*$", " ");
  }
}
