/* accord-agreement-document.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-agreement-document"

#include "config.h"

#include "accord-agreement-document.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "accord-bullet-painter.h"
#include "accord-chart-color.h"
#include "accord-chart-text.h"
#include "accord-kpi-format.h"
#include "accord-pdf.h"
#include "accord-zone.h"

/* Room between the body and the footer, and around table cells. */
#define FOOTER_GAP 12.0
#define CELL_PADDING 4.0
/* A table cell is a name or a figure: an absurdly long one is cut here
 * rather than make a row taller than a page. */
#define CELL_MAX_LINES 4
/* A heading is never the last thing on a page: this many lines of what
 * follows go with it. */
#define KEEP_WITH_HEADING 3
#define BULLET_INDENT 14.0
#define SIGNATURE_GUTTER 36.0
#define SIGNATURE_SPACE 30.0

static const AccordChartColor text_color = { 0.0, 0.0, 0.0, 1.0 };
static const AccordChartColor rule_color = { 0.55, 0.55, 0.55, 1.0 };

typedef enum
{
  ITEM_LINE,  /* a line of text */
  ITEM_RULE,  /* a straight stroke */
} ItemKind;

/* One thing painted on a page: the whole document is laid out once, as
 * a list of these, so that painting a page is only drawing. */
typedef struct
{
  ItemKind         kind;
  guint            page;
  PangoLayout     *layout; /* ITEM_LINE: (owned) the line's, which renders it */
  PangoLayoutLine *line;   /* ITEM_LINE: (owned) */
  double           x;      /* ITEM_LINE: the line's start; ITEM_RULE: its start */
  double           y;      /* ITEM_LINE: the baseline; ITEM_RULE: its start */
  double           x2;     /* ITEM_RULE: its end */
  double           y2;
  double           width;  /* ITEM_RULE: the stroke's width */
} Item;

typedef struct
{
  const char     *title;
  double          share;      /* of the body's width */
  PangoAlignment  alignment;
} Column;

struct _AccordAgreementDocument
{
  GObject               parent_instance;

  double                page_width;
  double                page_height;
  /* The body: the page inside its margins, above the footer. */
  double                left;
  double                width;
  double                top;
  double                bottom;
  double                footer_y;

  PangoContext         *context;
  PangoFontDescription *base;
  PangoFontDescription *bold;
  PangoFontDescription *small;
  PangoFontDescription *heading;
  PangoFontDescription *title;

  char                 *name;
  GArray               *items;
  guint                 n_pages;
  double                y;           /* where the next block goes on the last page */
  guint                 n_headings;
};

G_DEFINE_FINAL_TYPE (AccordAgreementDocument, accord_agreement_document, G_TYPE_OBJECT)

static void
clear_item (gpointer data)
{
  Item *item = data;

  g_clear_pointer (&item->line, pango_layout_line_unref);
  g_clear_object (&item->layout);
}

static void
accord_agreement_document_finalize (GObject *object)
{
  AccordAgreementDocument *self = ACCORD_AGREEMENT_DOCUMENT (object);

  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->base, pango_font_description_free);
  g_clear_pointer (&self->bold, pango_font_description_free);
  g_clear_pointer (&self->small, pango_font_description_free);
  g_clear_pointer (&self->heading, pango_font_description_free);
  g_clear_pointer (&self->title, pango_font_description_free);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (accord_agreement_document_parent_class)->finalize (object);
}

static void
accord_agreement_document_class_init (AccordAgreementDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = accord_agreement_document_finalize;
}

static void
accord_agreement_document_init (AccordAgreementDocument *self)
{
  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (self->items, clear_item);
}

/* Layout */

static void
start_page (AccordAgreementDocument *self)
{
  self->n_pages++;
  self->y = self->top;
}

/* Starts a new page unless @height still fits on this one; a page that
 * has nothing yet takes anything. */
static void
need_space (AccordAgreementDocument *self,
            double                   height)
{
  if (self->y + height > self->bottom && self->y > self->top)
    start_page (self);
}

static void
add_space (AccordAgreementDocument *self,
           double                   height)
{
  /* Space at the top of a page is lost, not carried over. */
  if (self->y > self->top)
    self->y = MIN (self->y + height, self->bottom);
}

/* Untrusted text wraps anywhere it must, and a word broken at the
 * margin gets no hyphen: a contract's text is shown as written. Without
 * ligatures, a PDF viewer finds and copies the words as they were typed
 * ("fi", not "ﬁ"). */
