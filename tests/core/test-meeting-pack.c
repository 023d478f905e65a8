/* test-meeting-pack.c: the weekly meeting's screens and their PDF
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "accord-chart-text.h"
#include "accord-committee-painter.h"
#include "accord-funnel-painter.h"
#include "accord-importer.h"
#include "accord-meeting-pack.h"
#include "accord-metrics.h"
#include "accord-test-pdf.h"
#include "accord-test-pixels.h"
#include "accord-test-time.h"
#include "accord-workspace.h"
#include "accord-zone.h"

/* The default agreement's name. */
#define AGREEMENT_NAME "Sales and marketing agreement"

/* The questions, as the pages carry them. */
static const char * const questions[ACCORD_PACK_N_SCREENS] = {
  "Weekly review",
  "Did marketing deliver what it promised?",
  "Where do leads drop off?",
  "Can every SDR carry their load?",
  "What did the committee decide?",
  "How are the KPIs moving?",
  "What do we need next quarter?",
};

static void
import_into (AccordLeadStore *store,
             GFile           *file,
             GTimeZone       *time_zone,
             AccordPreset     preset,
             AccordMapping   *mapping)
{
  g_autoptr(AccordImporter) importer = accord_importer_new (file);
  g_autoptr(GError) error = NULL;

  accord_importer_set_time_zone (importer, time_zone);
  accord_importer_set_preset (importer, preset);
  accord_importer_set_mapping (importer, mapping);
  g_assert_true (accord_importer_run (importer, NULL, &error));
  g_assert_no_error (error);
  accord_lead_store_merge (store, accord_importer_get_store (importer));
}

/* tests/data/cli/contacts.csv: the seven leads whose figures are worked
 * out by hand in tests/cli/test-cli.c. */
static AccordLeadStore *
load_contacts (GTimeZone *time_zone)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "cli", "contacts.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AccordLeadStore *store = accord_lead_store_new ();

  import_into (store, file, time_zone, ACCORD_PRESET_NONE, NULL);
  return store;
}

/* A workspace and its exports, imported into @store. */
static AccordWorkspace *
load_workspace (const char      *path,
                AccordLeadStore *store)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AccordWorkspace *workspace = accord_workspace_new_from_file (file, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < accord_workspace_get_n_exports (workspace); i++)
    import_into (store, accord_workspace_get_export_file (workspace, i),
                 accord_workspace_get_time_zone (workspace),
                 accord_workspace_get_export_preset (workspace, i),
                 accord_workspace_get_export_mapping (workspace, i));
  return workspace;
}

/* Checks pdfinfo's page count and size; returns pdftotext's pages. */
static char **
read_pdf (const char *path,
          const char *page_size)
{
  g_autofree char *n_pages = accord_test_pdf_info (path, "Pages");
  g_autofree char *size = accord_test_pdf_info (path, "Page size");
  char **pages;

  g_assert_cmpstr (n_pages, ==, "7");
  g_assert_nonnull (size);
  g_assert_nonnull (strstr (size, page_size));

  pages = accord_test_pdf_pages (path, "-layout");
  g_assert_cmpuint (g_strv_length (pages), ==, ACCORD_PACK_N_SCREENS);
  return pages;
}

/* Every page carries its question, the agreement's name and the date. */
static void
assert_frames (char       **pages,
               const char  *name,
               const char  *date)
{
  for (guint s = 0; s < ACCORD_PACK_N_SCREENS; s++)
    {
      g_test_message ("page %u:\n%s", s + 1, pages[s]);
      g_assert_nonnull (strstr (pages[s], questions[s]));
      g_assert_nonnull (strstr (pages[s], name));
      g_assert_nonnull (strstr (pages[s], date));
    }
}

static gboolean
line_has_all (const char         *page,
              const char * const *words)
{
  g_auto(GStrv) lines = g_strsplit (page, "\n", -1);

  for (guint l = 0; lines[l] != NULL; l++)
    {
      gboolean all = TRUE;

      for (guint w = 0; words[w] != NULL && all; w++)
        all = strstr (lines[l], words[w]) != NULL;
      if (all)
        return TRUE;
    }

  return FALSE;
}

static void
test_questions (void)
{
  for (guint s = 0; s < ACCORD_PACK_N_SCREENS; s++)
    g_assert_cmpstr (accord_meeting_pack_get_question (s), ==, questions[s]);
}

