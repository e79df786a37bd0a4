import { useQuery } from '@tanstack/react-query';
import { partnerPortalQueries } from '@/api/partner-portal';
import { QueryView } from '@/components/query-view';
import { TableSkeleton } from '@/components/table-skeleton';
import { useText } from '@/lib/i18n';
import { CustomerInventoryPanel } from './customer-inventory-panel';
import { CUSTOMER_INVENTORY_COLUMNS } from './customer-inventory-table';
import { MyInventoryPanel } from './my-inventory-panel';
import { MY_INVENTORY_COLUMNS } from './my-inventory-table';
import type { PartnerTab } from './partner-portal-url';

/** PP-3: the tab's inventory, searched by customer name or purchase order. */
export function InventoryPanel({ tab }: { tab: PartnerTab }) {
  const inventory = useQuery(partnerPortalQueries.inventory());
  const t = useText();
  return (
    <QueryView
      query={inventory}
      pending={
        tab === 'my-inventory' ? (
          <TableSkeleton
            label={t('partner.page.myInventoryTab')}
            columns={MY_INVENTORY_COLUMNS.map((column) => t(column))}
            rows={5}
            selectable
          />
        ) : (
          <TableSkeleton
            label={t('partner.page.customerInventoryTab')}
            columns={CUSTOMER_INVENTORY_COLUMNS.map((column) => t(column))}
            rows={5}
          />
        )
      }
      errorTitle={t('partner.inventory.loadError')}
    >
      {(data) =>
        tab === 'my-inventory' ? (
          <MyInventoryPanel licenses={data.myInventory} />
        ) : (
          <CustomerInventoryPanel licenses={data.customerInventory} />
        )
      }
    </QueryView>
  );
}