static PangoLayout *
make_layout (AccordAgreementDocument    *self,
             const PangoFontDescription *font,
             const char                 *text,
             gboolean                    markup,
             double                      width,
             PangoAlignment              alignment,
             int                         max_lines)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoAttrList) attributes = NULL;
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) floor (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
  if (max_lines > 0)
    {
      pango_layout_set_height (layout, -max_lines);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  if (markup)
    pango_layout_set_markup (layout, valid, -1);
  else
    pango_layout_set_text (layout, valid, -1);

  /* Markup brings attributes of its own: add to them. */
  attributes = pango_layout_get_attributes (layout) != NULL
               ? pango_attr_list_copy (pango_layout_get_attributes (layout))
               : pango_attr_list_new ();
  pango_attr_list_insert (attributes, pango_attr_insert_hyphens_new (FALSE));
  pango_attr_list_insert (attributes, pango_attr_font_features_new ("liga 0, clig 0, dlig 0"));
  pango_layout_set_attributes (layout, attributes);

  return layout;
}

static double
get_layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

static void
add_rule (AccordAgreementDocument *self,
          double                   x,
          double                   y,
          double                   x2,
          double                   width)
{
  Item item = { ITEM_RULE, self->n_pages - 1, NULL, NULL, x, y, x2, y, width };

  g_array_append_val (self->items, item);
}

/* Adds the line @iter is on, its top at @top of the current page. */
static double
add_line (AccordAgreementDocument *self,
          PangoLayoutIter         *iter,
          double                   x,
          double                   top)
{
  PangoRectangle logical;
  int y0, y1;
  Item item = { ITEM_LINE, self->n_pages - 1, };

  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  pango_layout_iter_get_line_yrange (iter, &y0, &y1);
  item.layout = g_object_ref (pango_layout_iter_get_layout (iter));
  item.line = pango_layout_line_ref (pango_layout_iter_get_line_readonly (iter));
  item.x = x + (double) logical.x / PANGO_SCALE;
  item.y = top + (double) (pango_layout_iter_get_baseline (iter) - y0) / PANGO_SCALE;
  g_array_append_val (self->items, item);

  return (double) (y1 - y0) / PANGO_SCALE;
}

/* Adds all of @layout at @top of the current page, in one piece. */
static void
add_block (AccordAgreementDocument *self,
           PangoLayout             *layout,
           double                   x,
           double                   top)
{
  g_autoptr(PangoLayoutIter) iter = pango_layout_get_iter (layout);

  do
    top += add_line (self, iter, x, top);
  while (pango_layout_iter_next_line (iter));
}

/* Adds @layout line by line where the last block ended, going on to a
 * new page wherever a line no longer fits. */
static void
flow_layout (AccordAgreementDocument *self,
             PangoLayout             *layout,
             double                   x)
{
  g_autoptr(PangoLayoutIter) iter = pango_layout_get_iter (layout);

  do
    {
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      need_space (self, (double) (y1 - y0) / PANGO_SCALE);
      self->y += add_line (self, iter, x, self->y);
    }
  while (pango_layout_iter_next_line (iter));
}

static void
add_paragraph_full (AccordAgreementDocument    *self,
                    const PangoFontDescription *font,
                    const char                 *text,
                    gboolean                    markup)
{
  g_autoptr(PangoLayout) layout = make_layout (self, font, text, markup, self->width,
                                               PANGO_ALIGN_LEFT, 0);

  flow_layout (self, layout, self->left);
  add_space (self, 6);
}

static void
add_paragraph (AccordAgreementDocument *self,
               const char              *text)
{
  add_paragraph_full (self, self->base, text, FALSE);
}

/* A paragraph that starts with a label in bold: "Employees: 20 to 5000". */
static void
add_labelled (AccordAgreementDocument *self,
              const char              *label,
              const char              *value)
{
  /* Translators: a label in bold and its value, "Employees: 20 to 5000" */
  g_autofree char *markup = g_markup_printf_escaped (_("<b>%s:</b> %s"), label, value);

  add_paragraph_full (self, self->base, markup, TRUE);
}

/* A list item: a bullet, then the text in a hanging indent. */
static void
add_bullet (AccordAgreementDocument *self,
            const char              *text)
{
  g_autofree char *item = g_strconcat ("•\t", text, NULL);
  g_autoptr(PangoLayout) layout = make_layout (self, self->base, item, FALSE, self->width,
                                               PANGO_ALIGN_LEFT, 0);
  g_autoptr(PangoTabArray) tabs = pango_tab_array_new_with_positions (1, FALSE, PANGO_TAB_LEFT,
                                                                      (int) (BULLET_INDENT * PANGO_SCALE));

  pango_layout_set_tabs (layout, tabs);
  /* A negative indent hangs: the lines after the first start at the tab. */
  pango_layout_set_indent (layout, (int) (-BULLET_INDENT * PANGO_SCALE));
  flow_layout (self, layout, self->left);
  add_space (self, 3);
}

static void
add_heading (AccordAgreementDocument *self,
             const char              *title)
{
  g_autofree char *numbered = NULL;
  g_autoptr(PangoLayout) layout = NULL;

  self->n_headings++;
  /* Translators: a numbered heading of the agreement, "3. Goals" */
  numbered = g_strdup_printf (_("%u. %s"), self->n_headings, title);
  layout = make_layout (self, self->heading, numbered, FALSE, self->width, PANGO_ALIGN_LEFT, 0);

  add_space (self, 12);
  need_space (self, get_layout_height (layout) +
                    KEEP_WITH_HEADING * accord_chart_get_line_height (self->context, self->base));
  flow_layout (self, layout, self->left);
  add_space (self, 4);
}

/* Lays out one row of a table; returns its height. With @add, adds it
 * at the current place too, with a rule of @rule_width under it. */
static double
add_row (AccordAgreementDocument    *self,
         const Column               *columns,
         guint                       n_columns,
         const char * const         *cells,
         const PangoFontDescription *font,
         gboolean                    add,
         double                      rule_width)
{
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
  double height = 0, x = self->left;

  for (guint c = 0; c < n_columns; c++)
    {
      double cell_width = columns[c].share * self->width - 2 * CELL_PADDING;
      PangoLayout *layout = make_layout (self, font, cells[c], FALSE, cell_width,
                                         columns[c].alignment, CELL_MAX_LINES);

      g_ptr_array_add (layouts, layout);
      height = MAX (height, get_layout_height (layout));
    }
  height += 2 * CELL_PADDING;

  if (!add)
    return height;

  for (guint c = 0; c < n_columns; c++)
    {
      add_block (self, g_ptr_array_index (layouts, c), x + CELL_PADDING, self->y + CELL_PADDING);
      x += columns[c].share * self->width;
    }
  self->y += height;
  add_rule (self, self->left, self->y, self->left + self->width, rule_width);

  return height;
}

/* A table of @cells, @n_columns strings a row; rows never break across
 * pages, and a page that continues the table repeats its header. */
static void
add_table (AccordAgreementDocument *self,
           const Column            *columns,
           guint                    n_columns,
           GPtrArray               *cells)
{
  g_autofree const char **titles = g_new (const char *, n_columns);
  double header_height;

  g_return_if_fail (cells->len % n_columns == 0);

  for (guint c = 0; c < n_columns; c++)
    titles[c] = columns[c].title;
  header_height = add_row (self, columns, n_columns, titles, self->bold, FALSE, 0);

  for (guint r = 0; r < cells->len / n_columns; r++)
    {
      const char * const *row = (const char * const *) &cells->pdata[r * n_columns];
      double height = add_row (self, columns, n_columns, row, self->base, FALSE, 0);

      if (r == 0 || self->y + height > self->bottom)
        {
          need_space (self, header_height + height);
          /* The header's rule is heavier than the rows'. */
          add_row (self, columns, n_columns, titles, self->bold, TRUE, 1.0);
        }
      add_row (self, columns, n_columns, row, self->base, TRUE, 0.5);
    }
  add_space (self, 8);
}

/* The agreement's parts (DESIGN §1) */

static char *
format_count (double value)
{
  return accord_bullet_format_number (ACCORD_BULLET_FORMAT_COUNT, value);
}

/* A band with either end unset: "20 to 5000", "at least 20", "any". */
static char *
format_range (AccordBulletFormat format,
              double             min,
              double             max)
{
  g_autofree char *low = isfinite (min) ? accord_bullet_format_number (format, min) : NULL;
  g_autofree char *high = isfinite (max) ? accord_bullet_format_number (format, max) : NULL;

  if (low != NULL && high != NULL)
    /* Translators: a band of numbers, "200 to 400" */
    return g_strdup_printf (_("%s to %s"), low, high);
  if (low != NULL)
    /* Translators: a band without an upper end, "at least 20" */
    return g_strdup_printf (_("at least %s"), low);
  if (high != NULL)
    /* Translators: a band without a lower end, "at most 5000" */
    return g_strdup_printf (_("at most %s"), high);
  /* Translators: a band without either end */
  return g_strdup (_("any"));
}

static void
add_title (AccordAgreementDocument *self)
{
  g_autoptr(PangoLayout) name = NULL;
  g_autoptr(PangoLayout) subtitle = NULL;

  name = make_layout (self, self->title, self->name, FALSE, self->width, PANGO_ALIGN_LEFT, 0);
  flow_layout (self, name, self->left);
  add_space (self, 4);
  subtitle = make_layout (self, self->heading,
                          _("Service Level Agreement between Marketing and Sales"), FALSE,
                          self->width, PANGO_ALIGN_LEFT, 0);
  flow_layout (self, subtitle, self->left);
  add_space (self, 6);
  add_rule (self, self->left, self->y, self->left + self->width, 1.0);
  add_space (self, 6);
}

static void
add_profile (AccordAgreementDocument *self,
             AccordAgreement         *agreement)
{
  const char * const *industries = accord_agreement_get_industries (agreement);
  g_autofree char *industry_list = NULL;
  g_autofree char *employees = NULL;
  g_autofree char *revenue = NULL;
  int employees_min, employees_max;
  double revenue_min, revenue_max;

  accord_agreement_get_employees (agreement, &employees_min, &employees_max);
  accord_agreement_get_revenue (agreement, &revenue_min, &revenue_max);
  /* Unset bounds are -1 for employees. */
  employees = format_range (ACCORD_BULLET_FORMAT_COUNT,
                            employees_min >= 0 ? employees_min : NAN,
                            employees_max >= 0 ? employees_max : NAN);
  revenue = format_range (ACCORD_BULLET_FORMAT_MONEY, revenue_min, revenue_max);
  if (industries != NULL && industries[0] != NULL)
    /* Translators: the separator of a list, "Software, Retail" */
    industry_list = g_strjoinv (_(", "), (char **) industries);

  add_heading (self, _("Ideal customer profile (the Quick Test)"));
  add_paragraph (self, _("A lead passes the Quick Test when its company fits every one of these "
                         "criteria. A criterion that is set fails a lead whose value is missing."));
  add_labelled (self, _("Industries"), industry_list != NULL ? industry_list : _("any industry"));
  add_labelled (self, _("Employees"), employees);
  add_labelled (self, _("Annual revenue"), revenue);
}

static void
add_definitions (AccordAgreementDocument *self)
{
  add_heading (self, _("Lead definitions"));
  add_labelled (self, _("Qualified lead (QL)"), _("a lead that passes the Quick Test."));
  add_labelled (self, _("Marketing qualified lead (MQL)"),
                _("a qualified lead that has engaged with marketing and whose primary persona is "
                  "confirmed. It counts from the MQL date in the CRM."));
  add_labelled (self, _("Sales qualified lead (SQL)"),
                _("a lead sales has accepted. It counts from the SQL date in the CRM, and sales "
                  "records the four ANUF criteria where the CRM has them:"));
  add_bullet (self, _("Authority: the contact can make or strongly influence the buying decision."));
  add_bullet (self, _("Need: the company has a problem the product solves."));
  add_bullet (self, _("Understanding: the contact understands what the product does and what buying it involves."));
  add_bullet (self, _("Fit: the company fits the ideal customer profile and can be served well."));
}

static void
add_goals (AccordAgreementDocument *self,
           AccordAgreement         *agreement)
{
  const Column default_columns[] = {
    { _("Figure"), 0.6, PANGO_ALIGN_LEFT },
    { _("Goal each month"), 0.4, PANGO_ALIGN_RIGHT },
  };
  const Column month_columns[] = {
    { _("Month"), 0.3, PANGO_ALIGN_LEFT },
    { _("Figure"), 0.3, PANGO_ALIGN_LEFT },
    { _("Goal"), 0.2, PANGO_ALIGN_RIGHT },
    { _("Instead of"), 0.2, PANGO_ALIGN_RIGHT },
  };
  g_autoptr(GPtrArray) defaults = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) months = g_ptr_array_new_with_free_func (g_free);
  g_autofree int *month_keys = NULL;
  guint n_months;

  for (AccordFigure f = 0; f < ACCORD_N_FIGURES; f++)
    {
      double goal = accord_agreement_get_default_goal (agreement, f);

      /* Opportunities, customers and revenue are optional goals. */
      if (isnan (goal))
        continue;
      g_ptr_array_add (defaults, g_strdup (accord_figure_get_title (f)));
      g_ptr_array_add (defaults, accord_bullet_format_number (accord_bullet_format_for_figure (f), goal));
    }

  month_keys = accord_agreement_dup_goal_months (agreement, &n_months);
  for (guint m = 0; m < n_months; m++)
    {
      for (AccordFigure f = 0; f < ACCORD_N_FIGURES; f++)
        {
          double goal = accord_agreement_get_month_goal (agreement, month_keys[m], f);
          double default_goal = accord_agreement_get_default_goal (agreement, f);

          if (isnan (goal) || goal == default_goal)
            continue;
          g_ptr_array_add (months, accord_month_key_format_name (month_keys[m]));
          g_ptr_array_add (months, g_strdup (accord_figure_get_title (f)));
          g_ptr_array_add (months, accord_bullet_format_number (accord_bullet_format_for_figure (f), goal));
          g_ptr_array_add (months, accord_bullet_format_number (accord_bullet_format_for_figure (f), default_goal));
        }
    }

  add_heading (self, _("Goals"));
  add_paragraph (self, _("Goals are set per calendar month, a quarter at a time. Marketing delivers "
                         "the leads, qualified leads and MQLs; sales turns MQLs into SQLs."));
  if (defaults->len > 0)
    add_table (self, default_columns, G_N_ELEMENTS (default_columns), defaults);
  if (months->len > 0)
    {
      add_paragraph (self, _("These months have goals of their own:"));
      add_table (self, month_columns, G_N_ELEMENTS (month_columns), months);
    }
}

