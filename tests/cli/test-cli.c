/* test-cli.c: "accord report", "accord inspect", "accord decisions export"
 * and "accord agreement" on fixtures
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "accord-test-pdf.h"

/* The expected JSON files were written by hand from the fixtures; the
 * working for tests/data/cli/contacts.csv (Europe/Berlin, the default
 * agreement) is in the comments of test_report_json. */

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "cli", name, NULL);
}

/* Runs accord with @args (NULL-terminated) in the zone @tz, in English
 * (C.UTF-8) or, with @german, in German with the build's catalogue. */
static void
run_accord_va (Run         *run,
               const char  *tz,
               gboolean     german,
               const char  *first_arg,
               va_list      args)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *accord = g_getenv ("ACCORD");

  g_assert_nonnull (accord);
  g_ptr_array_add (argv, (char *) accord);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  g_ptr_array_add (argv, NULL);

  g_subprocess_launcher_setenv (launcher, "TZ", tz, TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", german ? "de_DE.UTF-8" : "C.UTF-8", TRUE);
  if (german)
    g_subprocess_launcher_setenv (launcher, "LANGUAGE", "de", TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (process);
}

/* Runs accord in Europe/Berlin, the zone of the fixtures. */
static void
run_accord (Run        *run,
            const char *first_arg,
            ...)
{
  va_list args;

  va_start (args, first_arg);
  run_accord_va (run, "Europe/Berlin", FALSE, first_arg, args);
  va_end (args);
}

static void
run_accord_in_german (Run        *run,
                      const char *first_arg,
                      ...)
{
  va_list args;

  va_start (args, first_arg);
  run_accord_va (run, "Europe/Berlin", TRUE, first_arg, args);
  va_end (args);
}

static void
run_accord_in_utc (Run        *run,
                   const char *first_arg,
                   ...)
{
  va_list args;

  va_start (args, first_arg);
  run_accord_va (run, "UTC", FALSE, first_arg, args);
  va_end (args);
}

static void
assert_json_matches (JsonNode   *expected,
                     JsonNode   *actual,
                     const char *path);

/* Every member of @expected must be in @actual, equal; @actual may have more. */
static void
assert_object_matches (JsonObject *expected,
                       JsonObject *actual,
                       const char *path)
{
  g_autoptr(GList) members = json_object_get_members (expected);

  for (GList *l = members; l != NULL; l = l->next)
    {
      g_autofree char *member_path = g_strdup_printf ("%s.%s", path, (const char *) l->data);

      if (!json_object_has_member (actual, l->data))
        g_error ("%s is missing", member_path);
      assert_json_matches (json_object_get_member (expected, l->data),
                           json_object_get_member (actual, l->data), member_path);
    }
}

static void
assert_json_matches (JsonNode   *expected,
                     JsonNode   *actual,
                     const char *path)
{
  if (JSON_NODE_HOLDS_NULL (expected))
    {
      if (!JSON_NODE_HOLDS_NULL (actual))
        g_error ("%s should be null", path);
      return;
    }

  if (JSON_NODE_TYPE (expected) != JSON_NODE_TYPE (actual))
    g_error ("%s has the wrong type", path);

  if (JSON_NODE_HOLDS_OBJECT (expected))
    {
      assert_object_matches (json_node_get_object (expected), json_node_get_object (actual), path);
    }
  else if (JSON_NODE_HOLDS_ARRAY (expected))
    {
      JsonArray *e = json_node_get_array (expected);
      JsonArray *a = json_node_get_array (actual);

      if (json_array_get_length (e) != json_array_get_length (a))
        g_error ("%s has %u elements, not %u", path, json_array_get_length (a), json_array_get_length (e));
      for (guint i = 0; i < json_array_get_length (e); i++)
        {
          g_autofree char *element_path = g_strdup_printf ("%s[%u]", path, i);

          assert_json_matches (json_array_get_element (e, i), json_array_get_element (a, i), element_path);
        }
    }
  else if (json_node_get_value_type (expected) == G_TYPE_STRING)
    {
      if (g_strcmp0 (json_node_get_string (expected), json_node_get_string (actual)) != 0)
        g_error ("%s is “%s”, not “%s”", path, json_node_get_string (actual), json_node_get_string (expected));
    }
  else if (json_node_get_value_type (expected) == G_TYPE_BOOLEAN)
    {
      if (json_node_get_boolean (expected) != json_node_get_boolean (actual))
        g_error ("%s is not %s", path, json_node_get_boolean (expected) ? "true" : "false");
    }
  else
    {
      double e = json_node_get_double (expected);
      double a = json_node_get_double (actual);

      /* Counts must be integers in the output (DESIGN §6). */
      if (json_node_get_value_type (expected) == G_TYPE_INT64 &&
          json_node_get_value_type (actual) != G_TYPE_INT64 && e != floor (a))
        g_error ("%s is %g, not the integer %g", path, a, e);
      if (fabs (e - a) > 1e-9)
        g_error ("%s is %.12g, not %.12g", path, a, e);
    }
}

static void
assert_output_matches (const char *output,
                       const char *expected_name)
{
  g_autoptr(JsonParser) actual = json_parser_new ();
  g_autoptr(JsonParser) expected = json_parser_new ();
  g_autofree char *expected_path = data_path (expected_name);
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (actual, output, -1, &error);
  g_assert_no_error (error);
  json_parser_load_from_file (expected, expected_path, &error);
  g_assert_no_error (error);
  assert_json_matches (json_parser_get_root (expected), json_parser_get_root (actual), "$");
}

static void
test_report_json (void)
{
  g_autofree char *contacts = data_path ("contacts.csv");
  g_auto(Run) run = { 0 };

  /* contacts.csv: 7 leads in September and October 2024; the latest
   * moment is lead 7's creation, 2024-10-25 17:00, so October is the
   * running month and D is that minute.
   * September: created 1, 2, 3 (3); qualified 1 and 3 (2 has 5
   *   employees, below 10); MQLs 1, 2, 3; managed 1 (exit at its SQL on
   *   the 20th), 2 (Moderate, exit 60 days on), 3 (Low, 30 days); SQL 1.
   * October: created 4, 5, 6, 7; qualified 4, 6, 7 (5 has no employee
   *   count); MQLs 4, 6; managed 2, 3 (exit 10 October), 4, 6 — not 1;
   *   SQL 4; opportunity and customer 1, worth 10,000.
   * SDRs at D: Ana Silva has 1, 2, 5, 7: universe 7 only (1 is an SQL,
   *   2 and 5 fail the Quick Test); active 2 (exit 5 November); no SQL
   *   in October; managed 2 → 0 %. Ben Okafor has 3, 4, 6: universe 3
   *   and 6 (4 is an SQL); active 6 only (3 left the pool on 10 October,
   *   4 at its SQL); SQL 4; managed 3, 4, 6 → 1/3.
   * Flags in (18 Oct 17:00, 25 Oct 17:00]: lead 6 (Low, 48 h) was
   *   first touched 48 h 1 min after its MQL: late, raised at MQL + 48 h.
   *   Lead 4's touch came exactly 4 h after: not late. */
  run_accord (&run, "report", "--format", "json", contacts, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  assert_output_matches (run.out, "report.expected.json");
}

static void
test_report_window (void)
{
  g_autofree char *contacts = data_path ("contacts.csv");
  g_auto(Run) run = { 0 };

  /* Sixty days back from D reach every flag: 2 is outside the profile
   * (at its MQL) and late (MQL + 24 h); 3 is late (MQL + 48 h) and, 30
   * days after its MQL with no touch and no SQL, under-worked and without
   * disposition; then 6. */
  run_accord (&run, "report", "--format", "json", "--window-days", "60", contacts, NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_output_matches (run.out, "flags-60-days.expected.json");
}

static void
test_report_as_of (void)
{
  g_autofree char *contacts = data_path ("contacts.csv");
  g_auto(Run) before = { 0 };
  g_auto(Run) at = { 0 };
  g_auto(Run) day = { 0 };

  /* Lead 3's timeframe ends 2024-10-10 12:00: one minute before, no
   * under-worked flag; at that minute, raised. */
  run_accord (&before, "report", "--format", "json", "--as-of", "2024-10-10T11:59",
              "--window-days", "1", contacts, NULL);
  g_assert_cmpint (before.status, ==, 0);
  g_assert_null (strstr (before.out, "under_worked"));
  g_assert_nonnull (strstr (before.out, "\"as_of\" : \"2024-10-10 11:59\""));

  run_accord (&at, "report", "--format", "json", "--as-of", "2024-10-10T12:00",
              "--window-days", "1", contacts, NULL);
  g_assert_cmpint (at.status, ==, 0);
  g_assert_nonnull (strstr (at.out, "under_worked"));

  /* A date means the end of that day. */
  run_accord (&day, "report", "--format", "json", "--as-of", "2024-10-10", contacts, NULL);
  g_assert_cmpint (day.status, ==, 0);
  g_assert_nonnull (strstr (day.out, "\"as_of\" : \"2024-10-10 23:59\""));
}

static void
test_report_month (void)
{
  g_autofree char *contacts = data_path ("contacts.csv");
  g_auto(Run) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *period;

  /* September's funnel: created 1, 2, 3; qualified 1, 3; MQLs 1, 2, 3;
   * SQL 1; no opportunity. */
  run_accord (&run, "report", "--format", "json", "--month", "2024-09", contacts, NULL);
  g_assert_cmpint (run.status, ==, 0);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  period = json_object_get_array_member (json_object_get_object_member (
    json_node_get_object (json_parser_get_root (parser)), "funnel"), "period");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (period, 0), "count"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (period, 1), "count"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (period, 2), "count"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (period, 3), "count"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (period, 4), "count"), ==, 0);
}

static void
test_report_text_and_csv (void)
{
  g_autofree char *contacts = data_path ("contacts.csv");
  g_auto(Run) text = { 0 };
  g_auto(Run) csv = { 0 };

  run_accord (&text, "report", contacts, NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "2024-10"));
  g_assert_nonnull (strstr (text.out, "Ben Okafor"));
  g_assert_nonnull (strstr (text.out, "late_first_touch"));

  run_accord (&csv, "report", "--format", "csv", contacts, NULL);
  g_assert_cmpint (csv.status, ==, 0);
  g_assert_true (g_str_has_prefix (csv.out, "section,month,key,metric,value\r\n"));
  /* October's leads sourced: 4, against the goal of 300. */
  g_assert_nonnull (strstr (csv.out, "months,2024-10,,leads_sourced,4\r\n"));
  g_assert_nonnull (strstr (csv.out, "months,2024-10,,leads_sourced_goal,300\r\n"));
  g_assert_nonnull (strstr (csv.out, "sdrs,2024-10,Ben Okafor,universe,2\r\n"));
  g_assert_nonnull (strstr (csv.out, "flags,,6,late_first_touch,2024-10-23 09:00\r\n"));
}