/* pdftotext reads an ellipsized text whole: the questions are measured
 * against the header's width instead, on both papers and on a 16:9
 * screen. The header spans the width inside the margins, 1.5 thirtieths
 * of the height each; the question is set at 1.6 times the base font,
 * bold. */
static void
test_questions_fit (void)
{
  const double sizes[][2] = { { 842, 595 }, { 792, 612 }, { 1920, 1080 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      double width = sizes[i][0], height = sizes[i][1];
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
      cairo_t *cr = cairo_create (surface);
      PangoContext *context = accord_meeting_pack_create_context (cr, NULL, height);
      g_autoptr(PangoFontDescription) base = accord_chart_dup_base_font (context);

      for (guint s = 0; s < ACCORD_PACK_N_SCREENS; s++)
        {
          cairo_rectangle_t rect;

          accord_chart_text_measure (context, base, questions[s], 1.6, TRUE, &rect);
          g_assert_cmpfloat (rect.width, <=, width - 2 * 1.5 * height / 30);
        }

      g_object_unref (context);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* The screens in words, for a screen reader: the numbers of the pages
 * below, in the painters' sentences. */
static void
check_descriptions (AccordMeetingPack *pack)
{
  g_autofree char *cover = accord_meeting_pack_describe (pack, ACCORD_PACK_SCREEN_COVER);
  g_autofree char *goals = accord_meeting_pack_describe (pack, ACCORD_PACK_SCREEN_GOALS);
  g_autofree char *team = accord_meeting_pack_describe (pack, ACCORD_PACK_SCREEN_TEAM);
  g_autofree char *review = accord_meeting_pack_describe (pack, ACCORD_PACK_SCREEN_REVIEW);

  g_assert_nonnull (strstr (cover, "Weekly review, October 2024. Data as of 25 October 2024."));
  g_assert_nonnull (strstr (cover, "Page 3: Where do leads drop off?"));
  g_assert_true (g_str_has_prefix (goals, "Did marketing deliver what it promised?"));
  g_assert_nonnull (strstr (goals, "October 2024: Qualified leads: 3; the target is 250."));
  /* November has not begun. */
  g_assert_null (strstr (goals, "November 2024"));
  g_assert_nonnull (strstr (team, "Ben Okafor: Universe: 2, under the band of 200 to 400."));
  g_assert_nonnull (strstr (review, "6 flags in the queue: 0 decided, 6 to decide."));

  for (guint s = 0; s < ACCORD_PACK_N_SCREENS; s++)
    {
      g_autofree char *description = accord_meeting_pack_describe (pack, s);

      g_test_message ("%s", description);
      g_assert_cmpstr (description, !=, "");
    }
}

static void
check_contacts_pdf (AccordPaper  paper,
                    const char  *page_size)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(AccordLeadStore) store = load_contacts (tz);
  g_autoptr(AccordAgreement) agreement = accord_agreement_new ();
  g_autoptr(AccordMeetingPack) pack = NULL;
  g_autofree char *dir = g_dir_make_tmp ("accord-pack-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pack.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) pages = NULL;

  /* Month and D by default: the latest moment is lead 7's creation,
   * 25 October 2024 17:00, so October, measured that day. */
  pack = accord_meeting_pack_new (store, agreement, tz, -1, ACCORD_TIME_NONE, NULL);
  accord_meeting_pack_add_import (pack, "/somewhere/contacts.csv", 7, 0);
  g_assert_cmpint (accord_meeting_pack_get_month (pack), ==, ACCORD_MONTH_KEY (2024, 10));
  g_assert_true (accord_meeting_pack_write_pdf (pack, path, paper, &error));
  g_assert_no_error (error);

  check_descriptions (pack);

  if (!accord_test_have_poppler ())
    goto out;

  pages = read_pdf (path, page_size);
  assert_frames (pages, AGREEMENT_NAME, "25 October 2024");

  /* Cover: the month, D, the import, and the pages' questions. */
  g_assert_nonnull (strstr (pages[0], "Weekly review, October 2024"));
  g_assert_nonnull (strstr (pages[0], "Data as of 25 October 2024"));
  g_assert_nonnull (strstr (pages[0], "contacts.csv: 7 rows, 0 skipped"));
  for (guint s = 1; s < ACCORD_PACK_N_SCREENS; s++)
    g_assert_nonnull (strstr (pages[0], questions[s]));

  /* Goals, Q4 2024 against the default goals (300, 250, 125, 525, 32):
   * October created 4, 5, 6, 7 (4 leads); qualified 4, 6, 7 (3; 5 has
   * no employee count); MQLs 4, 6 (2); managed 2, 3, 4, 6 (4); SQL 4
   * (1). November and December have not begun. */
  g_assert_nonnull (strstr (pages[1], "Q4 2024"));
  g_assert_true (line_has_all (pages[1], (const char *[]) { "4 of 300", "– of 300", NULL }));
  g_assert_true (line_has_all (pages[1], (const char *[]) { "3 of 250", "– of 250", NULL }));
  g_assert_true (line_has_all (pages[1], (const char *[]) { "2 of 125", NULL }));
  g_assert_true (line_has_all (pages[1], (const char *[]) { "4 of 525", NULL }));
  g_assert_true (line_has_all (pages[1], (const char *[]) { "1 of 32", NULL }));

  /* Funnel: October beside September. October's leads 4, QLs 3: 75 %
   * of the previous stage; MQLs 2: 67 % of QLs, 50 % of leads. */
  g_assert_true (line_has_all (pages[2], (const char *[]) { "October 2024", "September 2024", NULL }));
  g_assert_nonnull (strstr (pages[2], "75% of previous"));
  g_assert_nonnull (strstr (pages[2], "67% of previous"));

  /* Team: Ana Silva's universe is lead 7 alone, Ben Okafor's 3 and 6:
   * both under 200; Ben's conversion 1 SQL of 3 managed, 33.3 %. */
  g_assert_nonnull (strstr (pages[3], "Out of band: 2 of 2 SDRs"));
  /* The column titles wrap: the band may be on two lines. */
  g_assert_nonnull (strstr (pages[3], "Universe 200–"));
  g_assert_true (line_has_all (pages[3], (const char *[]) { "Ana Silva", NULL }));
  g_assert_true (line_has_all (pages[3], (const char *[]) { "2 (under)", "1 of 15 (under)", "33.3%", NULL }));

  /* Review: every flag of test-cli's sixty-day window is in the queue,
   * none decided: 2 outside the profile and late; 3 late, under-worked
   * and without disposition; 6 late. */
  g_assert_nonnull (strstr (pages[4], "6 flags in the queue: 0 decided, 6 to decide"));

  /* KPIs: lead velocity, October's 3 QLs against September's 2: +50 %. */
  g_assert_true (line_has_all (pages[5], (const char *[]) { "Lead velocity", NULL }));
  g_assert_nonnull (strstr (pages[5], "50%"));

  /* Calculator: the quarter after Q4 2024 at the default goals. */
  g_assert_nonnull (strstr (pages[6], "Goals for Q1 2025"));
  g_assert_true (line_has_all (pages[6], (const char *[]) { "Qualified leads", "250", "250", NULL }));

out:
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_finalize_object (g_steal_pointer (&pack));
}

static void
test_contacts_a4 (void)
{
  check_contacts_pdf (ACCORD_PAPER_A4, "842 x 595 pts (A4)");
}

static void
test_contacts_letter (void)
{
  check_contacts_pdf (ACCORD_PAPER_LETTER, "792 x 612 pts (letter)");
}

/* The KPIs screen: the default agreement's five, then sales velocity,
 * and under them the hours of effort: the fixture's leads have no source,
 * so 20 hours on webinars brought none. */
static void
test_kpis_screen (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(AccordLeadStore) store = load_contacts (tz);
  g_autoptr(AccordAgreement) agreement = accord_agreement_new ();
  g_autoptr(AccordMeetingPack) pack = NULL;
  g_autofree char *dir = g_dir_make_tmp ("accord-pack-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pack.pdf", NULL);
  g_autofree char *description = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) pages = NULL;

  accord_agreement_set_asset_hours (agreement, "Webinars", 20);
  pack = accord_meeting_pack_new (store, agreement, tz, -1, ACCORD_TIME_NONE, NULL);

  description = accord_meeting_pack_describe (pack, ACCORD_PACK_SCREEN_KPIS);
  g_assert_nonnull (strstr (description, "Webinars: 0.00 leads an hour from 20 hours of effort."));

  g_assert_true (accord_meeting_pack_write_pdf (pack, path, ACCORD_PAPER_A4, &error));
  g_assert_no_error (error);
  if (accord_test_have_poppler ())
    {
      pages = read_pdf (path, "842 x 595 pts");
      g_assert_nonnull (strstr (pages[ACCORD_PACK_SCREEN_KPIS], "Sales velocity"));
      g_assert_nonnull (strstr (pages[ACCORD_PACK_SCREEN_KPIS], "Leads per Hour of Effort"));
      g_assert_true (line_has_all (pages[ACCORD_PACK_SCREEN_KPIS],
                                   (const char *[]) { "Webinars", "0.00 leads an hour from 20 hours of effort", NULL }));
    }

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_sample (void)
{
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", "northwind.accord", NULL);
  g_autoptr(AccordLeadStore) store = accord_lead_store_new ();
  g_autoptr(AccordWorkspace) workspace = load_workspace (sample, store);
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordMeetingPack) pack = NULL;
  g_autofree char *dir = g_dir_make_tmp ("accord-pack-XXXXXX", NULL);
  const char *papers[][2] = {
    { "a4", "842 x 595 pts" },
    { "letter", "792 x 612 pts" },
  };

  pack = accord_meeting_pack_new (store, accord_workspace_get_agreement (workspace),
                                  accord_workspace_get_time_zone (workspace), -1,
                                  ACCORD_TIME_NONE, accord_workspace_get_decisions (workspace));

  for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
    {
      g_autofree char *path = g_build_filename (dir, "pack.pdf", NULL);
      g_autofree char *backup = g_build_filename (dir, "pack.pdf~", NULL);
      g_auto(GStrv) pages = NULL;
      g_autofree char *date = NULL;
      const char *as_of;
      AccordPaper paper;

      g_assert_true (accord_paper_from_string (papers[p][0], &paper));
      g_assert_true (accord_meeting_pack_write_pdf (pack, path, paper, &error));
      g_assert_no_error (error);

      if (accord_test_have_poppler ())
        {
          pages = read_pdf (path, papers[p][1]);
          /* The date on every page is the cover's. */
          as_of = strstr (pages[0], "Data as of ");
          g_assert_nonnull (as_of);
          date = g_strndup (as_of + strlen ("Data as of "), strcspn (as_of + strlen ("Data as of "), "\n"));
          g_strstrip (date);
          g_assert_cmpstr (date, !=, "");
          assert_frames (pages, accord_agreement_get_name (accord_workspace_get_agreement (workspace)), date);
        }

      g_assert_cmpint (g_remove (path), ==, 0);
      g_remove (backup);
    }

  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_finalize_object (g_steal_pointer (&pack));
}

/* tests/data/cli/decided.accord: contacts.csv with five decisions, four
 * made on 25 October 2024 before D (17:00 in Berlin) and one, on lead 6's
 * late first touch, on 28 October. */
static void
test_decisions (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "cli", "decided.accord", NULL);
  g_autoptr(AccordLeadStore) store = accord_lead_store_new ();
  g_autoptr(AccordWorkspace) workspace = load_workspace (path, store);
  GTimeZone *tz = accord_workspace_get_time_zone (workspace);
  g_autoptr(AccordZone) zone = accord_zone_new (tz);
  g_autoptr(AccordMeetingPack) at_d = NULL;
  g_autoptr(AccordMeetingPack) later = NULL;
  g_autofree char *at_d_text = NULL;
  g_autofree char *later_text = NULL;

  at_d = accord_meeting_pack_new (store, accord_workspace_get_agreement (workspace), tz, -1, ACCORD_TIME_NONE,
                                  accord_workspace_get_decisions (workspace));
  later = accord_meeting_pack_new_full (store, accord_workspace_get_agreement (workspace), tz, -1,
                                        ACCORD_TIME_NONE, accord_workspace_get_decisions (workspace),
                                        accord_test_time (zone, "2024-10-28 12:00"));
  at_d_text = accord_meeting_pack_describe (at_d, ACCORD_PACK_SCREEN_REVIEW);
  later_text = accord_meeting_pack_describe (later, ACCORD_PACK_SCREEN_REVIEW);
  g_test_message ("%s\n%s", at_d_text, later_text);

  /* The queue as of D: the flag raised in the week (6's late touch,
   * decided) and the older one undecided (3's late touch). */
  g_assert_nonnull (strstr (at_d_text, "2 flags in the queue: 1 decided, 1 to decide."));
  g_assert_nonnull (strstr (later_text, "2 flags in the queue: 1 decided, 1 to decide."));

  /* The committee's weeks: up to D, 3's under-worked flag kept, its
   * missing disposition unqualified, 2's late touch reassigned, 2's
   * profile dismissed; unqualified 1 of the 3 judged (33 %). Up to 28
   * October also 6 reassigned: 5 decided, 1 of 4 unqualified (25 %). */
  g_assert_nonnull (strstr (at_d_text, "4 decided: 1 unqualified, 1 reassigned, 1 kept, 1 dismissed; 33% judged unqualified"));
  g_assert_nonnull (strstr (later_text, "5 decided: 1 unqualified, 2 reassigned, 1 kept, 1 dismissed; 25% judged unqualified"));

  g_assert_finalize_object (g_steal_pointer (&at_d));
  g_assert_finalize_object (g_steal_pointer (&later));
}

/* The funnel screen's chart is where the funnel painter lays it out for
 * the screen's content area, with the Funnel page's labels. */
static void
test_funnel_matches_layout (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(AccordLeadStore) store = load_contacts (tz);
  g_autoptr(AccordAgreement) agreement = accord_agreement_new ();
  g_autoptr(AccordMeetingPack) pack = accord_meeting_pack_new (store, agreement, tz, ACCORD_MONTH_KEY (2024, 10),
                                                               ACCORD_TIME_NONE, NULL);
  g_autoptr(AccordFunnelLayout) layout = NULL;
  const double width = 1280, height = 720;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context;
  AccordPackPalette palette;
  AccordFunnelLabels labels = { .current = "October 2024", .comparison = "September 2024" };
  AccordFunnel funnel, comparison;
  cairo_rectangle_t area;
  const AccordFunnelStageLayout *leads, *qualified;
  double x, y;

  accord_pack_palette_init_light (&palette);
  accord_meeting_pack_paint (pack, cr, NULL, ACCORD_PACK_SCREEN_FUNNEL, width, height, &palette);
  cairo_surface_flush (surface);

  accord_metrics_funnel (store, agreement, tz, ACCORD_MONTH_KEY (2024, 10), ACCORD_MONTH_KEY (2024, 10),
                         ACCORD_FUNNEL_PERIOD, &funnel);
  accord_metrics_funnel (store, agreement, tz, ACCORD_MONTH_KEY (2024, 9), ACCORD_MONTH_KEY (2024, 9),
                         ACCORD_FUNNEL_PERIOD, &comparison);
  context = accord_meeting_pack_create_context (cr, NULL, height);
  accord_meeting_pack_get_content_area (width, height, &area);
  layout = accord_funnel_layout_new (context, &funnel, &comparison, &labels, area.width, area.height);

  /* The area lies inside the frame's margins, below the question. */
  g_assert_cmpfloat (area.x, >, 0);
  g_assert_cmpfloat (area.y, >, 0);
  g_assert_cmpfloat (area.x + area.width, <, width);
  g_assert_cmpfloat (area.y + area.height, <, height);

  /* October's 4 leads are the longest bar, the whole track; its 3 QLs
   * three quarters of it; September's 3 leads beside. */
  leads = &layout->stages[ACCORD_STAGE_LEADS];
  qualified = &layout->stages[ACCORD_STAGE_QUALIFIED];
  g_assert_cmpfloat_with_epsilon (leads->bar.width, layout->track_width, 0.5);
  g_assert_cmpfloat_with_epsilon (qualified->bar.width, layout->track_width * 3 / 4, 0.5);

  for (guint s = ACCORD_STAGE_LEADS; s <= ACCORD_STAGE_QUALIFIED; s++)
    {
      const AccordFunnelStageLayout *stage = &layout->stages[s];

      accord_test_assert_pixel (surface, area.x + stage->bar.x + stage->bar.width / 2,
                                area.y + stage->bar.y + stage->bar.height / 2, &palette.accent);
      accord_test_assert_pixel (surface, area.x + stage->comparison_bar.x + stage->comparison_bar.width / 2,
                                area.y + stage->comparison_bar.y + stage->comparison_bar.height / 2,
                                &palette.comparison);
    }

  /* Beyond the QL bar's end, short of the track's: the page, where no
   * text is. */
  x = qualified->bar.x + layout->track_width * 0.95;
  y = qualified->bar.y + qualified->bar.height / 2;
  g_assert_false (x >= qualified->count.rect.x && x <= qualified->count.rect.x + qualified->count.rect.width);
  accord_test_assert_pixel (surface, area.x + x, area.y + y, &palette.background);

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_assert_finalize_object (g_steal_pointer (&pack));
}

/* The review screen's chart is where the committee painter lays it out,
 * a line and a half below the top of the content area, under the
 * queue's counts. */
static void
test_committee_matches_layout (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "cli", "decided.accord", NULL);
  g_autoptr(AccordLeadStore) store = accord_lead_store_new ();
  g_autoptr(AccordWorkspace) workspace = load_workspace (path, store);
  GTimeZone *tz = accord_workspace_get_time_zone (workspace);
  AccordAgreement *agreement = accord_workspace_get_agreement (workspace);
  AccordDecisionLog *decisions = accord_workspace_get_decisions (workspace);
  g_autoptr(AccordMeetingPack) pack = accord_meeting_pack_new (store, agreement, tz, -1, ACCORD_TIME_NONE,
                                                               decisions);
  g_autoptr(AccordCommitteeSummary) summary = NULL;
  g_autoptr(AccordCommitteeLayout) layout = NULL;
  g_autoptr(PangoFontDescription) base = NULL;
  const double width = 1280, height = 720;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  AccordCommitteeLabels labels = { NULL, };
  const AccordCommitteeWeekLayout *week;
  const AccordChartColor *colors[ACCORD_N_OUTCOMES];
  AccordPackPalette palette;
  PangoContext *context;
  cairo_rectangle_t area;
  double top;

  accord_pack_palette_init_light (&palette);
  accord_meeting_pack_paint (pack, cr, NULL, ACCORD_PACK_SCREEN_REVIEW, width, height, &palette);
  cairo_surface_flush (surface);

  /* The Review page's twelve weeks, up to D: 25 October 2024 17:00. */
  summary = accord_committee_summary_new (store, agreement, decisions, tz,
                                          accord_meeting_pack_get_as_of (pack), 12);
  context = accord_meeting_pack_create_context (cr, NULL, height);
  base = accord_chart_dup_base_font (context);
  accord_meeting_pack_get_content_area (width, height, &area);
  top = area.y + 1.5 * accord_chart_get_line_height (context, base);
  layout = accord_committee_layout_new (context, summary, &labels, area.width, area.y + area.height - top);

  /* The four decisions before D were made on 25 October, in the last
   * week, W43: one of each outcome, stacked. */
  g_assert_cmpuint (layout->n_weeks, ==, 12);
  week = &layout->weeks[11];
  colors[ACCORD_OUTCOME_UNQUALIFIED] = &palette.goal;
  colors[ACCORD_OUTCOME_REASSIGN] = &palette.accent;
  colors[ACCORD_OUTCOME_KEEP] = &palette.comparison;
  colors[ACCORD_OUTCOME_DISMISS] = &palette.grid;
  for (guint o = 0; o < ACCORD_N_OUTCOMES; o++)
    {
      const cairo_rectangle_t *segment = &week->segments[o];

      g_assert_cmpfloat (segment->height, >, 4);
      /* Left of the centre, where the flags-raised line is not. */
      accord_test_assert_pixel (surface, area.x + segment->x + segment->width / 4,
                                top + segment->y + segment->height / 2, colors[o]);
    }

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_assert_finalize_object (g_steal_pointer (&pack));
}