static char *
describe_business_hours (const AccordBusinessHours *hours)
{
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *day_list = NULL;

  /* 1 January 2024 was a Monday: the days' names in the user's language. */
  for (guint d = 0; d < 7; d++)
    {
      if (hours->days & (1 << d))
        {
          g_autoptr(GDateTime) day = g_date_time_new_utc (2024, 1, 1 + d, 12, 0, 0);

          g_ptr_array_add (days, g_date_time_format (day, "%A"));
        }
    }
  g_ptr_array_add (days, NULL);
  day_list = g_strjoinv (_(", "), (char **) days->pdata);

  /* Translators: working hours, "Monday, Tuesday, from 09:00 to 17:30" */
  g_string_printf (text, _("Response times count working hours only: %s, from %02u:%02u to %02u:%02u."),
                   day_list, hours->start / 60, hours->start % 60, hours->end / 60, hours->end % 60);
  if (hours->n_holidays > 0)
    {
      g_string_append_c (text, ' ');
      /* Translators: followed by a list of dates, YYYY-MM-DD */
      g_string_append (text, _("Holidays do not count:"));
      for (guint h = 0; h < hours->n_holidays; h++)
        {
          g_string_append (text, h == 0 ? " " : _(", "));
          g_string_append (text, hours->holidays[h]);
        }
      g_string_append_c (text, '.');
    }
  g_string_append_c (text, ' ');
  g_string_append (text, _("Timeframes count calendar days."));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_protocols (AccordAgreementDocument *self,
               AccordAgreement         *agreement)
{
  const Column columns[] = {
    { _("Tier"), 0.2, PANGO_ALIGN_LEFT },
    { _("First call within"), 0.2, PANGO_ALIGN_RIGHT },
    { _("Calls and emails"), 0.2, PANGO_ALIGN_RIGHT },
    { _("Breakup emails"), 0.2, PANGO_ALIGN_RIGHT },
    { _("Timeframe"), 0.2, PANGO_ALIGN_RIGHT },
  };
  const AccordTier tiers[] = { ACCORD_TIER_HIGH, ACCORD_TIER_MODERATE, ACCORD_TIER_LOW };
  const AccordBusinessHours *hours = accord_agreement_get_business_hours (agreement);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  for (guint t = 0; t < G_N_ELEMENTS (tiers); t++)
    {
      const AccordProtocol *protocol = accord_agreement_get_protocol (agreement, tiers[t]);

      g_ptr_array_add (cells, g_strdup (accord_tier_get_title (tiers[t])));
      /* Translators: a response time in hours, "4 h" */
      g_ptr_array_add (cells, g_strdup_printf (_("%u h"), protocol->response_hours));
      g_ptr_array_add (cells, g_strdup_printf ("%u", protocol->touches));
      g_ptr_array_add (cells, g_strdup_printf ("%u", protocol->breakups));
      g_ptr_array_add (cells, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day", "%u days",
                                                            protocol->timeframe_days),
                                               protocol->timeframe_days));
    }

  add_heading (self, _("Protocols"));
  add_paragraph (self, _("How the SDRs work an MQL of each quality tier: how soon the first call is "
                         "made after the handoff, how many calls and emails are made, how many "
                         "breakup emails are sent, and in how many days the lead is worked."));
  add_table (self, columns, G_N_ELEMENTS (columns), cells);
  if (hours != NULL)
    {
      g_autofree char *text = describe_business_hours (hours);

      add_paragraph (self, text);
    }
  else
    {
      add_paragraph (self, _("Response times count calendar hours."));
    }
}

