/* accord-cli.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "accord-agreement-document.h"
#include "accord-agreement.h"
#include "accord-cli.h"
#include "accord-decision-export.h"
#include "accord-importer.h"
#include "accord-meeting-pack.h"
#include "accord-paper.h"
#include "accord-report.h"
#include "accord-safe-file.h"
#include "accord-workspace.h"
#include "accord-zone.h"

/* DESIGN §6: the exit status of the command line. */
enum {
  EXIT_OK = 0,
  EXIT_BAD_INPUT = 1,
  EXIT_USAGE = 2,
};

/* Skipped rows are listed on standard error up to this many per file. */
#define MAX_SKIPPED_SHOWN 20

typedef enum
{
  FORMAT_TEXT,
  FORMAT_CSV,
  FORMAT_JSON,
} OutputFormat;

static int
usage_error (const char *command,
             const char *message)
{
  g_printerr ("accord %s: %s\n", command, message);
  g_printerr (_("Try “accord %s --help”.\n"), command);
  return EXIT_USAGE;
}

static gboolean
parse_format (const char   *text,
              gboolean      allow_csv,
              OutputFormat *format)
{
  if (text == NULL || g_strcmp0 (text, "text") == 0)
    *format = FORMAT_TEXT;
  else if (g_strcmp0 (text, "json") == 0)
    *format = FORMAT_JSON;
  else if (allow_csv && g_strcmp0 (text, "csv") == 0)
    *format = FORMAT_CSV;
  else
    return FALSE;

  return TRUE;
}

/* DESIGN §6: YYYY-MM-DD is the end of that day, YYYY-MM-DDTHH:MM that
 * minute, both in the workspace's zone. */
static gboolean
parse_as_of (const char *text,
             AccordZone *zone,
             gint64     *as_of)
{
  int year, month, day, hour, minute;
  char end;

  if (strlen (text) == 10 &&
      sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &end) == 3)
    *as_of = accord_zone_day_end (zone, year, month, day);
  else if (strlen (text) == 16 && text[10] == 'T' &&
           sscanf (text, "%4d-%2d-%2dT%2d:%2d%c", &year, &month, &day, &hour, &minute, &end) == 5)
    *as_of = accord_zone_from_civil (zone, year, month, day, hour, minute, 0);
  else
    return FALSE;

  return *as_of != ACCORD_TIME_NONE;
}

static void
print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

static void
print_skipped (AccordImporter *importer)
{
  GArray *skipped = accord_importer_get_skipped (importer);
  g_autofree char *name = NULL;

  if (skipped == NULL || skipped->len == 0)
    return;

  name = g_file_get_basename (accord_importer_get_file (importer));
  g_printerr (g_dngettext (GETTEXT_PACKAGE, "%s: %'u row skipped\n", "%s: %'u rows skipped\n",
                           skipped->len),
              name, skipped->len);
  for (guint i = 0; i < skipped->len && i < MAX_SKIPPED_SHOWN; i++)
    {
      const AccordSkippedRow *row = &g_array_index (skipped, AccordSkippedRow, i);

      g_printerr (_("%s: line %u: %s\n"), name, row->line, row->reason);
    }
  if (skipped->len > MAX_SKIPPED_SHOWN)
    g_printerr (_("%s: … and %'u more\n"), name, skipped->len - MAX_SKIPPED_SHOWN);
}

/* Imports one export and merges its leads into @store; a file that cannot
 * be used is reported on standard error. */
static gboolean
import_export (GFile           *file,
               GTimeZone       *time_zone,
               AccordPreset     preset,
               AccordMapping   *mapping,
               AccordLeadStore *store,
               GPtrArray       *importers)
{
  g_autoptr(AccordImporter) importer = accord_importer_new (file);
  g_autoptr(GError) error = NULL;

  accord_importer_set_time_zone (importer, time_zone);
  accord_importer_set_preset (importer, preset);
  accord_importer_set_mapping (importer, mapping);
  if (!accord_importer_run (importer, NULL, &error))
    {
      g_printerr ("accord: %s\n", error->message);
      return FALSE;
    }

  print_skipped (importer);
  accord_lead_store_merge (store, accord_importer_get_store (importer));
  g_ptr_array_add (importers, g_steal_pointer (&importer));
  return TRUE;
}

/* Reads a workspace; one that cannot be used is reported on standard
 * error, with the line and column where that applies. */
