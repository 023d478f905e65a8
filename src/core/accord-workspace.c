/* accord-workspace.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-workspace"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-json-reader.h"
#include "accord-safe-file.h"
#include "accord-workspace.h"

#define FORMAT_NAME "accord-workspace"
#define FORMAT_VERSION 1
/* A workspace holds an agreement, a few paths and the committee's
 * decisions; anything this large is something else. */
#define MAX_WORKSPACE_SIZE (64 * 1024 * 1024)

typedef struct
{
  GFile         *file;
  AccordPreset   preset;
  AccordMapping *mapping;
} Export;

struct _AccordWorkspace
{
  GObject            parent_instance;

  AccordAgreement   *agreement;
  GTimeZone         *time_zone;
  GArray            *exports;  /* Export */
  AccordDecisionLog *decisions;
};

G_DEFINE_QUARK (accord-workspace-error-quark, accord_workspace_error)

G_DEFINE_FINAL_TYPE (AccordWorkspace, accord_workspace, G_TYPE_OBJECT)

static void
export_clear (Export *export)
{
  g_clear_object (&export->file);
  g_clear_object (&export->mapping);
}

static void
accord_workspace_finalize (GObject *object)
{
  AccordWorkspace *self = ACCORD_WORKSPACE (object);

  g_clear_object (&self->agreement);
  g_clear_pointer (&self->time_zone, g_time_zone_unref);
  g_clear_pointer (&self->exports, g_array_unref);
  g_clear_object (&self->decisions);

  G_OBJECT_CLASS (accord_workspace_parent_class)->finalize (object);
}

static void
accord_workspace_class_init (AccordWorkspaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = accord_workspace_finalize;
}

static void
accord_workspace_init (AccordWorkspace *self)
{
  self->agreement = accord_agreement_new ();
  self->exports = g_array_new (FALSE, TRUE, sizeof (Export));
  g_array_set_clear_func (self->exports, (GDestroyNotify) export_clear);
  self->decisions = accord_decision_log_new ();
}

/**
 * accord_workspace_new:
 *
 * Returns: (transfer full): a workspace with the default agreement, the
 *   system's time zone, no exports and no decisions
 */
AccordWorkspace *
accord_workspace_new (void)
{
  return g_object_new (ACCORD_TYPE_WORKSPACE, NULL);
}

static gboolean
set_invalid (GError     **error,
             const char  *name,
             const char  *member,
             const char  *problem)
{
  /* Translators: the first %s is a file, the second a member of it such
   * as “exports[2].path”, the third what is wrong. */
  g_set_error (error, ACCORD_WORKSPACE_ERROR, ACCORD_WORKSPACE_ERROR_INVALID,
               _("%s: “%s” %s"), name, member, problem);
  return FALSE;
}