static void
add_tier_source (AccordAgreementDocument *self,
                 AccordAgreement         *agreement)
{
  g_autofree char *text = NULL;
  double high, moderate;

  accord_agreement_get_score_thresholds (agreement, &high, &moderate);
  /* Translators: the score thresholds of the quality tiers */
  text = g_strdup_printf (_("Otherwise the lead score decides: High at a score of %g or more, "
                            "Moderate at %g or more, Low below. A lead with neither is Low."),
                          high, moderate);

  add_heading (self, _("Lead quality tier"));
  add_paragraph (self, _("A lead’s quality tier comes from the CRM’s tier column where the export "
                         "has one (High, Moderate, Low; Hot, Warm, Cold; or A, B, C)."));
  add_paragraph (self, text);
}

static void
add_capacity (AccordAgreementDocument *self,
              AccordAgreement         *agreement)
{
  const Column columns[] = {
    { _("Each SDR"), 0.6, PANGO_ALIGN_LEFT },
    { _("Agreed"), 0.4, PANGO_ALIGN_RIGHT },
  };
  const AccordCapacity *capacity = accord_agreement_get_capacity (agreement);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (cells, g_strdup (_("Universe of qualified leads")));
  g_ptr_array_add (cells, format_range (ACCORD_BULLET_FORMAT_COUNT, capacity->universe_min, capacity->universe_max));
  g_ptr_array_add (cells, g_strdup (_("Active MQLs")));
  g_ptr_array_add (cells, format_range (ACCORD_BULLET_FORMAT_COUNT, capacity->active_min, capacity->active_max));
  g_ptr_array_add (cells, g_strdup (_("SQLs a month")));
  g_ptr_array_add (cells, format_count (capacity->sqls_per_month));
  g_ptr_array_add (cells, g_strdup (_("MQL conversion rate")));
  g_ptr_array_add (cells, accord_bullet_format_number (ACCORD_BULLET_FORMAT_PERCENT,
                                                       capacity->mql_conversion));

  add_heading (self, _("SDR capacity"));
  add_table (self, columns, G_N_ELEMENTS (columns), cells);
}