static void
test_report_workspace (void)
{
  g_autofree char *workspace = data_path ("workspace.accord");
  g_auto(Run) run = { 0 };

  /* The workspace's zone wins over the system's: in UTC, lead 6's flag
   * would be raised at 07:00. Its agreement sets 4 leads a month, so
   * September's 3 leads attain 0.75; the other goals stay the workbook's. */
  run_accord_in_utc (&run, "report", "--format", "json", "--workspace", workspace, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  assert_output_matches (run.out, "workspace.expected.json");
}

static void
test_inspect_json (void)
{
  g_autofree char *semicolon = data_path ("semicolon.csv");
  g_autofree char *fruit = data_path ("fruit.csv");
  g_auto(Run) run = { 0 };
  g_auto(Run) plain = { 0 };

  /* A BOM, Excel's "sep=;" line, CRLF, a quoted field over two lines. */
  run_accord (&run, "inspect", "--format", "json", semicolon, NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_output_matches (run.out, "semicolon.expected.json");

  /* No CRM columns at all: still inspected. */
  run_accord (&plain, "inspect", "--format", "json", "--rows", "all", fruit, NULL);
  g_assert_cmpint (plain.status, ==, 0);
  assert_output_matches (plain.out, "fruit.expected.json");
}

static void
test_inspect_rows (void)
{
  g_autofree char *contacts = data_path ("contacts.csv");
  g_auto(Run) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  run_accord (&run, "inspect", "--format", "json", "--rows", "2", contacts, NULL);
  g_assert_cmpint (run.status, ==, 0);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (
    json_node_get_object (json_parser_get_root (parser)), "rows")), ==, 2);
}

