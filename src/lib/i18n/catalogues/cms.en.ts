/** English texts of the cms area; the keys are the ids every locale must translate. */
export const cmsEn = {} as const;