static void
add_handoff (AccordAgreementDocument *self,
             AccordAgreement         *agreement)
{
  const Column columns[] = {
    { _("SDR"), 0.65, PANGO_ALIGN_LEFT },
    { _("Specialisation"), 0.35, PANGO_ALIGN_LEFT },
  };
  const char *rule = accord_agreement_get_handoff_rule (agreement);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  guint n_sdrs = accord_agreement_get_n_sdrs (agreement);

  for (guint i = 0; i < n_sdrs; i++)
    {
      g_ptr_array_add (cells, g_strdup (accord_agreement_get_sdr_name (agreement, i)));
      g_ptr_array_add (cells, g_strdup (accord_specialisation_get_title (
        accord_agreement_get_sdr_specialisation (agreement, i))));
    }

  add_heading (self, _("SDRs and the handoff"));
  if (n_sdrs > 0)
    add_table (self, columns, G_N_ELEMENTS (columns), cells);
  else
    add_paragraph (self, _("The agreement names no SDRs yet."));

  if (g_strcmp0 (rule, ACCORD_HANDOFF_LEAST_LOAD) == 0)
    add_labelled (self, _("Handoff rule"),
                  _("round-robin by least load. An MQL goes to the SDR with the fewest active "
                    "MQLs among those whose specialisation fits the lead (a hybrid SDR takes "
                    "inbound and outbound leads) and who have room in their bands."));
  else
    add_labelled (self, _("Handoff rule"), rule != NULL ? rule : "—");
}

