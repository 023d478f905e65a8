/* accord-team-page.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-team-page"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-bullet-chart.h"
#include "accord-sdr-item.h"
#include "accord-team-page.h"

/* On a large screen (AccordPage:large) the table takes larger type and
 * taller charts, and the owners' column more room. */
#define OWNER_WIDTH       190
#define OWNER_WIDTH_LARGE 280

struct _AccordTeamPage
{
  AccordPage           parent_instance;

  GtkLabel            *summary_label;
  GtkColumnView       *column_view;
  GtkSortListModel    *sort_model;
  GtkColumnViewColumn *owner_column;
  GtkColumnViewColumn *universe_column;
  GtkColumnViewColumn *active_column;
  GtkColumnViewColumn *sqls_column;
  GtkColumnViewColumn *conversion_column;
};

G_DEFINE_FINAL_TYPE (AccordTeamPage, accord_team_page, ACCORD_TYPE_PAGE)

static char *
get_value_text (GtkListItem      *list_item,
                AccordBulletSpec *spec)
{
  return spec != NULL ? accord_bullet_spec_dup_value_text (spec) : NULL;
}

/* Not colour only: an out-of-band figure says so in words. */
static char *
get_band_word (GtkListItem      *list_item,
               AccordBulletSpec *spec)
{
  if (spec == NULL || spec->band == ACCORD_BAND_IN)
    return g_strdup ("");
  return g_strdup (accord_bullet_band_get_label (spec->band));
}

static const char *
get_band_class (AccordBand band)
{
  switch (band)
    {
    case ACCORD_BAND_UNDER:
      return "band-under";
    case ACCORD_BAND_OVER:
      return "band-over";
    case ACCORD_BAND_IN:
    default:
      return NULL;
    }
}

static char **
get_band_classes (GtkListItem      *list_item,
                  AccordBulletSpec *spec)
{
  const char *classes[] = { NULL, NULL };

  if (spec != NULL)
    classes[0] = get_band_class (spec->band);
  return g_strdupv ((char **) classes);
}

static char *
describe_out_of_band (GtkListItem *list_item,
                      guint        n_out_of_band)
{
  if (n_out_of_band == 0)
    return g_strdup (_("All in band"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u figure out of band",
                                       "%u figures out of band",
                                       n_out_of_band),
                          n_out_of_band);
}

static char **
get_out_of_band_classes (GtkListItem *list_item,
                         guint        n_out_of_band)
{
  const char *classes[] = { "caption", n_out_of_band > 0 ? "band-under" : "dim-label", NULL };

  return g_strdupv ((char **) classes);
}

static void
update_titles (AccordTeamPage *self)
{
  AccordSession *session = accord_page_get_session (ACCORD_PAGE (self));
  const AccordCapacity *capacity = accord_agreement_get_capacity (accord_session_get_agreement (session));
  GtkColumnViewColumn *columns[ACCORD_SDR_N_MEASURES] = {
    self->universe_column, self->active_column, self->sqls_column, self->conversion_column,
  };

  for (guint m = 0; m < ACCORD_SDR_N_MEASURES; m++)
    {
      g_autofree char *title = accord_sdr_measure_dup_title (m, capacity);

      gtk_column_view_column_set_title (columns[m], title);
    }
}

static void
update_summary (AccordTeamPage *self,
                GListModel     *items)
{
  guint n_items = g_list_model_get_n_items (items);
  guint n_out = accord_sdr_item_count_out_of_band (items);
  g_autofree char *summary = NULL;

  if (n_out == 0)
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u SDR, in band",
                                            "All %u SDRs in band",
                                            n_items),
                               n_items);
  else
    /* Translators: "Out of band: 9 of 10 SDRs" */
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Out of band: %u of %u SDR",
                                            "Out of band: %u of %u SDRs",
                                            n_items),
                               n_out, n_items);
  gtk_label_set_label (self->summary_label, summary);
}

/* The same SDRs in another month: the table keeps its rows and their
 * charts, which are costly to make again, and the items tell it what
 * changed. */
