#include "ViewRegistry.h"
#include "views/AuditView.h"
#include "views/DashboardView.h"
#include "views/ExceptionsView.h"
#include "views/FeedsView.h"
#include "views/InventoryView.h"
#include "views/OrderLookupView.h"
#include "views/RejectedInputsView.h"
#include "views/SettingsView.h"
#include "views/SlaView.h"

namespace syncline::ui {

// The navigation, in order; the first nine get Ctrl+1..Ctrl+9.
ViewRegistry ViewRegistry::standard()
{
    ViewRegistry registry;
    registry.add(DashboardView::descriptor());
    registry.add(FeedsView::descriptor());
    registry.add(ExceptionsView::descriptor());
    registry.add(InventoryView::descriptor());
    registry.add(OrderLookupView::descriptor());
    registry.add(RejectedInputsView::descriptor());
    registry.add(AuditView::descriptor());
    registry.add(SlaView::descriptor());
    registry.add(SettingsView::descriptor());
    return registry;
}

} // namespace syncline::ui
