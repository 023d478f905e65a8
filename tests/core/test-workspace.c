/* test-workspace.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "accord-safe-file.h"
#include "accord-workspace.h"
#include "accord-zone.h"

#include <glib/gstdio.h>

static AccordWorkspace *
load_fixture (const char  *name,
              GError     **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "workspace", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return accord_workspace_new_from_file (file, error);
}

static void
test_load (void)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "data", "workspace", NULL);
  g_autofree char *contacts = g_build_filename (folder, "exports", "contacts.csv", NULL);
  g_autofree char *deals = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordWorkspace) workspace = load_fixture ("team.accord", &error);
  AccordAgreement *agreement;
  AccordMapping *mapping;

  g_assert_no_error (error);
  g_assert_cmpstr (g_time_zone_get_identifier (accord_workspace_get_time_zone (workspace)), ==,
                   "Europe/Berlin");

  /* The agreement sets one goal; the rest are the workbook's defaults. */
  agreement = accord_workspace_get_agreement (workspace);
  g_assert_cmpstr (accord_agreement_get_name (agreement), ==, "Team agreement");
  g_assert_cmpfloat (accord_agreement_get_goal (agreement, ACCORD_MONTH_KEY (2024, 10),
                                                ACCORD_FIGURE_LEADS_SOURCED), ==, 4);
  g_assert_cmpfloat (accord_agreement_get_goal (agreement, ACCORD_MONTH_KEY (2024, 10),
                                                ACCORD_FIGURE_SQLS_CREATED), ==, 32);

  /* A relative path is relative to the workspace's folder. */
  g_assert_cmpuint (accord_workspace_get_n_exports (workspace), ==, 2);
  deals = g_file_get_path (accord_workspace_get_export_file (workspace, 1));
  g_assert_cmpstr (g_file_peek_path (accord_workspace_get_export_file (workspace, 0)), ==, contacts);
  g_assert_cmpstr (deals, ==, "/srv/crm/deals.csv");
  g_assert_cmpint (accord_workspace_get_export_preset (workspace, 0), ==, ACCORD_PRESET_HUBSPOT);
  g_assert_null (accord_workspace_get_export_mapping (workspace, 0));
  g_assert_cmpint (accord_workspace_get_export_preset (workspace, 1), ==, ACCORD_PRESET_NONE);
  mapping = accord_workspace_get_export_mapping (workspace, 1);
  g_assert_cmpstr (accord_mapping_get_column (mapping, ACCORD_FIELD_RECORD_ID), ==, "Deal ID");
  g_assert_cmpstr (accord_mapping_get_column (mapping, ACCORD_FIELD_CREATED), ==, "Opened");
}

static void
test_minimal (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordWorkspace) workspace = load_fixture ("minimal.accord", &error);

  g_assert_no_error (error);
  g_assert_null (accord_workspace_get_time_zone (workspace));
  g_assert_cmpuint (accord_workspace_get_n_exports (workspace), ==, 0);
  g_assert_cmpfloat (accord_agreement_get_default_goal (accord_workspace_get_agreement (workspace),
                                                        ACCORD_FIGURE_MQLS_MANAGED), ==, 525);
}

static void
test_errors (void)
{
  const struct {
    const char *name;
    GQuark      domain;
    int         code;
    const char *says;
  } cases[] = {
    { "wrong-format.accord", 0, ACCORD_WORKSPACE_ERROR_FORMAT, "accord-workspace" },
    { "version-2.accord", 0, ACCORD_WORKSPACE_ERROR_VERSION, "newer" },
    { "bad-zone.accord", 0, ACCORD_WORKSPACE_ERROR_INVALID, "“time_zone”" },
    { "bad-preset.accord", 0, ACCORD_WORKSPACE_ERROR_INVALID, "“exports[1].preset”" },
    { "bad-mapping.accord", 0, ACCORD_WORKSPACE_ERROR_INVALID, "“exports[0].mapping”" },
    { "bad-agreement.accord", 1, ACCORD_AGREEMENT_ERROR_INVALID, "“kpis”" },
    /* Found by fuzz-workspace: json-glib read "\udd[8" as half a
     * surrogate pair and the workspace saved text that is not UTF-8.
     * Line 8 is `    "name": "Northwind … agreemeen\udd[8…`: the quote in
     * column 13, 49 characters of name, the backslash in column 63. */
    { "bad-escape.accord", 0, ACCORD_WORKSPACE_ERROR_PARSE,
      ": line 8, column 63: “\\udd[8” is not a valid character escape" },
    { "no-such.accord", 2, G_IO_ERROR_NOT_FOUND, "no-such.accord" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AccordWorkspace) workspace = load_fixture (cases[i].name, &error);
      GQuark domain = cases[i].domain == 0 ? ACCORD_WORKSPACE_ERROR
                    : cases[i].domain == 1 ? ACCORD_AGREEMENT_ERROR : G_IO_ERROR;

      g_assert_null (workspace);
      g_assert_error (error, domain, cases[i].code);
      /* Every message begins with the file's name and names the member. */
      g_assert_true (g_str_has_prefix (error->message, cases[i].name));
      g_assert_nonnull (strstr (error->message, cases[i].says));
    }
}