static gboolean
update_items_in_place (AccordTeamPage *self,
                       GListModel     *items)
{
  GListModel *shown = gtk_sort_list_model_get_model (self->sort_model);
  guint n_items = g_list_model_get_n_items (items);
  g_autoptr(GtkSorter) sorter = NULL;

  if (shown == NULL || g_list_model_get_n_items (shown) != n_items)
    return FALSE;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(AccordSdrItem) old_item = g_list_model_get_item (shown, i);
      g_autoptr(AccordSdrItem) new_item = g_list_model_get_item (items, i);

      if (g_strcmp0 (accord_sdr_item_get_owner (old_item), accord_sdr_item_get_owner (new_item)) != 0)
        return FALSE;
    }

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(AccordSdrItem) old_item = g_list_model_get_item (shown, i);
      g_autoptr(AccordSdrItem) new_item = g_list_model_get_item (items, i);

      accord_sdr_item_update (old_item, new_item);
    }

  /* The sort model does not watch its items: sort them again. */
  sorter = g_object_ref (gtk_sort_list_model_get_sorter (self->sort_model));
  gtk_sort_list_model_set_sorter (self->sort_model, NULL);
  gtk_sort_list_model_set_sorter (self->sort_model, sorter);

  return TRUE;
}

static void
update (AccordTeamPage *self)
{
  /* The stack is the bin's child, not a bound template child: disposing
   * the template would unparent it behind AdwBin's back. */
  GtkStack *stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
  AccordSession *session = accord_page_get_session (ACCORD_PAGE (self));
  g_autoptr(GListStore) items = NULL;

  if (session == NULL)
    {
      gtk_sort_list_model_set_model (self->sort_model, NULL);
      gtk_stack_set_visible_child_name (stack, "empty");
      return;
    }

  items = accord_sdr_item_list_new (session, accord_session_get_month (session));
  if (!update_items_in_place (self, G_LIST_MODEL (items)))
    gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (items));
  update_titles (self);
  update_summary (self, G_LIST_MODEL (items));
  gtk_stack_set_visible_child_name (stack, g_list_model_get_n_items (G_LIST_MODEL (items)) > 0 ? "table" : "empty");
}

static void
accord_team_page_refresh (AccordPage *page,
                          gboolean    data_changed)
{
  update (ACCORD_TEAM_PAGE (page));
}

static void
accord_team_page_size_changed (AccordPage *page,
                               int         width,
                               int         height)
{
  AccordTeamPage *self = ACCORD_TEAM_PAGE (page);

  gtk_column_view_column_set_fixed_width (self->owner_column,
                                          accord_page_is_large (page) ? OWNER_WIDTH_LARGE : OWNER_WIDTH);
}

static void
accord_team_page_dispose (GObject *object)
{
  AccordTeamPage *self = ACCORD_TEAM_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_TEAM_PAGE);

  G_OBJECT_CLASS (accord_team_page_parent_class)->dispose (object);
}

static void
accord_team_page_class_init (AccordTeamPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AccordPageClass *page_class = ACCORD_PAGE_CLASS (klass);

  object_class->dispose = accord_team_page_dispose;
  page_class->refresh = accord_team_page_refresh;
  page_class->size_changed = accord_team_page_size_changed;

  /* Named in the list-item factories of the template. */
  g_type_ensure (ACCORD_TYPE_BULLET_CHART);
  g_type_ensure (ACCORD_TYPE_SDR_ITEM);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/smarketing/Accord/accord-team-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordTeamPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, AccordTeamPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, AccordTeamPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, AccordTeamPage, owner_column);
  gtk_widget_class_bind_template_child (widget_class, AccordTeamPage, universe_column);
  gtk_widget_class_bind_template_child (widget_class, AccordTeamPage, active_column);
  gtk_widget_class_bind_template_child (widget_class, AccordTeamPage, sqls_column);
  gtk_widget_class_bind_template_child (widget_class, AccordTeamPage, conversion_column);
  gtk_widget_class_bind_template_callback (widget_class, get_value_text);
  gtk_widget_class_bind_template_callback (widget_class, get_band_word);
  gtk_widget_class_bind_template_callback (widget_class, get_band_classes);
  gtk_widget_class_bind_template_callback (widget_class, describe_out_of_band);
  gtk_widget_class_bind_template_callback (widget_class, get_out_of_band_classes);
}

static void
accord_team_page_init (AccordTeamPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
