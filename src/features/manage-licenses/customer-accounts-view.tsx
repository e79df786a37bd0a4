/** SS-20 … SS-23: being built (see the Customer Accounts helper's brief). */
export function CustomerAccountsView() {
  return null;
}