static void
add_kpis (AccordAgreementDocument *self,
          AccordAgreement         *agreement)
{
  guint n_kpis;
  const AccordKpi *kpis = accord_agreement_get_kpis (agreement, &n_kpis);

  add_heading (self, _("KPIs"));
  add_paragraph (self, _("The weekly review shows these KPIs:"));
  for (guint i = 0; i < n_kpis; i++)
    add_bullet (self, accord_kpi_get_title (kpis[i]));
}

static void
add_review (AccordAgreementDocument *self,
            AccordAgreement         *agreement)
{
  guint months = accord_agreement_get_review_months (agreement);
  g_autofree char *next = accord_agreement_format_next_review (agreement);
  g_autofree char *cadence = NULL;
  g_autofree char *date = NULL;

  cadence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Marketing and sales review this agreement every month.",
                                          "Marketing and sales review this agreement every %u months.",
                                          months),
                             months);
  if (next != NULL)
    /* Translators: the date of the next review, "31 March 2027" */
    date = g_strdup_printf (_("The next review is on %s."), next);

  add_heading (self, _("Review"));
  add_paragraph (self, cadence);
  add_paragraph (self, date != NULL ? date : _("No date is set for the next review."));
}

static void
add_sections (AccordAgreementDocument *self,
              AccordAgreement         *agreement)
{
  const char *titles[ACCORD_N_SECTIONS] = {
    [ACCORD_SECTION_SUMMARY] = _("Summary"),
    [ACCORD_SECTION_GOALS] = _("Goals of each party"),
    [ACCORD_SECTION_NEEDS] = _("What each party needs"),
    [ACCORD_SECTION_RESPONSIBILITIES] = _("Who is responsible"),
    [ACCORD_SECTION_IF_GOALS_NOT_MET] = _("If goals are not met"),
    [ACCORD_SECTION_CANCELLATION] = _("Conditions of cancellation"),
  };

  for (AccordSection s = 0; s < ACCORD_N_SECTIONS; s++)
    {
      const char *text = accord_agreement_get_section (agreement, s);

      add_heading (self, titles[s]);
      add_paragraph (self, text != NULL && text[0] != '\0' ? text : "—");
    }
}

