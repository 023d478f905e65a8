/* accord-print.h: the meeting pack and the agreement on paper, through
 * GTK's print dialog
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "accord-agreement.h"
#include "accord-meeting-pack.h"

G_BEGIN_DECLS

AccordPaper        accord_print_get_default_paper (void);
GtkPrintOperation *accord_print_meeting_pack_new  (AccordMeetingPack *pack);
GtkPrintOperation *accord_print_agreement_new     (AccordAgreement   *agreement);

G_END_DECLS