static AccordWorkspace *
load_workspace (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  AccordWorkspace *workspace = accord_workspace_new_from_file (file, &error);

  if (workspace == NULL)
    g_printerr ("accord: %s\n", error->message);

  return workspace;
}

/* DESIGN §2: months are calendar months in the workspace's zone, by
 * default the system's. */
static GTimeZone *
dup_time_zone (AccordWorkspace *workspace)
{
  if (workspace != NULL && accord_workspace_get_time_zone (workspace) != NULL)
    return g_time_zone_ref (accord_workspace_get_time_zone (workspace));

  return g_time_zone_new_local ();
}

/* The workspace's exports, each with its own preset and mapping. */
static gboolean
import_workspace_exports (AccordWorkspace *workspace,
                          GTimeZone       *time_zone,
                          AccordLeadStore *store,
                          GPtrArray       *importers)
{
  for (guint i = 0; i < accord_workspace_get_n_exports (workspace); i++)
    {
      if (!import_export (accord_workspace_get_export_file (workspace, i), time_zone,
                          accord_workspace_get_export_preset (workspace, i),
                          accord_workspace_get_export_mapping (workspace, i),
                          store, importers))
        return FALSE;
    }

  return TRUE;
}

/* The meeting pack for the report's month and D. */
static gboolean
write_pack (AccordReport    *report,
            AccordLeadStore *store,
            AccordAgreement *agreement,
            GTimeZone       *time_zone,
            AccordWorkspace *workspace,
            GPtrArray       *importers,
            const char      *path,
            AccordPaper      paper)
{
  g_autoptr(AccordMeetingPack) pack = NULL;
  g_autoptr(GError) error = NULL;

  pack = accord_meeting_pack_new (store, agreement, time_zone,
                                  accord_report_get_month (report),
                                  accord_report_get_as_of (report),
                                  workspace != NULL ? accord_workspace_get_decisions (workspace) : NULL);
  for (guint i = 0; i < importers->len; i++)
    {
      AccordImporter *importer = g_ptr_array_index (importers, i);
      g_autofree char *name = g_file_get_parse_name (accord_importer_get_file (importer));

      accord_meeting_pack_add_import (pack, name, accord_importer_get_n_rows (importer),
                                      accord_importer_get_skipped (importer)->len);
    }

  if (!accord_meeting_pack_write_pdf (pack, path, paper, &error))
    {
      g_printerr ("accord: %s\n", error->message);
      return FALSE;
    }

  return TRUE;
}

