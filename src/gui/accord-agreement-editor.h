/* accord-agreement-editor.h: every part of the agreement (DESIGN §1),
 * edited in place with undo
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "accord-session.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_AGREEMENT_EDITOR (accord_agreement_editor_get_type ())

G_DECLARE_FINAL_TYPE (AccordAgreementEditor, accord_agreement_editor, ACCORD, AGREEMENT_EDITOR, AdwPreferencesWindow)

AccordAgreementEditor *accord_agreement_editor_new (GtkWindow     *parent,
                                                    AccordSession *session);

G_END_DECLS