static char *
read_text (GFile *file)
{
  char *data = NULL;

  g_assert_true (g_file_load_contents (file, NULL, &data, NULL, NULL, NULL));
  return data;
}

static void
test_save (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("accord-workspace-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) backup = NULL;
  g_autoptr(GFile) contacts = NULL;
  g_autoptr(GFile) outside = g_file_new_for_path ("/srv/crm/deals.csv");
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(AccordWorkspace) workspace = accord_workspace_new ();
  g_autoptr(AccordWorkspace) loaded = NULL;
  g_autoptr(AccordMapping) mapping = accord_mapping_new ();
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *kept = NULL;

  g_assert_no_error (error);
  path = g_build_filename (folder, "team.accord", NULL);
  file = g_file_new_for_path (path);
  backup = accord_safe_file_get_backup (file);
  contacts = g_file_new_build_filename (folder, "exports", "contacts.csv", NULL);

  accord_workspace_set_time_zone (workspace, tz);
  accord_agreement_set_name (accord_workspace_get_agreement (workspace), "Saved");
  accord_mapping_set_column (mapping, ACCORD_FIELD_OWNER, "Rep");
  accord_workspace_add_export (workspace, contacts, ACCORD_PRESET_SALESFORCE, mapping);
  accord_workspace_add_export (workspace, outside, ACCORD_PRESET_NONE, NULL);

  g_assert_true (accord_workspace_save_to_file (workspace, file, &error));
  g_assert_no_error (error);
  /* A first save has nothing to keep. */
  g_assert_false (g_file_query_exists (backup, NULL));
  first = read_text (file);
  /* Inside the folder the path is written relative, outside absolute. */
  g_assert_nonnull (strstr (first, "\"path\" : \"exports/contacts.csv\""));
  g_assert_nonnull (strstr (first, "\"path\" : \"/srv/crm/deals.csv\""));

  loaded = accord_workspace_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_time_zone_get_identifier (accord_workspace_get_time_zone (loaded)), ==,
                   "America/New_York");
  g_assert_cmpstr (accord_agreement_get_name (accord_workspace_get_agreement (loaded)), ==, "Saved");
  g_assert_cmpuint (accord_workspace_get_n_exports (loaded), ==, 2);
  g_assert_true (g_file_equal (accord_workspace_get_export_file (loaded, 0), contacts));
  g_assert_cmpint (accord_workspace_get_export_preset (loaded, 0), ==, ACCORD_PRESET_SALESFORCE);
  g_assert_cmpstr (accord_mapping_get_column (accord_workspace_get_export_mapping (loaded, 0),
                                              ACCORD_FIELD_OWNER), ==, "Rep");

  /* A second save keeps the first as the backup. */
  accord_agreement_set_name (accord_workspace_get_agreement (workspace), "Saved again");
  g_assert_true (accord_workspace_save_to_file (workspace, file, &error));
  g_assert_no_error (error);
  second = read_text (file);
  kept = read_text (backup);
  g_assert_cmpstr (kept, ==, first);
  g_assert_nonnull (strstr (second, "Saved again"));

  g_assert_true (g_file_delete (backup, NULL, NULL));
  g_assert_true (g_file_delete (file, NULL, NULL));
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* The committee's decisions are saved with the workspace and read back;
 * a workspace without them has an empty log. */
static void
test_decisions (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("accord-workspace-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) backup = NULL;
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(AccordZone) zone = accord_zone_new (berlin);
  g_autoptr(AccordWorkspace) minimal = load_fixture ("minimal.accord", &error);
  g_autoptr(AccordWorkspace) workspace = accord_workspace_new ();
  g_autoptr(AccordWorkspace) loaded = NULL;
  /* Raised 2024-10-21 13:00 CEST (11:00 UTC), decided 10-23 09:30 CEST. */
  AccordDecision reassigned = {
    "1001", ACCORD_FLAG_LATE_FIRST_TOUCH, accord_zone_from_civil (zone, 2024, 10, 21, 13, 0, 0),
    ACCORD_OUTCOME_REASSIGN, "Ben SDR", "Inbound: Ben has room", "Ada Chair",
    accord_zone_from_civil (zone, 2024, 10, 23, 9, 30, 0),
  };
  AccordDecision dismissed = {
    "1002", ACCORD_FLAG_OUTSIDE_PROFILE, accord_zone_from_civil (zone, 2024, 10, 1, 9, 0, 0),
    ACCORD_OUTCOME_DISMISS, NULL, NULL, "Ada Chair",
    accord_zone_from_civil (zone, 2024, 10, 23, 9, 31, 0),
  };
  AccordDecisionLog *log;
  const AccordDecision *read;

  g_assert_no_error (error);
  g_assert_cmpuint (accord_decision_log_get_n_decisions (accord_workspace_get_decisions (minimal)), ==, 0);
  g_assert_cmpuint (accord_decision_log_get_n_decisions (accord_workspace_get_decisions (workspace)), ==, 0);

  path = g_build_filename (folder, "team.accord", NULL);
  file = g_file_new_for_path (path);
  backup = accord_safe_file_get_backup (file);
  accord_decision_log_add (accord_workspace_get_decisions (workspace), &reassigned);
  accord_decision_log_add (accord_workspace_get_decisions (workspace), &dismissed);
  g_assert_true (accord_workspace_save_to_file (workspace, file, &error));
  g_assert_no_error (error);
  text = read_text (file);
  g_assert_nonnull (strstr (text, "\"decisions\""));
  g_assert_nonnull (strstr (text, "\"2024-10-21T11:00:00Z\""));

  loaded = accord_workspace_new_from_file (file, &error);
  g_assert_no_error (error);
  log = accord_workspace_get_decisions (loaded);
  g_assert_cmpuint (accord_decision_log_get_n_decisions (log), ==, 2);
  read = accord_decision_log_get_decision (log, 0);
  g_assert_cmpstr (read->record_id, ==, "1001");
  g_assert_cmpint (read->flag, ==, ACCORD_FLAG_LATE_FIRST_TOUCH);
  g_assert_cmpint (read->raised, ==, reassigned.raised);
  g_assert_cmpint (read->outcome, ==, ACCORD_OUTCOME_REASSIGN);
  g_assert_cmpstr (read->assignee, ==, "Ben SDR");
  g_assert_cmpstr (read->note, ==, "Inbound: Ben has room");
  g_assert_cmpstr (read->decided_by, ==, "Ada Chair");
  g_assert_cmpint (read->decided_at, ==, reassigned.decided_at);
  g_assert_true (accord_decision_log_find (log, "1002", ACCORD_FLAG_OUTSIDE_PROFILE, dismissed.raised) ==
                 accord_decision_log_get_decision (log, 1));
  g_assert_null (accord_decision_log_get_decision (log, 1)->note);

  g_assert_true (g_file_delete (file, NULL, NULL));
  g_assert_false (g_file_query_exists (backup, NULL));
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* A decision the workspace cannot read fails the load, naming the file
 * and the member: nothing is dropped silently. */
static void
test_bad_decision (void)
{
  const char *cases[][2] = {
    { "{ \"format\": \"accord-workspace\", \"version\": 1, \"decisions\": {} }",
      "team.accord: “decisions” must be a list" },
    { "{ \"format\": \"accord-workspace\", \"version\": 1, \"decisions\": [ { \"record_id\": \"1\","
      " \"flag\": \"no_disposition\", \"raised\": \"2024-10-21T11:00:00Z\", \"outcome\": \"maybe\","
      " \"decided_by\": \"Ada\", \"decided_at\": \"2024-10-23T07:00:00Z\" } ] }",
      "team.accord: “decisions[0].outcome” must be unqualified, reassign, keep or dismiss" },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("accord-workspace-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  g_assert_no_error (error);
  path = g_build_filename (folder, "team.accord", NULL);
  file = g_file_new_for_path (path);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AccordWorkspace) workspace = NULL;
      g_autoptr(GError) load_error = NULL;

      g_assert_true (g_file_set_contents (path, cases[i][0], -1, NULL));
      workspace = accord_workspace_new_from_file (file, &load_error);
      g_assert_null (workspace);
      g_assert_error (load_error, ACCORD_WORKSPACE_ERROR, ACCORD_WORKSPACE_ERROR_INVALID);
      g_assert_cmpstr (load_error->message, ==, cases[i][1]);
    }

  g_assert_true (g_file_delete (file, NULL, NULL));
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/workspace/load", test_load);
  g_test_add_func ("/core/workspace/minimal", test_minimal);
  g_test_add_func ("/core/workspace/errors", test_errors);
  g_test_add_func ("/core/workspace/save", test_save);
  g_test_add_func ("/core/workspace/decisions", test_decisions);
  g_test_add_func ("/core/workspace/bad-decision", test_bad_decision);

  return g_test_run ();
}