static void
test_bad_input (void)
{
  g_autofree char *fruit = data_path ("fruit.csv");
  g_autofree char *missing = data_path ("no-such-export.csv");
  g_auto(Run) no_file = { 0 };
  g_auto(Run) no_columns = { 0 };

  run_accord (&no_file, "report", missing, NULL);
  g_assert_cmpint (no_file.status, ==, 1);
  g_assert_nonnull (strstr (no_file.err, "no-such-export.csv"));
  g_assert_cmpstr (no_file.out, ==, "");

  run_accord (&no_columns, "report", fruit, NULL);
  g_assert_cmpint (no_columns.status, ==, 1);
  g_assert_nonnull (strstr (no_columns.err, "fruit.csv"));
}

static void
test_empty_workspace (void)
{
  g_autofree char *workspace = g_test_build_filename (G_TEST_DIST, "data", "workspace", "minimal.accord", NULL);
  g_auto(Run) run = { 0 };

  run_accord (&run, "report", "--workspace", workspace, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "minimal.accord: the workspace names no export"));
}

static void
test_bad_usage (void)
{
  g_autofree char *contacts = data_path ("contacts.csv");
  const char *cases[][4] = {
    { "report", "--format", "xml", NULL },
    { "report", "--month", "2024-13", NULL },
    { "report", "--as-of", "yesterday", NULL },
    { "report", "--preset", "dynamics", NULL },
    { "report", "--window-days", "0", NULL },
    { "report", "--no-such-option", NULL, NULL },
    { "inspect", "--rows", "many", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      if (cases[i][2] != NULL)
        run_accord (&run, cases[i][0], cases[i][1], cases[i][2], contacts, NULL);
      else
        run_accord (&run, cases[i][0], cases[i][1], contacts, NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.err, !=, "");
    }

  {
    g_auto(Run) nothing = { 0 };

    run_accord (&nothing, "report", NULL);
    g_assert_cmpint (nothing.status, ==, 2);
  }
}

/* decided.accord: contacts.csv in Europe/Berlin with five decisions, in
 * this order (moments in UTC in the file, Berlin below):
 *   6 late_first_touch (raised 23 Oct 09:00): reassign to Ana Silva;
 *   3 under_worked (10 Oct 12:00): keep, 25 Oct 10:00;
 *   3 no_disposition (10 Oct 12:00): unqualified, 25 Oct 10:05;
 *   2 late_first_touch (7 Sep 09:00): reassign to "-Dee", 25 Oct 11:00;
 *   2 outside_profile (6 Sep 09:00): dismiss, 25 Oct 12:00. */
static void
test_decisions_export (void)
{
  g_autofree char *decided = data_path ("decided.accord");
  g_auto(Run) hubspot = { 0 };
  g_auto(Run) salesforce = { 0 };

  /* One row per decided lead, in the export's order: 2 goes to "-Dee"
   * (neutralised; the later dismissal of another flag changes nothing),
   * 3 is unqualified (its latest decision, 10:05 after 10:00) with its
   * owner unchanged, 6 goes to Ana Silva. No BOM, CRLF. */
  run_accord_in_utc (&hubspot, "decisions", "export", "--workspace", decided,
                     "--format", "hubspot", NULL);
  g_assert_cmpstr (hubspot.err, ==, "");
  g_assert_cmpint (hubspot.status, ==, 0);
  g_assert_cmpstr (hubspot.out, ==,
                   "Record ID,Contact owner,Lead Status\r\n"
                   "2,\"'-Dee\",In Progress\r\n"
                   "3,Ben Okafor,Unqualified\r\n"
                   "6,Ana Silva,In Progress\r\n");

  run_accord (&salesforce, "decisions", "export", "--format", "salesforce",
              "--workspace", decided, NULL);
  g_assert_cmpstr (salesforce.err, ==, "");
  g_assert_cmpint (salesforce.status, ==, 0);
  g_assert_cmpstr (salesforce.out, ==,
                   "Id,Owner Name,Status\r\n"
                   "2,\"'-Dee\",Working - Contacted\r\n"
                   "3,Ben Okafor,Closed - Not Converted\r\n"
                   "6,Ana Silva,Working - Contacted\r\n");
}

static void
test_decisions_export_to_file (void)
{
  g_autofree char *decided = data_path ("decided.accord");
  g_autofree char *dir = g_dir_make_tmp ("accord-cli-XXXXXX", NULL);
  g_autofree char *path = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *previous = NULL;
  g_auto(Run) first = { 0 };
  g_auto(Run) second = { 0 };

  g_assert_nonnull (dir);
  path = g_build_filename (dir, "decisions.csv", NULL);
  backup = g_strconcat (path, "~", NULL);

  run_accord (&first, "decisions", "export", "--workspace", decided, "--format", "salesforce",
              "-o", path, NULL);
  g_assert_cmpint (first.status, ==, 0);
  g_assert_cmpstr (first.out, ==, "");
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "Id,Owner Name,Status\r\n2,"));

  /* Written again through the safe replace: the previous file is kept
   * as the backup. */
  run_accord (&second, "decisions", "export", "--workspace", decided, "--format", "hubspot",
              "--output", path, NULL);
  g_assert_cmpint (second.status, ==, 0);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "Record ID,Contact owner,Lead Status\r\n2,"));
  g_assert_true (g_file_get_contents (backup, &previous, NULL, NULL));
  g_assert_true (g_str_has_prefix (previous, "Id,Owner Name,Status\r\n"));

  g_assert_cmpint (g_remove (backup), ==, 0);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_report_decisions (void)
{
  g_autofree char *decided = data_path ("decided.accord");
  g_auto(Run) json = { 0 };
  g_auto(Run) text = { 0 };
  g_auto(Run) csv = { 0 };

  /* Sixty days reach every flag (see test_report_window); each is marked
   * with the outcome of its decision, 3's late first touch undecided.
   * The decisions are listed in the workspace's order, their moments in
   * Berlin: 28 Oct 09:30 UTC is 10:30 after the change to CET, 25 Oct
   * 08:00 UTC is 10:00 in CEST. */
  run_accord_in_utc (&json, "report", "--format", "json", "--window-days", "60",
                     "--workspace", decided, NULL);
  g_assert_cmpstr (json.err, ==, "");
  g_assert_cmpint (json.status, ==, 0);
  assert_output_matches (json.out, "decided.expected.json");

  run_accord (&text, "report", "--window-days", "60", "--workspace", decided, NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "(decided: unqualified)\n"));
  g_assert_nonnull (strstr (text.out, "5 decisions\n"));
  g_assert_nonnull (strstr (text.out, ", to Ana Silva, by Chair: Ben is over his band\n"));

  run_accord (&csv, "report", "--format", "csv", "--workspace", decided, NULL);
  g_assert_cmpint (csv.status, ==, 0);
  g_assert_nonnull (strstr (csv.out, "decisions,,3,no_disposition,unqualified\r\n"));
  g_assert_nonnull (strstr (csv.out, "decisions,,2,outside_profile,dismiss\r\n"));
}

