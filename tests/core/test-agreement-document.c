/* test-agreement-document.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The agreement written as a PDF and read back with poppler's pdfinfo and
 * pdftotext. The figures looked for are the workbook's defaults (DESIGN
 * §1), which data/samples/agreement.json repeats: High 4 h, 15 touches,
 * 1 breakup email, 90 days; Moderate 24 h, 8, 1, 60 days; Low 48 h, 3, 1,
 * 30 days; goals 300, 250, 125, 525, 32.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "accord-agreement-document.h"
#include "accord-test-pdf.h"
#include "accord-test-pixels.h"

/* The parts of the agreement in the order of DESIGN §1, then the six
 * text sections and the signatures. */
static const char * const headings[] = {
  "1. Ideal customer profile (the Quick Test)",
  "2. Lead definitions",
  "3. Goals",
  "4. Protocols",
  "5. Lead quality tier",
  "6. SDR capacity",
  "7. SDRs and the handoff",
  "8. KPIs",
  "9. Review",
  "10. Summary",
  "11. Goals of each party",
  "12. What each party needs",
  "13. Who is responsible",
  "14. If goals are not met",
  "15. Conditions of cancellation",
  "Signatures",
};

/* Table rows, read left to right. */
static const char * const default_rows[] = {
  "High 4 h 15 1 90 days",
  "Moderate 24 h 8 1 60 days",
  "Low 48 h 3 1 30 days",
  "Leads sourced 300",
  "Qualified leads 250",
  "MQLs created 125",
  "MQLs managed 525",
  "SQLs created 32",
};

/* @text without any white space: columns laid out by pdftotext -layout
 * and lines wrapped by the document compare as the words alone. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

static gboolean
contains_squeezed (const char *haystack,
                   const char *needle)
{
  g_autofree char *squeezed_haystack = squeeze (haystack);
  g_autofree char *squeezed_needle = squeeze (needle);

  return strstr (squeezed_haystack, squeezed_needle) != NULL;
}

/* The text of each page in the order it was painted, without its
 * footer ("Page N of M"), which comes first, so that a paragraph broken
 * across pages reads as one. */
static GPtrArray *
read_pages (const char *pdf)
{
  g_auto(GStrv) pages = accord_test_pdf_pages (pdf, "-raw");
  GPtrArray *result = g_ptr_array_new_with_free_func (g_free);

  for (guint p = 0; pages[p] != NULL; p++)
    {
      g_autofree char *footer = g_strdup_printf ("Page %u of ", p + 1);
      const char *found = strstr (pages[p], footer);
      const char *body;

      g_assert_nonnull (found);
      body = strchr (found, '\n');
      g_ptr_array_add (result, g_strdup (body != NULL ? body + 1 : ""));
    }

  return result;
}

static guint
count_words (const char *text,
             const char *word)
{
  guint n = 0;

  for (const char *found = strstr (text, word); found != NULL; found = strstr (found + strlen (word), word))
    n++;

  return n;
}

/* Checks pdfinfo's page count and that every page is portrait @size
 * ("595 x 842 pts"). */
static guint
check_pdfinfo (const char *pdf,
               const char *size)
{
  g_autofree char *pages = accord_test_pdf_info (pdf, "Pages");
  g_auto(GStrv) sizes = accord_test_pdf_page_sizes (pdf);
  guint n_pages = pages != NULL ? (guint) g_ascii_strtoull (pages, NULL, 10) : 0;

  for (guint p = 0; sizes[p] != NULL; p++)
    g_assert_nonnull (strstr (sizes[p], size));

  g_assert_cmpuint (n_pages, >=, 1);
  g_assert_cmpuint (g_strv_length (sizes), ==, n_pages);
  return n_pages;
}

static char *
write_pdf (AccordAgreement *agreement,
           AccordPaper      paper,
           const char      *dir,
           const char      *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (accord_agreement_document_write_pdf (agreement, path, paper, &error));
  g_assert_no_error (error);

  return path;
}

static void
remove_pdf (const char *path)
{
  g_autofree char *backup = g_strconcat (path, "~", NULL);

  g_assert_cmpint (g_remove (path), ==, 0);
  /* A PDF written twice keeps the first as its backup. */
  g_remove (backup);
}

