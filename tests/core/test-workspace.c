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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/workspace/load", test_load);
  g_test_add_func ("/core/workspace/minimal", test_minimal);
  g_test_add_func ("/core/workspace/errors", test_errors);
  g_test_add_func ("/core/workspace/save", test_save);

  return g_test_run ();
}
