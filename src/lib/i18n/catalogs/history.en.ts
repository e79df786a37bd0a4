/** English texts of the History buttons (AU-1); the dialog's are in history-dialog.en.ts. */
export const historyEn = {
  'history.open': 'History of license {licenseId}',
  'history.openAccount': 'History of account {name}',
  'history.openSensor': 'History of sensor {name}',
  'history.sensorButton': 'History',
} as const;