static gboolean
read_header (JsonObject  *root,
             const char  *name,
             GError     **error)
{
  JsonNode *format = json_object_get_member (root, "format");
  JsonNode *version = json_object_get_member (root, "version");

  if (format == NULL || json_node_get_value_type (format) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (format), FORMAT_NAME) != 0)
    {
      g_set_error (error, ACCORD_WORKSPACE_ERROR, ACCORD_WORKSPACE_ERROR_FORMAT,
                   _("%s: not an Accord workspace (its “format” is not “%s”)"),
                   name, FORMAT_NAME);
      return FALSE;
    }

  if (version == NULL || json_node_get_value_type (version) != G_TYPE_INT64)
    return set_invalid (error, name, "version", _("must be a whole number"));

  /* A plain %lld below: xgettext cannot read G_GINT64_FORMAT inside a msgid. */
  if (json_node_get_int (version) != FORMAT_VERSION)
    {
      g_set_error (error, ACCORD_WORKSPACE_ERROR, ACCORD_WORKSPACE_ERROR_VERSION,
                   json_node_get_int (version) > FORMAT_VERSION
                   ? _("%s: written by a newer Accord (version %lld)")
                   : _("%s: version %lld is not a version of the workspace format"),
                   name, (long long) json_node_get_int (version));
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_time_zone (AccordWorkspace  *self,
                JsonObject       *root,
                const char       *name,
                GError          **error)
{
  JsonNode *node = json_object_get_member (root, "time_zone");
  GTimeZone *time_zone;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (json_node_get_value_type (node) != G_TYPE_STRING)
    return set_invalid (error, name, "time_zone", _("must be a zone such as “Europe/Berlin”"));

  time_zone = g_time_zone_new_identifier (json_node_get_string (node));
  if (time_zone == NULL)
    {
      g_autofree char *problem = g_strdup_printf (_("is no time zone Accord knows: “%s”"),
                                                  json_node_get_string (node));

      return set_invalid (error, name, "time_zone", problem);
    }

  self->time_zone = time_zone;
  return TRUE;
}

static gboolean
read_export (AccordWorkspace  *self,
             JsonNode         *node,
             GFile            *folder,
             guint             index,
             const char       *name,
             GError          **error)
{
  g_autofree char *member = g_strdup_printf ("exports[%u]", index);
  g_autofree char *path_member = g_strdup_printf ("exports[%u].path", index);
  g_autoptr(AccordMapping) mapping = NULL;
  JsonObject *object;
  JsonNode *path, *preset, *mapping_node;
  Export export = { NULL, ACCORD_PRESET_NONE, NULL };

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return set_invalid (error, name, member, _("must be an object"));
  object = json_node_get_object (node);

  path = json_object_get_member (object, "path");
  if (path == NULL || json_node_get_value_type (path) != G_TYPE_STRING ||
      *json_node_get_string (path) == '\0')
    return set_invalid (error, name, path_member, _("must name a file"));

  preset = json_object_get_member (object, "preset");
  if (preset != NULL && !JSON_NODE_HOLDS_NULL (preset) &&
      (json_node_get_value_type (preset) != G_TYPE_STRING ||
       !accord_preset_from_name (json_node_get_string (preset), &export.preset)))
    {
      g_autofree char *preset_member = g_strdup_printf ("exports[%u].preset", index);

      return set_invalid (error, name, preset_member,
                          _("must be hubspot, salesforce, pipedrive, zoho or null"));
    }

  mapping_node = json_object_get_member (object, "mapping");
  if (mapping_node != NULL && !JSON_NODE_HOLDS_NULL (mapping_node))
    {
      g_autoptr(GError) mapping_error = NULL;

      mapping = accord_mapping_new_from_json_node (mapping_node, &mapping_error);
      if (mapping == NULL)
        {
          g_set_error (error, ACCORD_WORKSPACE_ERROR, ACCORD_WORKSPACE_ERROR_INVALID,
                       "%s: “exports[%u].mapping”: %s", name, index, mapping_error->message);
          return FALSE;
        }
    }

  /* Paths are relative to the workspace's folder, so that a folder of
   * exports and its workspace can move together. */
  export.file = g_file_resolve_relative_path (folder, json_node_get_string (path));
  export.mapping = g_steal_pointer (&mapping);
  g_array_append_val (self->exports, export);

  return TRUE;
}

/**
 * accord_workspace_new_from_file:
 * @error: return location for an %ACCORD_WORKSPACE_ERROR or a file error
 *
 * Reads a workspace. Errors name the file and the member at fault.
 *
 * Returns: (transfer full) (nullable): the workspace, or %NULL on error
 */
AccordWorkspace *
accord_workspace_new_from_file (GFile   *file,
                                GError **error)
{
  g_autoptr(AccordWorkspace) self = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(JsonNode) root_node = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *data = NULL;
  JsonObject *root;
  JsonNode *agreement, *exports, *decisions;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_basename (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, error);
  if (info == NULL)
    {
      g_prefix_error (error, "%s: ", name);
      return NULL;
    }
  if (g_file_info_get_size (info) > MAX_WORKSPACE_SIZE)
    {
      g_set_error (error, ACCORD_WORKSPACE_ERROR, ACCORD_WORKSPACE_ERROR_PARSE,
                   _("%s: too large to be an Accord workspace"), name);
      return NULL;
    }

  if (!g_file_load_contents (file, NULL, &data, &length, NULL, error))
    {
      g_prefix_error (error, "%s: ", name);
      return NULL;
    }

  root_node = accord_json_reader_parse (data, length, name, &local_error);
  if (root_node == NULL)
    {
      g_set_error_literal (error, ACCORD_WORKSPACE_ERROR, ACCORD_WORKSPACE_ERROR_PARSE,
                           local_error->message);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    {
      g_set_error (error, ACCORD_WORKSPACE_ERROR, ACCORD_WORKSPACE_ERROR_PARSE,
                   _("%s: not an Accord workspace: the file holds no JSON object"), name);
      return NULL;
    }
  root = json_node_get_object (root_node);

  self = accord_workspace_new ();
  if (!read_header (root, name, error) || !read_time_zone (self, root, name, error))
    return NULL;

  agreement = json_object_get_member (root, "agreement");
  if (agreement != NULL && !JSON_NODE_HOLDS_NULL (agreement))
    {
      g_autofree char *display_name = g_strdup_printf ("%s: agreement", name);
      AccordAgreement *read = accord_agreement_new_from_json_node (agreement, display_name, error);

      if (read == NULL)
        return NULL;
      g_clear_object (&self->agreement);
      self->agreement = read;
    }

  exports = json_object_get_member (root, "exports");
  if (exports != NULL && !JSON_NODE_HOLDS_NULL (exports))
    {
      JsonArray *array;

      if (!JSON_NODE_HOLDS_ARRAY (exports))
        {
          set_invalid (error, name, "exports", _("must be a list"));
          return NULL;
        }

      folder = g_file_get_parent (file);
      array = json_node_get_array (exports);
      for (guint i = 0; i < json_array_get_length (array); i++)
        if (!read_export (self, json_array_get_element (array, i), folder, i, name, error))
          return NULL;
    }

  decisions = json_object_get_member (root, "decisions");
  if (decisions != NULL && !JSON_NODE_HOLDS_NULL (decisions))
    {
      AccordDecisionLog *read = accord_decision_log_new_from_json_node (decisions, error);

      if (read == NULL)
        {
          g_prefix_error (error, "%s: ", name);
          return NULL;
        }
      g_clear_object (&self->decisions);
      self->decisions = read;
    }

  return g_steal_pointer (&self);
}

/**
 * accord_workspace_save_to_file:
 *
 * Saves the workspace atomically, keeping the previous version as a
 * backup (accord_safe_file_replace()).
 *
 * Returns: %TRUE when the workspace was saved
 */
gboolean
accord_workspace_save_to_file (AccordWorkspace  *self,
                               GFile            *file,
                               GError          **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autofree char *json = NULL;
  g_autofree char *data = NULL;

  g_return_val_if_fail (ACCORD_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  folder = g_file_get_parent (file);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, FORMAT_NAME);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, FORMAT_VERSION);
  json_builder_set_member_name (builder, "time_zone");
  if (self->time_zone != NULL)
    json_builder_add_string_value (builder, g_time_zone_get_identifier (self->time_zone));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "agreement");
  json_builder_add_value (builder, accord_agreement_to_json_node (self->agreement));

  json_builder_set_member_name (builder, "exports");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->exports->len; i++)
    {
      const Export *export = &g_array_index (self->exports, Export, i);
      g_autofree char *relative = g_file_get_relative_path (folder, export->file);
      g_autofree char *path = relative != NULL ? NULL : g_file_get_path (export->file);
      g_autofree char *uri = relative != NULL || path != NULL ? NULL : g_file_get_uri (export->file);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "path");
      json_builder_add_string_value (builder, relative != NULL ? relative : path != NULL ? path : uri);
      json_builder_set_member_name (builder, "preset");
      if (export->preset != ACCORD_PRESET_NONE)
        json_builder_add_string_value (builder, accord_preset_get_name (export->preset));
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "mapping");
      if (export->mapping != NULL)
        json_builder_add_value (builder, accord_mapping_to_json_node (export->mapping));
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "decisions");
  json_builder_add_value (builder, accord_decision_log_to_json_node (self->decisions));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, NULL);
  data = g_strconcat (json, "\n", NULL);

  return accord_safe_file_replace (file, data, strlen (data), error);
}