/* Everything an agreement with the workbook's figures must show, and
 * the signatures on the last page only. */
static void
check_document (AccordAgreement *agreement,
                AccordPaper      paper,
                const char      *size)
{
  g_autofree char *dir = g_dir_make_tmp ("accord-document-XXXXXX", NULL);
  g_autofree char *pdf = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GString) all = g_string_new (NULL);
  g_autofree char *squeezed = NULL;
  g_auto(GStrv) layout_pages = NULL;
  g_autofree char *layout_text = NULL;
  const char *last, *after = NULL;
  guint n_pages;

  g_assert_nonnull (dir);
  pdf = write_pdf (agreement, paper, dir, "agreement.pdf");
  n_pages = check_pdfinfo (pdf, size);
  pages = read_pages (pdf);
  g_assert_cmpuint (pages->len, ==, n_pages);
  for (guint p = 0; p < pages->len; p++)
    g_string_append (all, g_ptr_array_index (pages, p));
  squeezed = squeeze (all->str);

  /* The headings, each once and in order. */
  for (guint h = 0; h < G_N_ELEMENTS (headings); h++)
    {
      g_autofree char *heading = squeeze (headings[h]);
      const char *found = strstr (after != NULL ? after : squeezed, heading);

      g_test_message ("heading %s", headings[h]);
      g_assert_nonnull (found);
      after = found + strlen (heading);
    }

  for (AccordSection s = 0; s < ACCORD_N_SECTIONS; s++)
    g_assert_true (contains_squeezed (all->str, accord_agreement_get_section (agreement, s)));
  /* The rows as painted, and as seen: pdftotext -layout reads each
   * table row across its columns. */
  layout_pages = accord_test_pdf_pages (pdf, "-layout");
  layout_text = g_strjoinv ("\f", layout_pages);
  for (guint r = 0; r < G_N_ELEMENTS (default_rows); r++)
    {
      g_test_message ("row %s", default_rows[r]);
      g_assert_true (contains_squeezed (all->str, default_rows[r]));
      g_assert_true (contains_squeezed (layout_text, default_rows[r]));
    }

  /* Both blocks on the last page, each with its four lines. */
  last = g_ptr_array_index (pages, pages->len - 1);
  g_assert_cmpuint (count_words (last, "Signatures"), ==, 1);
  g_assert_cmpuint (count_words (last, "Marketing"), >=, 1);
  g_assert_cmpuint (count_words (last, "Sales"), >=, 1);
  g_assert_cmpuint (count_words (last, "Name"), ==, 2);
  g_assert_cmpuint (count_words (last, "Title"), ==, 2);
  g_assert_cmpuint (count_words (last, "Signature\n"), ==, 2);
  g_assert_cmpuint (count_words (last, "Date"), ==, 2);
  for (guint p = 0; p + 1 < pages->len; p++)
    g_assert_null (strstr (g_ptr_array_index (pages, p), "Signature"));

  remove_pdf (pdf);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static AccordAgreement *
load_sample (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                 "agreement.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AccordAgreement *agreement = accord_agreement_new_from_file (file, &error);

  g_assert_no_error (error);
  return agreement;
}

static void
test_sample (void)
{
  g_autoptr(AccordAgreement) agreement = NULL;

  if (!accord_test_have_poppler ())
    return;

  agreement = load_sample ();
  check_document (agreement, ACCORD_PAPER_A4, "595 x 842 pts");
  check_document (agreement, ACCORD_PAPER_LETTER, "612 x 792 pts");
  g_assert_finalize_object (g_steal_pointer (&agreement));
}

static void
test_default (void)
{
  g_autoptr(AccordAgreement) agreement = NULL;

  if (!accord_test_have_poppler ())
    return;

  agreement = accord_agreement_new ();
  check_document (agreement, ACCORD_PAPER_A4, "595 x 842 pts");
  check_document (agreement, ACCORD_PAPER_LETTER, "612 x 792 pts");
  g_assert_finalize_object (g_steal_pointer (&agreement));
}

