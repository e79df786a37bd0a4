/** English texts of the customer area; the keys are the ids every locale must translate. */
export const customerEn = {} as const;
