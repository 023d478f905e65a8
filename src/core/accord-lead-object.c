/* accord-lead-object.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-lead-object"

#include "config.h"

#include "accord-lead-object.h"

struct _AccordLeadObject
{
  GObject          parent_instance;

  AccordLeadStore *store;
  guint            position;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_POSITION,
  PROP_RECORD_ID,
  PROP_NAME,
  PROP_COMPANY,
  PROP_OWNER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (AccordLeadObject, accord_lead_object, G_TYPE_OBJECT)

static void
accord_lead_object_dispose (GObject *object)
{
  AccordLeadObject *self = ACCORD_LEAD_OBJECT (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (accord_lead_object_parent_class)->dispose (object);
}

static void
accord_lead_object_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AccordLeadObject *self = ACCORD_LEAD_OBJECT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    case PROP_RECORD_ID:
      g_value_set_string (value, accord_lead_object_get_record_id (self));
      break;

    case PROP_NAME:
      g_value_take_string (value, accord_lead_object_dup_name (self));
      break;

    case PROP_COMPANY:
      g_value_set_string (value, accord_lead_object_get_company (self));
      break;

    case PROP_OWNER:
      g_value_set_string (value, accord_lead_object_get_owner (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_lead_object_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AccordLeadObject *self = ACCORD_LEAD_OBJECT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_POSITION:
      self->position = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_lead_object_class_init (AccordLeadObjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = accord_lead_object_dispose;
  object_class->get_property = accord_lead_object_get_property;
  object_class->set_property = accord_lead_object_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, ACCORD_TYPE_LEAD_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECORD_ID] =
    g_param_spec_string ("record-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPANY] =
    g_param_spec_string ("company", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_OWNER] =
    g_param_spec_string ("owner", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
accord_lead_object_init (AccordLeadObject *self)
{
}

/**
 * accord_lead_object_new:
 *
 * Returns: (transfer full): an item for the lead at @position of @store
 */
AccordLeadObject *
accord_lead_object_new (AccordLeadStore *store,
                        guint            position)
{
  g_return_val_if_fail (ACCORD_IS_LEAD_STORE (store), NULL);

  return g_object_new (ACCORD_TYPE_LEAD_OBJECT,
                       "store", store,
                       "position", position,
                       NULL);
}

/**
 * accord_lead_object_get_store:
 *
 * Returns: (transfer none): the store the lead belongs to
 */
AccordLeadStore *
accord_lead_object_get_store (AccordLeadObject *self)
{
  g_return_val_if_fail (ACCORD_IS_LEAD_OBJECT (self), NULL);
  return self->store;
}

guint
accord_lead_object_get_position (AccordLeadObject *self)
{
  g_return_val_if_fail (ACCORD_IS_LEAD_OBJECT (self), 0);
  return self->position;
}

/**
 * accord_lead_object_get_lead:
 *
 * Returns: (transfer none): the lead's fields
 */
const AccordLead *
accord_lead_object_get_lead (AccordLeadObject *self)
{
  g_return_val_if_fail (ACCORD_IS_LEAD_OBJECT (self), NULL);
  return accord_lead_store_get_lead (self->store, self->position);
}

const char *
accord_lead_object_get_record_id (AccordLeadObject *self)
{
  return accord_lead_object_get_lead (self)->record_id;
}

/**
 * accord_lead_object_dup_name:
 *
 * Returns: (transfer full) (nullable): first and last name, or the e-mail
 *   address when the export has no name
 */
char *
accord_lead_object_dup_name (AccordLeadObject *self)
{
  const AccordLead *lead = accord_lead_object_get_lead (self);

  if (lead->first_name != NULL && lead->last_name != NULL)
    return g_strdup_printf ("%s %s", lead->first_name, lead->last_name);
  if (lead->first_name != NULL || lead->last_name != NULL)
    return g_strdup (lead->first_name != NULL ? lead->first_name : lead->last_name);

  return g_strdup (lead->email);
}

const char *
accord_lead_object_get_company (AccordLeadObject *self)
{
  return accord_lead_object_get_lead (self)->company;
}

const char *
accord_lead_object_get_owner (AccordLeadObject *self)
{
  return accord_lead_object_get_lead (self)->owner;
}