static void
test_decisions_bad_usage (void)
{
  g_autofree char *decided = data_path ("decided.accord");
  const char *cases[][8] = {
    { "decisions", NULL },
    { "decisions", "frobnicate", NULL },
    { "decisions", "export", "--format", "hubspot", NULL },
    { "decisions", "export", "--workspace", decided, NULL },
    { "decisions", "export", "--workspace", decided, "--format", "pipedrive", NULL },
    { "decisions", "export", "--workspace", decided, "--format", "hubspot", "extra.csv", NULL },
    { "decisions", "export", "--no-such-option", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };
      const char * const *c = cases[i];

      run_accord (&run, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, !=, "");
    }
}

static void
test_decisions_bad_input (void)
{
  g_autofree char *decided = data_path ("decided.accord");
  g_autofree char *bad = data_path ("decided-bad.accord");
  g_autofree char *missing = data_path ("no-such-workspace.accord");
  g_autofree char *dir = g_dir_make_tmp ("accord-cli-XXXXXX", NULL);
  g_autofree char *unwritable = NULL;
  g_auto(Run) no_file = { 0 };
  g_auto(Run) bad_decision = { 0 };
  g_auto(Run) no_folder = { 0 };

  run_accord (&no_file, "decisions", "export", "--workspace", missing, "--format", "hubspot", NULL);
  g_assert_cmpint (no_file.status, ==, 1);
  g_assert_nonnull (strstr (no_file.err, "no-such-workspace.accord"));
  g_assert_cmpstr (no_file.out, ==, "");

  /* The message names the file and the member at fault. */
  run_accord (&bad_decision, "decisions", "export", "--workspace", bad, "--format", "hubspot", NULL);
  g_assert_cmpint (bad_decision.status, ==, 1);
  g_assert_nonnull (strstr (bad_decision.err, "decided-bad.accord"));
  g_assert_nonnull (strstr (bad_decision.err, "decisions[0].outcome"));
  g_assert_cmpstr (bad_decision.out, ==, "");

  g_assert_nonnull (dir);
  unwritable = g_build_filename (dir, "no-such-folder", "decisions.csv", NULL);
  run_accord (&no_folder, "decisions", "export", "--workspace", decided, "--format", "hubspot",
              "-o", unwritable, NULL);
  g_assert_cmpint (no_folder.status, ==, 1);
  g_assert_cmpstr (no_folder.err, !=, "");
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_report_pdf (void)
{
  g_autofree char *contacts = data_path ("contacts.csv");
  g_autofree char *dir = g_dir_make_tmp ("accord-cli-XXXXXX", NULL);
  g_autofree char *a4 = g_build_filename (dir, "pack.pdf", NULL);
  g_autofree char *a4_backup = g_build_filename (dir, "pack.pdf~", NULL);
  g_autofree char *letter = g_build_filename (dir, "letter.pdf", NULL);
  g_autofree char *unwritable = g_build_filename (dir, "no-such-folder", "pack.pdf", NULL);
  g_auto(Run) run = { 0 };
  g_auto(Run) with_json = { 0 };
  g_auto(Run) letter_run = { 0 };
  g_auto(Run) no_folder = { 0 };
  g_auto(Run) bad_paper = { 0 };

  /* The pack alone: nothing on standard output. */
  run_accord (&run, "report", "--pdf", a4, contacts, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_file_test (a4, G_FILE_TEST_IS_REGULAR));

  /* With --format, the figures too. */
  run_accord (&with_json, "report", "--pdf", a4, "--format", "json", contacts, NULL);
  g_assert_cmpint (with_json.status, ==, 0);
  assert_output_matches (with_json.out, "report.expected.json");

  run_accord (&letter_run, "report", "--pdf", letter, "--paper", "letter", contacts, NULL);
  g_assert_cmpint (letter_run.status, ==, 0);

  if (accord_test_find_poppler ())
    {
      g_autofree char *a4_pages = accord_test_pdf_info (a4, "Pages");
      g_autofree char *a4_size = accord_test_pdf_info (a4, "Page size");
      g_autofree char *letter_pages = accord_test_pdf_info (letter, "Pages");
      g_autofree char *letter_size = accord_test_pdf_info (letter, "Page size");

      /* A cover and six screens, landscape. */
      g_assert_cmpstr (a4_pages, ==, "7");
      g_assert_cmpstr (a4_size, ==, "842 x 595 pts (A4)");
      g_assert_cmpstr (letter_pages, ==, "7");
      g_assert_cmpstr (letter_size, ==, "792 x 612 pts (letter)");
    }

  run_accord (&no_folder, "report", "--pdf", unwritable, contacts, NULL);
  g_assert_cmpint (no_folder.status, ==, 1);
  g_assert_nonnull (strstr (no_folder.err, unwritable));
  g_assert_cmpstr (no_folder.out, ==, "");

  run_accord (&bad_paper, "report", "--pdf", a4, "--paper", "a5", contacts, NULL);
  g_assert_cmpint (bad_paper.status, ==, 2);
  g_assert_nonnull (strstr (bad_paper.err, "--paper"));

  g_assert_cmpint (g_remove (a4), ==, 0);
  g_assert_cmpint (g_remove (letter), ==, 0);
  /* The second run kept the first pack as its backup. */
  g_assert_cmpint (g_remove (a4_backup), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The sample workspace's agreement as a PDF to sign. */
static void
test_agreement_pdf (void)
{
  g_autofree char *workspace = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                      "northwind.accord", NULL);
  g_autofree char *dir = g_dir_make_tmp ("accord-cli-XXXXXX", NULL);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_auto(Run) run = { 0 };
  gsize length;

  g_assert_nonnull (dir);
  path = g_build_filename (dir, "agreement.pdf", NULL);

  run_accord (&run, "agreement", "--pdf", path, "--workspace", workspace, "--paper", "letter", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_agreement_errors (void)
{
  const char *unwritable = "/nonexistent-accord-folder/agreement.pdf";
  g_autofree char *missing = data_path ("no-such-agreement.json");
  g_auto(Run) denied = { 0 };
  g_auto(Run) bad_sla = { 0 };
  g_auto(Run) no_pdf = { 0 };
  g_auto(Run) bad_paper = { 0 };
  g_auto(Run) extra = { 0 };

  /* Bad input: the message names the file. */
  run_accord (&denied, "agreement", "--pdf", unwritable, NULL);
  g_assert_cmpint (denied.status, ==, 1);
  g_assert_nonnull (strstr (denied.err, unwritable));

  run_accord (&bad_sla, "agreement", "--pdf", unwritable, "--sla", missing, NULL);
  g_assert_cmpint (bad_sla.status, ==, 1);
  g_assert_nonnull (strstr (bad_sla.err, "no-such-agreement.json"));

  /* Bad usage. */
  run_accord (&no_pdf, "agreement", NULL);
  g_assert_cmpint (no_pdf.status, ==, 2);
  g_assert_nonnull (strstr (no_pdf.err, "--pdf"));
  run_accord (&bad_paper, "agreement", "--pdf", unwritable, "--paper", "a5", NULL);
  g_assert_cmpint (bad_paper.status, ==, 2);
  g_assert_nonnull (strstr (bad_paper.err, "--paper"));
  run_accord (&extra, "agreement", "--pdf", unwritable, "contacts.csv", NULL);
  g_assert_cmpint (extra.status, ==, 2);
}

/* The command line speaks the user's language: its usage errors, its
 * report's headings and numbers grouped the German way. */
static void
test_german (void)
{
  g_autofree char *contacts = data_path ("contacts.csv");
  g_auto(Run) usage = { 0 };
  g_auto(Run) report = { 0 };

  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("de_DE.UTF-8 is not generated (localedef -i de_DE -f UTF-8 de_DE.UTF-8)");
      return;
    }
  setlocale (LC_ALL, "C.UTF-8");

  run_accord_in_german (&usage, "report", "--format", "yaml", contacts, NULL);
  g_assert_cmpint (usage.status, ==, 2);
  g_assert_nonnull (strstr (usage.err, "--format muss text, csv oder json sein"));

  run_accord_in_german (&report, "report", "--format", "text", contacts, NULL);
  g_assert_cmpint (report.status, ==, 0);
  g_assert_nonnull (strstr (report.out, "Ziele und Ist-Werte (Ist/Ziel)"));
  g_assert_nonnull (strstr (report.out, "Trichter, Zeitraum"));
  /* The SDR capacity's conversion band of 8 %, with a no-break space. */
  g_assert_nonnull (strstr (report.out, "Umwandlung 8\xc2\xa0%"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/report/json", test_report_json);
  g_test_add_func ("/cli/report/window", test_report_window);
  g_test_add_func ("/cli/report/as-of", test_report_as_of);
  g_test_add_func ("/cli/report/month", test_report_month);
  g_test_add_func ("/cli/report/text-and-csv", test_report_text_and_csv);
  g_test_add_func ("/cli/report/workspace", test_report_workspace);
  g_test_add_func ("/cli/report/pdf", test_report_pdf);
  g_test_add_func ("/cli/inspect/json", test_inspect_json);
  g_test_add_func ("/cli/inspect/rows", test_inspect_rows);
  g_test_add_func ("/cli/bad-input", test_bad_input);
  g_test_add_func ("/cli/bad-usage", test_bad_usage);
  g_test_add_func ("/cli/empty-workspace", test_empty_workspace);
  g_test_add_func ("/cli/decisions/export", test_decisions_export);
  g_test_add_func ("/cli/decisions/export-to-file", test_decisions_export_to_file);
  g_test_add_func ("/cli/decisions/report", test_report_decisions);
  g_test_add_func ("/cli/decisions/bad-usage", test_decisions_bad_usage);
  g_test_add_func ("/cli/decisions/bad-input", test_decisions_bad_input);
  g_test_add_func ("/cli/agreement/pdf", test_agreement_pdf);
  g_test_add_func ("/cli/german", test_german);
  g_test_add_func ("/cli/agreement/errors", test_agreement_errors);

  return g_test_run ();
}
