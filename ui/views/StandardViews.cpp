#include "ViewRegistry.h"
#include "views/DashboardView.h"
#include "views/FeedsView.h"
#include "views/InventoryView.h"

namespace syncline::ui {

// The navigation, in order; the first nine get Ctrl+1..Ctrl+9.
ViewRegistry ViewRegistry::standard()
{
    ViewRegistry registry;
    registry.add(DashboardView::descriptor());
    registry.add(FeedsView::descriptor());
    registry.add(InventoryView::descriptor());
    return registry;
}

} // namespace syncline::ui