/* A widget's context lends its font's family, never its size, and keeps
 * its own font. */
static void
test_widget_context (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(AccordLeadStore) store = load_contacts (tz);
  g_autoptr(AccordAgreement) agreement = accord_agreement_new ();
  g_autoptr(AccordMeetingPack) pack = accord_meeting_pack_new (store, agreement, tz, -1, ACCORD_TIME_NONE, NULL);
  g_autoptr(PangoFontDescription) widget_font = pango_font_description_from_string ("Sans 11");
  PangoContext *widget_context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 960, 540);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context;
  const PangoFontDescription *font;
  AccordPackPalette palette;

  pango_context_set_font_description (widget_context, widget_font);
  context = accord_meeting_pack_create_context (cr, widget_context, 540);

  /* 540 / 30 × 0.75: 13.5 pixels, absolute. */
  font = pango_context_get_font_description (context);
  g_assert_cmpstr (pango_font_description_get_family (font), ==, "Sans");
  g_assert_true (pango_font_description_get_size_is_absolute (font));
  g_assert_cmpint (pango_font_description_get_size (font), ==, (int) (13.5 * PANGO_SCALE));

  accord_pack_palette_init_dark (&palette);
  for (guint s = 0; s < ACCORD_PACK_N_SCREENS; s++)
    accord_meeting_pack_paint (pack, cr, widget_context, s, 960, 540, &palette);
  g_assert_true (pango_font_description_equal (pango_context_get_font_description (widget_context), widget_font));

  g_object_unref (context);
  g_object_unref (widget_context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_assert_finalize_object (g_steal_pointer (&pack));
}

