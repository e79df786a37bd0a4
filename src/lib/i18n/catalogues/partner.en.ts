/** English texts of the partner area; the keys are the ids every locale must translate. */
export const partnerEn = {} as const;