static int
run_report (int    argc,
            char **argv)
{
  g_autofree char *sla_path = NULL;
  g_autofree char *workspace_path = NULL;
  g_autofree char *preset_name = NULL;
  g_autofree char *mapping_path = NULL;
  g_autofree char *month_text = NULL;
  g_autofree char *as_of_text = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *pdf_path = NULL;
  g_autofree char *paper_name = NULL;
  g_auto(GStrv) exports = NULL;
  int window_days = 7;
  const GOptionEntry entries[] = {
    { "sla", 0, 0, G_OPTION_ARG_FILENAME, &sla_path, N_("The agreement (default: the workbook’s)"), N_("FILE.json") },
    { "workspace", 0, 0, G_OPTION_ARG_FILENAME, &workspace_path, N_("A saved workspace"), N_("FILE") },
    { "preset", 0, 0, G_OPTION_ARG_STRING, &preset_name, N_("Force a column mapping: hubspot, salesforce, pipedrive or zoho"), N_("NAME") },
    { "mapping", 0, 0, G_OPTION_ARG_FILENAME, &mapping_path, N_("A column mapping"), N_("FILE.json") },
    { "month", 0, 0, G_OPTION_ARG_STRING, &month_text, N_("The month of the per-SDR figures and the funnel"), N_("YYYY-MM") },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_text, N_("The moment of the review flags"), N_("YYYY-MM-DD[THH:MM]") },
    { "window-days", 0, 0, G_OPTION_ARG_INT, &window_days, N_("The review window (default 7)"), N_("N") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text, N_("text, csv or json"), N_("FORMAT") },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf_path, N_("Write the meeting pack, a PDF (then the figures are printed only with --format)"), N_("OUT.pdf") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_name, N_("The meeting pack’s paper: a4 or letter (default a4)"), N_("PAPER") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &exports, NULL, N_("EXPORT…") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("EXPORT… — the figures of an export against the agreement"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) time_zone = NULL;
  g_autoptr(AccordZone) zone = NULL;
  g_autoptr(AccordWorkspace) workspace = NULL;
  g_autoptr(AccordAgreement) agreement = NULL;
  g_autoptr(AccordMapping) mapping = NULL;
  g_autoptr(AccordLeadStore) store = accord_lead_store_new ();
  g_autoptr(AccordReport) report = NULL;
  g_autoptr(GPtrArray) importers = g_ptr_array_new_with_free_func (g_object_unref);
  AccordPreset preset = ACCORD_PRESET_NONE;
  AccordPaper paper = ACCORD_PAPER_A4;
  OutputFormat format;
  int month = -1;
  gint64 as_of = ACCORD_TIME_NONE;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error ("report", error->message);

  if ((exports == NULL || exports[0] == NULL) && workspace_path == NULL)
    return usage_error ("report", _("name at least one export to read, or a workspace"));
  if (!parse_format (format_text, TRUE, &format))
    return usage_error ("report", _("--format must be text, csv or json"));
  if (preset_name != NULL && !accord_preset_from_name (preset_name, &preset))
    return usage_error ("report", _("--preset must be hubspot, salesforce, pipedrive or zoho"));
  if (month_text != NULL && !accord_month_key_parse (month_text, &month))
    return usage_error ("report", _("--month must be a month written YYYY-MM"));
  if (window_days < 1)
    return usage_error ("report", _("--window-days must be 1 or more"));
  if (paper_name != NULL && !accord_paper_from_string (paper_name, &paper))
    return usage_error ("report", _("--paper must be a4 or letter"));

  if (workspace_path != NULL)
    {
      workspace = load_workspace (workspace_path);
      if (workspace == NULL)
        return EXIT_BAD_INPUT;
    }

  time_zone = dup_time_zone (workspace);
  zone = accord_zone_new (time_zone);

  if (as_of_text != NULL && !parse_as_of (as_of_text, zone, &as_of))
    return usage_error ("report", _("--as-of must be a date YYYY-MM-DD or a minute YYYY-MM-DDTHH:MM"));

  if (sla_path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (sla_path);

      agreement = accord_agreement_new_from_file (file, &error);
    }
  else if (workspace != NULL)
    {
      agreement = g_object_ref (accord_workspace_get_agreement (workspace));
    }
  else
    {
      agreement = accord_agreement_new ();
    }
  if (agreement == NULL)
    {
      g_printerr ("accord: %s\n", error->message);
      return EXIT_BAD_INPUT;
    }

  if (mapping_path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (mapping_path);

      mapping = accord_mapping_new_from_file (file, &error);
      if (mapping == NULL)
        {
          g_printerr ("accord: %s\n", error->message);
          return EXIT_BAD_INPUT;
        }
    }

  /* The workspace's exports, then those named on the command line. */
  if (workspace != NULL && !import_workspace_exports (workspace, time_zone, store, importers))
    return EXIT_BAD_INPUT;
  for (guint i = 0; exports != NULL && exports[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (exports[i]);

      if (!import_export (file, time_zone, preset, mapping, store, importers))
        return EXIT_BAD_INPUT;
    }

  /* Only a workspace can leave this empty: it names no export. */
  if (importers->len == 0)
    {
      g_printerr (_("accord: %s: the workspace names no export to read\n"), workspace_path);
      return EXIT_BAD_INPUT;
    }

  report = accord_report_new (store, agreement, time_zone);
  accord_report_set_month (report, month);
  accord_report_set_as_of (report, as_of);
  accord_report_set_window_days (report, (guint) window_days);
  if (workspace != NULL)
    accord_report_set_decisions (report, accord_workspace_get_decisions (workspace));
  for (guint i = 0; i < importers->len; i++)
    {
      AccordImporter *importer = g_ptr_array_index (importers, i);
      g_autofree char *path = g_file_get_parse_name (accord_importer_get_file (importer));

      accord_report_add_import (report, path, accord_importer_get_n_rows (importer),
                                accord_importer_get_skipped (importer)->len,
                                accord_importer_get_preset (importer));
    }

  if (pdf_path != NULL && !write_pack (report, store, agreement, time_zone, workspace,
                                        importers, pdf_path, paper))
    return EXIT_BAD_INPUT;

  /* With --pdf, the figures are printed only when asked for. */
  if (pdf_path != NULL && format_text == NULL)
    return EXIT_OK;

  switch (format)
    {
    case FORMAT_JSON:
      {
        g_autoptr(JsonNode) node = accord_report_to_json (report);

        print_json (node);
      }
      break;

    case FORMAT_CSV:
      {
        g_autofree char *text = accord_report_to_csv (report);

        fputs (text, stdout);
      }
      break;

    case FORMAT_TEXT:
    default:
      {
        g_autofree char *text = accord_report_to_text (report);

        fputs (text, stdout);
      }
      break;
    }

  return EXIT_OK;
}

static JsonNode *
inspect_to_json (AccordImporter *importer)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const char * const *header = accord_importer_get_header (importer);
  GPtrArray *preview = accord_importer_get_preview (importer);
  GArray *skipped = accord_importer_get_skipped (importer);
  AccordMapping *mapping = accord_importer_get_mapping (importer);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "encoding");
  json_builder_add_string_value (builder, accord_importer_get_encoding (importer));
  json_builder_set_member_name (builder, "delimiter");
  if (accord_importer_get_delimiter (importer) != NULL)
    json_builder_add_string_value (builder, accord_importer_get_delimiter (importer));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "preset");
  if (accord_importer_get_preset (importer) != ACCORD_PRESET_NONE)
    json_builder_add_string_value (builder, accord_preset_get_name (accord_importer_get_preset (importer)));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "confidence");
  json_builder_add_double_value (builder, accord_importer_get_confidence (importer));

  json_builder_set_member_name (builder, "header");
  json_builder_begin_array (builder);
  for (guint i = 0; header != NULL && header[i] != NULL; i++)
    json_builder_add_string_value (builder, header[i]);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "mapping");
  if (mapping != NULL)
    json_builder_add_value (builder, accord_mapping_to_json_node (mapping));
  else
    {
      json_builder_begin_object (builder);
      json_builder_end_object (builder);
    }

  json_builder_set_member_name (builder, "rows");
  json_builder_begin_array (builder);
  for (guint i = 0; i < preview->len; i++)
    {
      const char * const *row = g_ptr_array_index (preview, i);

      json_builder_begin_array (builder);
      for (guint j = 0; row[j] != NULL; j++)
        json_builder_add_string_value (builder, row[j]);
      json_builder_end_array (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "skipped");
  json_builder_begin_array (builder);
  for (guint i = 0; i < skipped->len; i++)
    {
      const AccordSkippedRow *row = &g_array_index (skipped, AccordSkippedRow, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "line");
      json_builder_add_int_value (builder, row->line);
      json_builder_set_member_name (builder, "reason");
      json_builder_add_string_value (builder, row->reason);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
print_inspect_text (AccordImporter *importer)
{
  const char * const *header = accord_importer_get_header (importer);
  GPtrArray *preview = accord_importer_get_preview (importer);
  GArray *skipped = accord_importer_get_skipped (importer);
  AccordMapping *mapping = accord_importer_get_mapping (importer);
  const char *delimiter = accord_importer_get_delimiter (importer);
  AccordPreset preset = accord_importer_get_preset (importer);

  g_print (_("Encoding:  %s\n"), accord_importer_get_encoding (importer));
  if (delimiter != NULL)
    g_print (_("Delimiter: %s\n"), g_strcmp0 (delimiter, "\t") == 0 ? _("tab") : delimiter);
  if (preset != ACCORD_PRESET_NONE)
    g_print (_("Preset:    %s (confidence %.0f%%)\n"), accord_preset_get_name (preset),
             accord_importer_get_confidence (importer) * 100);
  else
    g_print (_("Preset:    none recognised\n"));

  g_print (_("\nHeader (%u columns):\n"), header != NULL ? g_strv_length ((GStrv) header) : 0);
  for (guint i = 0; header != NULL && header[i] != NULL; i++)
    g_print ("  %3u  %s\n", i + 1, header[i]);

  g_print (_("\nMapping:\n"));
  for (guint f = 0; mapping != NULL && f < ACCORD_N_FIELDS; f++)
    {
      const char *column = accord_mapping_get_column (mapping, f);

      if (column != NULL)
        g_print ("  %-18s ← %s\n", accord_field_get_name (f), column);
    }

  g_print (_("\nFirst %u rows:\n"), preview->len);
  for (guint i = 0; i < preview->len; i++)
    {
      g_auto(GStrv) row = g_strdupv (g_ptr_array_index (preview, i));
      g_autofree char *joined = NULL;

      /* One row a line, whatever newlines its fields hold. */
      for (guint j = 0; row[j] != NULL; j++)
        g_strdelimit (row[j], "\r\n", ' ');
      joined = g_strjoinv (" | ", row);
      g_print ("  %s\n", joined);
    }

  g_print (g_dngettext (GETTEXT_PACKAGE, "\n%'u row skipped\n", "\n%'u rows skipped\n", skipped->len),
           skipped->len);
  for (guint i = 0; i < skipped->len; i++)
    {
      const AccordSkippedRow *row = &g_array_index (skipped, AccordSkippedRow, i);

      g_print (_("  line %u: %s\n"), row->line, row->reason);
    }
}

static int
run_inspect (int    argc,
             char **argv)
{
  g_autofree char *rows_text = NULL;
  g_autofree char *format_text = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "rows", 0, 0, G_OPTION_ARG_STRING, &rows_text, N_("How many rows to show (default 20), or all"), N_("N|all") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text, N_("text or json"), N_("FORMAT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — what Accord reads in a file"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) time_zone = g_time_zone_new_local ();
  g_autoptr(AccordImporter) importer = NULL;
  g_autoptr(GFile) file = NULL;
  OutputFormat format;
  guint64 n_rows = 20;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error ("inspect", error->message);

  if (files == NULL || files[0] == NULL || files[1] != NULL)
    return usage_error ("inspect", _("name exactly one file to inspect"));
  if (!parse_format (format_text, FALSE, &format))
    return usage_error ("inspect", _("--format must be text or json"));
  if (g_strcmp0 (rows_text, "all") == 0)
    n_rows = G_MAXUINT;
  else if (rows_text != NULL &&
           !g_ascii_string_to_unsigned (rows_text, 10, 0, G_MAXUINT, &n_rows, NULL))
    return usage_error ("inspect", _("--rows must be a number or “all”"));

  file = g_file_new_for_commandline_arg (files[0]);
  importer = accord_importer_new (file);
  accord_importer_set_time_zone (importer, time_zone);
  accord_importer_set_preview_rows (importer, (guint) n_rows);
  accord_importer_set_require_columns (importer, FALSE);

  if (!accord_importer_run (importer, NULL, &error))
    {
      g_printerr ("accord: %s\n", error->message);
      return EXIT_BAD_INPUT;
    }

  if (format == FORMAT_JSON)
    {
      g_autoptr(JsonNode) node = inspect_to_json (importer);

      print_json (node);
    }
  else
    {
      print_inspect_text (importer);
    }

  return EXIT_OK;
}

/* `accord decisions export`: the committee's decisions as a CSV for the
 * CRM to re-import (accord-decision-export.c). */
static int
run_decisions_export (int    argc,
                      char **argv)
{
  g_autofree char *workspace_path = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *output_path = NULL;
  g_auto(GStrv) rest = NULL;
  const GOptionEntry entries[] = {
    { "workspace", 0, 0, G_OPTION_ARG_FILENAME, &workspace_path, N_("The workspace that holds the decisions"), N_("FILE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text, N_("The CRM to import into: hubspot or salesforce"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output_path, N_("Write to FILE, not standard output"), N_("FILE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &rest, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— the committee’s decisions as a CSV for the CRM"));
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordWorkspace) workspace = NULL;
  g_autoptr(GTimeZone) time_zone = NULL;
  g_autoptr(AccordLeadStore) store = accord_lead_store_new ();
  g_autoptr(GPtrArray) importers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *csv = NULL;
  AccordDecisionExportFormat format;
  gsize length;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error ("decisions export", error->message);

  if (rest != NULL && rest[0] != NULL)
    return usage_error ("decisions export", _("takes no file but the workspace’s: use --workspace"));
  if (workspace_path == NULL)
    return usage_error ("decisions export", _("--workspace is required"));
  if (!accord_decision_export_format_from_name (format_text, &format))
    return usage_error ("decisions export", _("--format must be hubspot or salesforce"));

  workspace = load_workspace (workspace_path);
  if (workspace == NULL)
    return EXIT_BAD_INPUT;

  /* The exports give each decided lead its current owner. */
  time_zone = dup_time_zone (workspace);
  if (!import_workspace_exports (workspace, time_zone, store, importers))
    return EXIT_BAD_INPUT;

  csv = accord_decision_export_csv (store, accord_workspace_get_decisions (workspace), format, &length);

  if (output_path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output_path);

      if (!accord_safe_file_replace (file, csv, length, &error))
        {
          g_printerr ("accord: %s\n", error->message);
          return EXIT_BAD_INPUT;
        }
    }
  else if (fwrite (csv, 1, length, stdout) != length || fflush (stdout) != 0)
    {
      g_printerr (_("accord: could not write to standard output\n"));
      return EXIT_BAD_INPUT;
    }

  return EXIT_OK;
}

static int
run_decisions (int    argc,
               char **argv)
{
  if (argc >= 2 && strcmp (argv[1], "export") == 0)
    return run_decisions_export (argc - 1, argv + 1);

  return usage_error ("decisions export", _("the command is “accord decisions export”"));
}

/* `accord agreement`: the agreement as a PDF to sign
 * (accord-agreement-document.c). */
static int
run_agreement (int    argc,
               char **argv)
{
  g_autofree char *sla_path = NULL;
  g_autofree char *workspace_path = NULL;
  g_autofree char *pdf_path = NULL;
  g_autofree char *paper_name = NULL;
  g_auto(GStrv) rest = NULL;
  const GOptionEntry entries[] = {
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf_path, N_("The PDF to write"), N_("OUT.pdf") },
    { "sla", 0, 0, G_OPTION_ARG_FILENAME, &sla_path, N_("The agreement (default: the workbook’s)"), N_("FILE.json") },
    { "workspace", 0, 0, G_OPTION_ARG_FILENAME, &workspace_path, N_("A saved workspace, for its agreement"), N_("FILE") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_name, N_("a4 (the default) or letter"), N_("PAPER") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &rest, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— the agreement as a PDF to sign"));
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordWorkspace) workspace = NULL;
  g_autoptr(AccordAgreement) agreement = NULL;
  AccordPaper paper = ACCORD_PAPER_A4;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error ("agreement", error->message);

  if (rest != NULL && rest[0] != NULL)
    return usage_error ("agreement", _("takes no file but the agreement’s: use --sla or --workspace"));
  if (pdf_path == NULL)
    return usage_error ("agreement", _("--pdf is required"));
  if (sla_path != NULL && workspace_path != NULL)
    return usage_error ("agreement", _("give --sla or --workspace, not both"));
  if (paper_name != NULL && !accord_paper_from_string (paper_name, &paper))
    return usage_error ("agreement", _("--paper must be a4 or letter"));

  if (sla_path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (sla_path);

      agreement = accord_agreement_new_from_file (file, &error);
      if (agreement == NULL)
        {
          g_printerr ("accord: %s\n", error->message);
          return EXIT_BAD_INPUT;
        }
    }
  else if (workspace_path != NULL)
    {
      workspace = load_workspace (workspace_path);
      if (workspace == NULL)
        return EXIT_BAD_INPUT;
      agreement = g_object_ref (accord_workspace_get_agreement (workspace));
    }
  else
    {
      agreement = accord_agreement_new ();
    }

  if (!accord_agreement_document_write_pdf (agreement, pdf_path, paper, &error))
    {
      g_printerr ("accord: %s\n", error->message);
      return EXIT_BAD_INPUT;
    }

  return EXIT_OK;
}

/**
 * accord_cli_run:
 * @argv: "accord", then "report", "inspect", "decisions" or "agreement"
 *   and their arguments
 *
 * Runs `accord report`, `accord inspect`, `accord decisions export` or
 * `accord agreement`.
 *
 * Returns: the exit status of DESIGN §6
 */
int
accord_cli_run (int    argc,
                char **argv)
{
  g_return_val_if_fail (argc >= 2, EXIT_USAGE);

  if (strcmp (argv[1], "report") == 0)
    return run_report (argc - 1, argv + 1);
  if (strcmp (argv[1], "decisions") == 0)
    return run_decisions (argc - 1, argv + 1);
  if (strcmp (argv[1], "agreement") == 0)
    return run_agreement (argc - 1, argv + 1);

  g_return_val_if_fail (strcmp (argv[1], "inspect") == 0, EXIT_USAGE);
  return run_inspect (argc - 1, argv + 1);
}