/* A name from right to left, emoji, and 10,000 characters. */
static char *
make_hostile_name (void)
{
  GString *name = g_string_new ("شركة الأمل 🚀👩🏽‍💼 ");

  while (name->len < 10000)
    g_string_append (name, "W");
  return g_string_free (name, FALSE);
}

static AccordLeadStore *
make_hostile_store (AccordZone *zone)
{
  AccordLeadStore *store = accord_lead_store_new ();
  g_autofree char *long_name = make_hostile_name ();
  const char *owners[] = { "מירב כהן", "🦄🦄🦄 Ünïcödé", long_name };

  for (guint i = 0; i < G_N_ELEMENTS (owners); i++)
    {
      AccordLead *lead = accord_lead_store_append (store);
      g_autofree char *id = g_strdup_printf ("%u", i + 1);

      lead->record_id = accord_lead_store_add_text (store, id);
      lead->owner = accord_lead_store_intern (store, owners[i]);
      lead->source = accord_lead_store_intern (store, long_name);
      lead->employees = 50;
      lead->moments[ACCORD_MOMENT_CREATED] = accord_test_time (zone, "2024-10-01 09:00");
      lead->moments[ACCORD_MOMENT_MQL] = accord_test_time (zone, "2024-10-02 09:00");
    }

  return store;
}

