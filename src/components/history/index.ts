export { AccountHistoryButton, SensorHistoryButton } from './history-button';
export { LicenseIdWithHistory } from './license-id-with-history';
export { HistoryDialog } from './lazy-history-dialog';