/**
 * accord_workspace_get_agreement:
 *
 * Returns: (transfer none): the workspace's agreement
 */
AccordAgreement *
accord_workspace_get_agreement (AccordWorkspace *self)
{
  g_return_val_if_fail (ACCORD_IS_WORKSPACE (self), NULL);
  return self->agreement;
}

void
accord_workspace_set_agreement (AccordWorkspace *self,
                                AccordAgreement *agreement)
{
  g_return_if_fail (ACCORD_IS_WORKSPACE (self));
  g_return_if_fail (ACCORD_IS_AGREEMENT (agreement));

  g_set_object (&self->agreement, agreement);
}

/**
 * accord_workspace_get_time_zone:
 *
 * Returns: (transfer none) (nullable): the workspace's zone; %NULL means
 *   the system's
 */
GTimeZone *
accord_workspace_get_time_zone (AccordWorkspace *self)
{
  g_return_val_if_fail (ACCORD_IS_WORKSPACE (self), NULL);
  return self->time_zone;
}

void
accord_workspace_set_time_zone (AccordWorkspace *self,
                                GTimeZone       *time_zone)
{
  g_return_if_fail (ACCORD_IS_WORKSPACE (self));

  g_clear_pointer (&self->time_zone, g_time_zone_unref);
  if (time_zone != NULL)
    self->time_zone = g_time_zone_ref (time_zone);
}

