/** English texts of the errors area; the keys are the ids every locale must translate. */
export const errorsEn = {} as const;