/* Both parties' blocks, side by side and never split across pages. */
static void
add_signatures (AccordAgreementDocument *self)
{
  const char *parties[] = { _("Marketing"), _("Sales") };
  const char *fields[] = { _("Name"), _("Title"), _("Signature"), _("Date") };
  double column = (self->width - SIGNATURE_GUTTER) / 2;
  double line_height = accord_chart_get_line_height (self->context, self->base);
  double height, top;
  g_autoptr(PangoLayout) heading = NULL;

  heading = make_layout (self, self->heading, _("Signatures"), FALSE, self->width,
                         PANGO_ALIGN_LEFT, 0);
  height = 24 + get_layout_height (heading) + 8 + line_height * 1.5 +
           G_N_ELEMENTS (fields) * (SIGNATURE_SPACE + line_height);
  add_space (self, 24);
  need_space (self, height);

  flow_layout (self, heading, self->left);
  add_space (self, 8);
  top = self->y;

  for (guint p = 0; p < G_N_ELEMENTS (parties); p++)
    {
      double x = self->left + p * (column + SIGNATURE_GUTTER);
      double y = top;
      g_autoptr(PangoLayout) party = make_layout (self, self->bold, parties[p], FALSE, column,
                                                  PANGO_ALIGN_LEFT, 1);

      add_block (self, party, x, y);
      y += line_height * 1.5;
      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        {
          g_autoptr(PangoLayout) label = make_layout (self, self->small, fields[f], FALSE, column,
                                                      PANGO_ALIGN_LEFT, 1);

          y += SIGNATURE_SPACE;
          add_rule (self, x, y, x + column, 0.75);
          add_block (self, label, x, y + 2);
          y += line_height;
        }
      self->y = MAX (self->y, y);
    }
}

/**
 * accord_agreement_document_new:
 * @agreement: the agreement, as it is now: a later change is not seen
 * @page_width: the page's width, in points
 * @page_height: the page's height, in points
 *
 * Lays @agreement out in pages as a document for both parties to sign
 * (DESIGN §1): its name, each part of the agreement in order, the six
 * text sections, then the signature blocks of Marketing and Sales on
 * the last page. Nothing goes inside %ACCORD_AGREEMENT_DOCUMENT_MARGIN
 * of a page's edges.
 *
 * Returns: (transfer full): the document
 */
AccordAgreementDocument *
accord_agreement_document_new (AccordAgreement *agreement,
                               double           page_width,
                               double           page_height)
{
  AccordAgreementDocument *self;
  g_autoptr(PangoLayout) probe = NULL;
  cairo_font_options_t *options;
  const char *name;

  g_return_val_if_fail (ACCORD_IS_AGREEMENT (agreement), NULL);
  g_return_val_if_fail (page_width > 4 * ACCORD_AGREEMENT_DOCUMENT_MARGIN, NULL);
  g_return_val_if_fail (page_height > 4 * ACCORD_AGREEMENT_DOCUMENT_MARGIN, NULL);

  self = g_object_new (ACCORD_TYPE_AGREEMENT_DOCUMENT, NULL);
  self->page_width = page_width;
  self->page_height = page_height;

  /* Laid out in points, without hinting, so that the same lines fall the
   * same way on a PDF, a printer and an image. */
  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (self->context, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);

  self->base = pango_font_description_from_string ("Sans 10");
  self->bold = accord_chart_font_new (self->base, 1.0, TRUE);
  self->small = accord_chart_font_new (self->base, 0.8, FALSE);
  self->heading = accord_chart_font_new (self->base, 1.25, TRUE);
  self->title = accord_chart_font_new (self->base, 1.8, TRUE);

  name = accord_agreement_get_name (agreement);
  self->name = g_strdup (name != NULL && name[0] != '\0' ? name : _("Service Level Agreement"));

  self->left = ACCORD_AGREEMENT_DOCUMENT_MARGIN;
  self->width = page_width - 2 * ACCORD_AGREEMENT_DOCUMENT_MARGIN;
  self->top = ACCORD_AGREEMENT_DOCUMENT_MARGIN;
  probe = make_layout (self, self->small, "Ag", FALSE, self->width, PANGO_ALIGN_LEFT, 1);
  self->footer_y = page_height - ACCORD_AGREEMENT_DOCUMENT_MARGIN - get_layout_height (probe);
  self->bottom = self->footer_y - FOOTER_GAP;

  start_page (self);
  add_title (self);
  add_profile (self, agreement);
  add_definitions (self);
  add_goals (self, agreement);
  add_protocols (self, agreement);
  add_tier_source (self, agreement);
  add_capacity (self, agreement);
  add_handoff (self, agreement);
  add_kpis (self, agreement);
  add_review (self, agreement);
  add_sections (self, agreement);
  add_signatures (self);

  return self;
}

