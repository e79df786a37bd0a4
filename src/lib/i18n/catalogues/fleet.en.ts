/** English texts of the fleet area; the keys are the ids every locale must translate. */
export const fleetEn = {} as const;