/* 10,000 characters without a space: a run of the ten digits. */
static char *
make_long_word (void)
{
  GString *word = g_string_new (NULL);

  for (guint i = 0; i < 10000; i++)
    g_string_append_c (word, '0' + i % 10);

  return g_string_free (word, FALSE);
}

/* Names written right to left, emoji, words longer than a page is wide,
 * and a team of 40. */
static AccordAgreement *
make_hostile (void)
{
  AccordAgreement *agreement = accord_agreement_new ();
  g_autofree char *word = make_long_word ();
  const char *industries[] = { "תוכנה", word, "🏭 Manufacturing", NULL };

  accord_agreement_set_name (agreement, "اتفاقية التسويق والمبيعات 🤝 הסכם שירות");
  accord_agreement_set_industries (agreement, industries);
  for (AccordSection s = 0; s < ACCORD_N_SECTIONS; s++)
    accord_agreement_set_section (agreement, s, word);
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *name = g_strdup_printf (i % 2 == 0 ? "سارة 🚀 %u" : "דוד 😀 %u", i);

      accord_agreement_add_sdr (agreement, name, i % ACCORD_N_SPECIALISATIONS);
    }
  accord_agreement_add_sdr (agreement, word, ACCORD_SPECIALISATION_INBOUND);

  return agreement;
}

static void
test_hostile (void)
{
  g_autoptr(AccordAgreement) sample = NULL;
  g_autoptr(AccordAgreement) hostile = NULL;
  g_autoptr(AccordAgreementDocument) sample_document = NULL;
  g_autoptr(AccordAgreementDocument) hostile_document = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *word = make_long_word ();
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GString) all = g_string_new (NULL);
  g_autofree char *squeezed = NULL;

  sample = load_sample ();
  hostile = make_hostile ();
  sample_document = accord_agreement_document_new (sample, 595, 842);
  hostile_document = accord_agreement_document_new (hostile, 595, 842);
  g_assert_cmpuint (accord_agreement_document_get_n_pages (hostile_document), >,
                    accord_agreement_document_get_n_pages (sample_document));

  if (!accord_test_have_poppler ())
    {
      g_assert_finalize_object (g_steal_pointer (&sample_document));
      g_assert_finalize_object (g_steal_pointer (&hostile_document));
      g_assert_finalize_object (g_steal_pointer (&sample));
      g_assert_finalize_object (g_steal_pointer (&hostile));
      return;
    }

  dir = g_dir_make_tmp ("accord-document-XXXXXX", NULL);
  g_assert_nonnull (dir);
  pdf = write_pdf (hostile, ACCORD_PAPER_A4, dir, "hostile.pdf");
  g_assert_cmpuint (check_pdfinfo (pdf, "595 x 842 pts"), ==,
                    accord_agreement_document_get_n_pages (hostile_document));

  /* The long word is there in full, once for the industry, once for
   * each of the six sections, and once for the SDR of that name: the
   * table cell shows its start and an ellipsis, which carries the whole
   * name as its text in the PDF. */
  pages = read_pages (pdf);
  for (guint p = 0; p < pages->len; p++)
    g_string_append (all, g_ptr_array_index (pages, p));
  squeezed = squeeze (all->str);
  g_assert_cmpuint (count_words (squeezed, word), ==, 2 + ACCORD_N_SECTIONS);
  g_assert_nonnull (strstr (g_ptr_array_index (pages, pages->len - 1), "Signatures"));

  remove_pdf (pdf);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_finalize_object (g_steal_pointer (&sample_document));
  g_assert_finalize_object (g_steal_pointer (&hostile_document));
  g_assert_finalize_object (g_steal_pointer (&sample));
  g_assert_finalize_object (g_steal_pointer (&hostile));
}

static gboolean
is_white (guint32 pixel)
{
  return pixel == 0xffffffff;
}

/* Paints every page on white and checks that the margins stay white and
 * that each page has something inside them. */