/**
 * accord_agreement_document_get_n_pages:
 *
 * Returns: how many pages the document has, at least 1
 */
guint
accord_agreement_document_get_n_pages (AccordAgreementDocument *self)
{
  g_return_val_if_fail (ACCORD_IS_AGREEMENT_DOCUMENT (self), 0);

  return self->n_pages;
}

/* "Page N of M" at the right of the footer, the agreement's name at its
 * left, cut to the room that is left. */
static void
paint_footer (AccordAgreementDocument *self,
              cairo_t                 *cr,
              guint                    page)
{
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, self->n_pages);
  g_autoptr(PangoLayout) number_layout = make_layout (self, self->small, number, FALSE, self->width,
                                                      PANGO_ALIGN_RIGHT, 1);
  g_autoptr(PangoLayout) name_layout = NULL;
  PangoRectangle logical;

  pango_layout_get_pixel_extents (number_layout, NULL, &logical);
  name_layout = make_layout (self, self->small, self->name, FALSE,
                             self->width - logical.width - 24, PANGO_ALIGN_LEFT, 1);
  /* A name written right to left still starts at the left, away from
   * the page number. */
  pango_layout_set_auto_dir (name_layout, FALSE);
  pango_layout_set_single_paragraph_mode (name_layout, TRUE);

  cairo_move_to (cr, self->left, self->footer_y);
  pango_cairo_show_layout (cr, name_layout);
  cairo_move_to (cr, self->left, self->footer_y);
  pango_cairo_show_layout (cr, number_layout);
}

/**
 * accord_agreement_document_paint_page:
 * @cr: where to paint: user space in points, the page's top left corner
 *   at the origin, as a PDF surface or a #GtkPrintContext set to
 *   points has it
 * @page: the page, from 0
 *
 * Paints one page of the document, in black on whatever is there.
 */
void
accord_agreement_document_paint_page (AccordAgreementDocument *self,
                                      cairo_t                 *cr,
                                      guint                    page)
{
  g_return_if_fail (ACCORD_IS_AGREEMENT_DOCUMENT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->n_pages);

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);

  /* The footer first, like a running head: text read out in the order it
   * was painted does not break a paragraph that goes on to the next page. */
  accord_chart_set_source_color (cr, &text_color);
  paint_footer (self, cr, page);

  for (guint i = 0; i < self->items->len; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);

      if (item->page != page)
        continue;

      if (item->kind == ITEM_RULE)
        {
          accord_chart_set_source_color (cr, &rule_color);
          cairo_set_line_width (cr, item->width);
          cairo_move_to (cr, item->x, item->y);
          cairo_line_to (cr, item->x2, item->y2);
          cairo_stroke (cr);
        }
      else
        {
          accord_chart_set_source_color (cr, &text_color);
          cairo_move_to (cr, item->x, item->y);
          pango_cairo_show_layout_line (cr, item->line);
        }
    }

  cairo_restore (cr);
}

static void
paint_page_cb (cairo_t  *cr,
               guint     page,
               gpointer  document)
{
  accord_agreement_document_paint_page (document, cr, page);
}

/**
 * accord_agreement_document_write_pdf:
 * @agreement: the agreement
 * @path: the PDF to write
 * @paper: the paper, portrait
 *
 * Writes @agreement as a PDF to sign (accord_agreement_document_new()).
 * The file is replaced atomically, the previous one kept as its backup
 * (accord_safe_file_replace()).
 *
 * Returns: %TRUE when the PDF was written; else @error names @path
 */
gboolean
accord_agreement_document_write_pdf (AccordAgreement  *agreement,
                                     const char       *path,
                                     AccordPaper       paper,
                                     GError          **error)
{
  g_autoptr(AccordAgreementDocument) document = NULL;
  double width, height;

  g_return_val_if_fail (ACCORD_IS_AGREEMENT (agreement), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  accord_paper_get_portrait_size (paper, &width, &height);
  document = accord_agreement_document_new (agreement, width, height);

  return accord_pdf_write (path, document->name, width, height, document->n_pages,
                           paint_page_cb, document, error);
}