static void
assert_margins_clear (cairo_surface_t         *surface,
                      double                   margin,
                      const AccordChartColor  *background)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int inner = (int) floor (margin) - 1;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (x < inner || y < inner || x >= width - inner || y >= height - inner)
        {
          if (accord_test_get_pixel (surface, x, y) != accord_test_get_pixel (surface, 0, 0))
            accord_test_assert_pixel (surface, x, y, background);
        }

  accord_test_assert_pixel (surface, 0, 0, background);
}

static void
test_hostile_strings (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(AccordZone) zone = accord_zone_new (tz);
  g_autoptr(AccordLeadStore) store = make_hostile_store (zone);
  g_autoptr(AccordAgreement) agreement = accord_agreement_new ();
  g_autoptr(AccordMeetingPack) pack = NULL;
  g_autofree char *name = make_hostile_name ();
  g_autofree char *dir = g_dir_make_tmp ("accord-pack-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "hostile.pdf", NULL);
  g_autoptr(GError) error = NULL;
  AccordPackPalette palettes[2];
  const double width = 800, height = 450;
  /* The frame's margin: 1.5 units of a thirtieth of the height. */
  const double margin = 1.5 * height / 30;

  accord_agreement_set_name (agreement, name);
  pack = accord_meeting_pack_new (store, agreement, tz, -1, ACCORD_TIME_NONE, NULL);
  accord_meeting_pack_add_import (pack, name, 3, 0);

  g_assert_true (accord_meeting_pack_write_pdf (pack, path, ACCORD_PAPER_A4, &error));
  g_assert_no_error (error);
  if (accord_test_have_poppler ())
    {
      g_auto(GStrv) pages = read_pdf (path, "842 x 595 pts");

      /* The owners' names are there, on the team's page. */
      g_assert_nonnull (strstr (pages[3], "מירב כהן"));
    }

  accord_pack_palette_init_light (&palettes[0]);
  accord_pack_palette_init_dark (&palettes[1]);
  for (guint p = 0; p < G_N_ELEMENTS (palettes); p++)
    for (guint s = 0; s < ACCORD_PACK_N_SCREENS; s++)
      {
        cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
        cairo_t *cr = cairo_create (surface);
        g_autofree char *description = NULL;

        accord_meeting_pack_paint (pack, cr, NULL, s, width, height, &palettes[p]);
        cairo_surface_flush (surface);
        assert_margins_clear (surface, margin, &palettes[p].background);

        description = accord_meeting_pack_describe (pack, s);
        g_assert_true (g_utf8_validate (description, -1, NULL));
        g_assert_cmpstr (description, !=, "");

        cairo_destroy (cr);
        cairo_surface_destroy (surface);
      }

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_finalize_object (g_steal_pointer (&pack));
}

/* Nothing to show: no leads, no month, no moment. */
static void
test_empty (void)
{
  g_autoptr(AccordLeadStore) store = accord_lead_store_new ();
  g_autoptr(AccordAgreement) agreement = accord_agreement_new ();
  g_autoptr(AccordMeetingPack) pack = accord_meeting_pack_new (store, agreement, NULL, -1, ACCORD_TIME_NONE, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 320, 180);
  cairo_t *cr = cairo_create (surface);
  AccordPackPalette palette;
  const double sizes[][2] = { { 320, 180 }, { 0, 0 }, { 1, 1 }, { NAN, 100 }, { 100, INFINITY }, { -5, -5 } };

  accord_pack_palette_init_light (&palette);
  for (guint s = 0; s < ACCORD_PACK_N_SCREENS; s++)
    {
      g_autofree char *description = accord_meeting_pack_describe (pack, s);

      for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
        accord_meeting_pack_paint (pack, cr, NULL, s, sizes[i][0], sizes[i][1], &palette);
      g_assert_nonnull (description);
    }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_assert_finalize_object (g_steal_pointer (&pack));
}

/* A PDF that cannot be saved leaves the file there as it was. */
static void
test_failed_write_keeps_file (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(AccordLeadStore) store = load_contacts (tz);
  g_autoptr(AccordAgreement) agreement = accord_agreement_new ();
  g_autoptr(AccordMeetingPack) pack = accord_meeting_pack_new (store, agreement, tz, -1, ACCORD_TIME_NONE, NULL);
  g_autofree char *dir = g_dir_make_tmp ("accord-pack-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pack.pdf", NULL);
  g_autofree char *backup = g_build_filename (dir, "pack.pdf~", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "pack.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "last week's pack", -1, NULL));

  /* The previous version cannot be kept (a folder is in the way of the
   * backup), so nothing is replaced. */
  g_assert_cmpint (g_mkdir (backup, 0755), ==, 0);
  g_assert_false (accord_meeting_pack_write_pdf (pack, path, ACCORD_PAPER_A4, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "last week's pack");

  /* A folder that does not exist: the message names the file. */
  g_assert_false (accord_meeting_pack_write_pdf (pack, missing, ACCORD_PAPER_A4, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, missing));

  g_assert_cmpint (g_rmdir (backup), ==, 0);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_finalize_object (g_steal_pointer (&pack));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/meeting-pack/questions", test_questions);
  g_test_add_func ("/core/meeting-pack/questions-fit", test_questions_fit);
  g_test_add_func ("/core/meeting-pack/contacts-a4", test_contacts_a4);
  g_test_add_func ("/core/meeting-pack/contacts-letter", test_contacts_letter);
  g_test_add_func ("/core/meeting-pack/sample", test_sample);
  g_test_add_func ("/core/meeting-pack/kpis-screen", test_kpis_screen);
  g_test_add_func ("/core/meeting-pack/decisions", test_decisions);
  g_test_add_func ("/core/meeting-pack/funnel-matches-layout", test_funnel_matches_layout);
  g_test_add_func ("/core/meeting-pack/committee-matches-layout", test_committee_matches_layout);
  g_test_add_func ("/core/meeting-pack/widget-context", test_widget_context);
  g_test_add_func ("/core/meeting-pack/hostile-strings", test_hostile_strings);
  g_test_add_func ("/core/meeting-pack/empty", test_empty);
  g_test_add_func ("/core/meeting-pack/failed-write-keeps-file", test_failed_write_keeps_file);

  return g_test_run ();
}