static void
check_margins (AccordAgreement *agreement,
               AccordPaper      paper)
{
  g_autoptr(AccordAgreementDocument) document = NULL;
  double width, height;
  /* A pixel's width inside the margin, for the edge of antialiasing. */
  int margin = (int) ACCORD_AGREEMENT_DOCUMENT_MARGIN - 1;

  accord_paper_get_portrait_size (paper, &width, &height);
  document = accord_agreement_document_new (agreement, width, height);

  for (guint page = 0; page < accord_agreement_document_get_n_pages (document); page++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
      cairo_t *cr = cairo_create (surface);
      guint n_inked = 0;

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      accord_agreement_document_paint_page (document, cr, page);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_flush (surface);

      for (int y = 0; y < (int) height; y++)
        {
          for (int x = 0; x < (int) width; x++)
            {
              gboolean in_margin = x < margin || x >= (int) width - margin ||
                                   y < margin || y >= (int) height - margin;
              guint32 pixel = accord_test_get_pixel (surface, x, y);

              if (in_margin && !is_white (pixel))
                g_error ("page %u: ink in the margin at %d, %d", page + 1, x, y);
              if (!in_margin && !is_white (pixel))
                n_inked++;
            }
        }
      g_assert_cmpuint (n_inked, >, 0);
      cairo_surface_destroy (surface);
    }

  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
test_margins (void)
{
  g_autoptr(AccordAgreement) sample = load_sample ();
  g_autoptr(AccordAgreement) defaults = accord_agreement_new ();
  g_autoptr(AccordAgreement) hostile = make_hostile ();

  check_margins (sample, ACCORD_PAPER_A4);
  check_margins (defaults, ACCORD_PAPER_LETTER);
  check_margins (hostile, ACCORD_PAPER_A4);
  check_margins (hostile, ACCORD_PAPER_LETTER);

  g_assert_finalize_object (g_steal_pointer (&sample));
  g_assert_finalize_object (g_steal_pointer (&defaults));
  g_assert_finalize_object (g_steal_pointer (&hostile));
}

/* Months with goals of their own that differ from the default are
 * listed; a month set to the default is not. */
static void
test_month_goals (void)
{
  g_autoptr(AccordAgreement) agreement = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GString) all = g_string_new (NULL);

  if (!accord_test_have_poppler ())
    return;

  agreement = accord_agreement_new ();
  /* Month keys: year * 12 + month − 1. */
  accord_agreement_set_goal (agreement, 2027 * 12 + 0, ACCORD_FIGURE_LEADS_SOURCED, 420);
  accord_agreement_set_goal (agreement, 2027 * 12 + 1, ACCORD_FIGURE_SQLS_CREATED, 45);
  accord_agreement_set_goal (agreement, 2027 * 12 + 2, ACCORD_FIGURE_MQLS_CREATED, 125);

  dir = g_dir_make_tmp ("accord-document-XXXXXX", NULL);
  g_assert_nonnull (dir);
  pdf = write_pdf (agreement, ACCORD_PAPER_A4, dir, "months.pdf");
  pages = read_pages (pdf);
  for (guint p = 0; p < pages->len; p++)
    g_string_append (all, g_ptr_array_index (pages, p));

  g_assert_true (contains_squeezed (all->str, "January 2027 Leads sourced 420 300"));
  g_assert_true (contains_squeezed (all->str, "February 2027 SQLs created 45 32"));
  g_assert_false (contains_squeezed (all->str, "March 2027"));

  remove_pdf (pdf);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_finalize_object (g_steal_pointer (&agreement));
}

static void
test_unwritable (void)
{
  g_autoptr(AccordAgreement) agreement = accord_agreement_new ();
  g_autoptr(GError) error = NULL;
  const char *path = "/nonexistent-accord-folder/agreement.pdf";

  g_assert_false (accord_agreement_document_write_pdf (agreement, path, ACCORD_PAPER_A4, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_finalize_object (g_steal_pointer (&agreement));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/agreement-document/sample", test_sample);
  g_test_add_func ("/core/agreement-document/default", test_default);
  g_test_add_func ("/core/agreement-document/hostile", test_hostile);
  g_test_add_func ("/core/agreement-document/margins", test_margins);
  g_test_add_func ("/core/agreement-document/month-goals", test_month_goals);
  g_test_add_func ("/core/agreement-document/unwritable", test_unwritable);

  return g_test_run ();
}