guint
accord_workspace_get_n_exports (AccordWorkspace *self)
{
  g_return_val_if_fail (ACCORD_IS_WORKSPACE (self), 0);
  return self->exports->len;
}

static const Export *
get_export (AccordWorkspace *self,
            guint            index)
{
  return &g_array_index (self->exports, Export, index);
}

/**
 * accord_workspace_get_export_file:
 *
 * Returns: (transfer none): the export file at @index
 */
GFile *
accord_workspace_get_export_file (AccordWorkspace *self,
                                  guint            index)
{
  g_return_val_if_fail (ACCORD_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (index < self->exports->len, NULL);

  return get_export (self, index)->file;
}

AccordPreset
accord_workspace_get_export_preset (AccordWorkspace *self,
                                    guint            index)
{
  g_return_val_if_fail (ACCORD_IS_WORKSPACE (self), ACCORD_PRESET_NONE);
  g_return_val_if_fail (index < self->exports->len, ACCORD_PRESET_NONE);

  return get_export (self, index)->preset;
}

/**
 * accord_workspace_get_export_mapping:
 *
 * Returns: (transfer none) (nullable): the user's mapping for the export
 */
AccordMapping *
accord_workspace_get_export_mapping (AccordWorkspace *self,
                                     guint            index)
{
  g_return_val_if_fail (ACCORD_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (index < self->exports->len, NULL);

  return get_export (self, index)->mapping;
}

/**
 * accord_workspace_add_export:
 * @preset: the CRM to map it as, or %ACCORD_PRESET_NONE to let its header
 *   decide
 * @mapping: (nullable): the user's mapping
 */
void
accord_workspace_add_export (AccordWorkspace *self,
                             GFile           *file,
                             AccordPreset     preset,
                             AccordMapping   *mapping)
{
  Export export = { NULL, preset, NULL };

  g_return_if_fail (ACCORD_IS_WORKSPACE (self));
  g_return_if_fail (G_IS_FILE (file));

  export.file = g_object_ref (file);
  if (mapping != NULL)
    export.mapping = g_object_ref (mapping);
  g_array_append_val (self->exports, export);
}

/**
 * accord_workspace_get_decisions:
 *
 * The committee's decisions, saved with the workspace. Save the workspace
 * when the log emits #AccordDecisionLog::changed, so that no decision is
 * lost.
 *
 * Returns: (transfer none): the workspace's decisions; empty in a new
 *   workspace
 */
AccordDecisionLog *
accord_workspace_get_decisions (AccordWorkspace *self)
{
  g_return_val_if_fail (ACCORD_IS_WORKSPACE (self), NULL);
  return self->decisions;
}
