/* accord-calculator-dialog.h: the SLA calculator (DESIGN §4) — the last
 * 12 months' rates, and the leads a revenue goal needs
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "accord-session.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_CALCULATOR_DIALOG (accord_calculator_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AccordCalculatorDialog, accord_calculator_dialog, ACCORD, CALCULATOR_DIALOG, AdwWindow)

AccordCalculatorDialog *accord_calculator_dialog_new (GtkWindow     *parent,
                                                      AccordSession *session);

G_END_DECLS
